package allaboard

import (
	"errors"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// ReadDay reads the day a notice is about, as ReadWhen reads a day ("Mon 14
// Dec", "Monday", "tomorrow", "14.12.", "lundi"); a time of day typed with it
// only picks the day, as it would an event's. The reading, and each one it
// asks about, is the whole day in loc (DaySpan). A day still counts while it
// lasts: "today" at 23:00. A weekday alone that is today's ("Monday" on a
// Monday) asks AskWhichWeek, today or a week on: most who type it mean next
// week, and a notice dated today is over by midnight.
func ReadDay(text string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	// A day alone is read whole first: "12 Mar" is 12 March, not Tuesday
	// ("mar") at noon; a day with a time ("Fri 12:00") is read as typed.
	r, err := ReadWhen(text+" 23:59", now, loc, opts)
	alone := err == nil && len(r.Ask) == 0 && weekdayToday(text, now, loc, opts.Lang)
	if err != nil {
		typed, terr := ReadWhen(text, now, loc, opts)
		switch {
		case terr == nil:
			r, err = typed, nil
		case !errors.Is(terr, ErrWhenNoTime):
			err = terr
		}
	}
	if err != nil {
		return Reading{}, err
	}
	r.Span = DaySpan(r.Start, loc)
	for i, sp := range r.Ask {
		r.Ask[i] = DaySpan(sp.Start, loc)
	}
	if alone {
		r.Ask, r.Why = []Span{r.Span, DaySpan(r.Start.AddDate(0, 0, 7), loc)}, AskWhichWeek
	}
	return r, nil
}

// weekdayToday reports whether text is a weekday alone ("Monday", "am
// Montag", "в понедельник") that is today's in loc.
func weekdayToday(text string, now time.Time, loc *time.Location, lang string) bool {
	w, _ := inLanguage(whenWords(text), lang)
	if len(w) != 1 {
		return false
	}
	wd, ok := whenWeekday(w[0])
	return ok && wd == now.In(loc).Weekday()
}

// DayTyped is a day as it can be typed back, with its year so that it reads
// the same in any year: "Mon 14 Dec 2026". ReadDay reads it as it is.
func DayTyped(day time.Time, loc *time.Location) string {
	return day.In(loc).Format("Mon 2 Jan 2006")
}

// DayInText finds the day a notice's text ends with: the longest run of at
// most six words at its end that names a day without a time of day (isDay
// says which do), after a word that joins it to the rest ("… on Monday",
// "… am Montag") or starting with a day's whole name ("… tomorrow!") or
// "next" ("… next Friday"). It
// returns the words as typed, or "" if the text ends with no day: "at 5" is
// a time, "5 pencils" no day, and "Mo" or "so" alone too short to be sure.
func DayInText(text string, isDay func(string) bool) string {
	if strings.Contains(text, "|") {
		return ""
	}
	words := strings.Fields(text) // a text of several lines ends with its last
	if len(words) == 0 {
		return ""
	}
	words[len(words)-1] = strings.TrimRight(words[len(words)-1], ".,;:!?)»\"'")
	const longest = 6
	for i := max(0, len(words)-longest); i < len(words); i++ {
		joined := i > 0 && links[strings.ToLower(words[i-1])]
		if (joined || dayName(words[i]) || nextWord(words[i])) && isDay(strings.Join(words[i:], " ")) {
			return strings.Join(words[i:], " ")
		}
	}
	return ""
}

// DayWithin finds a day named inside a notice's text, where DayInText
// finds none at its end: the first run of at most six words that names a day
// without a time of day, after a joining word ("Die Schule ist am Montag
// geschlossen") or starting with a day's whole name or "next". Words inside
// a sentence may not mean the notice's day, so the host is asked. It returns
// the words as typed, without the punctuation around them, or "".
func DayWithin(text string, isDay func(string) bool) string {
	if strings.Contains(text, "|") {
		return ""
	}
	words := strings.Fields(text)
	const longest = 6
	for i, w := range words {
		joined := i > 0 && links[strings.ToLower(words[i-1])]
		if !joined && !dayName(w) && !nextWord(w) {
			continue
		}
		for j := min(len(words), i+longest); j > i; j-- {
			run := slices.Clone(words[i:j])
			run[0] = strings.TrimLeft(run[0], "(«\"'")
			run[len(run)-1] = strings.TrimRight(run[len(run)-1], ".,;:!?)»\"'")
			if phrase := strings.Join(run, " "); strings.TrimSpace(phrase) != "" && isDay(phrase) {
				return phrase
			}
		}
	}
	return ""
}

// nextWord reports whether w says "next", as in "next Friday": the day
// read with it may be either of two, and is asked about.
func nextWord(w string) bool {
	ws := whenWords(w)
	return len(ws) == 1 && nextWords[ws[0]]
}

// dayName reports whether w is a day's whole name, as the date reader knows
// it: "tomorrow", "lundi", but not "Mo" or "so".
func dayName(w string) bool {
	ws := whenWords(w)
	if len(ws) != 1 {
		return false
	}
	if _, ok := dayWords[ws[0]]; ok {
		return true
	}
	for _, names := range weekdayNames {
		for _, n := range names {
			if n == ws[0] && utf8.RuneCountInString(n) >= 4 {
				return true
			}
		}
	}
	return false
}
