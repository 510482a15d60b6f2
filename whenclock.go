package allaboard

import "strings"

// dayClock is a time of day as typed.
type dayClock struct {
	h, m int
	// twelve is set when it may be on a 12-hour clock: no am/pm, no "h" or
	// "Uhr", no leading zero, 1 to 11 o'clock. A part of the day decides it.
	twelve bool
	// both is set when either reading is likely, so a person must choose:
	// a bare hour ("3"), or 1:00 to 7:59 ("3:30"); "9:30" is the morning.
	both bool
}

// pm is the clock twelve hours later.
func (c dayClock) pm() dayClock { return dayClock{h: c.h + 12, m: c.m} }

// whenClock reads "15:00", "9:05", "3pm", "3:30pm", "3.30pm", "15.00", "15h",
// "15h30", "14:30h" or a bare hour "3".
func whenClock(w string) (dayClock, bool) {
	half := strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	if half != w { // 12-hour clock: 12am is midnight, 12pm is noon
		c, ok := clockDigits(half, ".:")
		if !ok || c.h < 1 || c.h > 12 {
			return dayClock{}, false
		}
		c.h %= 12
		if strings.HasSuffix(w, "pm") {
			c.h += 12
		}
		return dayClock{h: c.h, m: c.m}, true
	}
	if h, m, ok := strings.Cut(strings.TrimSuffix(w, "h"), "h"); ok || strings.HasSuffix(w, "h") { // French, German
		c, ok := clockDigits(h+":"+m, ":")
		if m == "" {
			c, ok = clockDigits(h, ":.") // "15h", "14:30h" (14:30 Uhr)
		}
		return dayClock{h: c.h, m: c.m}, ok && c.h <= 23
	}
	c, ok := clockDigits(w, ":.")
	if !ok || c.h > 23 {
		return dayClock{}, false
	}
	if _, m, dot := strings.Cut(w, "."); dot && m != "00" && c.m <= 12 {
		return dayClock{}, false // "5.12" is a date
	}
	bare := !strings.ContainsAny(w, ":.")
	if bare && (c.h < 1 || c.h > 12) && w[0] != '0' {
		return dayClock{}, false // "15" may be the 15th
	}
	c.twelve = w[0] != '0' && c.h >= 1 && c.h <= 11
	c.both = c.twelve && (bare || c.h <= 7)
	return c, true
}

// clockDigits reads "15", "15:00" or "9.05" (with seps between hours and minutes).
func clockDigits(s, seps string) (dayClock, bool) {
	i := strings.IndexAny(s, seps)
	if seps == "" || i < 0 {
		h, ok := whenNum(s, 1, 2)
		return dayClock{h: h}, ok
	}
	h, okH := whenNum(s[:i], 1, 2)
	m, okM := whenNum(s[i+1:], 2, 2)
	return dayClock{h: h, m: m}, okH && okM && m <= 59
}

// whenRange finds a range of times, "3-5pm", "15:00-17:00", "3pm to 5pm" or
// "15-17 Uhr", and returns the words with the range as its start alone.
// An unmarked start takes the end's "pm" or "h": "3-5pm" is 15:00 to 17:00.
func whenRange(w []string) (rest []string, from, to dayClock, ok bool) {
	join := func(i, n int, a, b string) ([]string, dayClock, dayClock, bool) {
		if a == "" || b == "" {
			return nil, dayClock{}, dayClock{}, false
		}
		if !strings.HasSuffix(a, "am") && !strings.HasSuffix(a, "pm") && !strings.Contains(a, "h") {
			for _, mark := range []string{"pm", "am", "h"} {
				if !strings.Contains(b, mark) {
					continue
				}
				if s, okS := whenClock(a + mark); mark == "pm" && okS {
					if e, _ := whenClock(b); s.h >= e.h {
						mark = "am" // "11-1pm" is 11am to 1pm
					}
				}
				a += mark
				break
			}
		}
		s, okS := whenClock(a)
		e, okE := whenClock(b)
		if !okS || !okE {
			return nil, dayClock{}, dayClock{}, false
		}
		out := append(append(append([]string{}, w[:i]...), a), w[i+n:]...)
		return out, s, e, true
	}
	for i, x := range w {
		if a, b, cut := strings.Cut(x, "-"); cut && strings.Count(x, "-") == 1 {
			if out, s, e, ok := join(i, 1, a, b); ok {
				return out, s, e, true
			}
		}
		if i+2 < len(w) {
			switch w[i+1] {
			case "-", "to", "till", "until", "bis", "до", "jusqu'a", "hasta", "fino", "tot":
				if out, s, e, ok := join(i, 3, x, w[i+2]); ok {
					return out, s, e, true
				}
			}
		}
	}
	return w, dayClock{}, dayClock{}, false
}
