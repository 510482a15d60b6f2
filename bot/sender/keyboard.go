package sender

import (
	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// newMessage is the request that posts m anew.
func newMessage(m allaboard.Outgoing) tgbotapi.MessageConfig {
	c := tgbotapi.NewMessage(m.ChatID, m.Text)
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableWebPagePreview = true
	c.DisableNotification = m.Silent
	if k := Keyboard(m.Buttons); k != nil {
		c.ReplyMarkup = *k
	}
	return c
}

// editMessage is the request that puts m in place of message id.
func editMessage(m allaboard.Outgoing, id int) tgbotapi.EditMessageTextConfig {
	c := tgbotapi.NewEditMessageText(m.ChatID, id, m.Text)
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableWebPagePreview = true
	c.ReplyMarkup = Keyboard(m.Buttons)
	return c
}

// Keyboard turns our buttons into Telegram's inline keyboard, or nil for none.
func Keyboard(rows [][]allaboard.Button) *tgbotapi.InlineKeyboardMarkup {
	if len(rows) == 0 {
		return nil
	}
	k := tgbotapi.InlineKeyboardMarkup{InlineKeyboard: make([][]tgbotapi.InlineKeyboardButton, 0, len(rows))}
	for _, row := range rows {
		var r []tgbotapi.InlineKeyboardButton
		for _, b := range row {
			if b.URL != "" {
				r = append(r, tgbotapi.NewInlineKeyboardButtonURL(b.Text, b.URL))
			} else {
				r = append(r, tgbotapi.NewInlineKeyboardButtonData(b.Text, b.Data))
			}
		}
		k.InlineKeyboard = append(k.InlineKeyboard, r)
	}
	return &k
}
