package sender

import (
	"testing"
	"time"
)

func TestLimiterSlidingWindow(t *testing.T) {
	t0 := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	l := newLimiter(Limits{PerChat: Rate{1, time.Second}, PerGroup: Rate{3, 10 * time.Second}, Global: Rate{100, time.Second}})
	group, user := int64(-100), int64(7)

	if got := l.next(group, t0, true); !got.Equal(t0) {
		t.Fatalf("first message waits until %v", got)
	}
	l.record(group, t0)
	if got, want := l.next(group, t0, true), t0.Add(time.Second); !got.Equal(want) {
		t.Fatalf("second message to the chat at %v, want %v (1/s per chat)", got, want)
	}
	if got := l.next(user, t0, true); !got.Equal(t0) {
		t.Fatalf("another chat waits until %v, want now", got)
	}
	l.record(group, t0.Add(time.Second))
	l.record(group, t0.Add(2*time.Second))
	// Three in the group's window: the fourth waits until the first is 10 s old.
	if got, want := l.next(group, t0.Add(3*time.Second), true), t0.Add(10*time.Second); !got.Equal(want) {
		t.Fatalf("fourth message to the group at %v, want %v", got, want)
	}
	if got := l.next(user, t0.Add(3*time.Second), true); !got.Equal(t0.Add(3 * time.Second)) {
		t.Fatalf("a private chat is held by the group limit: %v", got)
	}
}

func TestLimiterGlobal(t *testing.T) {
	t0 := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	l := newLimiter(Limits{PerChat: Rate{1, time.Second}, PerGroup: Rate{20, time.Minute}, Global: Rate{2, time.Second}})
	l.record(1, t0)
	l.record(2, t0.Add(100*time.Millisecond))
	if got, want := l.next(3, t0.Add(200*time.Millisecond), true), t0.Add(time.Second); !got.Equal(want) {
		t.Fatalf("third chat at %v, want %v (2/s overall)", got, want)
	}
}

// With the global window nearly full, only a reply may take its last share.
func TestLimiterKeepsAShareForReplies(t *testing.T) {
	t0 := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	l := newLimiter(Limits{Global: Rate{25, time.Second}, PerGroup: Rate{20, time.Minute}})
	for i := range 24 {
		l.record(int64(i+1), t0.Add(time.Duration(i)*time.Millisecond))
	}
	if got, want := l.next(100, t0.Add(50*time.Millisecond), false), t0.Add(time.Second); !got.Equal(want) {
		t.Errorf("a 25th message that is not a reply may go at %v, want %v (one kept for replies)", got, want)
	}
	if got := l.next(100, t0.Add(50*time.Millisecond), true); !got.Equal(t0.Add(50 * time.Millisecond)) {
		t.Errorf("a reply waits until %v with room kept for it", got)
	}
	for i := range 19 {
		l.record(-7, t0.Add(time.Duration(2+i)*time.Second))
	}
	at := t0.Add(30 * time.Second)
	if got, want := l.next(-7, at, false), t0.Add(62*time.Second); !got.Equal(want) {
		t.Errorf("a 20th group message that is not a reply may go at %v, want %v", got, want)
	}
	if got := l.next(-7, at, true); !got.Equal(at) {
		t.Errorf("a reply in the group waits until %v", got)
	}
}

func TestLimiterForgetsIdleChats(t *testing.T) {
	t0 := time.Now()
	l := newLimiter(TelegramLimits)
	for i := range 1001 {
		l.record(int64(i+1), t0)
	}
	l.record(5000, t0.Add(time.Hour))
	if n := len(l.chats); n > 2 {
		t.Fatalf("%d chat windows kept after an hour, want only the recent ones", n)
	}
}
