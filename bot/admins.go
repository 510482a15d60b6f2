package bot

import (
	"strings"
	"sync"
	"time"

	"allaboard/bot/app"
	"allaboard/bot/command"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// adminKey is a member of a group.
type adminKey struct{ chat, user int64 }

// admins remembers who is an admin where, for a few minutes: asking Telegram
// is a network call, and it must not happen inside a database transaction.
type admins struct {
	mu   sync.Mutex
	seen map[adminKey]adminSeen
}

type adminSeen struct {
	admin bool
	at    time.Time
}

const adminTTL = 5 * time.Minute

// prefetchAdmins asks Telegram, before a batch's transaction, about every
// sender of a command, or presser of a button, that needs it.
func (b *Bot) prefetchAdmins(updates []tgbotapi.Update) map[adminKey]bool {
	out := map[adminKey]bool{}
	for _, u := range updates {
		k, ok := needsAdmin(u)
		switch {
		case !ok:
		case anonymousAdmin(u.Message):
			out[k] = true // only an admin can post as the group itself
		default:
			out[k] = b.isAdmin(k)
		}
	}
	return out
}

// anonymousAdmin reports whether a message was posted by an admin who stays
// anonymous: Telegram sends it as the group itself (sender_chat), from a
// stand-in bot account that getChatMember doesn't know.
func anonymousAdmin(m *tgbotapi.Message) bool {
	return m != nil && m.SenderChat != nil && m.Chat != nil && m.SenderChat.ID == m.Chat.ID
}

// needsAdmin says whether an update's answer depends on its sender being an
// admin of the group it came from.
func needsAdmin(u tgbotapi.Update) (adminKey, bool) {
	if q := u.CallbackQuery; q != nil && q.From != nil {
		var chat int64
		if q.Message != nil && q.Message.Chat != nil {
			chat = q.Message.Chat.ID
		}
		group, ok := app.PressAdminOf(q.Data, chat)
		return adminKey{group, q.From.ID}, ok
	}
	m := u.Message
	if m == nil || m.From == nil || m.Chat.IsPrivate() || !m.IsCommand() {
		return adminKey{}, false
	}
	c, ok := command.Find(strings.ToLower(m.Command()))
	return adminKey{m.Chat.ID, m.From.ID}, ok && c.NeedsAdmin
}

func (b *Bot) isAdmin(k adminKey) bool {
	b.admins.mu.Lock()
	s, ok := b.admins.seen[k]
	b.admins.mu.Unlock()
	if ok && time.Since(s.at) < adminTTL {
		return s.admin
	}
	m, err := b.api.GetChatMember(tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: k.chat, UserID: k.user}})
	if err != nil {
		b.log.Warn("cannot check whether a member is an admin", "chat", k.chat, "err", redact(err.Error(), b.cfg.Token))
		return false
	}
	admin := m.Status == "creator" || m.Status == "administrator"
	b.admins.remember(k, admin, time.Now())
	return admin
}

// maxAdminsSeen is when the cache starts forgetting what is out of date, so
// that it doesn't grow with every member who ever pressed a button.
const maxAdminsSeen = 1000

// remember notes what Telegram said about k, at now.
func (a *admins) remember(k adminKey, admin bool, now time.Time) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.seen == nil {
		a.seen = map[adminKey]adminSeen{}
	}
	if len(a.seen) >= maxAdminsSeen {
		for key, s := range a.seen {
			if now.Sub(s.at) >= adminTTL {
				delete(a.seen, key)
			}
		}
	}
	a.seen[k] = adminSeen{admin, now}
}
