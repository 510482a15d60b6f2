package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"allaboard/bot"
	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"
)

// demoTimeout bounds the whole demo; it normally takes a few seconds.
const demoTimeout = 90 * time.Second

// runDemo plays a parents' group against the real bot and an in-process fake
// Telegram, printing the conversation. It needs no token and no network, and
// it prints the same bytes on every run: the story has a clock of its own,
// which moves only where the story waits, and after each step the bot
// finishes everything before the next (see stepper).
func runDemo(ctx context.Context, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithTimeout(ctx, demoTimeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "allaboard-demo-")
	if err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	loc, err := time.LoadLocation(demoZone)
	if err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	// The story begins on a Monday morning, twelve days before the party.
	clock := schedulertest.NewClock(time.Date(2026, time.December, 7, 9, 0, 0, 0, loc))

	tr := &transcript{w: stdout, clock: clock, start: clock.Now()}
	fmt.Fprintf(stdout, "The story's clock starts on %s in %s and moves on only where the story waits.\n"+
		"Here the bot chases every few seconds; for real, it waits minutes and hours.\n",
		tr.start.Format("Mon 2 Jan 2006, 15:04"), demoZone)
	tg := telegramtest.New(telegramtest.Options{Observe: tr.entry})
	defer tg.Close()

	m := NewMain()
	m.Stdout, m.Stderr = stdout, io.Discard
	args := []string{"-token", tg.Token(), "-api-url", tg.URL(), "-db", filepath.Join(dir, "demo.db"),
		"-log-level", "error", "-quiet-hours", "off", "-ping-schedule", "0,3s,6s", "-timezone", demoZone, "-retention", "off"}
	if err := m.ParseFlags(args, func(string) string { return "" }); err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	m.PollTimeout = time.Second
	m.UndoWindow = -1 // the story goes on at once
	m.Backoff = sender.Backoff{Min: 50 * time.Millisecond, Max: time.Second}
	m.Clock, m.SendNow = clock, clock.Now
	// The fake Telegram answers at once and limits nothing, and the sender
	// runs on the story's clock, which stands still while the bot catches
	// up: any limit, or pause between edits of a status card, would hold a
	// message back until the story moved on. So there are none, and every
	// edit is sent. A rate of N 0 limits nothing; the zero Limits would mean
	// Telegram's.
	m.Limits = sender.Limits{Global: sender.Rate{N: 0, Per: time.Second}}
	st := &stepper{tg: tg, main: m}
	m.WrapStore = func(s bot.Store) bot.Store { st.Store = s; return st }

	runCtx, stop := context.WithCancel(ctx)
	scriptCtx, stopScript := context.WithCancel(ctx)
	defer stopScript()
	done := make(chan error, 1)
	go func() {
		err := m.Run(runCtx)
		stopScript() // if the bot stopped early, the story waits for it no more
		done <- err
	}()
	scriptErr := playDemo(scriptCtx, &story{tg: tg, clock: clock, step: st, tr: tr})
	st.over.Store(true)
	stop()
	runErr := <-done
	if cerr := m.Close(); runErr == nil {
		runErr = cerr
	}
	if err := errors.Join(scriptErr, runErr); err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	return 0
}

// transcript prints what happens, chat by chat, as it happens, at the
// story's time.
type transcript struct {
	mu    sync.Mutex
	w     io.Writer
	clock *schedulertest.Clock
	start time.Time
	quiet bool
}

