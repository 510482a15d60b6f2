package allaboard

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Errors from ReadRepeat; bot/ turns them into messages for the group.
var (
	ErrRepeatUnreadable = errors.New("couldn't read that repeat rule")
	ErrRepeatNoTime     = errors.New("a repeat rule without a time of day")
	// ErrRepeatAmPm: "every Tue 5" may be 05:00 or 17:00; a series is not
	// asked about once but kept, so it is typed again rather than guessed.
	ErrRepeatAmPm  = errors.New("the time may be morning or afternoon")
	ErrRepeatUntil = errors.New("the last day comes before the first time")
	ErrRepeatCount = errors.New("the number of times is out of range")
)

// Repeating is what ReadRepeat made of a typed rule: the rule and its first
// occurrence (Span.End set when a range of times was typed).
type Repeating struct {
	Repeat
	Span
}

// Rule is the reading as a rule in loc.
func (r Repeating) Rule(loc *time.Location) Rule {
	var length time.Duration
	if !r.End.IsZero() {
		length = r.End.Sub(r.Start)
	}
	return NewRule(r.Repeat, r.Start, length, loc)
}

// ReadRepeat reads a repeat rule typed where an event's time goes, in the
// group's zone: "every Tue 17:00", "every other Sat 10:00", "every first
// Monday 19:00", "every last Fri 18:00", "weekdays 8:00", "daily 7:30",
// "Tuesdays 17:00-18:00", each with "until <date>" or "10 times" if wanted,
// and the same in the eight other languages ReadWhen reads ("jeden Di 17
// Uhr", "jeden zweiten Sa 10:00", "jeden ersten Montag im Monat 19 Uhr",
// "werktags 8:00 bis 20.12.", "tous les mardis 17h", "un samedi sur deux
// 10h", "cada martes 17:00", "ogni martedì alle 17", "toda terça 17h",
// "elke dinsdag 17u", "каждый вторник в 17:00", "щовівторка о 17:00",
// "10 Mal", "10 fois", "10 раз"). ok is false when the text says nothing
// of repeating: it is a single time for ReadWhen. A rule it cannot read
// exactly is an error, never a guess.
func ReadRepeat(text string, now time.Time, loc *time.Location, opts ReadOpts) (r Repeating, ok bool, err error) {
	if len(text) > 100 {
		return Repeating{}, false, nil // ReadWhen refuses it
	}
	w := repeatWords(text, opts.Lang)
	if !isRepeat(w) {
		return Repeating{}, false, nil
	}
	r, err = readRepeat(w, now.In(loc), loc, opts)
	if err != nil {
		return Repeating{}, true, fmt.Errorf("repeat %q: %w", clipInput(text), err)
	}
	return r, true, nil
}

// repeatWords are the text's words as whenWords has them, in the reader's
// language, with the phrases of rules joined and their fillers dropped.
func repeatWords(text, lang string) []string {
	w, _ := inLanguage(whenWords(repeatRaw(text, lang)), lang)
	for _, p := range repeatPhrases {
		for i := 0; i+len(p.words) <= len(w); i++ {
			if slices.Equal(w[i:i+len(p.words)], p.words) {
				w = slices.Replace(w, i, i+len(p.words), p.word)
			}
		}
	}
	var out []string
	for i := 0; i < len(w); i++ {
		x := w[i]
		switch {
		case (x == "un" || x == "une") && i+3 < len(w) && w[i+2] == "sur" && w[i+3] == "deux": // "un samedi sur deux"
			out = append(out, "every", "other", w[i+1])
			i += 3
		case x == "через" && i+1 < len(w) && isWeekday(w[i+1]): // "через субботу"
			out = append(out, "other")
		case repeatFillers[x]:
		case len(x) > 1 && strings.HasSuffix(x, "x") && isCount(x[:len(x)-1]): // "10x"
			out = append(out, x[:len(x)-1], "x")
		case countNames[x] != "" && i+1 < len(w) && timesWords[w[i+1]] && w[i+1] != "x": // "zehn Mal", "ten times", "dix fois"
			out = append(out, countNames[x])
		case strings.HasSuffix(x, "mal") && (isCount(strings.TrimSuffix(x, "mal")) || countWords[strings.TrimSuffix(x, "mal")] != ""): // "zehnmal", "10mal"
			n := strings.TrimSuffix(x, "mal")
			if c := countWords[n]; c != "" {
				n = c
			}
			out = append(out, n, "mal")
		default:
			out = append(out, x)
		}
	}
	return out
}

// isRepeat reports whether the words say the event repeats.
func isRepeat(w []string) bool {
	for _, x := range w {
		_, plural := weekdayPlurals[x]
		if everyWords[x] || plural || weekdaysWords[x] || (everyDayWords[x] && dailyAlone[x]) ||
			intervals[x] > 0 || isRun(x) {
			return true
		}
	}
	return false
}

