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
	"allaboard/bot/lang"
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
// finishes everything before the next (see stepper). With -lang the story is
// told in another language: the parents' apps speak it, so their group and
// their private chats do too.
func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	l, code, ok := demoFlags(args, stderr)
	if !ok {
		return code
	}
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

	tr := &transcript{w: stdout, clock: clock, start: clock.Now(), l: l, names: map[int64]string{}}
	fmt.Fprintln(stdout, l.T("demo_intro", map[string]any{"Start": l.DateTime(tr.start), "Zone": demoZone}))
	tg := telegramtest.New(telegramtest.Options{Observe: tr.entry})
	defer tg.Close()

	m := NewMain()
	m.Stdout, m.Stderr = stdout, io.Discard
	flags := []string{"-token", tg.Token(), "-api-url", tg.URL(), "-db", filepath.Join(dir, "demo.db"),
		"-log-level", "error", "-quiet-hours", "off", "-ping-schedule", "0,3s,6s", "-timezone", demoZone, "-retention", "off",
		"-language", l.Code()} // as the bot would run where the story's language is spoken
	if err := m.ParseFlags(flags, func(string) string { return "" }); err != nil {
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
	scriptErr := playDemo(scriptCtx, &story{tg: tg, clock: clock, step: st, tr: tr, words: storyWords(l)})
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
// story's time, in the story's language.
type transcript struct {
	mu    sync.Mutex
	w     io.Writer
	clock *schedulertest.Clock
	start time.Time
	quiet bool
	l     lang.Lang
	names map[int64]string // the story's people, by id (= their private chat)
}

func (t *transcript) entry(e telegramtest.Entry) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.quiet || e.Kind == "answer" && e.Text == "" {
		return
	}
	at := t.clock.Now().Format("15:04:05")
	where := e.ChatTitle
	if name, ok := t.names[e.Chat]; ok {
		where = t.l.T("demo_private_chat", map[string]any{"Name": name})
	}
	text := strings.ReplaceAll(strings.TrimSpace(e.Text), "\n", "\n         │ ")
	said := func(id string) string { return t.l.T(id, map[string]any{"Name": e.Who, "Text": text}) }
	switch e.Kind {
	case "message":
		fmt.Fprintf(t.w, "%s [%s] %s: %s\n", at, where, e.Who, text)
	case "bot", "edit":
		verb := "🤖"
		if e.Kind == "edit" {
			verb = said("demo_edits")
		}
		fmt.Fprintf(t.w, "%s [%s] %s\n         │ %s\n", at, where, verb, text)
		for _, row := range e.Buttons {
			fmt.Fprintf(t.w, "         │ [ %s ]\n", strings.Join(row, " ] [ "))
		}
	case "press":
		fmt.Fprintf(t.w, "%s [%s] %s\n", at, where, said("demo_taps"))
	case "answer":
		fmt.Fprintf(t.w, "%s [%s] %s\n", at, where, said("demo_pops_up"))
	default:
		did := e.Who + " " + e.Kind // not in this story: the fake's own words
		if id, known := demoDeeds[e.Kind]; known {
			did = said(id)
		}
		fmt.Fprintf(t.w, "%s [%s] — %s\n", at, where, did)
	}
}

// say prints the narration of the story's next part: the message id in the
// story's language.
func (t *transcript) say(id string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.w, "\n━━ %s\n\n", t.l.T(id, nil))
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
	words words
}

// expect returns the newest bot message in chat containing all of want; the
// bot has settled, so one that is not there now will not come.
func (s *story) expect(chat int64, want ...string) (telegramtest.Message, error) {
	return s.expectStart(chat, "", want...)
}

