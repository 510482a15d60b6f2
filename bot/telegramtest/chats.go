package telegramtest

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Member statuses, as getChatMember reports them.
const (
	statusCreator = "creator"
	statusAdmin   = "administrator"
	statusMember  = "member"
	statusLeft    = "left"
	statusKicked  = "kicked"
)

// present reports whether a status means being in the chat.
func present(status string) bool {
	return status == statusCreator || status == statusAdmin || status == statusMember
}

// chat is one chat's state: a private chat with a user, or a group.
type chat struct {
	id    int64
	kind  string // "private", "group" or "supergroup"
	title string
	user  *User // private chats: the user

	started bool // private: the user pressed Start, so the bot may write
	blocked bool // private: the user blocked the bot

	members    map[int64]string // status by user id, the bot's included
	order      []int64          // members in order of arrival
	migratedTo int64

	msgs   []*message
	lastID int
}

func (c *chat) private() bool { return c.kind == "private" }

// displayTitle names the chat for transcripts.
func (c *chat) displayTitle() string {
	if c.private() {
		return "private chat with " + c.user.Name()
	}
	return c.title
}

func (c *chat) status(userID int64) string {
	if c.private() {
		if userID == c.user.ID || userID == botID && !c.blocked {
			return statusMember
		}
		if userID == botID {
			return statusKicked
		}
		return statusLeft
	}
	if st, ok := c.members[userID]; ok {
		return st
	}
	return statusLeft
}

func (c *chat) setStatus(userID int64, status string) {
	if _, ok := c.members[userID]; !ok {
		c.order = append(c.order, userID)
	}
	c.members[userID] = status
}

// add gives m the chat's next message id and appends it.
func (c *chat) add(m *message) *message {
	c.lastID++
	m.view.ID, m.view.ChatID = c.lastID, c.id
	c.msgs = append(c.msgs, m)
	return m
}

func (c *chat) find(id int) *message {
	for _, m := range c.msgs {
		if m.view.ID == id {
			return m
		}
	}
	return nil
}

// message is a stored message: what tests see plus what the wire needs.
type message struct {
	view     Message
	entities []tgbotapi.MessageEntity
	markup   *tgbotapi.InlineKeyboardMarkup
	editDate int64
	replyTo  int

	newMembers  []*User
	left        *User
	migrateTo   int64
	migrateFrom int64
	doc         *tgbotapi.Document
}

// copyView returns the test's view of m, sharing nothing mutable.
func (m *message) copyView() Message {
	v := m.view
	v.Buttons = nil
	for _, row := range m.view.Buttons {
		v.Buttons = append(v.Buttons, append([]Button(nil), row...))
	}
	return v
}

func (s *Server) chatJSON(c *chat) *tgbotapi.Chat {
	if c.private() {
		return &tgbotapi.Chat{ID: c.id, Type: "private", FirstName: c.user.FirstName, LastName: c.user.LastName, UserName: c.user.Username}
	}
	return &tgbotapi.Chat{ID: c.id, Type: c.kind, Title: c.title}
}

func userJSON(u *User) *tgbotapi.User {
	return &tgbotapi.User{ID: u.ID, IsBot: u.ID == botID || u.IsBot, FirstName: u.FirstName, LastName: u.LastName, UserName: u.Username, LanguageCode: u.LanguageCode}
}

// wire is m as the Bot API shows it.
func (s *Server) wire(c *chat, m *message) *tgbotapi.Message {
	w := &tgbotapi.Message{
		MessageID:         m.view.ID,
		Date:              int(m.view.Date.Unix()),
		Chat:              s.chatJSON(c),
		EditDate:          int(m.editDate),
		ReplyMarkup:       m.markup,
		MigrateToChatID:   m.migrateTo,
		MigrateFromChatID: m.migrateFrom,
		Document:          m.doc,
	}
	if m.view.From != nil {
		w.From = userJSON(m.view.From)
	}
	if m.doc != nil {
		w.Caption, w.CaptionEntities = m.view.Plain, m.entities
	} else {
		w.Text, w.Entities = m.view.Plain, m.entities
	}
	for _, u := range m.newMembers {
		w.NewChatMembers = append(w.NewChatMembers, *userJSON(u))
	}
	if m.left != nil {
		w.LeftChatMember = userJSON(m.left)
	}
	if r := c.find(m.replyTo); r != nil && m.replyTo != 0 {
		rw := *s.wire(c, &message{view: r.view, entities: r.entities, doc: r.doc})
		w.ReplyToMessage = &rw
	}
	return w
}

// memberJSON is the ChatMember object for u with status.
func memberJSON(u *User, status string) tgbotapi.ChatMember {
	m := tgbotapi.ChatMember{User: userJSON(u), Status: status}
	if status == statusAdmin || status == statusCreator {
		m.CanManageChat, m.CanDeleteMessages, m.CanRestrictMembers = true, true, true
		m.CanPinMessages, m.CanInviteUsers, m.CanChangeInfo = true, true, true
	}
	return m
}
