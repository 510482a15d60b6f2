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

	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
)

// demoTimeout bounds the whole demo; it normally takes about half a minute.
const demoTimeout = 90 * time.Second

// runDemo plays a parents' group against the real bot and an in-process fake
// Telegram, printing the conversation. It needs no token and no network.
func runDemo(ctx context.Context, stdout, stderr io.Writer) int {
	ctx, cancel := context.WithTimeout(ctx, demoTimeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "allaboard-demo-")
	if err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)

	tr := &transcript{w: stdout, start: time.Now()}
	tg := telegramtest.New(telegramtest.Options{Observe: tr.entry})
	defer tg.Close()

	m := NewMain()
	m.Stdout, m.Stderr = stdout, io.Discard
	args := []string{"-token", tg.Token(), "-api-url", tg.URL(), "-db", filepath.Join(dir, "demo.db"),
		"-log-level", "error", "-quiet-hours", "off", "-ping-schedule", "0,3s,6s", "-timezone", demoZone}
	if err := m.ParseFlags(args, func(string) string { return "" }); err != nil {
		fmt.Fprintf(stderr, "allaboard demo: %v\n", err)
		return 1
	}
	m.PollTimeout = time.Second
	m.UndoWindow = -1 // the story goes on at once
	m.Backoff = sender.Backoff{Min: 50 * time.Millisecond, Max: time.Second}
	// A demo group would wait minutes under the real 20-a-minute group limit.
	m.Limits = sender.Limits{PerChat: sender.Rate{N: 5, Per: time.Second}, PerGroup: sender.Rate{N: 30, Per: time.Second}, Global: sender.Rate{N: 30, Per: time.Second}, Status: time.Second}

	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(runCtx) }()
	scriptErr := playDemo(ctx, tg, tr)
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

// transcript prints what happens, chat by chat, as it happens.
type transcript struct {
	mu    sync.Mutex
	w     io.Writer
	start time.Time
	quiet bool
}

