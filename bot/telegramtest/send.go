package telegramtest

import (
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// reachable is the chat with this id as the bot may address it, or
// Telegram's refusal. Call with s.mu held.
func (s *Server) reachable(id int64) (*chat, error) {
	c := s.chats[id]
	switch {
	case c == nil:
		return nil, badRequest("chat not found")
	case c.migratedTo != 0:
		return nil, &apiError{code: 400, desc: "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: c.migratedTo}
	case !c.private() && !present(c.status(botID)):
		return nil, forbidden("bot was kicked from the " + c.kind + " chat")
	}
	return c, nil
}

// writable is the chat the bot may write in, or Telegram's refusal.
func (s *Server) writable(id int64) (*chat, error) {
	c, err := s.reachable(id)
	switch {
	case err != nil:
		return nil, err
	case c.private() && c.blocked:
		return nil, forbidden("bot was blocked by the user")
	case c.private() && !c.started:
		return nil, forbidden("bot can't initiate conversation with a user")
	}
	return c, nil
}

// callChat is the chat a call's chat_id names, looked up by find
// (s.reachable or s.writable). Call with s.mu held.
func (s *Server) callChat(c *call, find func(int64) (*chat, error)) (*chat, error) {
	id, err := c.chatID()
	if err != nil {
		return nil, err
	}
	return find(id)
}

// target is the chat a send or edit goes to, after the rate limits.
func (s *Server) target(c *call) (*chat, error) {
	id, err := c.chatID()
	if err != nil {
		return nil, err
	}
	if err := s.limit(c, id); err != nil {
		return nil, err
	}
	return s.writable(id)
}

// content is a message's text and keyboard, validated as Telegram does.
type content struct {
	text, plain, mode string
	entities          []tgbotapi.MessageEntity
	markup            *tgbotapi.InlineKeyboardMarkup
	buttons           [][]Button
}

func (s *Server) readText(c *call) (content, error) {
	ct := content{text: c.params.Get("text"), mode: c.params.Get("parse_mode")}
	var err error
	if ct.plain, ct.entities, err = s.render(ct.text, ct.mode); err != nil {
		return ct, err
	}
	switch n := utf16Len(ct.plain); {
	case n == 0:
		return ct, badRequest("message text is empty")
	case n > 4096:
		return ct, badRequest("message is too long")
	}
	ct.markup, ct.buttons, err = parseMarkup(c.params.Get("reply_markup"))
	return ct, err
}

func (s *Server) sendMessage(c *call) (any, error) {
	ch, err := s.target(c)
	if err != nil {
		return nil, err
	}
	ct, err := s.readText(c)
	if err != nil {
		return nil, err
	}
	replyTo := c.intParam("reply_to_message_id")
	if replyTo != 0 && ch.find(replyTo) == nil && !c.boolParam("allow_sending_without_reply") {
		return nil, badRequest("message to be replied not found")
	}
	m := ch.add(&message{
		view: Message{From: s.bot, Text: ct.text, Plain: ct.plain, ParseMode: ct.mode, Buttons: ct.buttons,
			Date: time.Now(), Silent: c.boolParam("disable_notification")},
		entities: ct.entities, markup: ct.markup, replyTo: replyTo,
	})
	s.note(ch, s.bot.Name(), "bot", ct.plain, ct.buttons)
	s.wake()
	return s.wire(ch, m), nil
}

// editable is the bot's message that an edit names.
func (s *Server) editable(c *call) (*chat, *message, error) {
	ch, err := s.target(c)
	if err != nil {
		return nil, nil, err
	}
	m := ch.find(c.intParam("message_id"))
	if m == nil || m.view.From != s.bot || c.params.Get("inline_message_id") != "" {
		return nil, nil, badRequest("message to edit not found")
	}
	return ch, m, nil
}

const (
	notModified     = "message is not modified"
	descNotModified = notModified + ": specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
)

func (s *Server) editMessageText(c *call) (any, error) {
	ch, m, err := s.editable(c)
	if err != nil {
		return nil, err
	}
	if m.doc != nil {
		return nil, badRequest("there is no text in the message to edit")
	}
	ct, err := s.readText(c)
	if err != nil {
		return nil, err
	}
	if ct.plain == m.view.Plain && sameEntities(ct.entities, m.entities) && sameMarkup(ct.markup, m.markup) {
		return nil, badRequest(descNotModified)
	}
	m.view.Text, m.view.Plain, m.view.ParseMode, m.view.Buttons = ct.text, ct.plain, ct.mode, ct.buttons
	m.entities, m.markup = ct.entities, ct.markup
	return s.edited(ch, m), nil
}

func (s *Server) editMessageReplyMarkup(c *call) (any, error) {
	ch, m, err := s.editable(c)
	if err != nil {
		return nil, err
	}
	markup, buttons, err := parseMarkup(c.params.Get("reply_markup"))
	if err != nil {
		return nil, err
	}
	if sameMarkup(markup, m.markup) {
		return nil, badRequest(descNotModified)
	}
	m.markup, m.view.Buttons = markup, buttons
	return s.edited(ch, m), nil
}

// edited records an edit of m and returns it as the Bot API shows it.
func (s *Server) edited(ch *chat, m *message) *tgbotapi.Message {
	m.view.Edits++
	m.editDate = time.Now().Unix()
	s.note(ch, s.bot.Name(), "edit", m.view.Plain, m.view.Buttons)
	s.wake()
	return s.wire(ch, m)
}

func sameEntities(a, b []tgbotapi.MessageEntity) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Type != b[i].Type || a[i].Offset != b[i].Offset || a[i].Length != b[i].Length ||
			a[i].URL != b[i].URL || a[i].Language != b[i].Language {
			return false
		}
	}
	return true
}

func (s *Server) sendChatAction(c *call) (any, error) {
	id, err := c.chatID()
	if err != nil {
		return nil, err
	}
	if _, err := s.writable(id); err != nil {
		return nil, err
	}
	return true, nil
}
