package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot"
	"allaboard/bot/telegramtest"
)

func TestStartAnswersStartAndStopsCleanly(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "Berg", "anna")
	h.tg.Start(anna, "")
	greeting := h.waitGreeted(anna.ID)
	if !hasButton(greeting, "Add me to a group") {
		t.Errorf("the /start answer has no \"Add me to a group\" button: %+v", greeting.Buttons)
	}

	h.waitLog("set the command menus and descriptions") // alongside polling
	var names []string
	for _, c := range h.tg.Commands() {
		names = append(names, c.Command)
	}
	if got := strings.Join(names, " "); !strings.Contains(got, "event") || !strings.Contains(got, "help") {
		t.Errorf("command menu %q lacks event or help", got)
	}
	// Each scope lists what fits there.
	for _, tc := range []struct {
		scope     string
		has, lack []string
	}{
		{"all_private_chats", []string{"start", "events", "status", "forget"}, []string{"edit", "join", "members"}},
		{"all_group_chats", []string{"event", "join", "events"}, []string{"edit", "cancel", "members", "forget", "start"}},
		{"all_chat_administrators", []string{"event", "edit", "cancel", "members", "forget"}, []string{"start"}},
	} {
		menu := map[string]bool{}
		for _, c := range h.tg.CommandsFor(tc.scope) {
			menu[c.Command] = true
		}
		for _, c := range tc.has {
			if !menu[c] {
				t.Errorf("the %s menu lacks /%s", tc.scope, c)
			}
		}
		for _, c := range tc.lack {
			if menu[c] {
				t.Errorf("the %s menu lists /%s", tc.scope, c)
			}
		}
	}
	if err := h.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
}

func TestGroupIsGreetedWhenTheBotIsAdded(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	g := h.tg.NewGroup("Class 2b parents", anna)
	h.tg.AddBot(g, anna, false)
	h.waitMessage(g.ID, "Hello, Class 2b parents", "make me an admin")
	h.waitMessage(g.ID, "Roll call")
	time.Sleep(300 * time.Millisecond) // a second greeting would come now
	if n := len(h.tg.BotMessages(g.ID)); n != 2 {
		t.Errorf("%d messages in the group, want the greeting and the roll call:\n%s", n, h.dump(g.ID))
	}
}

func TestExitStatusAndSignals(t *testing.T) {
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	var out bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	args := []string{"-token", tg.Token(), "-api-url", tg.URL(), "-db", t.TempDir() + "/a.db"}
	go func() { done <- run(ctx, args, func(string) string { return "" }, &out, &out) }()
	deadline := time.Now().Add(10 * time.Second)
	for tg.Calls("getUpdates") == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel() // what SIGINT and SIGTERM do
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit status %d after a stop signal, want 0; output:\n%s", code, out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("did not stop")
	}
}

func TestNoTokenExitsAtOnceWithHelp(t *testing.T) {
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"-api-url", tg.URL()}, func(string) string { return "" }, &bytes.Buffer{}, &stderr)
	if code != 2 {
		t.Errorf("exit status %d, want 2", code)
	}
	for _, want := range []string{"TELEGRAM_BOT_TOKEN", "@BotFather"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("message %q does not name %s", stderr.String(), want)
		}
	}
	if n := len(tg.Requests()); n != 0 {
		t.Errorf("%d requests made without a token", n)
	}
}

func TestTokenNeverAppearsInOutput(t *testing.T) {
	const token = "987654:SECRET-never-print-me"
	for _, tc := range []struct {
		name string
		url  string
	}{
		{"connection refused", "http://127.0.0.1:1"},
		{"unreachable fake", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url := tc.url
			if url == "" {
				tg := telegramtest.New(telegramtest.Options{Token: token})
				defer tg.Close()
				tg.Unreachable(true)
				url = tg.URL()
			}
			var out syncBuffer
			ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
			defer cancel()
			args := []string{"-token", token, "-api-url", url, "-db", t.TempDir() + "/a.db", "-log-level", "debug"}
			run(ctx, args, func(string) string { return "" }, &out, &out)
			if !strings.Contains(out.String(), "cannot reach Telegram") {
				t.Errorf("no word about the failure:\n%s", out.String())
			}
			if strings.Contains(out.String(), "SECRET") {
				t.Errorf("the token leaked:\n%s", out.String())
			}
		})
	}
}

func TestWrongTokenIsExplained(t *testing.T) {
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	var out bytes.Buffer
	code := run(context.Background(), []string{"-token", "1:wrong", "-api-url", tg.URL(), "-db", t.TempDir() + "/a.db"},
		func(string) string { return "" }, &out, &out)
	if code != 1 || !strings.Contains(out.String(), "rejected the bot token") || strings.Contains(out.String(), "1:wrong") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}

func TestSecondInstanceFailsFast(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	var out bytes.Buffer
	began := time.Now()
	code := run(context.Background(), h.args(), func(string) string { return "" }, &out, &out)
	if took := time.Since(began); took > 2*time.Second {
		t.Errorf("the second instance took %v to give up", took)
	}
	if code != 1 || !strings.Contains(out.String(), "database is in use by another allaboard process") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}

