package allaboard

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Question is why a reading must be chosen or confirmed by a person before
// it is used; bot/render words it.
type Question string

// The questions ReadWhen asks instead of guessing.
const (
	// AskAmPm: a time that may be either, "Sat 3" or "3:30": Ask has the
	// afternoon first, then the morning.
	AskAmPm Question = "am-pm"
	// AskDayMonth: a slash date read by the group's convention is past or far
	// off, read the other way it is not ("12/05/2026" in Berlin): Ask has the
	// readings still ahead, the convention's first.
	AskDayMonth Question = "day-month"
	// AskPassed: a date without a year that has just passed this year ("25 Nov
	// 10:00" at noon on 25 Nov): Ask has the same date next year, to confirm.
	AskPassed Question = "passed"
	// AskFarAhead: a date without a year more than farAhead away: Ask has it,
	// to confirm.
	AskFarAhead Question = "far-ahead"
	// AskWhichWeek: "next Fri 15:00" that may mean either of two Fridays
	// (see nextEither): Ask has the coming one, then the one a week later.
	// A time that may be either as well asks AskAmPm, each day's two
	// readings in turn.
	AskWhichWeek Question = "which-week"
)

// farAhead is how far ahead a date without a typed year may be without asking.
const farAhead = 6 * 30 * 24 * time.Hour

// Span is a start and an optional end (zero when none was given).
type Span struct {
	Start, End time.Time
}

// Typed is the span as it can be typed back, in loc, with the year so that
// it reads the same in any year: "Sat 5 Dec 2026 15:00-17:00". ReadWhen reads
// it as it is, so it is what a question about a time keeps as each choice.
func (sp Span) Typed(loc *time.Location) string {
	s := sp.Start.In(loc).Format("Mon 2 Jan 2006 15:04")
	if !sp.End.IsZero() {
		s += "-" + sp.End.In(loc).Format("15:04")
	}
	return s
}

// Reading is what ReadWhen made of a typed date and time.
type Reading struct {
	// Span is the reading to use when Ask is empty. When Ask is set it is
	// the literal reading (24-hour clock, next year once passed), for a
	// caller that cannot ask back.
	Span
	Ask []Span   // the readings a person must choose between, or the one to confirm
	Why Question // why Ask is set
}

// ReadOpts are the group's ways of writing dates.
type ReadOpts struct {
	MonthFirst bool // 5/12 is May 12 (see MonthFirst)
	// Lang is the reader's language, a code ("de"), or "": where a word
	// means another thing in it than in other languages ("hier"), its
	// meaning is tried first (see readerWords).
	Lang string
}

// ReadWhen reads an event time typed by a person, in the group's zone: a day
// ("2026-12-05", "5 Dec", "Dec 5 2026", "5.12.", "Sat", "next Sat", "today",
// "tomorrow", or none) and a time of day ("15:00", "3pm", "3:30 pm") in
// either order, and "Saturday at 3", "15h", "15.00", "3.30pm", "noon",
// "tonight 7pm", "tmrw 3pm", "tomorrow afternoon" (morning 09:00, afternoon
// 15:00, evening 19:00), "in 2 hours", "5/12 3pm", "12/05/2026 15:00",
// "2026-12-05T15:00", "Saturday 5th 3pm", ranges ("Sat 3-5pm", "15:00-17:00",
// "3pm to 5pm") and the day, month and today/tomorrow words of German,
// French, Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian
// ("Sa 15 Uhr", "5. Dez 15:00", "samedi 15h", "sábado 15:00"), with their
// ways of saying the hour: "14:30 Uhr", "15 uur", "17u30", "demain à 15
// heures", "sabato alle 15", "a las 15", "в 15 часов" (a bare 13 to 23 is a
// time after "alle", "om", "в"..., else it may be the 13th), and days said in
// several words, "pasado mañana", "depois de amanhã". Also
// "next week Saturday 3pm" (whennext.go) and spoken times, "half past three",
// "quarter to 4", "Samstag halb vier" (whenspoken.go).
//
// A day without a year, a weekday or a bare time means the next one still
// ahead; an exact date, "today" or "yesterday" that has passed is
// ErrWhenPast, a date named with another weekday a WrongWeekday. Invalid
// dates are never rolled over. A wall time that daylight saving skips (02:30
// on a spring-forward night) moves forward by the gap (03:30); one that
// happens twice means the first of the two. Where a reading could be wrong,
// it asks (see Question) instead of guessing.
func ReadWhen(text string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	r, err := readWhen(text, now.In(loc), loc, opts)
	if err != nil {
		return Reading{}, fmt.Errorf("when %q: %w", clipInput(text), err)
	}
	return r, nil
}

