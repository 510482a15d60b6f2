// Package app holds All Aboard's use cases: announcing and changing events,
// answers to them, chasing, reminders, the roster, a group's lifecycle,
// digests, settings and timers. Each works within one Turn (a transaction and
// the time) and decides what to store and what to tell whom; it never sees
// Telegram's types: the adapter in package bot translates at the edge.
package app

import (
	"log/slog"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
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
	// Quotas keep a member or a group from flooding everyone; zero means
	// allaboard.DefaultQuotas. Only tests change them.
	Quotas allaboard.Quotas
	// Repeats lists the dates of series (an RRULE library's adapter);
	// without it, no series can be made.
	Repeats allaboard.Expander
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

// App carries out the use cases. They are split by what they look after,
// each a small service sharing the surroundings (core): an event's life from
// announcement to its end, what people see of events, the chase, the roster
// and a group's life, households, guided creation, settings and digests, and
// the timers that drive them. A service's receiver is named a throughout;
// a.app reaches the others.
type App struct {
	Events     *Events     // announcing, changing, cancelling; undo, guests, co-hosts, quotas
	Cards      *Cards      // cards, status, lists and calendar files; presses on them
	Chase      *Chase      // reminders, mentions and hand-offs until everyone knows
	Roster     *Roster     // who is in a group, a group's life, forgetting
	Households *Households // families who confirm for each other
	Drafts     *Drafts     // guided creation in a private chat
	Notices    *Notices    // what is particular to must-read notices
	Todos      *Todos      // what is particular to to-dos with a deadline
	Settings   *Settings   // a group's settings and the hosts' digests
	Timers     *Timers     // what is due: runs the others' timers
	Bring      *Bring      // sign-up lists: who brings what
	Series     *Series     // events that repeat: each next date in its time
}

// core is what every service shares: the surroundings and the others.
type core struct {
	cfg     Config
	self    Self
	store   Store
	counter Counter
	log     *slog.Logger
	app     *App
}

// The services; each is the core with its own methods.
type (
	// Events looks after an event's life: announce, change, cancel, undo.
	Events struct {
		*core
		rates rates // commands and presses per member, for the quotas
	}
	// Cards shows events to people and takes their answers on the cards.
	Cards struct{ *core }
	// Chase asks everyone who hasn't confirmed, until they do or the host
	// is told whom to call.
	Chase struct{ *core }
	// Roster learns who is in a group and follows a group's life.
	Roster struct{ *core }
	// Households links members who confirm for each other.
	Households struct{ *core }
	// Drafts guides a host through creating an event in private.
	Drafts struct{ *core }
	// Notices reads and changes must-read notices: the rest of their life
	// is an event's.
	Notices struct{ *core }
	// Todos reads and changes to-dos, takes their answers (done, seen,
	// can't), passes a reason on, and gives the host the final list: the
	// rest of their life is an event's.
	Todos struct{ *core }
	// Settings are a group's own settings, and the digests they plan.
	Settings struct{ *core }
	// Series announces each date of a series, an event that repeats, as
	// an event of its own when its time comes.
	Series struct{ *core }
	// Timers runs what is due.
	Timers struct {
		*core
		// planned is set once Tick has made sure every group and event has
		// its timers, including those kept by an older version.
		planned bool
	}
)

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
	if cfg.Quotas == (allaboard.Quotas{}) {
		cfg.Quotas = allaboard.DefaultQuotas
	}
	a := &App{}
	c := &core{cfg: cfg, self: cfg.Self, store: st, counter: counter, log: cfg.Log, app: a}
	*a = App{Events: &Events{core: c}, Cards: &Cards{c}, Chase: &Chase{c}, Roster: &Roster{c},
		Households: &Households{c}, Drafts: &Drafts{c}, Notices: &Notices{c}, Todos: &Todos{c}, Settings: &Settings{c}, Timers: &Timers{core: c},
		Bring: &Bring{c}, Series: &Series{c}}
	return a
}

// settings are a group's own settings, or the defaults if it has none.
func (a *core) settings(tx allaboard.Tx, group int64) allaboard.Settings {
	if c, err := tx.Chat(group); err == nil && c.Settings != nil {
		return *c.Settings
	}
	return a.cfg.Defaults
}

// zone is a group's time zone.
func (a *core) zone(tx allaboard.Tx, group int64) *time.Location {
	return a.settings(tx, group).Location()
}

// policy is how e's members are chased: by its group's settings, at its own
// pace if its host chose one.
func (a *core) policy(tx allaboard.Tx, e allaboard.Event) allaboard.Policy {
	return a.settings(tx, e.Group).Policy(a.cfg.HandOff).For(e)
}

// openChat adds to n the group's "open a private chat" button.
func openChat(n *allaboard.Notice) *allaboard.Notice {
	return notice.WithOpenChat(n, wire.OpenChatPayload)
}

// isGroup tells a group's id from a user's.
func isGroup(chatID int64) bool { return chatID < 0 }
