// Library: none; our own word tables (whenwords.go). go-dateparser v1.4.7 installs on Go 1.26
// but, tried on issue 14's forms, misreads without an error: "Sat 3" as 24 Mar, "15h" as 01:00,
// "Sa 15 Uhr" and "samedi 15h" as the 15th at midnight, "5 déc 15h" as 2115, "5.12." as 12 May,
// "Fri 5 Dec" (a Saturday) as 5 Dec; it takes the later of a repeated DST hour, never asks, and
// adds 11 MB and a WebAssembly regex engine (wazero, go-re2). olebedev/when misreads likewise.

package allaboard

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// Errors from ReadWhen; bot/ turns them into messages for the group.
var (
	ErrWhenUnreadable = errors.New("couldn't read that date and time")
	ErrWhenPast       = errors.New("that time has already passed")
	ErrWhenNoTime     = errors.New("a day was given but no time of day")
)

// whenDay is the day part of the text: the calendar days it may mean, earliest first.
type whenDay struct {
	days    []time.Time  // UTC midnights; empty if the date does not exist ("31 Nov")
	weekday time.Weekday // checked against the chosen day when named ("Sat 5 Dec")
	named   bool
	dayOnly bool     // "Sat 5th": days are the 5th of the coming months, the weekday picks
	guessed bool     // no year was typed: asks when far ahead
	yearly  bool     // a day and month without a year: next year once passed
	other   *whenDay // a slash date read the other way round ("5/12")
	either  bool     // "next Sat" that may mean either of its two days (nextEither)
}

// whenDate reads the day part of the text; ok is false if it is not a day at all.
func whenDate(w []string, now time.Time, opts ReadOpts) (d whenDay, ok bool) {
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
	if d, ok := whenNextWeek(w, today); ok { // "next week Saturday"
		return d, true
	}
	next := false
	if len(w) == 2 && (nextWords[w[0]] || nextWords[w[1]]) { // "next Sat", "samedi prochain"
		next, w = true, slices.DeleteFunc(slices.Clone(w), func(x string) bool { return nextWords[x] })
	}
	if k, ok := dayWords[w[0]]; ok && len(w) == 1 && !next {
		return from(k), true
	}
	if wd, ok := whenWeekday(w[0]); ok && len(w) == 1 {
		k := (int(wd) - int(today.Weekday()) + 7) % 7
		if next && k == 0 { // "next Tue" on a Tuesday: not today
			k = 7
		}
		d := from(k, k+7)
		d.either = next && nextEither(today.Weekday(), wd)
		return d, true
	}
	if next {
		return whenDay{}, false
	}
	if d, ok := whenCalendar(w, y, m, opts); ok { // "Mar 5" is March
		return d, true
	}
	if wd, ok := whenWeekday(w[0]); ok && len(w) > 1 { // "Sat 5 Dec"
		d, ok := whenCalendar(w[1:], y, m, opts)
		d.weekday, d.named = wd, true
		if d.other != nil { // "Fri 5/12": the weekday holds for either reading
			other := *d.other
			other.weekday, other.named = wd, true
			d.other = &other
		}
		return d, ok
	}
	return whenDay{}, false
}