// readWhen is ReadWhen with now already in loc and errors not yet wrapped.
func readWhen(text string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	if len(text) > 100 { // no real date is this long; don't echo or scan an essay
		return Reading{}, ErrWhenUnreadable
	}
	w := whenWords(text)
	if len(w) == 0 {
		return Reading{}, ErrWhenUnreadable
	}
	own, differs := inLanguage(w, opts.Lang)
	if !differs {
		return readWords(w, now, loc, opts)
	}
	r, err := readWords(own, now, loc, opts)
	if err == nil {
		return r, nil
	}
	if r, errAll := readWords(w, now, loc, opts); errAll == nil {
		return r, nil // another language's words, in a group of this one
	}
	return Reading{}, err
}

// readWords is readWhen once the text is split into words.
func readWords(w []string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	if r, ok := whenIn(w, now); ok {
		return r, nil
	}
	w, _, to, isRange := whenRange(w)
	part, w := whenPart(w)
	day, from, ok := whenSplit(w)
	if !ok && part >= 0 {
		day, from, ok = w, dayClock{h: part}, true // "tomorrow afternoon"
	}
	if !ok {
		if d, ok := whenDate(w, now, opts); ok && len(d.days) > 0 {
			if y, m, dd := now.Date(); d.days[len(d.days)-1].Before(time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)) {
				return Reading{}, ErrWhenPast // "yesterday"
			}
			var wrong WrongWeekday // "Fri 5 Dec" when it is a Saturday: that first
			if _, err := placeClock(d, dayClock{h: 23, m: 59}, dayClock{}, false, now, loc); d.named && errors.As(err, &wrong) {
				return Reading{}, wrong
			}
			return Reading{}, ErrWhenNoTime
		}
		return Reading{}, ErrWhenUnreadable
	}
	from, to = from.in(part), to.in(part)
	d, ok := whenDate(day, now, opts)
	if !ok || len(d.days) == 0 {
		return Reading{}, ErrWhenUnreadable
	}
	if d.either {
		return readEither(d, from, to, isRange, now, loc)
	}
	r, err := readDay(d, from, to, isRange, now, loc)
	if d.other == nil || (err == nil && r.Ask == nil) {
		return r, err
	}
	alt, altErr := readDay(*d.other, from, to, isRange, now, loc)
	if altErr != nil || alt.Ask != nil {
		return r, err
	}
	q := Reading{Span: r.Span, Ask: []Span{alt.Span}, Why: AskDayMonth}
	if err != nil {
		q.Span = alt.Span
	} else {
		q.Ask = []Span{r.Span, alt.Span}
	}
	return q, nil
}

// readDay places the clock (and the range's end) on the first of the days
// still ahead, asking where the reading could be wrong.
func readDay(d whenDay, from, to dayClock, isRange bool, now time.Time, loc *time.Location) (Reading, error) {
	starts, ends := []dayClock{from}, []dayClock{to}
	if from.both {
		starts = []dayClock{from.pm(), from}
	}
	if isRange && to.both {
		ends = []dayClock{to.pm(), to}
	}
	var spans []Span
	var literal Span
	err := ErrWhenPast
	for _, s := range starts {
		for _, e := range ends {
			long := (e.h*60+e.m-s.h*60-s.m+24*60)%(24*60) > 12*60
			if isRange && len(starts)*len(ends) > 1 && long {
				continue // "3-5" is not 03:00 to 17:00
			}
			sp, perr := placeClock(d, s, e, isRange, now, loc)
			if errors.Is(perr, ErrWhenPast) {
				continue
			}
			if perr != nil {
				return Reading{}, perr
			}
			spans = append(spans, sp)
			if s == from && e == to {
				literal = sp
			}
		}
	}
	switch {
	case len(spans) == 0:
		return Reading{}, err
	case len(spans) > 1:
		return Reading{Span: literal, Ask: spans, Why: AskAmPm}, nil
	}
	r := Reading{Span: spans[0]}
	if d.guessed && r.Start.After(now.Add(farAhead)) {
		r.Ask, r.Why = []Span{r.Span}, AskFarAhead
		y, m, dd := r.Start.Date()
		if last := wallTime(y-1, m, dd, r.Start.Hour(), r.Start.Minute(), loc); d.yearly && !last.After(now) && last.After(now.AddDate(0, 0, -30)) {
			r.Why = AskPassed // within the last month: a slip of the year more likely than a plan a year ahead
		}
	}
	return r, nil
}