// expectStart is expect for a message that starts with start.
func (s *story) expectStart(chat int64, start string, want ...string) (telegramtest.Message, error) {
	msgs := s.tg.BotMessages(chat)
	for i := len(msgs) - 1; i >= 0; i-- {
		if strings.HasPrefix(msgs[i].Plain, start) && containsAll(msgs[i].Plain, want) {
			return msgs[i], nil
		}
	}
	return telegramtest.Message{}, fmt.Errorf("the story expected a bot message in chat %d starting %q with %q", chat, start, want)
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
// step waits until the bot has done all it sets off (settle). What it waits
// for is told by emojis, names, the story's own texts and the buttons'
// labels in the story's language, so that the story runs in every language.
func playDemo(ctx context.Context, s *story) error {
	tg, tr, w, settle := s.tg, s.tr, s.words, func() error { return s.step.settle(ctx) }
	gotIt, going := w.l.T("got_it", nil), w.l.T("rsvp_going", nil)
	tr.say("demo_step_group")
	hanna := s.person("Hanna", "hanna")
	tg.Start(hanna, "")
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(hanna.ID, "👋", "All Aboard"); err != nil {
		return err
	}
	g := tg.NewGroup(w.group, hanna)
	names := []string{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Otto"}
	var parents []*telegramtest.User
	for _, n := range names {
		u := s.person(n, "")
		tg.AddMemberSilently(g, u)
		parents = append(parents, u)
	}
	tg.AddBot(g, hanna, true) // the bot counts the members as it joins
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(g.ID, "👋", w.group); err != nil {
		return err
	}
	dm, mention, otto := parents[:4], parents[4:7], parents[7]
	// confirm has those with a DM press dmButton on the card they were sent
	// (it shows dmText) and the others groupButton under their mention in
	// the group (it shows their name and groupText).
	confirm := func(dm, mention []*telegramtest.User, dmButton, groupButton string, dmText, groupText []string) error {
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
			if err := s.press(ctx, u, g.ID, groupButton); err != nil {
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
		tg.Send(g.ID, u, w.hello)
		if err := settle(); err != nil {
			return err
		}
	}

	tr.say("demo_step_announce")
	saturday := nextSaturday(s.clock.Now(), 10)
	tg.Send(g.ID, hanna, "/event "+w.title+" | "+saturday.Format("2006-01-02")+" 15:00 | "+w.place+" | "+w.notes)
	if err := settle(); err != nil {
		return err
	}
	if _, err := s.expect(g.ID, "📅", w.title); err != nil {
		return err
	}
	if err := confirm(dm, mention, going, gotIt, []string{"📅", w.title}, []string{"⏳", w.place}); err != nil {
		return err
	}

	tr.say("demo_step_late")
	nina := s.person("Nina", "")
	tg.Join(g, nina)
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(nil, []*telegramtest.User{nina}, "", gotIt, nil, []string{"👋", w.place, w.notes}); err != nil {
		return err
	}
	mention = append(mention, nina)

	tr.say("demo_step_moved")
	tg.Send(g.ID, hanna, "/edit 1 when "+saturday.AddDate(0, 0, 1).Format("2006-01-02")+" 14:00")
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, going, gotIt, []string{"✏️", "→", "14:00"}, []string{"→", "14:00"}); err != nil {
		return err
	}

	tr.say("demo_step_place")
	tg.Send(g.ID, hanna, "/edit 1 where "+w.moved)
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, going, gotIt, []string{"✏️", "→", w.moved}, []string{"→", w.moved}); err != nil {
		return err
	}

	tr.say("demo_step_silent")
	// The demo chases every few seconds (-ping-schedule): the story's clock
	// moves a second at a time until the bot hands Otto over to Hanna (📞).
	for {
		if _, err := s.expectStart(hanna.ID, "📞", otto.FirstName, w.title); err == nil {
			break
		} else if s.clock.Now().Sub(tr.start) > time.Minute {
			return err
		}
		if err := s.advance(ctx, time.Second); err != nil {
			return err
		}
	}

	tr.say("demo_step_cancel")
	tg.Send(g.ID, hanna, "/cancel 1")
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, gotIt, gotIt, []string{"❌", w.title}, []string{"❌"}); err != nil {
		return err
	}

	tr.say("demo_step_notice")
	monday := nextWeekday(s.clock.Now(), time.Monday)
	tg.Send(g.ID, hanna, "/announce "+w.notice+" | "+monday.Format("2006-01-02"))
	if err := settle(); err != nil {
		return err
	}
	if err := confirm(dm, mention, gotIt, gotIt, []string{"📣", w.notice}, []string{"⏳", w.notice}); err != nil {
		return err
	}

	tr.say("demo_step_todo")
	friday := nextWeekday(s.clock.Now(), time.Friday)
	tg.Send(g.ID, hanna, "/todo "+w.todo+" | "+friday.Format("2006-01-02")+" 12:00")
	if err := settle(); err != nil {
		return err
	}
	done := w.l.T("todo_button_done", nil)
	if err := confirm(dm, mention, done, done, []string{"☑️", w.todo}, []string{"⏳", w.todo}); err != nil {
		return err
	}
	tr.say("demo_step_deadline")
	deadline := time.Date(friday.Year(), friday.Month(), friday.Day(), 12, 0, 0, 0, friday.Location())
	if err := s.advance(ctx, deadline.Sub(s.clock.Now())+time.Minute); err != nil {
		return err
	}
	if _, err := s.expectStart(hanna.ID, "⏰", otto.FirstName); err != nil {
		return err
	}

	tr.mu.Lock()
	tr.quiet = true
	tr.mu.Unlock()
	tr.say("demo_step_status")
	for _, m := range tg.BotMessages(hanna.ID) {
		if strings.HasPrefix(m.Plain, "📋") {
			fmt.Fprintln(tr.w, m.Plain)
			fmt.Fprintln(tr.w)
		}
	}
	return nil
}

// nextWeekday is the first day after now that is a day, in the demo's zone.
func nextWeekday(now time.Time, day time.Weekday) time.Time {
	d := now.AddDate(0, 0, 1)
	for d.Weekday() != day {
		d = d.AddDate(0, 0, 1)
	}
	return d
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