// dailyAlone are the everyDayWords that say "every day" without an every word.
var dailyAlone = map[string]bool{"daily": true, "taglich": true, "dagelijks": true, "ежедневно": true, "щодня": true, "щоденно": true}

func isWeekday(x string) bool {
	_, ok := whenWeekday(x)
	_, plural := weekdayPlurals[x]
	return ok || plural
}

func isCount(x string) bool { _, ok := whenNum(x, 1, 3); return ok }

// readRepeat is ReadRepeat once the words are known to be a rule.
func readRepeat(w []string, now time.Time, loc *time.Location, opts ReadOpts) (Repeating, error) {
	w, interval, err := repeatInterval(w)
	if err != nil {
		return Repeating{}, err
	}
	w, count, until, err := repeatEnd(w, now, opts)
	if err != nil {
		return Repeating{}, err
	}
	p, rest, err := repeatHead(w, interval)
	if err != nil {
		return Repeating{}, err
	}
	p.Count = count
	from, to, isRange, err := repeatClock(rest)
	if err != nil {
		return Repeating{}, err
	}
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var r Repeating
	for k := 0; k < 400 && r.Start.IsZero(); k++ {
		day := today.AddDate(0, 0, k)
		if !p.matches(day) {
			continue
		}
		y, m, d := day.Date()
		if t := wallTime(y, m, d, from.h, from.m, loc); t.After(now) {
			r.Start = t
			if isRange {
				if r.End = wallTime(y, m, d, to.h, to.m, loc); !r.End.After(t) {
					r.End = wallTime(y, m, d+1, to.h, to.m, loc) // "22:00-01:00"
				}
			}
		}
	}
	if r.Start.IsZero() {
		return Repeating{}, ErrRepeatUnreadable
	}
	if until != nil {
		y, m, d := r.Start.In(loc).Date()
		first := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		i := slices.IndexFunc(until.days, func(day time.Time) bool { return !day.Before(first) })
		if i < 0 {
			return Repeating{}, ErrRepeatUntil
		}
		if until.named && until.days[i].Weekday() != until.weekday {
			return Repeating{}, ErrRepeatUnreadable
		}
		p.Until = until.days[i]
	}
	r.Repeat = p
	return r, nil
}

// repeatEnd takes the end of the rule off its words: "10 times" (count)
// or "until 20 Dec" (the days it may mean).
func repeatEnd(w []string, now time.Time, opts ReadOpts) (rest []string, count int, until *whenDay, err error) {
	if n := len(w); n >= 2 && timesWords[w[n-1]] {
		c, ok := whenNum(w[n-2], 1, 3)
		if !ok {
			return nil, 0, nil, ErrRepeatUnreadable
		}
		if c < 2 || c > MaxRepeats {
			return nil, 0, nil, ErrRepeatCount
		}
		count, w = c, w[:n-2]
	}
	for i := len(w) - 2; i > 0; i-- {
		if !untilWords[w[i]] {
			continue
		}
		if d, ok := whenDate(w[i+1:], now, opts); ok && len(d.days) > 0 && !d.either {
			if count > 0 {
				return nil, 0, nil, ErrRepeatUnreadable // one end or the other
			}
			return w[:i], 0, &d, nil
		}
	}
	return w, count, nil, nil
}

// repeatInterval takes the word of "every week" or "every two weeks" out
// of a rule's words, wherever it is ("every 2 weeks on Tue 17:00", "Tue
// 17:00 every 2 weeks"): 1 or 2, or 0 when there is none.
func repeatInterval(w []string) (rest []string, interval int, err error) {
	for _, x := range w {
		n := intervals[x]
		switch {
		case n == 0:
			rest = append(rest, x)
		case interval > 0: // "every week every 2 weeks"
			return nil, 0, ErrRepeatUnreadable
		default:
			interval = n
		}
	}
	return rest, interval, nil
}

// intervals are the weeks between dates each of repeatRaw's words says.
var intervals = map[string]int{everyWeek: 1, everyTwoWeeks: 2}