// placeClock puts the clock on the first of the days on which it is still ahead.
func placeClock(d whenDay, s, e dayClock, isRange bool, now time.Time, loc *time.Location) (Span, error) {
	passed := false        // a day that was the weekday named has passed: "Fri 20 Nov" on Sat 21 Nov
	var missed []time.Time // days still ahead that were not the weekday named
	for _, c := range d.days {
		y, m, dd := c.Date()
		t := wallTime(y, m, dd, s.h, s.m, loc)
		if !t.After(now) {
			passed = passed || d.named && t.Weekday() == d.weekday
			continue
		}
		if d.named && t.Weekday() != d.weekday { // "Fri 5 Dec" when it is a Saturday
			if missed = append(missed, c); d.dayOnly && len(missed) < 2 {
				continue // "Sat 5th": this 5th or the next that is a Saturday, no further
			}
			switch {
			case d.dayOnly: // "Mon 5th" when neither is: said of the nearest
				return Span{}, wrongWeekday(missed[0], d.weekday, s, now, loc)
			case passed:
				return Span{}, ErrWhenPast
			}
			return Span{}, wrongWeekday(c, d.weekday, s, now, loc)
		}
		if t.After(now.AddDate(2, 0, 0)) { // typo guard: "2062" for "2026", or "29 Feb" years away
			return Span{}, ErrWhenUnreadable
		}
		sp := Span{Start: t}
		if isRange {
			if sp.End = wallTime(y, m, dd, e.h, e.m, loc); !sp.End.After(t) {
				sp.End = wallTime(y, m, dd+1, e.h, e.m, loc) // "22:00-01:00"
			}
		}
		return sp, nil
	}
	return Span{}, ErrWhenPast
}

// in is the clock as a part of the day says: "7" in the evening is 19:00.
func (c dayClock) in(part int) dayClock {
	switch {
	case part < 0 || !c.twelve:
		return c
	case part >= 12:
		return c.pm()
	}
	return dayClock{h: c.h, m: c.m}
}

// whenPart takes the part of the day out of the words ("tonight" leaves
// "today"): its default hour, or -1.
func whenPart(w []string) (int, []string) {
	part := -1
	var rest []string
	for _, x := range w {
		h, ok := partOfDay[x]
		if !ok || part >= 0 {
			rest = append(rest, x)
			continue
		}
		part = h
		if tonightWords[x] {
			rest = append(rest, "today")
		}
	}
	return part, rest
}

// whenSplit finds the time of day at the end ("Sat 15:00", "Samstag halb
// vier") or the start ("3pm tomorrow") of the words.
func whenSplit(w []string) (day []string, c dayClock, ok bool) {
	if len(w) == 0 {
		return nil, dayClock{}, false
	}
	isDay := func(day []string) bool { _, ok := whenDate(day, time.Time{}, ReadOpts{}); return ok }
	if d, ok := whenDate(w, time.Time{}, ReadOpts{}); ok && len(d.days) > 0 { // "12 Mar" is 12 March, not Tuesday ("mar") at 12
		return nil, dayClock{}, false
	}
	clock := func(w []string) (dayClock, bool) {
		if c, ok := whenClock(w[0]); ok && (len(w) == 1 || len(w) == 2 && hourNouns[w[1]]) {
			return c, true // "3", "3 heures"
		}
		if len(w) > 2 && hourNouns[w[len(w)-1]] { // "halb vier Uhr"
			w = w[:len(w)-1]
		}
		return whenSpoken(w) // "half past three", "halb vier"
	}
	for n := 1; n <= min(len(w), maxSpoken); n++ {
		if c, ok := clock(w[len(w)-n:]); ok && isDay(w[:len(w)-n]) {
			return w[:len(w)-n], c, true
		}
	}
	for n := 1; n <= min(len(w), maxSpoken); n++ {
		if c, ok := clock(w[:n]); ok && isDay(w[n:]) {
			return w[n:], c, true
		}
	}
	return nil, dayClock{}, false
}

// whenIn reads "in 2 hours", "in 30 min", "in an hour" (and "dans", "en",
// "через" …): from now, to the minute.
func whenIn(w []string, now time.Time) (Reading, bool) {
	if len(w) == 2 { // "in an hour": "a" is a filler; "dans 2h"
		n, hours := strings.CutSuffix(w[1], "h")
		if !hours {
			n = "1"
		}
		w = []string{w[0], n, strings.TrimPrefix(w[1], n)}
	}
	if len(w) != 3 || !inWords[w[0]] {
		return Reading{}, false
	}
	n, ok := whenNum(w[1], 1, 3)
	if w[1] == "an" || w[1] == "une" || w[1] == "eine" {
		n, ok = 1, true
	}
	unit := unitWords[w[2]]
	if !ok || n < 1 || unit == 0 {
		return Reading{}, false
	}
	return Reading{Span: Span{Start: now.Truncate(time.Minute).Add(time.Duration(n) * unit)}}, true
}

// readEither asks which of its two days "next Sat" means (see nextEither);
// the literal reading is the coming one, as "next Sat" was always read.
func readEither(d whenDay, from, to dayClock, isRange bool, now time.Time, loc *time.Location) (Reading, error) {
	q := Reading{Why: AskWhichWeek}
	for i, day := range d.days[:2] {
		one := d
		one.days, one.either = []time.Time{day}, false
		r, err := readDay(one, from, to, isRange, now, loc)
		if err != nil {
			return Reading{}, err
		}
		if i == 0 {
			q.Span = r.Span
		}
		if r.Ask == nil {
			q.Ask = append(q.Ask, r.Span)
			continue
		}
		q.Ask, q.Why = append(q.Ask, r.Ask...), AskAmPm // "next Fri 3"
	}
	return q, nil
}
