package app_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/command"
	"allaboard/bot/writer"
	"allaboard/scheduler/recur"
	"allaboard/store"
)

// The test kit: one App over a temporary bbolt store, driven by hand. Updates
// go in through the use cases as the adapter would pass them, messages come
// out of the outbox, and time moves only when a test says so.

// t0 is a Monday morning; every test's clock starts here unless it says otherwise.
var t0 = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

// botSelf is the bot itself.
var botSelf = app.Self{ID: 999, UserName: "allaboard_bot"}

// kit is the App, its store and its surroundings: the clock, who is an admin
// where, and what Telegram's member count says.
type kit struct {
	tb     testing.TB
	db     *store.DB
	app    *app.App
	writer *writer.Writer
	now    time.Time
	admins map[[2]int64]bool
	// census is what Telegram says about a group; a group not in it is
	// counted as exactly the members the bot knows, and the bot.
	census map[int64]app.Census
	// duringCensus, if set, runs once while the next count is being taken,
	// after Telegram has answered: what happens meanwhile in the group.
	duringCensus func()
	msgID        int
}

// newKit starts an App at t0 with quiet hours off and times in UTC; change
// adjusts the defaults (nil: none).
func newKit(tb testing.TB, change func(*app.Config)) *kit {
	tb.Helper()
	db, err := store.Open(filepath.Join(tb.TempDir(), "t.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	k := &kit{tb: tb, db: db, now: t0, admins: map[[2]int64]bool{}, census: map[int64]app.Census{}}
	cfg := app.Config{
		Self:     botSelf,
		Now:      func() time.Time { return k.now },
		Defaults: allaboard.Settings{Zone: "UTC"},
		Undo:     -1, // reminders at once; the undo test sets a window
		Repeats:  recur.RRule{},
	}
	if change != nil {
		change(&cfg)
	}
	k.app = app.New(cfg, db, k)
	k.writer = writer.New(writer.Config{BotName: cfg.Self.UserName, Now: cfg.Now, Defaults: cfg.Defaults}, db)
	return k
}

// Census answers the roster timers: the fake Telegram.
func (k *kit) Census(group int64) app.Census {
	if meanwhile := k.duringCensus; meanwhile != nil {
		k.duringCensus = nil
		defer meanwhile()
	}
	if c, ok := k.census[group]; ok {
		return c
	}
	known := 0
	err := k.db.View(func(tx allaboard.Tx) error {
		members, err := tx.Members(group)
		for _, m := range members {
			if !m.Left {
				known++
			}
		}
		return err
	})
	if err != nil {
		k.tb.Error(err)
	}
	return app.Census{Members: known + 1}
}

// admin makes u an admin of g, as Telegram would say before a turn.
func (k *kit) admin(g *app.Chat, u *app.User) { k.admins[[2]int64{g.ID, u.ID}] = true }

// turn runs fn as one update: one transaction at the kit's time.
func (k *kit) turn(fn func(a *app.App, t *app.Turn) error) []app.Answer {
	k.tb.Helper()
	return k.turnBy(0, 0, nil, fn)
}

// turnBy is turn for what user did in chat, as the adapter runs it. asked is
// the one admin the adapter asks Telegram about before the turn, none if nil
// (then the turn answers as if every admin had been asked about): a use case
// that checks anyone else fails the test, since the real adapter would
// have refused a real admin.
func (k *kit) turnBy(chat, user int64, asked *adminAsked, fn func(a *app.App, t *app.Turn) error) []app.Answer {
	k.tb.Helper()
	var answers []app.Answer
	err := k.db.Update(func(tx allaboard.Tx) error {
		t := app.NewTurn(tx, k.now, func(chat, user int64) bool {
			admin := k.admins[[2]int64{chat, user}]
			if admin && asked != nil && (!asked.ok || asked.group != chat || asked.user != user) {
				k.tb.Errorf("the turn asks whether %d is an admin of %d, which the adapter does not look up for this update (it looks up %+v)", user, chat, *asked)
				return false
			}
			return admin
		})
		t.By(chat, user)
		err := fn(k.app, t)
		answers = t.Answers()
		return err
	})
	if err != nil {
		k.tb.Fatal(err)
	}
	for i, a := range answers { // written after the commit, as the adapter does
		if a.Notice != nil {
			if answers[i].Text, err = k.writer.Answer(*a.Notice, a.To); err != nil {
				k.tb.Fatal(err)
			}
		}
	}
	return answers
}

// adminAsked is whom the adapter asks Telegram about before a turn: whether
// user is an admin of group, if ok.
type adminAsked struct {
	group, user int64
	ok          bool
}

// person is a user with an id and a first name.
func person(id int64, name string) *app.User { return &app.User{ID: id, FirstName: name} }

// group adds the bot to a new group as an admin, added by host, who then
// says hello there.
func (k *kit) group(id int64, title string, host *app.User) *app.Chat {
	k.tb.Helper()
	g := &app.Chat{ID: id, Type: "supergroup", Title: title}
	k.turn(func(a *app.App, t *app.Turn) error {
		return a.Roster.OnMyChatMember(t, &app.MemberUpdate{Chat: *g, From: *host,
			OldChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "left"},
			NewChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "administrator"}})
	})
	k.join(g, host)
	return g
}

// join makes users known in g: each writes something there.
func (k *kit) join(g *app.Chat, users ...*app.User) {
	k.tb.Helper()
	for _, u := range users {
		k.say(g, u, "hi all")
	}
}

// start makes users started: each writes to the bot in private.
func (k *kit) start(users ...*app.User) {
	k.tb.Helper()
	for _, u := range users {
		k.say(dm(u), u, "hello")
	}
}

