package sender

import "time"

// Rate allows N messages in any window of length Per.
type Rate struct {
	N   int
	Per time.Duration
}

// Limits are Telegram's sending limits, as the sender keeps them.
type Limits struct {
	PerChat  Rate // any chat
	PerGroup Rate // additionally, each group
	Global   Rate // the whole bot
	// Status is how often a host's status card is edited at most: counts
	// that change many times a second are shown once they settle.
	Status time.Duration
}

// TelegramLimits are the documented guidance: about one message a second per
// chat, 20 a minute per group, 30 a second overall (we keep 25 by default).
var TelegramLimits = Limits{
	PerChat:  Rate{1, time.Second},
	PerGroup: Rate{20, time.Minute},
	Global:   Rate{25, time.Second},
	Status:   3 * time.Second,
}

// window remembers the last N send times of one key. A sliding window, not a
// token bucket: a bucket refilled at N/Per with a burst of N lets through up
// to 2N in one window, which Telegram would answer with 429.
type window struct {
	rate  Rate
	times []time.Time // oldest first, at most rate.N
}

// next returns the earliest time another message may go, keeping keep of
// the window's messages for others.
func (w *window) next(now time.Time, keep int) time.Time {
	n := w.rate.N - keep
	if w.rate.N <= 0 || len(w.times) < n {
		return now
	}
	if t := w.times[len(w.times)-n].Add(w.rate.Per); t.After(now) {
		return t
	}
	return now
}

// reserve is how many of a window's messages are kept for replies: a full
// backlog still leaves room to answer someone who just did something.
func reserve(r Rate) int {
	if r.N < 2 {
		return 0
	}
	return max(1, r.N/20)
}

func (w *window) record(t time.Time) {
	if w.rate.N <= 0 {
		return
	}
	if len(w.times) == w.rate.N {
		w.times = append(w.times[:0], w.times[1:]...)
	}
	w.times = append(w.times, t)
}

// idle reports whether the window no longer constrains anything.
func (w *window) idle(now time.Time) bool {
	return len(w.times) == 0 || !w.times[len(w.times)-1].Add(w.rate.Per).After(now)
}

// limiter keeps every window the sender needs. It is used by one goroutine.
type limiter struct {
	limits Limits
	global window
	chats  map[int64]*window
	groups map[int64]*window
}

func newLimiter(l Limits) *limiter {
	return &limiter{limits: l, global: window{rate: l.Global}, chats: map[int64]*window{}, groups: map[int64]*window{}}
}

func isGroup(chatID int64) bool { return chatID < 0 }

// span is the longest window the limiter keeps.
func (l *limiter) span() time.Duration {
	return max(l.limits.PerChat.Per, l.limits.PerGroup.Per, l.limits.Global.Per)
}

// next returns the earliest time a message to chatID may go. Only a reply
// may use the share of the global and group windows kept for replies.
func (l *limiter) next(chatID int64, now time.Time, reply bool) time.Time {
	keep := func(r Rate) int {
		if reply {
			return 0
		}
		return reserve(r)
	}
	t := l.global.next(now, keep(l.limits.Global))
	if w := l.chats[chatID]; w != nil {
		t = later(t, w.next(now, 0))
	}
	if w := l.groups[chatID]; w != nil {
		t = later(t, w.next(now, keep(l.limits.PerGroup)))
	}
	return t
}

// record notes a message to chatID that Telegram answered at t. The time of
// the answer, not of the request, is recorded: Telegram counted the message
// at some moment before it answered, so spacing from the answer is safe.
func (l *limiter) record(chatID int64, t time.Time) {
	l.global.record(t)
	l.window(l.chats, chatID, l.limits.PerChat).record(t)
	if isGroup(chatID) {
		l.window(l.groups, chatID, l.limits.PerGroup).record(t)
	}
	if len(l.chats) > 1000 {
		l.forgetIdle(t)
	}
}

func (l *limiter) window(m map[int64]*window, chatID int64, r Rate) *window {
	w := m[chatID]
	if w == nil {
		w = &window{rate: r}
		m[chatID] = w
	}
	return w
}

func (l *limiter) forgetIdle(now time.Time) {
	for _, m := range []map[int64]*window{l.chats, l.groups} {
		for id, w := range m {
			if w.idle(now) {
				delete(m, id)
			}
		}
	}
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
