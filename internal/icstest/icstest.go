// Package icstest reads calendar files the way a strict calendar app would,
// for tests: with a parser that is not the one that wrote them
// (github.com/emersion/go-ical), after checking the rules of RFC 5545 that a
// parser forgives (CRLF, lines of at most 75 octets folded with one space,
// UTF-8 kept whole, TEXT escaping), and working out times from the file's
// own VTIMEZONE rather than from the zone data that wrote it.
//
// Only _test.go files import it, so it and its parser stay out of the
// program (imports_test.go at the module root checks).
package icstest

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
)

// File is what a calendar app reads from a file with one event.
type File struct {
	Method                         string
	UID                            string
	Sequence                       int
	Status                         string
	Summary, Location, Description string
	TZID                           string
	StartLocal, EndLocal           string    // as written: 20261025T150000; EndLocal "" for none
	AllDay                         bool      // dates (VALUE=DATE), as written: 20261214; Start and End zero
	Start, End                     time.Time // in UTC, from the file's VTIMEZONE; End zero for none
	Organizer, URL                 string
	Lines                          []string // the physical lines, without CRLF
	// A series: its RRULE as written, its exceptions (EXDATE, in UTC), and
	// the dates changed on their own (VEVENTs of the same UID with a
	// RECURRENCE-ID, the original start in UTC).
	RRule        string
	ExDates      []time.Time
	RecurrenceID time.Time
	Overrides    []File
}

// Parse checks data and reads it, failing tb on anything a strict reader
// would refuse.
func Parse(tb testing.TB, data []byte) File {
	tb.Helper()
	lines, err := physicalLines(data)
	if err != nil {
		tb.Fatalf("not a well-formed iCalendar file: %v\n%s", err, data)
	}
	for _, l := range unfold(lines) {
		if err := checkText(l); err != nil {
			tb.Fatalf("%v\n%s", err, data)
		}
	}
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		tb.Fatalf("go-ical cannot read the file: %v\n%s", err, data)
	}
	f, err := read(cal)
	if err != nil {
		tb.Fatalf("%v\n%s", err, data)
	}
	f.Lines = lines
	return f
}

// physicalLines splits data at CRLF, refusing a bare CR or LF, a line over
// 75 octets, a fold that splits a UTF-8 character, and a missing final CRLF.
func physicalLines(data []byte) ([]string, error) {
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		return nil, fmt.Errorf("does not end in CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	for i, l := range raw {
		switch {
		case strings.ContainsAny(l, "\r\n"):
			return nil, fmt.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		case len(l) > 75:
			return nil, fmt.Errorf("line %d is %d octets, over 75: %q", i+1, len(l), l)
		case !utf8.ValidString(l):
			return nil, fmt.Errorf("line %d is not whole UTF-8 (a fold split a character?): %q", i+1, l)
		case l == "":
			return nil, fmt.Errorf("line %d is empty", i+1)
		case i == 0 && (l[0] == ' ' || l[0] == '\t'):
			return nil, fmt.Errorf("the file begins with a continuation")
		}
	}
	return raw, nil
}

// unfold joins each continuation line (one leading space or tab, removed)
// to the line before it.
func unfold(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l[0] == ' ' || l[0] == '\t' {
			out[len(out)-1] += l[1:]
			continue
		}
		out = append(out, l)
	}
	return out
}

var (
	contentLine = regexp.MustCompile(`^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$`)
	// TEXT values: a backslash escapes \ ; , n or N; ; and , never stand alone
	// in properties that hold one text.
	goodText = regexp.MustCompile(`^(?:[^\\;,]|\\[\\;,nN])*$`)
)

// textProps hold one TEXT value each.
var textProps = map[string]bool{"SUMMARY": true, "LOCATION": true, "DESCRIPTION": true}

// checkText checks a content line's grammar and, for one-text properties,
// its escaping.
func checkText(line string) error {
	m := contentLine.FindStringSubmatch(line)
	if m == nil {
		return fmt.Errorf("not a content line (name, parameters, colon, value): %q", line)
	}
	if textProps[strings.ToUpper(m[1])] && !goodText.MatchString(m[3]) {
		return fmt.Errorf("%s is not escaped as TEXT: %q", m[1], m[3])
	}
	return nil
}

