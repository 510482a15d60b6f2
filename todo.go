package allaboard

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
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
// times, as typed; an end typed with a time is dropped. Words that join a
// deadline to its to-do may start it (deadlineText): "by Friday", "bis zum
// 15.", "avant le 15"; "before Friday" is due as Friday begins.
func ReadDeadline(text string, now time.Time, loc *time.Location, opts ReadOpts) (Reading, error) {
	text, before := deadlineText(text)
	r, err := ReadWhen(text, now, loc, opts)
	if !errors.Is(err, ErrWhenNoTime) {
		r.End = time.Time{}
		return r, err
	}
	if r, err = ReadDay(text, now, loc, opts); err != nil {
		return Reading{}, err
	}
	if before {
		if r, err = dayBefore(r, now, loc); err != nil {
			return Reading{}, fmt.Errorf("when %q: %w", clipInput(text), err)
		}
	}
	r.Span = Span{Start: r.End}
	return r, nil
}

// dayBefore is r, a reading of whole days, as the day before each: "before
// Friday" is due by the end of Thursday. A day that has begun can't be
// before (ErrWhenPast if none is left), and a question left with one answer
// is asked no more: "before Wednesday" typed on a Wednesday is next week's.
func dayBefore(r Reading, now time.Time, loc *time.Location) (Reading, error) {
	before := func(sp Span) Span { return DaySpan(sp.Start.Add(-time.Minute), loc) }
	if len(r.Ask) == 0 {
		if !r.Start.After(now) {
			return Reading{}, ErrWhenPast
		}
		return Reading{Span: before(r.Span)}, nil
	}
	var ask []Span
	for _, sp := range r.Ask {
		if sp.Start.After(now) {
			ask = append(ask, before(sp))
		}
	}
	switch {
	case len(ask) == 0:
		return Reading{}, ErrWhenPast
	case len(ask) == 1 && r.Why != AskFarAhead && r.Why != AskPassed: // those confirm the one day
		return Reading{Span: ask[0]}, nil
	}
	q := Reading{Span: ask[0], Ask: ask, Why: r.Why}
	if r.Start.After(now) {
		q.Span = before(r.Span)
	}
	return q, nil
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
// languages the date reader knows, folded as whenWords folds them: "due",
// "until", "bis (spätestens)", "avant", "pour", "d'ici", "antes (del)",
// "para", "hasta", "entro", "até", "voor", "uiterlijk", "до", "к". Each is
// due by the end of a day named alone, except beforeWords'.
var byWords = map[string]bool{
	"by": true, "before": true, "due": true, "until": true, "till": true, "til": true,
	"bis": true, "spatestens": true, "avant": true, "d'ici": true, "pour": true, "jusqu'au": true, "jusqu'a": true,
	"antes": true, "hasta": true, "para": true, "entro": true, "ate": true, "voor": true, "uiterlijk": true, "до": true, "к": true,
}

// beforeWords end a deadline as the day named alone begins: "before
// Friday" is due by the end of Thursday. ("avant", "antes" and "voor" are
// read as the catalogue's examples use them: by the end of the day.)
var beforeWords = map[string]bool{"before": true}

// deadlineLinks come between a by word and the day ("bis zum Freitag",
// "avant le 15", "até o dia 15") and may start a deadline; after one, a
// number alone is a day of the month: "le 15" is the 15th, not 15:00.
var deadlineLinks = map[string]bool{
	"the": true, "on": true, "zum": true, "zur": true, "dem": true, "am": true, "le": true, "la": true, "el": true, "del": true, "de": true,
	"il": true, "lo": true, "al": true, "o": true, "a": true, "dia": true, "op": true,
}

// deadlineText is a deadline as ReadWhen reads it, without the by words
// and links it starts with, and whether one of them says "before".
func deadlineText(text string) (string, bool) {
	fields := strings.Fields(text)
	before, linked := false, false
	i := 0
	for ; i < len(fields); i++ {
		w := fold.Replace(strings.ToLower(fields[i]))
		if !byWords[w] && !deadlineLinks[w] {
			break
		}
		before = before || beforeWords[w]
		linked = deadlineLinks[w]
	}
	rest := slices.Clone(fields[i:])
	if linked && len(rest) > 0 && isMonthDay(rest[0]) {
		rest[0] += "." // "le 15", read as "15."
	}
	return strings.Join(rest, " "), before
}

// words finds the words of a text and where each is.
var words = regexp.MustCompile(`\S+`)

// SplitDeadline splits a to-do as typed after /todo into what to do and
// when by: at its last "|", or else at the last word that says "by" (in
// any of the languages the reader knows) whose rest reads as a deadline
// (reads), with the by words just before it ("bis spätestens", "due by").
// The text keeps its lines; trailing punctuation leaves the deadline, and
// so do the by words, except one that says "before" ("before Friday").
// ok is false when there is no text, or no deadline.
func SplitDeadline(text string, reads func(string) bool) (what, when string, ok bool) {
	if i := strings.LastIndex(text, "|"); i >= 0 {
		what, when = strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+1:])
		return what, when, what != "" && when != ""
	}
	at := words.FindAllStringIndex(text, -1)
	word := func(i int) string { return fold.Replace(strings.ToLower(text[at[i][0]:at[i][1]])) }
	const longest = 8 // words in a deadline: "next Friday 18 Dec at 12:00"
	for i := len(at) - 2; i >= 1 && i >= len(at)-1-longest; i-- {
		if !byWords[word(i)] {
			continue
		}
		from, first := at[i][1], i
		for j := i; j >= 1 && byWords[word(j)]; j-- {
			if first = j; beforeWords[word(j)] && from == at[i][1] {
				from = at[j][0] // the last "before" stays: it says when
			}
		}
		when = strings.TrimRight(strings.TrimSpace(text[from:]), ".,;:!?)»\"'")
		if when != "" && reads(when) {
			return strings.TrimSpace(text[:at[first][0]]), when, true
		}
	}
	return strings.TrimSpace(text), "", false
}