// whenCalendar reads "2026-12-05", "5.12.", "5.12.2026", "5/12", "5 Dec", "5. Dez",
// "Dec 5th 2026", "5th" and the like.
func whenCalendar(w []string, thisYear int, thisMonth time.Month, opts ReadOpts) (whenDay, bool) {
	var ys, ms, ds string
	switch {
	case len(w) == 1 && strings.Count(w[0], "-") == 2:
		ys, ms, _ = strings.Cut(w[0], "-")
		ms, ds, _ = strings.Cut(ms, "-")
	case len(w) == 1 && strings.Contains(w[0], "/"):
		return whenSlash(w[0], thisYear, opts)
	case len(w) == 1 && strings.Contains(w[0], "."): // day first, as in Europe
		p := strings.Split(strings.TrimSuffix(w[0], "."), ".")
		if len(p) == 1 { // "5." alone is the 5th
			return whenDayOnly(p[0], thisYear, thisMonth)
		}
		if len(p) > 3 {
			return whenDay{}, false
		}
		ds, ms = p[0], p[1]
		if len(p) == 3 {
			ys = p[2]
		}
	case len(w) == 1:
		if d := whenOrdinal(w[0]); d != w[0] {
			return whenDayOnly(d, thisYear, thisMonth)
		}
		return whenDay{}, false
	case len(w) == 2 || len(w) == 3:
		ds, ms = w[0], w[1]
		if _, ok := whenMonth(w[0]); ok {
			ds, ms = w[1], w[0]
		}
		if len(w) == 3 {
			ys = w[2]
		}
		ds = whenOrdinal(ds)
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
	return whenYears(ys, thisYear, m, d)
}

// whenYears are the days d.m. of the typed year, or of the years ahead.
func whenYears(ys string, thisYear int, m time.Month, d int) (whenDay, bool) {
	out := whenDay{guessed: ys == "", yearly: ys == ""}
	years := []int{thisYear, thisYear + 1, thisYear + 2, thisYear + 3, thisYear + 4} // 29 Feb comes back in 4
	if ys != "" {
		y, ok := whenNum(ys, 4, 4)
		if !ok {
			return whenDay{}, false
		}
		years = []int{y}
	}
	for _, y := range years {
		// Keep only dates that exist: time.Date would roll "31 Nov" over to 1 Dec.
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Month() == m && t.Day() == d {
			out.days = append(out.days, t)
		}
	}
	return out, true
}

// whenSlash reads "5/12" or "5/12/2026" by the group's convention, and the
// other way round too when that is a date.
func whenSlash(w string, thisYear int, opts ReadOpts) (whenDay, bool) {
	p := strings.Split(w, "/")
	if len(p) < 2 || len(p) > 3 {
		return whenDay{}, false
	}
	a, okA := whenNum(p[0], 1, 2)
	b, okB := whenNum(p[1], 1, 2)
	if !okA || !okB {
		return whenDay{}, false
	}
	ys := ""
	if len(p) == 3 {
		ys = p[2]
	}
	d, m := a, b
	if opts.MonthFirst {
		d, m = b, a
	}
	if m < 1 || m > 12 {
		return whenDay{}, false
	}
	out, ok := whenYears(ys, thisYear, time.Month(m), d)
	if ok && d != m && d >= 1 && d <= 12 {
		if other, ok := whenYears(ys, thisYear, time.Month(d), m); ok {
			out.other = &other
		}
	}
	return out, ok
}

// whenDayOnly reads a day of the month alone ("5th", "5."): that day of this
// month and of the two years ahead.
func whenDayOnly(ds string, thisYear int, thisMonth time.Month) (whenDay, bool) {
	d, ok := whenNum(ds, 1, 2)
	if !ok || d < 1 || d > 31 {
		return whenDay{}, false
	}
	out := whenDay{dayOnly: true, guessed: true}
	for k := range 25 {
		if t := time.Date(thisYear, thisMonth+time.Month(k), d, 0, 0, 0, 0, time.UTC); t.Day() == d {
			out.days = append(out.days, t)
		}
	}
	return out, true
}

// whenOrdinal takes the ordinal's ending off a day: "5th", "1st", "1er", "5.",
// "15-го", "15-е".
func whenOrdinal(s string) string {
	for _, suffix := range []string{"st", "nd", "rd", "th", "er", "e", ".", "-го", "-е", "-му", "-ого", "-ое"} {
		if t := strings.TrimSuffix(s, suffix); t != s {
			if _, ok := whenNum(t, 1, 2); ok {
				return t
			}
		}
	}
	return s
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

// wallTime is y-m-d hh:mm in loc, with daylight saving resolved as ReadWhen says.
// time.Date does not promise which side of a change it picks (and varies by zone), so we choose.
func wallTime(y int, m time.Month, d, hh, mm int, loc *time.Location) time.Time {
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