func (t *transcript) entry(e telegramtest.Entry) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.quiet || e.Kind == "answer" && e.Text == "" {
		return
	}
	at := t.clock.Now().Format("15:04:05")
	where := e.ChatTitle
	text := strings.ReplaceAll(strings.TrimSpace(e.Text), "\n", "\n         │ ")
	switch e.Kind {
	case "message":
		fmt.Fprintf(t.w, "%s [%s] %s: %s\n", at, where, e.Who, text)
	case "bot", "edit":
		verb := "🤖"
		if e.Kind == "edit" {
			verb = "🤖 (updates its message)"
		}
		fmt.Fprintf(t.w, "%s [%s] %s\n         │ %s\n", at, where, verb, text)
		for _, row := range e.Buttons {
			fmt.Fprintf(t.w, "         │ [ %s ]\n", strings.Join(row, " ] [ "))
		}
	case "press":
		fmt.Fprintf(t.w, "%s [%s] %s taps “%s”\n", at, where, e.Who, text)
	case "answer":
		fmt.Fprintf(t.w, "%s [%s] 🤖 pops up: %s\n", at, where, text)
	default:
		fmt.Fprintf(t.w, "%s [%s] — %s %s\n", at, where, e.Who, e.Kind)
	}
}

func (t *transcript) say(format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.w, "\n━━ "+format+"\n\n", args...)
}

// demoZone is the group's clock in the demo.
const demoZone = "Europe/Berlin"

// story is what the script acts through: the fake Telegram, the story's
// clock, and the stepper that waits for the bot after each step.
type story struct {
	tg    *telegramtest.Server
	clock *schedulertest.Clock
	step  *stepper
	tr    *transcript
}

// expect returns the newest bot message in chat containing all of want; the
// bot has settled, so one that is not there now will not come.
func (s *story) expect(chat int64, want ...string) (telegramtest.Message, error) {
	msgs := s.tg.BotMessages(chat)
	for i := len(msgs) - 1; i >= 0; i-- {
		if containsAll(msgs[i].Plain, want) {
			return msgs[i], nil
		}
	}
	return telegramtest.Message{}, fmt.Errorf("the story expected a bot message in chat %d with %q", chat, want)
}

// press has u tap the newest button labelled label in chat, and waits until
// the bot has done everything that sets off.
func (s *story) press(ctx context.Context, u *telegramtest.User, chat int64, label string) error {
	id, err := s.tg.PressLabel(u, chat, label)
	if err != nil {
		return err
	}
	if err := s.step.settle(ctx); err != nil {
		return err
	}
	_, err = s.tg.WaitAnswer(ctx, id)
	return err
}

// advance moves the story's clock on by d, and waits until the bot has done
// what fell due.
func (s *story) advance(ctx context.Context, d time.Duration) error {
	s.clock.Advance(d)
	s.step.wake()
	return s.step.settle(ctx)
}