func (t *transcript) entry(e telegramtest.Entry) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.quiet || e.Kind == "answer" && e.Text == "" {
		return
	}
	at := fmt.Sprintf("%5.1fs", e.Time.Sub(t.start).Seconds())
	where := e.ChatTitle
	text := strings.ReplaceAll(strings.TrimSpace(e.Text), "\n", "\n        │ ")
	switch e.Kind {
	case "message":
		fmt.Fprintf(t.w, "%s [%s] %s: %s\n", at, where, e.Who, text)
	case "bot", "edit":
		verb := "🤖"
		if e.Kind == "edit" {
			verb = "🤖 (updates its message)"
		}
		fmt.Fprintf(t.w, "%s [%s] %s\n        │ %s\n", at, where, verb, text)
		for _, row := range e.Buttons {
			fmt.Fprintf(t.w, "        │ [ %s ]\n", strings.Join(row, " ] [ "))
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

// playDemo is the script: a host and eight parents; a party announced for a
// Saturday, moved to Sunday, a new family caught up, the place changed, a
// parent who never answers, and at the end of the day a cancellation.
func playDemo(ctx context.Context, tg *telegramtest.Server, tr *transcript) error {
	wait := func(chat int64, want ...string) (telegramtest.Message, error) {
		return tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want) })
	}
	press := func(u *telegramtest.User, chat int64, label string) error {
		id, err := tg.PressLabel(u, chat, label)
		if err != nil {
			return err
		}
		_, err = tg.WaitAnswer(ctx, id)
		return err
	}
	pause := func(d time.Duration) { time.Sleep(d) }

	tr.say("A class's parents' group. Hanna hosts her daughter's birthday party.")
	hanna := tg.AddUser("Hanna", "", "hanna")
	tg.Start(hanna, "")
	if _, err := wait(hanna.ID, "All Aboard"); err != nil {
		return err
	}
	g := tg.NewGroup("Class 2b parents", hanna)
	tg.AddBot(g, hanna, true)
	if _, err := wait(g.ID, "Hello"); err != nil {
		return err
	}
	names := []string{"Ali", "Bea", "Cem", "Dora", "Emil", "Fay", "Gus", "Otto"}
	var parents []*telegramtest.User
	for _, n := range names {
		u := tg.AddUser(n, "", "")
		tg.AddMemberSilently(g, u)
		parents = append(parents, u)
	}
	dm, mention, otto := parents[:4], parents[4:7], parents[7]
	// confirm has those with a DM press dmButton on the card they were sent
	// (it shows dmText) and the others Got it under their mention in the
	// group (it shows groupText).
	confirm := func(dm, mention []*telegramtest.User, dmButton string, dmText, groupText []string) error {
		for _, u := range dm {
			if _, err := wait(u.ID, dmText...); err != nil {
				return err
			}
			if err := press(u, u.ID, dmButton); err != nil {
				return err
			}
		}
		for _, u := range mention {
			if _, err := wait(g.ID, append([]string{u.FirstName}, groupText...)...); err != nil {
				return err
			}
			if err := press(u, g.ID, "Got it"); err != nil {
				return err
			}
		}
		return nil
	}
	for _, u := range dm {
		tg.Start(u, "hello") // from the group's "Open a private chat" button
	}
	for _, u := range parents {
		tg.Send(g.ID, u, "Hi everyone!")
	}
	pause(time.Second)

	tr.say("Hanna announces the party for a Saturday. Ali, Bea, Cem and Dora have opened a chat with the bot; Emil, Fay and Gus haven't; Otto never answers.")
	saturday := nextSaturday(time.Now(), 10)
	tg.Send(g.ID, hanna, "/event Mia's 7th birthday | "+saturday.Format("2006-01-02")+" 15:00 | Jump House, Main St 5 | Socks required!")
	if _, err := wait(g.ID, "Mia's 7th birthday"); err != nil {
		return err
	}
	if err := confirm(dm, mention, "Going", []string{"Mia's 7th birthday"}, []string{"please confirm", "Jump House"}); err != nil {
		return err
	}
	pause(time.Second)

	tr.say("Nina's family joined the class last week. She joins the group after the announcement: the bot catches her up.")
	nina := tg.AddUser("Nina", "", "")
	tg.Join(g, nina)
	if err := confirm(nil, []*telegramtest.User{nina}, "", nil, []string{"Welcome", "Jump House", "Socks required!"}); err != nil {
		return err
	}
	mention = append(mention, nina)
	pause(time.Second)

	tr.say("Another party was set for the same Saturday: Hanna moves hers to Sunday.")
	tg.Send(g.ID, hanna, "/edit 1 when "+saturday.AddDate(0, 0, 1).Format("2006-01-02")+" 14:00")
	if err := confirm(dm, mention, "Going", []string{"Please confirm", "Sun"}, []string{"changed", "Sun"}); err != nil {
		return err
	}
	pause(time.Second)

	tr.say("The venue is double-booked on Sunday: Hanna changes the place.")
	tg.Send(g.ID, hanna, "/edit 1 where Trampoline Hall, Harbour Rd 2")
	if err := confirm(dm, mention, "Going", []string{"Please confirm", "Trampoline Hall"}, []string{"changed", "Trampoline Hall"}); err != nil {
		return err
	}

	tr.say("Otto doesn't answer. The bot keeps asking, then tells Hanna to call him.")
	if _, err := wait(hanna.ID, otto.FirstName, "please contact them personally"); err != nil {
		return err
	}
	pause(time.Second)

	tr.say("Sunday morning, a storm warning: Hanna cancels, and everyone confirms they know.")
	tg.Send(g.ID, hanna, "/cancel 1")
	if err := confirm(dm, mention, "Got it", []string{"CANCELLED"}, []string{"CANCELLED"}); err != nil {
		return err
	}
	pause(time.Second)
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