// dm is the private chat between u and the bot.
func dm(u *app.User) *app.Chat { return &app.Chat{ID: u.ID, Type: "private"} }

// say sends text to chat from a user: the use cases observe it, then carry
// out the command in it, if any.
func (k *kit) say(chat *app.Chat, from *app.User, text string) {
	k.tb.Helper()
	m := &app.Message{Chat: chat, From: from}
	if cmd, ok := strings.CutPrefix(text, "/"); ok {
		name, args, _ := strings.Cut(cmd, " ")
		m.Command, m.Args = strings.ToLower(name), args
	} else if chat.IsPrivate() {
		m.Text = text
	}
	k.observe(m)
}

// observe passes a message through Observe and then its command's handler,
// routed by the adapter's table.
func (k *kit) observe(m *app.Message) {
	k.tb.Helper()
	c, known := command.Find(m.Command)
	asked := &adminAsked{group: m.Chat.ID, user: m.From.ID, ok: known && c.NeedsAdmin && !m.Chat.IsPrivate()}
	k.turnBy(m.Chat.ID, m.From.ID, asked, func(a *app.App, t *app.Turn) error {
		isCommand, err := a.Roster.Observe(t, m)
		if err != nil || !isCommand {
			return err
		}
		c, ok := command.Find(m.Command)
		switch {
		case !ok:
			return a.Roster.UnknownCommand(t, m)
		case m.Chat.IsPrivate() && c.Private != nil:
			return c.Private(a, t, m)
		case !m.Chat.IsPrivate() && c.Group != nil:
			return c.Group(a, t, m)
		case m.Chat.IsPrivate():
			return a.Roster.GroupOnly(t, m)
		}
		return nil
	})
}

// press taps a button with data on a message in chat, and returns the
// short answer shown to the user.
func (k *kit) press(from *app.User, chat *app.Chat, data string) string {
	k.tb.Helper()
	return k.pressed(from, chat, data).Text
}

// pressed is press with the whole answer: its text, and whether it is an alert.
func (k *kit) pressed(from *app.User, chat *app.Chat, data string) app.Answer {
	k.tb.Helper()
	group, ok := app.PressAdminOf(data, chat.ID)
	answers := k.turnBy(chat.ID, from.ID, &adminAsked{group: group, user: from.ID, ok: ok}, func(a *app.App, t *app.Turn) error {
		return a.Cards.OnPress(t, &app.Press{ID: "q", From: from, Data: data, Chat: chat})
	})
	if len(answers) != 1 {
		k.tb.Fatalf("a press got %d answers, want exactly one: %+v", len(answers), answers)
	}
	return answers[0]
}

// parents is a group with its host and the other members, all known to the
// bot because each has written there. The host has opened a chat with the bot.
type parents struct {
	g       *app.Chat
	host    *app.User
	members []*app.User
}

// parentsGroup makes group -100 with host Hanna (1) and members 11, 12, …
// named names, and delivers everything said so far.
func (k *kit) parentsGroup(names ...string) parents {
	k.tb.Helper()
	return k.parentsIn(-100, names...)
}

// parentsIn is parentsGroup in the group with this id.
func (k *kit) parentsIn(id int64, names ...string) parents {
	k.tb.Helper()
	p := parents{host: &app.User{ID: 1, FirstName: "Hanna", UserName: "hanna"}}
	k.start(p.host)
	p.g = k.group(id, "Class 2b parents", p.host)
	for i, n := range names {
		u := person(int64(11+i), n)
		k.join(p.g, u)
		p.members = append(p.members, u)
	}
	k.sent()
	return p
}

// picnic is the event the host announces in most tests: #1, ten days ahead.
const picnic = "/event Picnic | 2026-03-12 15:00 | Park"

// announce has the host announce an event, and delivers what that says.
func (k *kit) announce(p parents, command string) []allaboard.Outgoing {
	k.tb.Helper()
	k.say(p.g, p.host, command)
	return k.sent()
}

// tick moves the clock to at and does everything due then.
func (k *kit) tick(at time.Time) {
	k.tb.Helper()
	k.now = at
	if _, err := k.app.Timers.Tick(at); err != nil {
		k.tb.Fatal(err)
	}
}

// view reads the stored state.
func (k *kit) view(fn func(tx allaboard.Tx) error) {
	k.tb.Helper()
	if err := k.db.View(fn); err != nil {
		k.tb.Fatal(err)
	}
}

// response is u's response to event num of g; a zero one if there is none.
func (k *kit) response(g *app.Chat, num int, u *app.User) allaboard.Response {
	k.tb.Helper()
	var r allaboard.Response
	k.view(func(tx allaboard.Tx) error {
		var err error
		if r, err = tx.Response(g.ID, num, u.ID); errors.Is(err, allaboard.ErrNotFound) {
			return nil
		}
		return err
	})
	return r
}

// event is event num of g as stored.
func (k *kit) event(g *app.Chat, num int) allaboard.Event {
	k.tb.Helper()
	var e allaboard.Event
	k.view(func(tx allaboard.Tx) (err error) { e, err = tx.Event(g.ID, num); return err })
	return e
}

// user is u as stored.
func (k *kit) user(u *app.User) allaboard.User {
	k.tb.Helper()
	var s allaboard.User
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.User(u.ID); return err })
	return s
}

// chat is g as stored.
func (k *kit) chat(g *app.Chat) allaboard.Chat {
	k.tb.Helper()
	var c allaboard.Chat
	k.view(func(tx allaboard.Tx) (err error) { c, err = tx.Chat(g.ID); return err })
	return c
}