// repeatHead reads the start of a rule, up to its time of day: "every
// other Sat", "jeden ersten Montag im Monat", "werktags", "every Tue and
// Thu", "Mon-Fri"; interval is repeatInterval's.
func repeatHead(w []string, interval int) (p Repeat, rest []string, err error) {
	p.Interval = 1
	i, every, other := 0, interval > 0, false
	if i < len(w) && everyWords[w[i]] {
		every, i = true, i+1
	}
	if i+1 < len(w) && isWeekday(w[i+1]) {
		if n, ok := nthWords[w[i]]; ok {
			p.Nth, i = n, i+1
		} else if otherWords[w[i]] {
			other, i = true, i+1
		}
	}
	if i >= len(w) {
		return Repeat{}, nil, ErrRepeatUnreadable
	}
	x := w[i]
	i++
	wd, named := whenWeekday(x)
	plural, isPlural := weekdayPlurals[x]
	run, isRun, runOK := runDays(x)
	switch {
	case isRun && runOK:
		p.Freq, p.Days = Weekly, run
	case isPlural:
		p.Freq, p.Days = Weekly, []time.Weekday{plural}
	case named && (every || other || p.Nth != 0):
		p.Freq, p.Days = Weekly, []time.Weekday{wd}
	case weekdaysWords[x] && !other && p.Nth == 0:
		p.Freq, p.Days = Weekly, slices.Clone(workDays)
	case everyDayWords[x] && (every || dailyAlone[x]) && !other && p.Nth == 0 && interval == 0:
		p.Freq = Daily
	default:
		return Repeat{}, nil, ErrRepeatUnreadable
	}
	if p.Freq == Weekly {
		p.Days, i = moreDays(w, i, p.Days, every)
	}
	month := false
	for j := i; j < len(w) && j < i+3; j++ { // "of the month", "de cada mes", "di ogni mese"
		if monthWords[w[j]] {
			month, i = true, j+1
			break
		}
		if !monthLinks[w[j]] && !everyWords[w[j]] && w[j] != "di" {
			break
		}
	}
	switch {
	case month && interval > 0:
		return Repeat{}, nil, ErrRepeatUnreadable // "every 2 weeks … of the month"
	case month && other && p.Freq == Weekly && len(p.Days) == 1: // "jeden zweiten Montag im Monat"
		other, p.Nth = false, 2
	case month && p.Nth == 0:
		return Repeat{}, nil, ErrRepeatUnreadable // "every Monday of the month"
	}
	if p.Nth != 0 {
		p.Freq = Monthly
	}
	if other || interval == 2 {
		p.Interval = 2
	}
	switch {
	case p.Nth != 0 && (interval > 0 || len(p.Days) > 1): // "every 2 weeks first Monday", "every first Mon and Wed"
		return Repeat{}, nil, ErrRepeatUnreadable
	case other && interval == 2: // "every other Tue every 2 weeks"
		return Repeat{}, nil, ErrRepeatUnreadable
	case p.Interval == 2 && p.Weekdays(): // "every other weekday" may mean either
		return Repeat{}, nil, ErrRepeatUnreadable
	}
	slices.SortFunc(p.Days, func(a, b time.Weekday) int { return weekIndex(a) - weekIndex(b) })
	if len(slices.Compact(slices.Clone(p.Days))) != len(p.Days) { // "every Tue and Tue"
		return Repeat{}, nil, ErrRepeatUnreadable
	}
	return p, w[i:], nil
}

// moreDays reads the days after a rule's first from w[i] on: "and Thu",
// ", Thu", "and every Thu", "and Fri" after "Mon-Wed"; it returns the days
// and where the rest begins. An "and" with no day after it stays, to be
// refused with the time.
func moreDays(w []string, i int, days []time.Weekday, every bool) ([]time.Weekday, int) {
	for {
		j := i
		if j < len(w) && andWords[w[j]] {
			j++
		}
		if j < len(w) && every && everyWords[w[j]] {
			j++
		}
		if j >= len(w) {
			return days, i
		}
		if d, ok := anyWeekday(w[j]); ok {
			days, i = append(days, d), j+1
			continue
		}
		if run, _, ok := runDays(w[j]); ok {
			days, i = append(days, run...), j+1
			continue
		}
		return days, i
	}
}

// repeatClock reads the time of day of a rule, or its range of times.
func repeatClock(w []string) (from, to dayClock, isRange bool, err error) {
	w, _, to, isRange = whenRange(w)
	part, w := whenPart(w)
	if part >= 0 && slices.Contains(w, "today") { // "tonight" is no day of a rule
		return dayClock{}, dayClock{}, false, ErrRepeatUnreadable
	}
	ok := false
	switch {
	case len(w) == 0 && part >= 0:
		from, ok = dayClock{h: part}, true
	case len(w) == 0:
		return dayClock{}, dayClock{}, false, ErrRepeatNoTime
	case len(w) == 1 || len(w) == 2 && hourNouns[w[1]]:
		from, ok = whenClock(w[0])
	}
	if !ok {
		from, ok = whenSpoken(w)
	}
	if !ok {
		return dayClock{}, dayClock{}, false, ErrRepeatUnreadable
	}
	from, to = from.in(part), to.in(part)
	if from.both || isRange && to.both {
		return dayClock{}, dayClock{}, false, ErrRepeatAmPm
	}
	return from, to, isRange, nil
}
