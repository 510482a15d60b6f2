package allaboard

import (
	"errors"
	"slices"
	"strconv"
	"time"
)

// Kind is what was announced. Every kind is confirmed, chased and shown the
// same way; what differs is what its card asks and when its chase ends.
type Kind string

// The kinds of announcement.
const (
	// KindEvent has a time and a place, and asks who is coming.
	KindEvent Kind = ""
	// KindNotice is a must-read notice: a text everyone confirms, about a
	// day (When is its midnight, End the next) or about none (When zero).
	KindNotice Kind = "notice"
)

// name is the kind as logs say it.
func (k Kind) name() string {
	if k == KindEvent {
		return "event"
	}
	return string(k)
}

// MaxText is the longest notice text, in characters: a card with it still
// fits one Telegram message.
const MaxText = 2000

// A notice without a day stays open NoticeOpen after its last important
// change, unless its host keeps it; each member is chased for it as for an
// event NoticePace away from when their chase began.
const (
	NoticeOpen = 7 * 24 * time.Hour
	NoticePace = 3 * 24 * time.Hour
)

// IsNotice reports whether e is a must-read notice.
func (e Event) IsNotice() bool { return e.Kind == KindNotice }

// Dated reports whether e is about a day: every event is; a notice may be.
func (e Event) Dated() bool { return !e.When.IsZero() }

// HasCalendar reports whether e can go in a calendar: an event, a notice
// about a day (all that day), a to-do (at its deadline).
func (e Event) HasCalendar() bool { return !e.IsNotice() || e.Dated() }

// HasField reports whether e has the field, so that it can be changed: a
// notice has its text and its day, a to-do its text and its deadline; an
// event its title, time, place and notes.
func (e Event) HasField(f Field) bool {
	if e.IsNotice() || e.IsTodo() {
		return f == FieldText || f == FieldWhen
	}
	return f == FieldTitle || f == FieldWhen || f == FieldWhere || f == FieldNotes
}

// Closes is when e stops being chased and can no longer change: an event's
// start; the end of a notice's day; for a notice without one, NoticeOpen
// after its last important change, or never (the zero time) while kept.
func (e Event) Closes() time.Time {
	switch {
	case !e.IsNotice():
		return e.When
	case e.Dated():
		return e.End
	case e.Kept:
		return time.Time{}
	}
	return e.MaterialAt.Add(NoticeOpen)
}

// ChaseEnd is what a member's chase that began at from follows: its pace and
// the hand-off go by the time left to it, and it stops there. It is e's
// close, except for a notice without a day, chased as an event NoticePace
// away would be (or less, if it closes sooner).
func (e Event) ChaseEnd(from time.Time) time.Time {
	if !e.IsNotice() || e.Dated() {
		return e.Closes()
	}
	end := from.Add(NoticePace)
	if c := e.Closes(); !c.IsZero() && c.Before(end) {
		end = c
	}
	return end
}

// DaySpan is the whole day t falls on in loc: from its midnight to the next.
func DaySpan(t time.Time, loc *time.Location) Span {
	y, m, d := t.In(loc).Date()
	return Span{Start: wallTime(y, m, d, 0, 0, loc), End: wallTime(y, m, d+1, 0, 0, loc)}
}

// WholeDay reports whether sp is a whole day in loc, as DaySpan makes it.
func (sp Span) WholeDay(loc *time.Location) bool {
	return !sp.End.IsZero() && DaySpan(sp.Start, loc) == Span{Start: sp.Start, End: sp.End}
}

// NewNotice makes a must-read notice and its first revision, the
// announcement: its text and, unless day is zero, the day it is about (a
// DaySpan).
func NewNotice(group int64, num int, host User, text string, day Span, now time.Time) (Event, Revision, error) {
	e := Event{Kind: KindNotice, Group: group, Num: num, Host: host.ID, When: day.Start, End: day.End, Created: now}
	var err error
	if e.Title, err = checkText(FieldText, text, MaxText, true); err != nil {
		return Event{}, Revision{}, err
	}
	changes := []Change{{Field: FieldText, New: e.Title}}
	if e.Dated() {
		changes = append(changes, Change{Field: FieldWhen, New: formatWhen(e.When)}, Change{Field: FieldEnd, New: formatEnd(e.End)})
	}
	return e, e.revise(host, now, changes), nil
}

// ErrNotMinor means a change can't be marked a typo fix: it was more than a
// notice's text, or something changed since.
var ErrNotMinor = errors.New("not a change of the text alone, or changed since")

// MarkMinor marks revision n of a notice or a to-do, a change of its text
// alone and still its latest, as a typo fix that needs no new confirmation
// (for a to-do: what was done before still counts). It returns
// the revision that records so (cosmetic), and the material revision before
// n: a member who had confirmed that one counts as confirming n (see
// Response.Carry).
func (e *Event) MarkMinor(by User, now time.Time, n int, revs []Revision) (Revision, int, error) {
	if err := e.editable(now); err != nil {
		return Revision{}, 0, err
	}
	if !e.IsNotice() && !e.IsTodo() || e.Rev != n || e.Material != n {
		return Revision{}, 0, ErrNotMinor
	}
	prev, task := 0, 0
	for _, r := range revs {
		if r.N < n && r.Material && slices.ContainsFunc(r.Changes, func(c Change) bool { return c.Field == FieldText }) {
			task = r.N // the text before n
		}
		switch {
		case r.N < n && r.Material:
			prev = r.N
		case r.N == n:
			for _, c := range r.Changes {
				if c.Field != FieldText {
					return Revision{}, 0, ErrNotMinor
				}
			}
		}
	}
	if prev == 0 {
		return Revision{}, 0, ErrNotMinor
	}
	if e.IsTodo() {
		e.Task = task // what was done before counts for the fixed text
	}
	return e.revise(by, now, []Change{{Field: FieldMinor, New: strconv.Itoa(n)}}), prev, nil
}

// Carry counts a member who confirmed material revision prev (or whose
// household did) as confirming rev, a typo fix of it: their chase stops. An
// answer to prev (a to-do's "can't") stands for rev too.
func (r *Response) Carry(prev, rev int) {
	if r.RSVP != NoAnswer && r.RSVPRev >= prev && r.RSVPRev < rev {
		r.RSVPRev = rev
	}
	if r.Acked >= prev && r.Acked < rev {
		r.Acked = rev // when they confirmed stays as it was
	}
	if r.Family >= prev && r.Family < rev {
		r.Family = rev
	}
	if max(r.Acked, r.Family) >= rev {
		r.Due = time.Time{}
	}
}
