package allaboard

import (
	"fmt"
	"slices"
	"time"
)

// Series is an event that repeats ("Swimming, every Tue 17:00"). Each of
// its dates is an Event of its own, with its own number, versions,
// confirmations and answers; only the next one is announced and chased.
type Series struct {
	Group   int64   `json:"group"`
	Num     int     `json:"num"` // within the group, numbered apart from events
	Rule    Rule    `json:"rule"`
	Title   string  `json:"title"`
	Where   string  `json:"where"`
	Notes   string  `json:"notes,omitempty"`
	Host    int64   `json:"host"`
	CoHosts []int64 `json:"co_hosts,omitempty"`
	Guests  []int64 `json:"guests,omitempty"`
	// Except are the original starts of the dates called off (EXDATE).
	Except []time.Time `json:"except,omitempty"`
	// Current is the event number of the occurrence announced now, 0 before
	// the first and after the last.
	Current int       `json:"current,omitempty"`
	Created time.Time `json:"created"`
	Rev     int       `json:"rev"`             // grows with every change a calendar shows (SEQUENCE)
	Ended   bool      `json:"ended,omitempty"` // no date is left
	// EndsBefore is the original start of the date it was called off from,
	// with all following; zero if it wasn't.
	EndsBefore time.Time `json:"ends_before,omitzero"`
}

// Skipped reports whether the date starting at start was called off.
func (s Series) Skipped(start time.Time) bool {
	return slices.ContainsFunc(s.Except, start.Equal)
}

// Next is the series' first start strictly after after that was not called
// off; ok is false when the rule has no more.
func (s Series) Next(x Expander, after time.Time) (start time.Time, ok bool, err error) {
	for range 100 { // at most 100 skipped dates in a row
		starts, err := x.Starts(s.Rule, after, 8)
		if err != nil {
			return time.Time{}, false, fmt.Errorf("series %d: %w", s.Num, err)
		}
		for _, t := range starts {
			if !s.Skipped(t) {
				return t, true, nil
			}
		}
		if len(starts) < 8 {
			return time.Time{}, false, nil
		}
		after = starts[len(starts)-1]
	}
	return time.Time{}, false, nil
}

// The repeats guided creation offers (Draft.Repeat).
const (
	RepeatWeekly      = "weekly"
	RepeatFortnightly = "fortnightly"
	RepeatMonthly     = "monthly" // on the same weekday of the same week of the month
)

// RepeatEvery is how an event starting at start (in loc) repeats when its
// host chose every week, every other week or every month; ok is false for
// anything else. A month repeats the start's weekday and week of the month
// (the first Monday), the last week's as the last.
func RepeatEvery(choice string, start time.Time, loc *time.Location) (Repeat, bool) {
	start = start.In(loc)
	p := Repeat{Freq: Weekly, Interval: 1, Days: []time.Weekday{start.Weekday()}}
	switch choice {
	case RepeatWeekly:
	case RepeatFortnightly:
		p.Interval = 2
	case RepeatMonthly:
		p.Freq, p.Nth = Monthly, (start.Day()-1)/7+1
		if p.Nth > 4 {
			p.Nth = -1
		}
	default:
		return Repeat{}, false
	}
	return p, true
}
