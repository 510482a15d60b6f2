// Package app holds All Aboard's use cases: announcing and changing events,
// answers to them, chasing, reminders, the roster, a group's lifecycle,
// digests, settings and timers. Each works within one Turn (a transaction and
// the time) and decides what to store and what to tell whom; it never sees
// Telegram's types: the adapter in package bot translates at the edge.
package app

import (
	"fmt"
	"log/slog"
	"time"

	"allaboard"
	"allaboard/bot/render"
)

// Config is what the use cases need to know about their surroundings.
type Config struct {
	Self Self // the bot, for links and to tell itself from others
	Now  func() time.Time
	Log  *slog.Logger
	// Defaults are the settings of groups that have not changed them; an
	// empty chase schedule means DefaultPolicy's.
	Defaults allaboard.Settings
	HandOff  int // with this reminder the host is asked to call; 0 means DefaultPolicy's
	// Undo is how long the host can undo a new event, before anyone is
	// reminded of it; 0 means DefaultUndo, < 0 none.
	Undo time.Duration
}

// DefaultUndo is how long a new event can be undone.
const DefaultUndo = 2 * time.Minute

// Store is what the use cases need of the database beyond a Turn's
// transaction: transactions of their own, for the scheduled work and for
// writing messages as they are sent.
type Store interface {
	Update(fn func(allaboard.Tx) error) error
	View(fn func(allaboard.Tx) error) error
}

// Census is Telegram's answer about a group's members.
type Census struct {
	Members int
	Admins  []ChatMember // nil if they could not be listed
	// Failed is set when the count failed, with what Telegram said.
	Failed *allaboard.Delivery
}

// Counter asks Telegram about a group's members. It is called outside any
// transaction: it is a network call.
type Counter interface {
	Census(group int64) Census
}

// App carries out the use cases.
type App struct {
	cfg     Config
	self    Self
	store   Store
	counter Counter
	log     *slog.Logger
	// planned is set once Tick has made sure every group and event has its
	// timers, including those kept by an older version.
	planned bool
	rates   rates // commands and presses per member, for the quotas
}

// New returns the use cases over a store; counter is asked by the roster
// timers.
func New(cfg Config, st Store, counter Counter) *App {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if len(cfg.Defaults.Chase) == 0 {
		cfg.Defaults.Chase = allaboard.DefaultPolicy.Schedule
	}
	if cfg.Undo == 0 {
		cfg.Undo = DefaultUndo
	}
	if cfg.HandOff == 0 {
		cfg.HandOff = allaboard.DefaultPolicy.HandOff
	}
	return &App{cfg: cfg, self: cfg.Self, store: st, counter: counter, log: cfg.Log}
}

// settings are a group's own settings, or the defaults if it has none.
func (a *App) settings(tx allaboard.Tx, group int64) allaboard.Settings {
	if c, err := tx.Chat(group); err == nil && c.Settings != nil {
		return *c.Settings
	}
	return a.cfg.Defaults
}

// zone is a group's time zone.
func (a *App) zone(tx allaboard.Tx, group int64) *time.Location {
	return a.settings(tx, group).Location()
}

// policy is how a group's members are chased.
func (a *App) policy(tx allaboard.Tx, group int64) allaboard.Policy {
	return a.settings(tx, group).Policy(a.cfg.HandOff)
}

// link is a t.me deep link to the bot.
func (a *App) link(param, payload string) string {
	return fmt.Sprintf("https://t.me/%s?%s=%s", a.self.UserName, param, payload)
}

// openChatPayload is the deep link's payload of the group's "open a private
// chat" buttons.
const openChatPayload = "hello"

func (a *App) openChatButton() []allaboard.Button {
	return render.OpenChat(a.link("start", openChatPayload))
}

// isGroup tells a group's id from a user's.
func isGroup(chatID int64) bool { return chatID < 0 }