func TestDamagedDatabaseIsReported(t *testing.T) {
	path := t.TempDir() + "/a.db"
	if err := writeFile(path, bytes.Repeat([]byte("not a database "), 1000)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := run(context.Background(), []string{"-token", "1:x", "-db", path}, func(string) string { return "" }, &out, &out)
	if code != 1 || !strings.Contains(out.String(), "damaged") {
		t.Errorf("exit %d, output:\n%s", code, out.String())
	}
}

// crashingStore fails ApplyUpdates the way a crash would, once: before the
// commit (nothing is written) or after it (written, but the bot never hears).
type crashingStore struct {
	bot.Store
	afterCommit bool
	crashed     bool
}

var errCrash = errors.New("simulated crash")

func (s *crashingStore) ApplyUpdates(ids []int, now time.Time, fn func(allaboard.Tx, []int) error) error {
	if s.crashed {
		return s.Store.ApplyUpdates(ids, now, fn)
	}
	s.crashed = true
	if s.afterCommit {
		if err := s.Store.ApplyUpdates(ids, now, fn); err != nil {
			return err
		}
		return errCrash
	}
	return s.Store.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
		if err := fn(tx, fresh); err != nil {
			return err
		}
		return errCrash // rolls back everything fn did
	})
}

func TestBatchAppliedExactlyOnceAcrossACrash(t *testing.T) {
	for _, afterCommit := range []bool{false, true} {
		name := map[bool]string{false: "crash before commit", true: "crash after commit"}[afterCommit]
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, telegramtest.Options{})
			crash := &crashingStore{afterCommit: afterCommit}
			h.tune = func(m *Main) {
				m.WrapStore = func(s bot.Store) bot.Store { crash.Store = s; return crash }
			}
			h.start()
			anna := h.tg.AddUser("Anna", "", "")
			h.tg.Start(anna, "")
			select {
			case err := <-h.done:
				if !errors.Is(err, errCrash) {
					t.Fatalf("the program stopped with %v, want the simulated crash", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("the crash did not stop the program")
			}
			h.cancel = nil
			h.tune = nil
			h.start() // the batch is delivered again
			h.waitGreeted(anna.ID)
			time.Sleep(500 * time.Millisecond)
			if n := len(h.tg.BotMessages(anna.ID)); n != 1 {
				t.Errorf("/start answered %d times, want exactly once:\n%s", n, h.dump(anna.ID))
			}
		})
	}
}

func TestRandomUpdateIDAfterSilenceIsNotLost(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	h.tg.Start(anna, "")
	h.waitGreeted(anna.ID)
	h.tg.JumpUpdateID(1000) // far lower than before: Telegram may pick any id after a week
	h.tg.Send(anna.ID, anna, "/help")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := h.tg.WaitMessage(ctx, anna.ID, func(m telegramtest.Message) bool { return len(h.tg.BotMessages(anna.ID)) >= 2 }); err != nil {
		t.Fatalf("the update with a lower id was not handled:\n%s", h.dump(anna.ID))
	}
}

func TestTooManyRequestsIsWaitedOut(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	h.tg.Fail("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1)
	h.tg.Start(anna, "")
	h.waitGreeted(anna.ID)
	var sends []time.Time
	for _, r := range h.tg.Requests() {
		if r.Method == "sendMessage" {
			sends = append(sends, r.Time)
		}
	}
	if len(sends) != 2 {
		t.Fatalf("%d sendMessage calls, want the refused one and one more", len(sends))
	}
	if gap := sends[1].Sub(sends[0]); gap < time.Second {
		t.Errorf("retried after %v, before retry_after (1 s) passed", gap)
	}
}

func TestConflictsAreReported(t *testing.T) {
	t.Run("webhook", func(t *testing.T) {
		h := newHarness(t, telegramtest.Options{})
		h.tg.SetWebhook("https://example.com/hook")
		h.start()
		h.waitLog("a webhook is set for this bot")
		h.waitLog("deleteWebhook")
	})
	t.Run("second poller", func(t *testing.T) {
		h := newHarness(t, telegramtest.Options{})
		h.tg.Fail("getUpdates", 1, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", 0)
		h.start()
		h.waitLog("another program is polling Telegram with this bot token")
	})
}

func TestServerErrorsAndDroppedConnectionsAreRetried(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tg.Fail5xx("getUpdates", 2)
	h.tg.Drop("getUpdates", 1)
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	h.tg.Fail5xx("sendMessage", 2)
	h.tg.Drop("sendMessage", 1)
	h.tg.SendGarbage("sendMessage", 1)
	h.tg.Start(anna, "")
	h.waitGreeted(anna.ID)
	time.Sleep(300 * time.Millisecond)
	if n := len(h.tg.BotMessages(anna.ID)); n != 1 {
		t.Errorf("%d replies, want 1:\n%s", n, h.dump(anna.ID))
	}
}

func TestTwoHundredMessagesToOneGroupStayWithinLimits(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	g := h.tg.NewGroup("Big group", anna)
	h.tg.AddBot(g, anna, true)
	h.waitMessage(g.ID, "Hello")
	h.waitMessage(g.ID, "Roll call")
	err := h.main.DB.Update(func(tx allaboard.Tx) error {
		for i := range 200 {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: g.ID, Text: "message " + itoa(i+1), Created: time.Now()}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	h.waitMessage(g.ID, "message 200")
	if n := len(h.tg.BotMessages(g.ID)); n != 202 {
		t.Errorf("%d messages in the group, want the greeting, the roll call and 200", n)
	}
	if n := h.tg.RateLimited(); n != 0 {
		t.Errorf("the fake answered 429 %d times: %v", n, h.tg.Violations())
	}
	msgs := h.tg.BotMessages(g.ID)
	for i, m := range msgs[2:] {
		if want := "message " + itoa(i+1); m.Plain != want {
			t.Fatalf("message %d is %q, want %q: order lost", i+1, m.Plain, want)
		}
	}
}
