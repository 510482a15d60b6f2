// Library: none. olebedev/when (v1.1.0, 2024-11) misreads forms without an error: "5 Dec 15:00"
// as Dec 15, "12am" as noon, "2026-12-05 15:00" as 12:05 today, and drops "5.12.". go-dateparser
// (v1.4.7, 2026-09) is maintained but needs Go 1.26, brings a WebAssembly regex engine (wazero,
// go-re2), reads "5.12.2026" or else "2026-12-05" as 12 May (one global day/month order) and
// takes the later of a repeated DST hour. Our forms are few and strict; ~250 lines do them exactly.

package allaboard

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Errors from ParseWhen; bot/ turns them into messages for the group.
var (
	ErrWhenUnreadable = errors.New("couldn't read that date and time")
	ErrWhenPast       = errors.New("that time has already passed")
	ErrWhenNoTime     = errors.New("a day was given but no time of day")
)

// WhenExamples is a short list of accepted forms to show users after an error.
const WhenExamples = "2026-12-05 15:00 · 5 Dec 15:00 · Dec 5 3pm · Sat 15:00 · tomorrow 15:30"

// ParseWhen reads an event time typed by a person in a group chat, in the group's zone.
//
// A day ("2026-12-05", "5 Dec", "Dec 5 2026", "5.12.", "Sat", "next Sat", "today",
// "tomorrow", or none) and a time of day ("15:00", "3pm", "3:30 pm") in either order.
// A day without a year, a weekday or a bare time means the next one still ahead; an
// exact date or "today" that has passed is ErrWhenPast. Invalid dates are never
// rolled over. A wall time that daylight saving skips (02:30 on a spring-forward night)
// moves forward by the gap (03:30); one that happens twice means the first of the two.
func ParseWhen(text string, now time.Time, loc *time.Location) (time.Time, error) {
	t, err := parseWhen(text, now.In(loc), loc)
	if err != nil {
		return time.Time{}, fmt.Errorf("when %q: %w", clipInput(text), err)
	}
	return t, nil
}

// parseWhen is ParseWhen with now already in loc and errors not yet wrapped.
func parseWhen(text string, now time.Time, loc *time.Location) (time.Time, error) {
	if len(text) > 100 { // no real date is this long; don't echo or scan an essay
		return time.Time{}, ErrWhenUnreadable
	}
	w := whenWords(text)
	if len(w) == 0 {
		return time.Time{}, ErrWhenUnreadable
	}
	day, clock := w[:len(w)-1], w[len(w)-1] // "Sat 15:00"
	if _, _, ok := whenClock(clock); !ok {
		day, clock = w[1:], w[0] // "3pm tomorrow"
	}
	hh, mm, ok := whenClock(clock)
	if !ok {
		if d, ok := whenDate(w, now); ok && len(d.days) > 0 {
			return time.Time{}, ErrWhenNoTime
		}
		return time.Time{}, ErrWhenUnreadable
	}
	d, ok := whenDate(day, now)
	if !ok || len(d.days) == 0 {
		return time.Time{}, ErrWhenUnreadable
	}
	for _, c := range d.days {
		y, m, dd := c.Date()
		t := WallTime(y, m, dd, hh, mm, loc)
		if !t.After(now) {
			continue
		}
		if d.named && t.Weekday() != d.weekday { // "Fri 5 Dec" when it is a Saturday
			return time.Time{}, ErrWhenUnreadable
		}
		if t.After(now.AddDate(2, 0, 0)) { // typo guard: "2062" for "2026", or "29 Feb" years away
			return time.Time{}, ErrWhenUnreadable
		}
		return t, nil
	}
	return time.Time{}, ErrWhenPast
}

// whenDay is the day part of the text: the calendar days it may mean, earliest first.
type whenDay struct {
	days    []time.Time  // UTC midnights; empty if the date does not exist ("31 Nov")
	weekday time.Weekday // checked against the chosen day when named ("Sat 5 Dec")
	named   bool
}

// whenDate reads the day part of the text; ok is false if it is not a day at all.
func whenDate(w []string, now time.Time) (d whenDay, ok bool) {
	y, m, dd := now.Date()
	today := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	from := func(n ...int) (d whenDay) { // today plus n days
		for _, k := range n {
			d.days = append(d.days, today.AddDate(0, 0, k))
		}
		return d
	}
	if len(w) == 0 { // a bare time: today if still ahead, else tomorrow
		return from(0, 1), true
	}
	if len(w) == 1 && w[0] == "today" {
		return from(0), true
	}
	if len(w) == 1 && w[0] == "tomorrow" {
		return from(1), true
	}
	if wd, ok := whenWeekday(w[len(w)-1]); ok && len(w) <= 2 && (len(w) == 1 || w[0] == "next") {
		k := (int(wd) - int(today.Weekday()) + 7) % 7
		if len(w) == 2 && k == 0 { // "next Tue" on a Tuesday: not today
			k = 7
		}
		return from(k, k+7), true
	}
	if wd, ok := whenWeekday(w[0]); ok && len(w) > 1 { // "Sat 5 Dec"
		d, ok := whenCalendar(w[1:], y)
		d.weekday, d.named = wd, true
		return d, ok
	}
	return whenCalendar(w, y)
}

