package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler"
)

// scaled are Telegram's limits sped up 120 times, in the sender and the fake
// alike, so that tests go through the same code paths in seconds.
var scaled = struct {
	bot  sender.Limits
	fake telegramtest.Limits
}{
	sender.Limits{PerChat: sender.Rate{N: 1, Per: time.Second / 120}, PerGroup: sender.Rate{N: 20, Per: time.Minute / 120}, Global: sender.Rate{N: 30, Per: time.Second / 120}, Status: 3 * time.Second / 120},
	telegramtest.Limits{PerChat: telegramtest.Rate{N: 1, Per: time.Second / 120}, PerGroup: telegramtest.Rate{N: 20, Per: time.Minute / 120}, Global: telegramtest.Rate{N: 30, Per: time.Second / 120}},
}

// syncBuffer collects a program's output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// harness runs the real program in-process against a fake Telegram.
type harness struct {
	t      testing.TB
	tg     *telegramtest.Server
	db     string
	out    *syncBuffer
	clock  scheduler.Clock
	tune   func(*Main)
	cancel context.CancelFunc
	done   chan error
	main   *Main
}

func newHarness(t testing.TB, opts telegramtest.Options) *harness {
	t.Helper()
	if opts.Limits == (telegramtest.Limits{}) {
		opts.Limits = scaled.fake
	}
	tg := telegramtest.New(opts)
	t.Cleanup(tg.Close)
	h := &harness{t: t, tg: tg, db: filepath.Join(t.TempDir(), "allaboard.db"), out: &syncBuffer{}}
	t.Cleanup(func() {
		if h.cancel != nil {
			h.stop()
		}
		if t.Failed() {
			t.Logf("program output:\n%s", h.out.String())
		}
	})
	return h
}

// args are the flags every run gets; more may follow.
func (h *harness) args(more ...string) []string {
	return append([]string{"-token", h.tg.Token(), "-api-url", h.tg.URL(), "-db", h.db, "-log-level", "debug",
		"-timezone", "Europe/Berlin", "-quiet-hours", "off", "-ping-schedule", "0,2s,4s",
		"-reminders", "off", "-digest", "off"}, more...)
}

// start runs the program until stop.
func (h *harness) start(more ...string) {
	h.t.Helper()
	m := NewMain()
	m.Stdout, m.Stderr = h.out, h.out
	if err := m.ParseFlags(h.args(more...), func(string) string { return "" }); err != nil {
		h.t.Fatalf("flags: %v", err)
	}
	m.Limits = scaled.bot
	m.Backoff = sender.Backoff{Min: 20 * time.Millisecond, Max: 200 * time.Millisecond}
	m.PollTimeout = time.Second
	m.DrainTimeout = 2 * time.Second
	m.Clock = h.clock
	m.UndoWindow = -1 // reminders at once, as the stories expect; the undo test sets it
	if h.tune != nil {
		h.tune(m)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done, h.main = cancel, make(chan error, 1), m
	running := strings.Count(h.out.String(), "All Aboard is running") // from earlier runs
	go func() {
		err := m.Run(ctx)
		if cerr := m.Close(); err == nil {
			err = cerr
		}
		h.done <- err
	}()
	h.waitLogCount("All Aboard is running", running+1)
}

// stop asks the program to stop, as SIGINT does, and returns its error.
func (h *harness) stop() error {
	h.t.Helper()
	h.cancel()
	h.cancel = nil
	select {
	case err := <-h.done:
		return err
	case <-time.After(15 * time.Second):
		h.t.Fatal("the program did not stop within 15 s")
		return nil
	}
}

// waitLog waits until the program's output contains s.
func (h *harness) waitLog(s string) {
	h.t.Helper()
	h.waitLogCount(s, 1)
}

// waitLogCount waits until the program's output contains s n times.
func (h *harness) waitLogCount(s string, n int) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(h.out.String(), s) < n {
		if time.Now().After(deadline) {
			h.t.Fatalf("the program never logged %q", s)
		}
		select {
		case err := <-h.done:
			h.t.Fatalf("the program stopped (%v) before logging %q", err, s)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitMessage waits for a bot message in chat containing all of want (in
// its plain text), and returns it.
func (h *harness) waitMessage(chat int64, want ...string) telegramtest.Message {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	m, err := h.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want) })
	if err != nil {
		h.t.Fatalf("no message in chat %d containing %q: %v\nchat has:\n%s", chat, want, err, h.dump(chat))
	}
	return m
}

// greeted is what the bot's first private message says: the pitch to
// someone in no group with it ("All Aboard"), or to a member "You're set".
func greeted(m telegramtest.Message) bool {
	return strings.Contains(m.Plain, "All Aboard") || strings.Contains(m.Plain, "You're set")
}

// waitGreeted waits until the bot has answered a /start in chat.
func (h *harness) waitGreeted(chat int64) telegramtest.Message {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	m, err := h.tg.WaitMessage(ctx, chat, greeted)
	if err != nil {
		h.t.Fatalf("no greeting in chat %d: %v\nchat has:\n%s", chat, err, h.dump(chat))
	}
	return m
}

// press presses the newest button whose label contains label in chat, and
// returns the answer shown to the user.
func (h *harness) press(u *telegramtest.User, chat int64, label string) string {
	h.t.Helper()
	id, err := h.tg.PressLabel(u, chat, label)
	if err != nil {
		h.t.Fatalf("%s cannot press %q in chat %d: %v\nchat has:\n%s", u.Name(), label, chat, err, h.dump(chat))
	}
	return h.answer(id)
}

func (h *harness) answer(queryID string) string {
	h.t.Helper()
	return h.answered(queryID).Text
}

// answered is the whole answer to a button press: its text, and whether it
// is an alert.
func (h *harness) answered(queryID string) telegramtest.Answer {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	a, err := h.tg.WaitAnswer(ctx, queryID)
	if err != nil {
		h.t.Fatalf("button press %s never answered: %v", queryID, err)
	}
	return a
}

// dump shows a chat's messages, for failure reports.
func (h *harness) dump(chat int64) string {
	var b strings.Builder
	for _, m := range h.tg.Messages(chat) {
		who := "?"
		if m.From != nil {
			who = m.From.Name()
		}
		fmt.Fprintf(&b, "  [%d] %s: %s\n", m.ID, who, strings.ReplaceAll(m.Plain, "\n", " ⏎ "))
	}
	return b.String()
}
