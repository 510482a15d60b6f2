package render

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"allaboard"

	ics "github.com/arran4/golang-ical"
)

// CalendarFile is an event as an iCalendar file (RFC 5545) that a calendar
// app adds, and later moves or removes: its UID stays the same for the life
// of the event, and SEQUENCE is the event's latest revision, which grows with
// every change a calendar shows (time, place, title, notes, cancellation).
// Apps keep the entry with the highest SEQUENCE for a UID, so a file sent
// after a change replaces the one added before it instead of adding a second.
type CalendarFile struct {
	Event allaboard.Event
	Link  string // opens the event in a private chat with the bot
	Loc   *time.Location
	Stamp time.Time // when the file is written; zero: now
}

// UID names the event in calendars. It is made of what never changes about
// an event: not its group's id, which changes when the group becomes a
// supergroup, and then every calendar would get a second entry.
func UID(e allaboard.Event) string {
	return fmt.Sprintf("%d-%d-%d@allaboard", e.Host, e.Created.UnixNano(), e.Num)
}

// Name is the file's name: the title in plain letters, which shows in the
// chat and in the calendar app's import dialog.
func (f CalendarFile) Name() string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(f.Event.Title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 40 {
			break
		}
	}
	name := strings.TrimRight(b.String(), "-")
	if name == "" {
		name = fmt.Sprintf("event-%d", f.Event.Num)
	}
	return name + ".ics"
}

// ICS writes the file: METHOD:PUBLISH, the same UID for the event's life and
// its revision as SEQUENCE, STATUS:CANCELLED once it is called off, so that
// apps that keep the entry update it in place. Not REQUEST or CANCEL: those
// are meeting invitations (RFC 5546), which want an organizer's address and
// attendees, and calendars show them as odd invitations. Lines end in CRLF
// and are folded at 75 octets by the library.
func (f CalendarFile) ICS() []byte {
	e, loc := f.Event, f.Loc
	if loc == nil {
		loc = time.UTC
	}
	cal := ics.NewCalendarFor("All Aboard")
	status := ics.ObjectStatusConfirmed
	if e.Cancelled {
		status = ics.ObjectStatusCancelled
	}
	cal.SetMethod(ics.MethodPublish)
	tzid := loc.String()
	last := e.When
	if e.End.After(last) {
		last = e.End
	}
	from := time.Date(e.When.In(loc).Year(), 1, 1, 0, 0, 0, 0, loc)
	to := time.Date(last.In(loc).Year()+1, 1, 1, 0, 0, 0, 0, loc)
	cal.AddVTimezone(vtimezone(tzid, loc, from, to))

	ev := cal.AddEvent(UID(e))
	stamp := f.Stamp
	if stamp.IsZero() {
		stamp = time.Now()
	}
	ev.SetDtStampTime(stamp.UTC())
	if !e.Created.IsZero() {
		ev.SetCreatedTime(e.Created.UTC())
	}
	ev.SetSequence(e.Rev)
	switch {
	case e.IsNotice(): // about a day: all of it, in the group's zone (End is the next midnight)
		ev.SetAllDayStartAt(e.When.In(loc))
		ev.SetAllDayEndAt(e.End.In(loc))
	default:
		ev.SetProperty(ics.ComponentPropertyDtStart, e.When.In(loc).Format(localFormat), ics.WithTZID(tzid))
		if !e.End.IsZero() {
			// Without an end an event is a moment (RFC 5545 3.6.1): the bot
			// invents no length the host didn't give; a to-do's deadline is one.
			ev.SetProperty(ics.ComponentPropertyDtEnd, e.End.In(loc).Format(localFormat), ics.WithTZID(tzid))
		}
	}
	notes := e.Notes
	switch {
	case e.IsNotice() || e.IsTodo():
		// The text is the whole message: a calendar shows its start, marked
		// as the card is, and keeps all of it below.
		ev.SetSummary(mark(e) + Clip(oneLine(e.Title), 80))
		notes = e.Title
	default:
		ev.SetSummary(oneLine(e.Title))
		ev.SetLocation(oneLine(e.Where))
	}
	if notes != "" {
		ev.SetDescription(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(notes))
	}
	ev.SetStatus(status)
	if f.Link != "" {
		ev.SetURL(f.Link) // opens the event with the bot
	}
	// RFC 5545 lines end in CRLF; the library's default is the system's.
	return []byte(cal.Serialize(ics.WithNewLineWindows))
}

// oneLine is a title or place with any line breaks as spaces: calendars
// show them on one line.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), " ")
}