// whenCalendar reads "2026-12-05", "5.12.", "5.12.2026", "5 Dec", "Dec 5th 2026" and the like.
func whenCalendar(w []string, thisYear int) (whenDay, bool) {
	var ys, ms, ds string
	switch {
	case len(w) == 1 && strings.Count(w[0], "-") == 2:
		ys, ms, _ = strings.Cut(w[0], "-")
		ms, ds, _ = strings.Cut(ms, "-")
	case len(w) == 1 && strings.Contains(w[0], "."): // day first, as in Europe
		p := strings.Split(strings.TrimSuffix(w[0], "."), ".")
		if len(p) < 2 || len(p) > 3 {
			return whenDay{}, false
		}
		ds, ms = p[0], p[1]
		if len(p) == 3 {
			ys = p[2]
		}
	case len(w) == 2 || len(w) == 3:
		ds, ms = w[0], w[1]
		if _, ok := whenMonth(w[0]); ok {
			ds, ms = w[1], w[0]
		}
		if len(w) == 3 {
			ys = w[2]
		}
		for _, suffix := range []string{"st", "nd", "rd", "th"} {
			ds = strings.TrimSuffix(ds, suffix)
		}
	default:
		return whenDay{}, false
	}
	m, ok := whenMonth(ms)
	if n, isNum := whenNum(ms, 1, 2); isNum && len(w) == 1 { // "5 12" is too vague
		m, ok = time.Month(n), true
	}
	d, okD := whenNum(ds, 1, 2)
	if !ok || !okD {
		return whenDay{}, false
	}
	years := []int{thisYear, thisYear + 1, thisYear + 2, thisYear + 3, thisYear + 4} // 29 Feb comes back in 4
	if ys != "" {
		y, ok := whenNum(ys, 4, 4)
		if !ok {
			return whenDay{}, false
		}
		years = []int{y}
	}
	var out whenDay
	for _, y := range years {
		// Keep only dates that exist: time.Date would roll "31 Nov" over to 1 Dec.
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Month() == m && t.Day() == d {
			out.days = append(out.days, t)
		}
	}
	return out, true
}

// whenMonth reads "dec", "dec." or "december".
func whenMonth(w string) (time.Month, bool) {
	w = strings.TrimSuffix(w, ".")
	for m := time.January; m <= time.December && len(w) >= 3; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), w) {
			return m, true
		}
	}
	return 0, false
}

// whenWeekday reads "sat", "sat." or "saturday".
func whenWeekday(w string) (time.Weekday, bool) {
	w = strings.TrimSuffix(w, ".")
	for d := time.Sunday; d <= time.Saturday && len(w) >= 3; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), w) {
			return d, true
		}
	}
	return 0, false
}

// whenWords lowercases and splits the text, drops filler words and joins "3 pm" into "3pm".
func whenWords(text string) []string {
	s := strings.NewReplacer("a.m.", "am", "p.m.", "pm", ",", " ").Replace(strings.ToLower(text))
	var out []string
	for _, w := range strings.Fields(s) {
		switch {
		case w == "at" || w == "on" || w == "of" || w == "the":
		case (w == "am" || w == "pm") && len(out) > 0:
			out[len(out)-1] += w
		default:
			out = append(out, w)
		}
	}
	return out
}

// whenClock reads "15:00", "9:05", "3pm" or "3:30pm" as hours and minutes.
func whenClock(w string) (hh, mm int, ok bool) {
	half := strings.TrimSuffix(strings.TrimSuffix(w, "am"), "pm")
	h, m, hasMin := strings.Cut(half, ":")
	hh, okH := whenNum(h, 1, 2)
	if hasMin {
		mm, ok = whenNum(m, 2, 2)
		if !ok || mm > 59 {
			return 0, 0, false
		}
	}
	if half != w { // 12-hour clock: 12am is midnight, 12pm is noon
		if !okH || hh < 1 || hh > 12 {
			return 0, 0, false
		}
		hh %= 12
		if strings.HasSuffix(w, "pm") {
			hh += 12
		}
		return hh, mm, true
	}
	return hh, mm, okH && hasMin && hh <= 23 // a bare "15" is not a time
}

// whenNum reads a number of minLen to maxLen ASCII digits.
func whenNum(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// WallTime is y-m-d hh:mm in loc, with daylight saving resolved as ParseWhen says.
// time.Date does not promise which side of a change it picks (and varies by zone), so we choose.
func WallTime(y int, m time.Month, d, hh, mm int, loc *time.Location) time.Time {
	asUTC := time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
	_, before := asUTC.Add(-24 * time.Hour).In(loc).Zone()
	_, after := asUTC.Add(24 * time.Hour).In(loc).Zone()
	for _, off := range []int{before, after} { // the earlier instant first
		t := asUTC.Add(-time.Duration(off) * time.Second).In(loc)
		if t.Hour() == hh && t.Minute() == mm && t.Day() == d {
			return t
		}
	}
	// In a gap: the clock as it read before the change, e.g. 02:30 CET = 03:30 CEST.
	return asUTC.Add(-time.Duration(before) * time.Second).In(loc)
}

// clipInput shortens typed text for an error message.
func clipInput(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