// playDemo is the script: a host and eight parents; a party announced for a
// Saturday, moved to Sunday, a new family caught up, the place changed, a
// parent who never answers, and at the end of the day a cancellation. Each
// step waits until the bot has done all it sets off (settle).
func playDemo(ctx context.Context, s *story) error {
	tg, tr, settle := s.tg, s.tr, func() error { return s.step.settle(ctx) }
	tr.say("A class's parents' group. Hanna hosts her daughter's birthday party.")
	hanna := tg.AddUser("Hanna", "", "hanna")
	tg.Start(hanna, "")
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(hanna.ID, "All Aboard"); err != nil {
		return err
	}
	g := tg.NewGroup("Class 2b parents", hanna)
	names := []string{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Otto"}
	var parents []*telegramtest.User
	for _, n := range names {
		u := tg.AddUser(n, "", "")
		tg.AddMemberSilently(g, u)
		parents = append(parents, u)
	}
	tg.AddBot(g, hanna, true) // the bot counts the members as it joins
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(g.ID, "Hello"); err != nil {
		return err
	}
	dm, mention, otto := parents[:4], parents[4:7], parents[7]
	// confirm has those with a DM press dmButton on the card they were sent
	// (it shows dmText) and the others Got it under their mention in the
	// group (it shows groupText).
	confirm := func(dm, mention []*telegramtest.User, dmButton string, dmText, groupText []string) error {
		for _, u := range dm {
			if _, err := s.expect(u.ID, dmText...); err != nil {
				return err
			}
			if err := s.press(ctx, u, u.ID, dmButton); err != nil {
				return err
			}
		}
		for _, u := range mention {
			if _, err := s.expect(g.ID, append([]string{u.FirstName}, groupText...)...); err != nil {
				return err
			}
			if err := s.press(ctx, u, g.ID, "Got it"); err != nil {
				return err
			}
		}
		return nil
	}
	for _, u := range dm {
		tg.Start(u, "hello") // from the group's "Open a private chat" button
		if err := settle(); err != nil {
			return err
		}
	}
	for _, u := range parents {
		tg.Send(g.ID, u, "Hi everyone!")
		if err := settle(); err != nil {
			return err
		}
	}

	tr.say("Hanna announces the party for a Saturday. Ali, Bea, Cem and Dora have opened a chat with the bot; Emil, Fay and Gus haven't; Otto never answers.")
	saturday := nextSaturday(s.clock.Now(), 10)
	tg.Send(g.ID, hanna, "/event Mia's 7th birthday | "+saturday.Format("2006-01-02")+" 15:00 | Jump House, Main St 5 | Socks required!")
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(g.ID, "Mia's 7th birthday"); err != nil {
		return err
	}
	if err := confirm(dm, mention, "Going", []string{"Mia's 7th birthday"}, []string{"please confirm", "Jump House"}); err != nil {
		return err
	}

	tr.say("Nina's family joined the class last week. She joins the group after the announcement: the bot catches her up.")
	nina := tg.AddUser("Nina", "", "")
	tg.Join(g, nina)
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(nil, []*telegramtest.User{nina}, "", nil, []string{"Welcome", "Jump House", "Socks required!"}); err != nil {
		return err
	}
	mention = append(mention, nina)

	tr.say("Another party was set for the same Saturday: Hanna moves hers to Sunday.")
	tg.Send(g.ID, hanna, "/edit 1 when "+saturday.AddDate(0, 0, 1).Format("2006-01-02")+" 14:00")
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, "Going", []string{"Please confirm", "Sun"}, []string{"changed", "Sun"}); err != nil {
		return err
	}

	tr.say("The venue is double-booked on Sunday: Hanna changes the place.")
	tg.Send(g.ID, hanna, "/edit 1 where Trampoline Hall, Harbour Rd 2")
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, "Going", []string{"Please confirm", "Trampoline Hall"}, []string{"changed", "Trampoline Hall"}); err != nil {
		return err
	}

	tr.say("Otto doesn't answer. The bot keeps asking, then tells Hanna to call him.")
	// The demo chases every few seconds (-ping-schedule): the story's clock
	// moves a second at a time until the bot hands Otto over to Hanna.
	for {
		if _, err := s.expect(hanna.ID, otto.FirstName, "please contact them personally"); err == nil {
			break
		} else if s.clock.Now().Sub(tr.start) > time.Minute {
			return err
		}
		if err := s.advance(ctx, time.Second); err != nil {
			return err
		}
	}

	tr.say("Sunday morning, a storm warning: Hanna cancels, and everyone confirms they know.")
	tg.Send(g.ID, hanna, "/cancel 1")
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, "Got it", []string{"CANCELLED"}, []string{"CANCELLED"}); err != nil {
		return err
	}
	tr.mu.Lock()
	tr.quiet = true
	tr.mu.Unlock()
	for _, m := range tg.BotMessages(hanna.ID) {
		if strings.HasPrefix(m.Plain, "📋 Status") {
			tr.say("Hanna's status card, as it stands at the end:")
			fmt.Fprintln(tr.w, m.Plain)
		}
	}
	return nil
}

// nextSaturday is the first Saturday at least days after now, in the
// demo's zone.
func nextSaturday(now time.Time, days int) time.Time {
	loc, err := time.LoadLocation(demoZone)
	if err != nil {
		loc = time.UTC
	}
	d := now.In(loc).AddDate(0, 0, days)
	for d.Weekday() != time.Saturday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

func containsAll(s string, want []string) bool {
	for _, w := range want {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}
