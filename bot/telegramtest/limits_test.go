package telegramtest

import (
	"strings"
	"testing"
	"time"
)

type send struct {
	chat int64
	at   int // ms after the start
}

func TestWindows(t *testing.T) {
	limits := Limits{PerChat: Rate{2, time.Second}, PerGroup: Rate{3, time.Minute}, Global: Rate{4, time.Second}}
	for _, tc := range []struct {
		name     string
		sends    []send
		wantLast time.Duration // wait answered to the last send
	}{
		{"two per chat fit", []send{{1, 0}, {1, 10}}, 0},
		{"third per chat waits for the first to leave", []send{{1, 0}, {1, 100}, {1, 200}}, 800 * time.Millisecond},
		{"window slides", []send{{1, 0}, {1, 100}, {1, 1000}}, 0},
		{"other chats are separate", []send{{1, 0}, {1, 0}, {2, 0}}, 0},
		{"global", []send{{1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 500}}, 500 * time.Millisecond},
		{"per group", []send{{-1, 0}, {-1, 1000}, {-1, 2000}, {-1, 3000}}, 57 * time.Second},
		{"a refused send counts nothing", []send{{1, 0}, {1, 0}, {1, 900}, {1, 1000}, {1, 1000}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := newWindows(limits)
			t0 := time.Now()
			var wait time.Duration
			for _, s := range tc.sends {
				wait, _ = ws.admit(s.chat, t0.Add(time.Duration(s.at)*time.Millisecond))
			}
			if wait != tc.wantLast {
				t.Errorf("last send waits %v, want %v", wait, tc.wantLast)
			}
		})
	}
}

func TestRateLimitAnswers429(t *testing.T) {
	s, api := newBot(t, Options{Limits: Limits{PerChat: Rate{N: 1, Per: 300 * time.Millisecond}}})
	anna := started(t, s, api, "Anna")
	if _, err := sendText(api, anna.ID, "one"); err != nil {
		t.Fatal(err)
	}
	_, err := sendText(api, anna.ID, "two")
	if e := wantAPIError(t, err, 429, "Too Many Requests: retry after 1"); e.RetryAfter != 1 {
		t.Errorf("retry_after = %d, want 1", e.RetryAfter)
	}
	if n := s.RateLimited(); n != 1 {
		t.Errorf("RateLimited = %d, want 1", n)
	}
	if v := s.Violations(); len(v) != 1 || !strings.Contains(v[0], "per-chat") {
		t.Errorf("Violations = %q", v)
	}
	time.Sleep(300 * time.Millisecond)
	if _, err := sendText(api, anna.ID, "three"); err != nil {
		t.Fatalf("after the window: %v", err)
	}
	if n := len(s.BotMessages(anna.ID)); n != 2 {
		t.Errorf("%d messages, want 2", n)
	}
}

func TestRejectedSendsStillCount(t *testing.T) {
	_, api := newBot(t, Options{Limits: Limits{Global: Rate{N: 2, Per: time.Minute}}})
	if _, err := sendText(api, 4242, "no such chat"); err == nil {
		t.Fatal("sent to a chat that does not exist")
	}
	sendText(api, 4242, "no such chat")
	_, err := sendText(api, 4242, "third")
	if e := wantAPIError(t, err, 429, "Too Many Requests: retry after 60"); e.RetryAfter != 60 {
		t.Errorf("retry_after = %d", e.RetryAfter)
	}
	if lim := TelegramLimits(); lim.PerChat != (Rate{1, time.Second}) || lim.PerGroup != (Rate{20, time.Minute}) || lim.Global != (Rate{30, time.Second}) {
		t.Errorf("TelegramLimits() = %+v", lim)
	}
}
func TestSetLimitsAppliesFromNowOn(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	for _, text := range []string{"one", "two"} {
		if _, err := sendText(api, anna.ID, text); err != nil {
			t.Fatalf("without limits: %v", err)
		}
	}
	s.SetLimits(Limits{PerChat: Rate{N: 1, Per: time.Minute}})
	if _, err := sendText(api, anna.ID, "three"); err != nil {
		t.Fatalf("the first message under the new limits: %v", err)
	}
	_, err := sendText(api, anna.ID, "four")
	wantAPIError(t, err, 429, "Too Many Requests: retry after 60")
}
