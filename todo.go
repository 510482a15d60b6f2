package allaboard

import (
	"errors"
	"regexp"
	"strings"
	"time"
)

// KindTodo is a to-do with a deadline: a text (its Title) every member, or
// every household, must do by When. It is chased until each has *done* it
// (or said they can't), at the pace the time left to the deadline sets, and
// it closes at the deadline. Its hosts collect it: they are not asked to do
// it (see Invited).
const KindTodo Kind = "todo"

// IsTodo reports whether e is a to-do.
func (e Event) IsTodo() bool { return e.Kind == KindTodo }

// NewTodo makes a to-do and its first revision, the announcement: its text
// and its deadline, which must be ahead of now.
func NewTodo(group int64, num int, host User, text string, deadline, now time.Time) (Event, Revision, error) {
	if !deadline.After(now) {
		return Event{}, Revision{}, ErrWhenPast
	}
	e := Event{Kind: KindTodo, Group: group, Num: num, Host: host.ID, When: deadline, Created: now}
	var err error
	if e.Title, err = checkText(FieldText, text, MaxText, true); err != nil {
		return Event{}, Revision{}, err
	}
	return e, e.revise(host, now, []Change{{Field: FieldText, New: e.Title}, {Field: FieldWhen, New: formatWhen(deadline)}}), nil
}

// DidIt reports whether the member has done to-do e as its text asks now,
// or a member of their household did it for them (DoneBy). A new deadline
// keeps it; a new text does not.
func (r Response) DidIt(e Event) bool { return r.Done > 0 && r.Done >= e.Task }

// CantDo reports whether the member said they can't do to-do e as it is
// now: a new deadline or text asks them again.
func (r Response) CantDo(e Event) bool { return r.RSVP == CantGo && r.RSVPRev >= e.Material }

// SawIt reports whether the member has seen the latest version of e: they
// pressed one of its buttons, or a host told them.
func (r Response) SawIt(e Event) bool { return r.Acked >= e.Material }

// Saw records that the member saw material revision rev of a to-do without
// doing it: unlike Ack, their chase goes on, for it aims at done.
func (r *Response) Saw(rev int, now time.Time) {
	if rev > r.Acked {
		r.Acked, r.AckedAt = rev, now
	}
}

// MarkDone records that the member did task (Event.Task) now: by
// themselves (by 0) or through by, a member of their household. A "can't"
// goes, and the chase stops.
func (r *Response) MarkDone(task int, by int64, now time.Time) {
	r.Done, r.DoneBy, r.DoneAt = task, by, now
	if r.RSVP == CantGo {
		r.RSVP, r.RSVPRev = NoAnswer, 0
	}
	r.Due = time.Time{}
}

// SayCant records that the member can't do material revision rev of a
// to-do, which they have seen: the chase stops.
func (r *Response) SayCant(rev int, now time.Time) {
	r.Ack(rev, now)
	r.RSVP, r.RSVPRev = CantGo, rev
}

// Own reports whether the member themselves confirmed e (for an open to-do:
// did it), rather than a member of their household for them.
func (r Response) Own(e Event) bool {
	if e.IsTodo() && !e.Cancelled {
		return r.DidIt(e) && r.DoneBy == 0
	}
	return r.Acked >= e.Material
}

// counted reports whether the member counts in e's tally: they confirmed
// it; for an open to-do, they (or their household) did it.
func (r Response) counted(e Event) bool {
	if e.IsTodo() && !e.Cancelled {
		return r.DidIt(e)
	}
	return r.Confirmed(e)
}

// ReadDeadline reads a to-do's deadline as ReadWhen reads a time ("Fri
// 12:00"); a day without a time ("Friday", "15.12.") is due by its end, the
// next midnight in loc. Readings it asks about are whole days (DaySpan) or
// times, as typed; an end typed with a time is dropped.
func ReadDeadline(text string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	r, err := ReadWhen(text, now, loc, opts)
	if errors.Is(err, ErrWhenNoTime) {
		if r, err = ReadDay(text, now, loc, opts); err != nil {
			return Reading{}, err
		}
		r.Span = Span{Start: r.End}
		return r, nil
	}
	r.End = time.Time{}
	return r, err
}

// DeadlineTyped is a deadline chosen among a reading's Ask as it can be
// typed back for ReadDeadline: a whole day as a day, a time as a time.
func DeadlineTyped(sp Span, loc *time.Location) string {
	if sp.WholeDay(loc) {
		return DayTyped(sp.Start, loc)
	}
	return Span{Start: sp.Start}.Typed(loc)
}

// byWords join a to-do to its deadline ("Sign the slip by Fri 12:00") in the
// languages the date reader knows, folded as whenWords folds them: "bis",
// "avant", "antes (del)", "entro", "até", "voor", "uiterlijk", "до".
var byWords = map[string]bool{
	"by": true, "before": true, "bis": true, "avant": true, "d'ici": true, "antes": true, "hasta": true,
	"entro": true, "ate": true, "voor": true, "uiterlijk": true, "до": true,
}

// words finds the words of a text and where each is.
var words = regexp.MustCompile(`\S+`)

// SplitDeadline splits a to-do as typed after /todo into what to do and
// when by: at its last "|", or else at the last word that says "by" (in
// any of the languages the reader knows) whose rest reads as a deadline
// (reads). The text keeps its lines; trailing punctuation leaves the
// deadline. ok is false when there is no text, or no deadline.
func SplitDeadline(text string, reads func(string) bool) (what, when string, ok bool) {
	if i := strings.LastIndex(text, "|"); i >= 0 {
		what, when = strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:])
		return what, when, what != "" && when != ""
	}
	at := words.FindAllStringIndex(text, -1)
	const longest = 8 // words in a deadline: "next Friday 18 Dec at 12:00"
	for i := len(at) - 2; i >= 1 && i >= len(at)-1-longest; i-- {
		if !byWords[fold.Replace(strings.ToLower(text[at[i][0]:at[i][1]]))] {
			continue
		}
		when = strings.TrimRight(strings.TrimSpace(text[at[i][1]:]), ".,;:!?)»\"'")
		if when != "" && reads(when) {
			return strings.TrimSpace(text[:at[i][0]]), when, true
		}
	}
	return strings.TrimSpace(text), "", false
}
