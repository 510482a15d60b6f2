package telegramtest

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// AddUser creates a Telegram account; ids are 1001, 1002, ... The user has
// not started the bot yet, so the bot cannot write to them.
func (s *Server) AddUser(firstName, lastName, username string) *User {
	s.mu.Lock()
	defer s.unlock()
	u := &User{ID: s.nextUser, FirstName: firstName, LastName: lastName, Username: username}
	s.nextUser++
	s.users[u.ID] = u
	s.chats[u.ID] = &chat{id: u.ID, kind: "private", user: u}
	return u
}

// SetLanguage sets the language of u's app, which Telegram sends with
// everything they do from now on (language_code): an IETF tag, "pt-br".
func (s *Server) SetLanguage(u *User, code string) {
	s.mu.Lock()
	defer s.unlock()
	u.LanguageCode = code
}

// AddOtherBot creates another bot's account, which can be added to groups
// (Telegram counts it as a member) but has no private chat.
func (s *Server) AddOtherBot(firstName, username string) *User {
	s.mu.Lock()
	defer s.unlock()
	u := &User{ID: s.nextUser, FirstName: firstName, Username: username, IsBot: true}
	s.nextUser++
	s.users[u.ID] = u
	return u
}

// user is the user or bot with this id, or nil. Call with s.mu held.
func (s *Server) user(id int64) *User {
	if id == botID {
		return s.bot
	}
	return s.users[id]
}

// Send is from writing text in chat: a group they are a member of, or their
// private chat with the bot (chat = from.ID). It panics on a test bug, such
// as writing in a group one is not in; TrySend returns that as an error.
// A text starting with "/" is a command. In a group with privacy mode on and
// the bot not an admin, the bot only receives commands and replies to its
// own messages; the message is recorded either way.
func (s *Server) Send(chat int64, from *User, text string) Message {
	m, err := s.TrySend(chat, from, text)
	if err != nil {
		panic(err)
	}
	return m
}

// TrySend is Send that returns test bugs as errors instead of panicking.
func (s *Server) TrySend(chat int64, from *User, text string) (Message, error) {
	return s.post(chat, from, text, 0)
}

// SendReply is Send as a reply to message replyTo of the same chat.
func (s *Server) SendReply(chat int64, from *User, replyTo int, text string) Message {
	m, err := s.post(chat, from, text, replyTo)
	if err != nil {
		panic(err)
	}
	return m
}

// Start is u opening the private chat with the bot and pressing Start: it
// sends "/start" or "/start <payload>". From then on the bot may write to
// u. A user who had blocked the bot unblocks it first.
func (s *Server) Start(u *User, payload string) Message {
	text := "/start"
	if payload != "" {
		text += " " + payload
	}
	return s.Send(u.ID, u, text)
}

// ErrNotSent wraps TrySend's errors: a test asked for something no user can do.
var ErrNotSent = errors.New("telegramtest: cannot send")

// startPayloadRE is what Telegram passes on as a deep link's start payload.
var startPayloadRE = regexp.MustCompile(`^[A-Za-z0-9_-]{0,64}$`)

// OpenLink follows a link as Telegram's app would: a deep link to the bot,
// https://t.me/<bot>?start=<payload> (or tg://resolve?domain=<bot>&start=...),
// is Start(u, payload). Any other link, or a payload Telegram would not
// pass on, gives false.
func (s *Server) OpenLink(u *User, link string) (Message, bool) {
	l, err := url.Parse(link)
	if err != nil {
		return Message{}, false
	}
	var name string
	switch {
	case (l.Scheme == "https" || l.Scheme == "http") && (l.Host == "t.me" || l.Host == "telegram.me"):
		name = strings.TrimPrefix(l.Path, "/")
	case l.Scheme == "tg" && l.Host == "resolve":
		name = l.Query().Get("domain")
	default:
		return Message{}, false
	}
	q := l.Query()
	payload := q.Get("start")
	if !strings.EqualFold(name, s.opts.BotUsername) || !q.Has("start") || !startPayloadRE.MatchString(payload) {
		return Message{}, false
	}
	return s.Start(u, payload), true
}

// post is a user writing in a chat.
func (s *Server) post(chatID int64, from *User, text string, replyTo int) (Message, error) {
	s.mu.Lock()
	defer s.unlock()
	c := s.chats[chatID]
	switch {
	case from == nil || s.users[from.ID] != from:
		return Message{}, fmt.Errorf("%w: the sender is not a user of this server", ErrNotSent)
	case c == nil:
		return Message{}, fmt.Errorf("%w: %s writes in chat %d, which does not exist", ErrNotSent, from.Name(), chatID)
	case text == "":
		return Message{}, fmt.Errorf("%w: %s sends an empty message", ErrNotSent, from.Name())
	case c.private() && c.user != from:
		return Message{}, fmt.Errorf("%w: chat %d is %s's private chat, not %s's", ErrNotSent, chatID, c.user.Name(), from.Name())
	case c.migratedTo != 0:
		return Message{}, fmt.Errorf("%w: group %d was upgraded to supergroup %d", ErrNotSent, chatID, c.migratedTo)
	case !c.private() && !present(c.status(from.ID)):
		return Message{}, fmt.Errorf("%w: %s is not a member of %q", ErrNotSent, from.Name(), c.title)
	}
	if c.private() {
		if c.blocked {
			s.setBlocked(c, false)
		}
		c.started = true
	}
	m := c.add(&message{
		view:     Message{From: from, Text: text, Plain: text, Date: time.Now()},
		entities: commandEntity(text),
		replyTo:  replyTo,
	})
	if s.botSees(c, m) {
		s.enqueue(&update{Message: s.wire(c, m)})
	}
	s.note(c, from.Name(), "message", text, nil)
	s.wake()
	return m.copyView(), nil
}

func isCommandByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// commandEntity is the bot_command entity Telegram marks at the start of
// "/command@bot args", so that the library's IsCommand and Command work.
func commandEntity(text string) []tgbotapi.MessageEntity {
	if !strings.HasPrefix(text, "/") {
		return nil
	}
	i := 1
	for i < len(text) && isCommandByte(text[i]) {
		i++
	}
	if i == 1 {
		return nil
	}
	if i < len(text) && text[i] == '@' {
		j := i + 1
		for j < len(text) && isCommandByte(text[j]) {
			j++
		}
		if j > i+1 {
			i = j
		}
	}
	return []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: i}}
}

// botSees reports whether the bot receives a user's message, given privacy
// mode. Call with s.mu held.
func (s *Server) botSees(c *chat, m *message) bool {
	if c.private() {
		return true
	}
	st := c.status(botID)
	if !present(st) {
		return false
	}
	if !s.privacy || st == statusAdmin {
		return true
	}
	if len(m.entities) > 0 && m.entities[0].Type == "bot_command" {
		_, to, addressed := strings.Cut(m.view.Text[:m.entities[0].Length], "@")
		return !addressed || strings.EqualFold(to, s.opts.BotUsername)
	}
	if r := c.find(m.replyTo); r != nil && r.view.From == s.bot {
		return true
	}
	return false
}

// SetPrivacy turns privacy mode on (the default) or off.
func (s *Server) SetPrivacy(on bool) {
	s.mu.Lock()
	defer s.unlock()
	s.privacy = on
}
