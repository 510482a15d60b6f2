package telegramtest

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// queryLifetime is how long Telegram accepts an answer to a button press.
const queryLifetime = 15 * time.Minute

// query is a button press waiting for answerCallbackQuery.
type query struct {
	chat     int64
	at       time.Time
	answered bool
	answer   Answer
}

// Press is u pressing the button with data on m: a callback_query update
// carrying m as it stands now (or as given, if the server does not have it).
// It returns the query id, for WaitAnswer.
func (s *Server) Press(u *User, m Message, data string) string {
	s.mu.Lock()
	defer s.unlock()
	return s.press(u, m.ChatID, m.ID, data, &m)
}

// PressLabel presses the first callback button whose text contains label
// on the newest bot message in chat that has one.
func (s *Server) PressLabel(u *User, chat int64, label string) (string, error) {
	s.mu.Lock()
	defer s.unlock()
	if ch := s.chats[chat]; ch != nil {
		for i := len(ch.msgs) - 1; i >= 0; i-- {
			m := ch.msgs[i]
			if m.view.From != s.bot {
				continue
			}
			for _, row := range m.view.Buttons {
				for _, b := range row {
					if b.Data != "" && strings.Contains(b.Text, label) {
						return s.press(u, chat, m.view.ID, b.Data, nil), nil
					}
				}
			}
		}
	}
	return "", fmt.Errorf("telegramtest: no bot message in chat %d has a button labelled %q", chat, label)
}

// ForgePress sends a callback_query with arbitrary data, even for a message
// that does not exist, as a malicious client could.
func (s *Server) ForgePress(u *User, chat int64, messageID int, data string) string {
	s.mu.Lock()
	defer s.unlock()
	return s.press(u, chat, messageID, data, nil)
}

// press queues a callback query. Call with s.mu held.
func (s *Server) press(u *User, chatID int64, msgID int, data string, given *Message) string {
	ch := s.chats[chatID]
	var wm *tgbotapi.Message
	var buttons [][]Button
	switch stored := findIn(ch, msgID); {
	case stored != nil:
		wm, buttons = s.wire(ch, stored), stored.view.Buttons
	case given != nil:
		wm, buttons = s.wireGiven(chatID, given), given.Buttons
	default:
		wm = &tgbotapi.Message{MessageID: msgID, Date: int(time.Now().Unix()), Chat: s.chatOrGuess(chatID), From: userJSON(s.bot)}
	}
	label := data
	for _, row := range buttons {
		for _, b := range row {
			if b.Data == data && b.Data != "" {
				label = b.Text
			}
		}
	}
	s.nextQuery++
	id := strconv.FormatInt(4200000000000000000+s.nextQuery, 10)
	s.queries[id] = &query{chat: chatID, at: time.Now()}
	s.enqueue(&update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: id, From: userJSON(u), Message: wm, ChatInstance: strconv.FormatInt(chatID*7919+104729, 10), Data: data,
	}})
	s.noteIn(chatID, u.Name(), "press", label)
	s.wake()
	return id
}

func findIn(ch *chat, id int) *message {
	if ch == nil {
		return nil
	}
	return ch.find(id)
}

// chatOrGuess is the chat's JSON, or a plausible one for an unknown id.
func (s *Server) chatOrGuess(id int64) *tgbotapi.Chat {
	if ch := s.chats[id]; ch != nil {
		return s.chatJSON(ch)
	}
	if id > 0 {
		return &tgbotapi.Chat{ID: id, Type: "private"}
	}
	return &tgbotapi.Chat{ID: id, Type: "group"}
}

// wireGiven is a message the test made up, as the Bot API would show it.
func (s *Server) wireGiven(chatID int64, m *Message) *tgbotapi.Message {
	w := &tgbotapi.Message{MessageID: m.ID, Date: int(m.Date.Unix()), Chat: s.chatOrGuess(chatID), Text: m.Plain}
	if m.From != nil {
		w.From = userJSON(m.From)
	}
	if len(m.Buttons) > 0 {
		k := &tgbotapi.InlineKeyboardMarkup{}
		for _, row := range m.Buttons {
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
		w.ReplyMarkup = k
	}
	return w
}

// noteIn is note for a chat that may not exist.
func (s *Server) noteIn(chatID int64, who, kind, text string) {
	ch := s.chats[chatID]
	if ch == nil {
		ch = &chat{id: chatID, kind: "group", title: fmt.Sprintf("unknown chat %d", chatID)}
	}
	s.note(ch, who, kind, text, nil)
}

// WaitAnswer waits until the bot answers the button press queryID.
func (s *Server) WaitAnswer(ctx context.Context, queryID string) (Answer, error) {
	for {
		s.mu.Lock()
		q := s.queries[queryID]
		if q == nil {
			s.unlock()
			return Answer{}, fmt.Errorf("telegramtest: no button press has id %q", queryID)
		}
		if q.answered {
			a := q.answer
			s.unlock()
			return a, nil
		}
		changed := s.changed
		s.unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return Answer{}, fmt.Errorf("telegramtest: waiting for the answer to press %s: %w", queryID, ctx.Err())
		case <-s.done:
			return Answer{}, fmt.Errorf("telegramtest: waiting for the answer to press %s: %w", queryID, ErrClosed)
		}
	}
}

func (s *Server) answerCallbackQuery(c *call) (any, error) {
	q := s.queries[c.params.Get("callback_query_id")]
	if q == nil || q.answered || time.Since(q.at) > queryLifetime {
		return nil, badRequest("query is too old and response timeout expired or query ID is invalid")
	}
	text := c.params.Get("text")
	if utf16Len(text) > 200 {
		return nil, badRequest("MESSAGE_TOO_LONG")
	}
	q.answered, q.answer = true, Answer{Text: text, ShowAlert: c.boolParam("show_alert")}
	s.noteIn(q.chat, s.bot.Name(), "answer", text)
	s.wake()
	return true, nil
}
