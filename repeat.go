package allaboard

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Freq is how often a series repeats, as RFC 5545 names it.
type Freq string

// The frequencies a host can type (see ReadRepeat).
const (
	Daily   Freq = "DAILY"
	Weekly  Freq = "WEEKLY"
	Monthly Freq = "MONTHLY"
)

// MaxRepeats is the most occurrences "10 times" may ask for: two years of weeks.
const MaxRepeats = 104

// Repeat is a repeat rule as a person says it: "every other Sat",
// "every first Monday", "weekdays", with an end ("until 20 Dec", "10 times").
type Repeat struct {
	Freq     Freq
	Interval int            // 1, or 2 for "every other"
	Days     []time.Weekday // weekly: the weekdays ("weekdays" is Mon-Fri); monthly: the one weekday
	Nth      int            // monthly: the Nth of Days[0] in the month, 1 to 4, or -1 for the last
	Until    time.Time      // the last day (a UTC midnight), zero for none
	Count    int            // how many occurrences, 0 for no count
}

// Weekdays reports whether the rule is every working day, Monday to Friday.
func (p Repeat) Weekdays() bool {
	return p.Freq == Weekly && slices.Equal(p.Days, workDays)
}

// workDays are Monday to Friday.
var workDays = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}

// Rule is how a series repeats, as a calendar stores it: an RFC 5545 RRULE
// and its first start (DTSTART), whose wall clock in Zone every occurrence
// keeps across daylight saving changes.
type Rule struct {
	RRule  string        `json:"rrule"` // "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261220T225959Z"
	Start  time.Time     `json:"start"`
	Zone   string        `json:"zone"`             // IANA name of the group's zone
	Length time.Duration `json:"length,omitempty"` // each occurrence's duration; 0: no end
}

// Location is the rule's zone (UTC if it cannot be loaded).
func (r Rule) Location() *time.Location {
	loc, err := time.LoadLocation(r.Zone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Expander lists a rule's occurrences (an adapter around an RRULE library).
type Expander interface {
	// Starts are at most n starts of r strictly after after, in order, in
	// r's zone.
	Starts(r Rule, after time.Time, n int) ([]time.Time, error)
}

var weekdayCodes = [7]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// NewRule is the rule p starting at start, in loc. UNTIL is the end of the
// last day in loc, in UTC: written as RFC 5545 wants it with a zoned
// DTSTART, and not left to a library's reading of zones.
func NewRule(p Repeat, start time.Time, length time.Duration, loc *time.Location) Rule {
	parts := []string{"FREQ=" + string(p.Freq)}
	if p.Interval > 1 {
		parts = append(parts, "INTERVAL="+strconv.Itoa(p.Interval))
	}
	if len(p.Days) > 0 {
		days := make([]string, len(p.Days))
		for i, d := range p.Days {
			days[i] = weekdayCodes[d]
			if p.Nth != 0 {
				days[i] = strconv.Itoa(p.Nth) + days[i]
			}
		}
		parts = append(parts, "BYDAY="+strings.Join(days, ","))
	}
	switch {
	case p.Count > 0:
		parts = append(parts, "COUNT="+strconv.Itoa(p.Count))
	case !p.Until.IsZero():
		parts = append(parts, "UNTIL="+untilUTC(p.Until, loc).Format(utcFormat))
	}
	return Rule{RRule: strings.Join(parts, ";"), Start: start.In(loc), Zone: loc.String(), Length: length}
}

const utcFormat = "20060102T150405Z"

// untilUTC is the last second of day (a UTC midnight) in loc.
func untilUTC(day time.Time, loc *time.Location) time.Time {
	y, m, d := day.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc).Add(-time.Second).UTC()
}

// errRule is a stored RRULE this package did not write.
var errRule = errors.New("not a rule of ours")

// Repeat reads the rule back, for its card: "every other Sat 10:00".
func (r Rule) Repeat() (Repeat, error) {
	var p Repeat
	p.Interval = 1
	for part := range strings.SplitSeq(r.RRule, ";") {
		k, v, _ := strings.Cut(part, "=")
		var err error
		switch k {
		case "FREQ":
			p.Freq = Freq(v)
		case "INTERVAL":
			p.Interval, err = strconv.Atoi(v)
		case "COUNT":
			p.Count, err = strconv.Atoi(v)
		case "UNTIL":
			var t time.Time
			if t, err = time.Parse(utcFormat, v); err == nil {
				y, m, d := t.In(r.Location()).Date()
				p.Until = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			}
		case "BYDAY":
			for code := range strings.SplitSeq(v, ",") {
				n := strings.TrimRight(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
				i := slices.Index(weekdayCodes[:], code[len(n):])
				if i < 0 {
					return Repeat{}, fmt.Errorf("rule %q: %w", r.RRule, errRule)
				}
				if n != "" {
					p.Nth, err = strconv.Atoi(n)
				}
				p.Days = append(p.Days, time.Weekday(i))
			}
		default:
			err = errRule
		}
		if err != nil {
			return Repeat{}, fmt.Errorf("rule %q: %w", r.RRule, err)
		}
	}
	if p.Freq != Daily && p.Freq != Weekly && p.Freq != Monthly {
		return Repeat{}, fmt.Errorf("rule %q: %w", r.RRule, errRule)
	}
	return p, nil
}

// matches reports whether the day (a UTC midnight) is one of p's, as far as
// the weekday and the week of the month tell (not the interval).
func (p Repeat) matches(day time.Time) bool {
	switch p.Freq {
	case Daily:
		return true
	case Weekly:
		return slices.Contains(p.Days, day.Weekday())
	}
	if day.Weekday() != p.Days[0] {
		return false
	}
	if p.Nth < 0 {
		return day.AddDate(0, 0, 7).Month() != day.Month()
	}
	return (day.Day()-1)/7+1 == p.Nth
}
