package telegramtest

import (
	"fmt"
	"math"
	"time"
)

// window holds the send times of one key that are still within its Rate.
type window struct {
	times []time.Time
}

// wait is how long until one more send fits the rate at now.
func (w *window) wait(r Rate, now time.Time) time.Duration {
	if r.N <= 0 || r.Per <= 0 {
		return 0
	}
	keep := w.times[:0]
	for _, t := range w.times {
		if t.Add(r.Per).After(now) {
			keep = append(keep, t)
		}
	}
	w.times = keep
	if len(w.times) < r.N {
		return 0
	}
	return w.times[len(w.times)-r.N].Add(r.Per).Sub(now)
}

// windows are the sliding windows of Telegram's sending limits.
type windows struct {
	limits Limits
	global window
	chats  map[int64]*window
	groups map[int64]*window
}

func newWindows(l Limits) windows {
	return windows{limits: l, chats: map[int64]*window{}, groups: map[int64]*window{}}
}

func get(m map[int64]*window, id int64) *window {
	w := m[id]
	if w == nil {
		w = &window{}
		m[id] = w
	}
	return w
}

// admit counts a send to chatID at now, or, if it would exceed a limit,
// counts nothing and returns how long to wait and which limit it broke.
func (ws *windows) admit(chatID int64, now time.Time) (time.Duration, string) {
	type check struct {
		name string
		rate Rate
		win  *window
	}
	checks := []check{{"bot-wide", ws.limits.Global, &ws.global}, {"per-chat", ws.limits.PerChat, get(ws.chats, chatID)}}
	if chatID < 0 {
		checks = append(checks, check{"per-group", ws.limits.PerGroup, get(ws.groups, chatID)})
	}
	var wait time.Duration
	var broke string
	for _, c := range checks {
		if d := c.win.wait(c.rate, now); d > 0 {
			if broke != "" {
				broke += ", "
			}
			broke += fmt.Sprintf("%s limit %d per %v", c.name, c.rate.N, c.rate.Per)
			wait = max(wait, d)
		}
	}
	if wait > 0 {
		return wait, broke
	}
	for _, c := range checks {
		if c.rate.N > 0 {
			c.win.times = append(c.win.times, now)
		}
	}
	return 0, ""
}

// limit counts a send of c to chatID against Options.Limits and answers 429
// if it is one too many. Call with s.mu held.
func (s *Server) limit(c *call, chatID int64) error {
	if s.twice.copying {
		return nil
	}
	now := time.Now()
	wait, broke := s.windows.admit(chatID, now)
	if wait <= 0 {
		return nil
	}
	secs := max(int(math.Ceil(wait.Seconds())), 1)
	s.rateLimited++
	s.violations = append(s.violations, fmt.Sprintf("%s %s to chat %d exceeds the %s (next allowed in %v)",
		now.Format("15:04:05.000"), c.method, chatID, broke, wait.Round(time.Microsecond)))
	return &apiError{code: 429, desc: fmt.Sprintf("Too Many Requests: retry after %d", secs), retryAfter: secs}
}

// RateLimited is how many 429 answers the fake gave because of its Limits
// (injected ones not counted).
func (s *Server) RateLimited() int {
	s.mu.Lock()
	defer s.unlock()
	return s.rateLimited
}

// Violations describe each rate limit violation, in order.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.unlock()
	return append([]string(nil), s.violations...)
}

// SetLimits changes the limits the fake enforces from now on, forgetting
// what was sent before: a load test seeds at full speed, then measures at
// Telegram's limits.
func (s *Server) SetLimits(l Limits) {
	s.mu.Lock()
	defer s.unlock()
	s.windows = newWindows(l)
}
