package telegramtest

import (
	"encoding/json"
	"net/url"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// rawButton is an inline keyboard button as sent, to tell absent fields
// from empty ones.
type rawButton struct {
	Text                         string           `json:"text"`
	URL                          *string          `json:"url"`
	CallbackData                 *string          `json:"callback_data"`
	SwitchInlineQuery            *string          `json:"switch_inline_query"`
	SwitchInlineQueryCurrentChat *string          `json:"switch_inline_query_current_chat"`
	LoginURL                     *json.RawMessage `json:"login_url"`
	CallbackGame                 *json.RawMessage `json:"callback_game"`
	WebApp                       *json.RawMessage `json:"web_app"`
	Pay                          bool             `json:"pay"`
}

// parseMarkup validates reply_markup as Telegram does. Only an inline
// keyboard is kept; reply keyboards and the like are accepted and ignored.
func parseMarkup(raw string) (*tgbotapi.InlineKeyboardMarkup, [][]Button, error) {
	if raw == "" {
		return nil, nil, nil
	}
	var sent struct {
		InlineKeyboard [][]rawButton `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &sent); err != nil {
		return nil, nil, badRequest("can't parse reply keyboard markup JSON object")
	}
	if len(sent.InlineKeyboard) == 0 {
		return nil, nil, nil
	}
	var markup tgbotapi.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(raw), &markup); err != nil {
		return nil, nil, badRequest("can't parse reply keyboard markup JSON object")
	}
	var buttons [][]Button
	for _, row := range sent.InlineKeyboard {
		var out []Button
		for _, b := range row {
			btn, err := checkButton(b)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, btn)
		}
		buttons = append(buttons, out)
	}
	return &markup, buttons, nil
}

func checkButton(b rawButton) (Button, error) {
	if b.Text == "" {
		return Button{}, badRequest("can't parse inline keyboard button: Text must be non-empty")
	}
	btn := Button{Text: b.Text}
	switch {
	case b.CallbackData != nil:
		if n := len(*b.CallbackData); n < 1 || n > 64 {
			return Button{}, badRequest("BUTTON_DATA_INVALID")
		}
		btn.Data = *b.CallbackData
	case b.URL != nil:
		u, err := url.Parse(*b.URL)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "tg" || u.Scheme != "tg" && u.Host == "" {
			return Button{}, badRequest("BUTTON_URL_INVALID")
		}
		btn.URL = *b.URL
	case b.SwitchInlineQuery != nil, b.SwitchInlineQueryCurrentChat != nil, b.LoginURL != nil,
		b.CallbackGame != nil, b.WebApp != nil, b.Pay:
	default:
		return Button{}, badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
	}
	return btn, nil
}

// sameMarkup reports whether two keyboards are the same for Telegram.
func sameMarkup(a, b *tgbotapi.InlineKeyboardMarkup) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
