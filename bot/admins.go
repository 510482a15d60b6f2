package bot

import (
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// adminCommands are the group commands whose answer depends on whether the
// sender is an admin of the group.
var adminCommands = map[string]bool{"edit": true, "cancel": true, "status": true}

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

// prefetch asks Telegram, before a batch's transaction, about every sender of
// a command that needs it.
func (b *Bot) prefetchAdmins(updates []tgbotapi.Update) map[adminKey]bool {
	out := map[adminKey]bool{}
	for _, u := range updates {
		m := u.Message
		if m == nil || m.From == nil || m.Chat.IsPrivate() || !m.IsCommand() {
			continue
		}
		name, _, _ := strings.Cut(m.Command(), "@")
		if !adminCommands[strings.ToLower(name)] {
			continue
		}
		k := adminKey{m.Chat.ID, m.From.ID}
		out[k] = b.isAdmin(k)
	}
	return out
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
	b.admins.mu.Lock()
	if b.admins.seen == nil {
		b.admins.seen = map[adminKey]adminSeen{}
	}
	b.admins.seen[k] = adminSeen{admin, time.Now()}
	b.admins.mu.Unlock()
	return admin
}