// read takes the one event out of cal (and the changed dates of a series),
// with its times worked out from the VTIMEZONE it names.
func read(cal *ical.Calendar) (File, error) {
	var f File
	var overrides []File
	n := 0
	for _, e := range cal.Events() {
		one, err := readEvent(cal, e.Props)
		if err != nil {
			return f, err
		}
		if e.Props.Get(ical.PropRecurrenceID) != nil {
			overrides = append(overrides, one)
			continue
		}
		f, n = one, n+1
	}
	if n != 1 {
		return f, fmt.Errorf("%d events, want 1", n)
	}
	for _, o := range overrides {
		if o.UID != f.UID {
			return f, fmt.Errorf("a changed date of UID %q in the file of %q", o.UID, f.UID)
		}
	}
	f.Method, f.Overrides = prop(cal.Props, ical.PropMethod), overrides
	return f, nil
}

// readEvent reads one VEVENT.
func readEvent(cal *ical.Calendar, ev ical.Props) (File, error) {
	var f File
	var err error
	f.UID = prop(ev, ical.PropUID)
	if p := ev.Get(ical.PropSequence); p != nil {
		if f.Sequence, err = p.Int(); err != nil {
			return f, fmt.Errorf("SEQUENCE: %w", err)
		}
	}
	f.Status, f.Organizer, f.URL = prop(ev, ical.PropStatus), prop(ev, ical.PropOrganizer), prop(ev, ical.PropURL)
	for name, to := range map[string]*string{ical.PropSummary: &f.Summary, ical.PropLocation: &f.Location, ical.PropDescription: &f.Description} {
		if ev.Get(name) != nil {
			if *to, err = ev.Text(name); err != nil {
				return f, fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	start := ev.Get(ical.PropDateTimeStart)
	if start == nil {
		return f, fmt.Errorf("no DTSTART")
	}
	if start.Params.Get(ical.ParamValue) == string(ical.ValueDate) {
		// all day: dates of no zone, DTEND the day after the last (RFC 5545 3.6.1)
		f.AllDay, f.StartLocal = true, start.Value
		end := ev.Get(ical.PropDateTimeEnd)
		if end == nil || end.Params.Get(ical.ParamValue) != string(ical.ValueDate) || end.Value <= start.Value {
			return f, fmt.Errorf("an all-day DTSTART %q without a later DTEND date", start.Value)
		}
		f.EndLocal = end.Value
		return f, nil
	}
	f.TZID, f.StartLocal = start.Params.Get(ical.PropTimezoneID), start.Value
	zone, err := timezone(cal, f.TZID)
	if err != nil {
		return f, err
	}
	if f.Start, err = zone.instant(f.StartLocal); err != nil {
		return f, fmt.Errorf("DTSTART: %w", err)
	}
	if end := ev.Get(ical.PropDateTimeEnd); end != nil {
		if end.Params.Get(ical.PropTimezoneID) != f.TZID {
			return f, fmt.Errorf("DTEND in zone %q, DTSTART in %q", end.Params.Get(ical.PropTimezoneID), f.TZID)
		}
		f.EndLocal = end.Value
		if f.End, err = zone.instant(f.EndLocal); err != nil {
			return f, fmt.Errorf("DTEND: %w", err)
		}
	}
	if rr := ev.Get(ical.PropRecurrenceRule); rr != nil {
		if _, err := ev.RecurrenceRule(); err != nil {
			return f, fmt.Errorf("RRULE: %w", err)
		}
		f.RRule = rr.Value
	}
	zoned := func(p ical.Prop, what string) ([]time.Time, error) {
		if p.Params.Get(ical.PropTimezoneID) != f.TZID {
			return nil, fmt.Errorf("%s in zone %q, DTSTART in %q", what, p.Params.Get(ical.PropTimezoneID), f.TZID)
		}
		var out []time.Time
		for v := range strings.SplitSeq(p.Value, ",") {
			t, err := zone.instant(v)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", what, err)
			}
			out = append(out, t)
		}
		return out, nil
	}
	for _, p := range ev.Values(ical.PropExceptionDates) {
		ts, err := zoned(p, "EXDATE")
		if err != nil {
			return f, err
		}
		f.ExDates = append(f.ExDates, ts...)
	}
	if p := ev.Get(ical.PropRecurrenceID); p != nil {
		ts, err := zoned(*p, "RECURRENCE-ID")
		if err != nil || len(ts) != 1 {
			return f, fmt.Errorf("RECURRENCE-ID %q: %v", p.Value, err)
		}
		f.RecurrenceID = ts[0]
	}
	return f, nil
}

func prop(props ical.Props, name string) string {
	if p := props.Get(name); p != nil {
		return p.Value
	}
	return ""
}

// onset is one STANDARD or DAYLIGHT observance: from when (UTC) which offset holds.
type onset struct {
	at time.Time
	to time.Duration
}

// zone is a VTIMEZONE's observances, oldest first.
type zone []onset

// timezone reads the VTIMEZONE named tzid. Observances must be given by
// their onsets (no RRULE or RDATE): that is how the bot writes them.
func timezone(cal *ical.Calendar, tzid string) (zone, error) {
	for _, c := range cal.Children {
		if c.Name != ical.CompTimezone || prop(c.Props, ical.PropTimezoneID) != tzid {
			continue
		}
		var z zone
		for _, o := range c.Children {
			if o.Name != ical.CompTimezoneStandard && o.Name != ical.CompTimezoneDaylight {
				return nil, fmt.Errorf("%s inside VTIMEZONE", o.Name)
			}
			if o.Props.Get(ical.PropRecurrenceRule) != nil || o.Props.Get(ical.PropRecurrenceDates) != nil {
				return nil, fmt.Errorf("an observance with RRULE or RDATE: this reader takes onsets only")
			}
			from, err1 := offset(prop(o.Props, ical.PropTimezoneOffsetFrom))
			to, err2 := offset(prop(o.Props, ical.PropTimezoneOffsetTo))
			local, err3 := time.Parse("20060102T150405", prop(o.Props, ical.PropDateTimeStart))
			if err1 != nil || err2 != nil || err3 != nil {
				return nil, fmt.Errorf("observance: %v %v %v", err1, err2, err3)
			}
			// The onset is a wall time on the clock before it.
			z = append(z, onset{at: local.Add(-from), to: to})
		}
		if len(z) == 0 {
			return nil, fmt.Errorf("VTIMEZONE %q has no observance", tzid)
		}
		sort.Slice(z, func(i, j int) bool { return z[i].at.Before(z[j].at) })
		return z, nil
	}
	return nil, fmt.Errorf("no VTIMEZONE for TZID %q", tzid)
}

// instant is the UTC time of a wall time in the zone: the offset of the
// latest observance that began by then.
func (z zone) instant(local string) (time.Time, error) {
	wall, err := time.Parse("20060102T150405", local)
	if err != nil {
		return time.Time{}, err
	}
	var found *onset
	for i := range z {
		if !z[i].at.After(wall.Add(-z[i].to)) {
			found = &z[i]
		}
	}
	if found == nil {
		return time.Time{}, fmt.Errorf("%s is before every observance of its zone", local)
	}
	return wall.Add(-found.to), nil
}

// offset reads +0200, -0330 or +005328.
func offset(s string) (time.Duration, error) {
	var h, m, sec int
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		return 0, fmt.Errorf("bad UTC offset %q", s)
	}
	if _, err := fmt.Sscanf(s[1:5], "%02d%02d", &h, &m); err != nil {
		return 0, fmt.Errorf("bad UTC offset %q", s)
	}
	if len(s) == 7 {
		if _, err := fmt.Sscanf(s[5:], "%02d", &sec); err != nil {
			return 0, fmt.Errorf("bad UTC offset %q", s)
		}
	}
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second
	if s[0] == '-' {
		d = -d
	}
	return d, nil
}
