package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"allaboard/bot"
	"allaboard/bot/telegramtest"
)

// get fetches url and returns the status and body.
func get(tb testing.TB, url string) (int, string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatalf("GET %s: %v", url, err)
	}
	return resp.StatusCode, string(b)
}

// waitStatus waits until GET url answers status, and returns the body.
func waitStatus(tb testing.TB, url string, status int, within time.Duration) string {
	tb.Helper()
	deadline := time.Now().Add(within)
	for {
		got, body := get(tb, url)
		if got == status {
			return body
		}
		if time.Now().After(deadline) {
			tb.Fatalf("GET %s: still %d %q after %v, want %d", url, got, body, within, status)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// /healthz says 200 while Telegram answers the bot's polls, 503 with the
// reason soon after it stops, 200 again once it is back; the server goes
// with the program.
func TestHealthzFollowsTelegram(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start("-metrics-addr", "127.0.0.1:0")
	url := "http://" + h.main.MetricsAddr().String() + "/healthz"
	if status, body := get(t, url); status != http.StatusOK || body != "ok\n" {
		t.Fatalf("healthy bot: %d %q, want 200 ok", status, body)
	}

	h.tg.Unreachable(true)
	// Stale after twice the poll timeout (1 s here) and the margin.
	body := waitStatus(t, url, http.StatusServiceUnavailable, 2*time.Second+pollMargin+3*time.Second)
	if !strings.HasPrefix(body, "telegram: no answer to polling for ") {
		t.Errorf("503 says %q, want why", body)
	}
	h.tg.Unreachable(false)
	waitStatus(t, url, http.StatusOK, 5*time.Second)

	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get(url); err == nil {
		t.Error("/healthz still answers after the program stopped")
	}
}

// health names what is wrong: no poll yet, no recent poll, the database.
func TestHealthSaysWhatIsWrong(t *testing.T) {
	const stale = time.Minute
	fine := func() error { return nil }
	for _, tc := range []struct {
		name     string
		lastPoll time.Duration // ago; 0 for never
		read     func() error
		want     string
	}{
		{"polled lately, database answers", time.Second, fine, ""},
		{"never polled", 0, fine, "telegram: not connected yet"},
		{"polled too long ago", 2 * time.Minute, fine, "telegram: no answer to polling for 2m0s"},
		{"database fails", time.Second, func() error { return errors.New("disk gone") }, "database: disk gone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := newMetrics(func() (int, error) { return 0, nil }, func() (int, error) { return 0, nil })
			if tc.lastPoll != 0 {
				m.lastPoll.Store(time.Now().Add(-tc.lastPoll).UnixNano())
			}
			if got := health(context.Background(), m, stale, tc.read); got != tc.want {
				t.Errorf("health = %q, want %q", got, tc.want)
			}
		})
	}
}

// metricValue is the value of one series in Prometheus's text format, e.g.
// `allaboard_messages_sent_total{outcome="delivered"}`.
func metricValue(tb testing.TB, body, series string) float64 {
	tb.Helper()
	for line := range strings.Lines(body) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				tb.Fatalf("%s: %v", line, err)
			}
			return f
		}
	}
	tb.Fatalf("no %s in the metrics:\n%s", series, body)
	return 0
}

// /metrics counts what the bot did: updates, messages by outcome, errors
// by code, reminders, failed handlers, and what waits in the outbox.
func TestMetricsCountWhatTheBotDoes(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	broken := &halfwayStore{}
	h.tune = func(m *Main) { m.WrapStore = func(s bot.Store) bot.Store { broken.Store = s; return broken } }
	h.start("-metrics-addr", "127.0.0.1:0")
	url := "http://" + h.main.MetricsAddr().String() + "/metrics"
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)

	h.tg.Fail5xx("sendMessage", 1) // a card waits, then goes
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(3, 15)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic")
	h.waitMessage(ali.ID, "New in Class 2b parents", "Picnic") // Ali is chased
	broken.group = pg.g.ID
	broken.broken.Store(true)
	h.tg.Send(pg.g.ID, pg.host, "/event Swim | "+future(4, 10)+" | Pool")
	h.waitMessage(pg.g.ID, "Sorry, that didn't work")

	_, body := get(t, url)
	for _, tc := range []struct {
		series   string
		min, max float64
	}{
		// Hanna's /start, the bot added, Ali joining and writing, his
		// /start, the two events.
		{"allaboard_updates_applied_total", 5, 100},
		{`allaboard_messages_sent_total{outcome="delivered"}`, 6, 100},
		{`allaboard_messages_sent_total{outcome="blocked"}`, 0, 0},
		{`allaboard_telegram_errors_total{code="502"}`, 1, 1},
		{"allaboard_chase_reminders_total", 1, 10},
		{"allaboard_handler_failures_total", 1, 1},
		{"allaboard_outbox_messages", 0, 20},
		{"allaboard_outbox_bytes", 0, 20 * 2000},
	} {
		if v := metricValue(t, body, tc.series); v < tc.min || v > tc.max {
			t.Errorf("%s = %v, want %v to %v", tc.series, v, tc.min, tc.max)
		}
	}
}
