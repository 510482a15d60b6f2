package allaboard

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Errors the bot turns into polite replies.
var (
	ErrNoChange  = errors.New("nothing changes")
	ErrCancelled = errors.New("the event is cancelled")
	ErrStarted   = errors.New("the event has already started")
	ErrTooLong   = errors.New("too long")
	ErrEmpty     = errors.New("empty")
)

// errNotAllowed refuses an edit of a field that is not changed by editing.
var errNotAllowed = errors.New("not allowed")

// Longest accepted field values, in characters. Notes are long enough for a
// real note, and short enough that the card shows them whole: a ✅ Got it
// confirms only what its card shows. (Notes kept from when 4,096 were
// allowed, or all in emoji, which Telegram counts twice, are still
// shortened to fit.)
const (
	MaxTitle = 200
	MaxWhere = 300
	MaxNotes = 2000
)

// Event is something announced in a group that every member must know about.
type Event struct {
	// Kind is what was announced: an event, or a must-read notice (see
	// mustread.go); events kept by older versions have none.
	Kind  Kind  `json:"kind,omitempty"`
	Group int64 `json:"group"`
	Num   int   `json:"num"` // #1, #2, … within the group
	Host  int64 `json:"host"`
	// CoHosts have the host's rights over the event and get what the host
	// gets: the status card and the hand-offs.
	CoHosts []int64 `json:"co_hosts,omitempty"`
	// Guests are the members the event is for; none means the whole group.
	// Only they (and the hosts) are asked to confirm, reminded and counted.
	Guests    []int64   `json:"guests,omitempty"`
	Title     string    `json:"title"`
	When      time.Time `json:"when"`
	End       time.Time `json:"end,omitzero"` // optional; events kept by older versions have none
	Where     string    `json:"where"`
	Notes     string    `json:"notes,omitempty"`
	Cancelled bool      `json:"cancelled,omitempty"`
	Rev       int       `json:"rev"`      // the latest revision
	Material  int       `json:"material"` // the latest material revision: what everyone must confirm
	// Moved is the latest revision that set the time or the place: answers
	// (Going, Maybe, Can't) given before it were to an earlier version. 0 in
	// events kept by older versions, where every answer stands.
	Moved int `json:"moved,omitempty"`
	// MaterialAt is when the material revision was made: the chase counts from it.
	MaterialAt time.Time `json:"material_at"`
	Created    time.Time `json:"created"`
	// HostAsked is set once the host, unreachable by direct message, was asked
	// in the group to open a chat with the bot.
	HostAsked bool `json:"host_asked,omitempty"`
	// EveryoneKnew is set when the last member confirmed the material revision.
	EveryoneKnew bool `json:"everyone_knew,omitempty"`
	// Reminded is when the last reminder before the event was due; a new
	// time starts the reminders afresh.
	Reminded time.Time `json:"reminded,omitzero"`
	// Pace is how hard its host chose to chase it (/edit <n> pace); "":
	// the group's chase setting.
	Pace Preset `json:"pace,omitempty"`
	// Kept is set while the host keeps a notice without a day open: it is
	// not retired a week after its last change.
	Kept bool `json:"kept,omitempty"`
	// Task is the revision that last set a to-do's text: what a member did
	// counts while it stands (Response.DidIt).
	Task int `json:"task,omitempty"`
	// Bring is the event's sign-up list: who brings what (bring.go).
	Bring List `json:"bring,omitzero"`
	// Series is the number of the series this event is a date of (0: none),
	// and Occurs the date's start by the series' rule (RECURRENCE-ID): its
	// When once moved on its own differs.
	Series int       `json:"series,omitempty"`
	Occurs time.Time `json:"occurs,omitzero"`
}

// MaxCoHosts is how many co-hosts an event has at most.
const MaxCoHosts = 5

// Hosts are the host and the co-hosts, the host first.
func (e Event) Hosts() []int64 { return append([]int64{e.Host}, e.CoHosts...) }

// IsHost reports whether user hosts e, or co-hosts it.
func (e Event) IsHost(user int64) bool { return e.Host == user || slices.Contains(e.CoHosts, user) }

// Invited reports whether user is one of those the event is for. A to-do
// is for the members its hosts collect it from, not for its hosts.
func (e Event) Invited(user int64) bool {
	if e.IsTodo() && e.IsHost(user) {
		return false
	}
	return len(e.Guests) == 0 || slices.Contains(e.Guests, user) || e.IsHost(user)
}

// Started reports whether the event has begun at now (a notice: whether it
// has closed, see Closes): chasing stops then, and it can no longer change.
func (e Event) Started(now time.Time) bool {
	c := e.Closes()
	return !c.IsZero() && !now.Before(c)
}

// Upcoming reports whether the event is still ahead and not cancelled.
func (e Event) Upcoming(now time.Time) bool { return !e.Cancelled && !e.Started(now) }

// NewEvent makes an event and its first revision, the announcement.
func NewEvent(group int64, num int, host User, title string, when time.Time, where, notes string, now time.Time) (Event, Revision, error) {
	return NewEventUntil(group, num, host, title, Span{Start: when}, where, notes, now)
}

// NewEventUntil is NewEvent with an optional end time (span.End, zero for none).
func NewEventUntil(group int64, num int, host User, title string, span Span, where, notes string, now time.Time) (Event, Revision, error) {
	when, end := span.Start, span.End
	e := Event{Group: group, Num: num, Host: host.ID, When: when, Created: now}
	var err error
	if e.Title, err = checkText(FieldTitle, title, MaxTitle, true); err != nil {
		return Event{}, Revision{}, err
	}
	if e.Where, err = checkText(FieldWhere, where, MaxWhere, true); err != nil {
		return Event{}, Revision{}, err
	}
	if e.Notes, err = checkText(FieldNotes, notes, MaxNotes, false); err != nil {
		return Event{}, Revision{}, err
	}
	changes := []Change{{Field: FieldTitle, New: e.Title}, {Field: FieldWhen, New: formatWhen(when)}, {Field: FieldWhere, New: e.Where}}
	if !end.IsZero() {
		e.End = end
		changes = append(changes, Change{Field: FieldEnd, New: formatEnd(end)})
	}
	if e.Notes != "" {
		changes = append(changes, Change{Field: FieldNotes, New: e.Notes})
	}
	r := e.revise(host, now, changes)
	return e, r, nil
}

// Edit is one change asked for: a new time (with its end, zero for none) or a new text.
type Edit struct {
	Field Field
	When  Span   // FieldWhen
	Text  string // FieldTitle, FieldWhere, FieldNotes
}

// Move changes the event's time; the end time, if any, is dropped.
func (e *Event) Move(by User, now, when time.Time) (Revision, error) {
	return e.Apply(by, now, []Edit{{Field: FieldWhen, When: Span{Start: when}}})
}

// SetText changes the title, place or notes.
func (e *Event) SetText(by User, now time.Time, f Field, value string) (Revision, error) {
	return e.Apply(by, now, []Edit{{Field: f, Text: value}})
}

// Apply makes several edits in one revision, so that a move of day and place
// is one version to confirm and one round of reminders. It changes nothing
// unless every edit can be made.
func (e *Event) Apply(by User, now time.Time, edits []Edit) (Revision, error) {
	if err := e.editable(now); err != nil {
		return Revision{}, err
	}
	next := *e
	var changes []Change
	for _, ed := range edits {
		if !e.HasField(ed.Field) {
			return Revision{}, fmt.Errorf("field %q of a %s: %w", ed.Field, e.Kind.name(), errNotAllowed)
		}
		if ed.Field == FieldWhen {
			if !ed.When.Start.Equal(next.When) {
				changes = append(changes, Change{Field: FieldWhen, Old: formatEnd(next.When), New: formatEnd(ed.When.Start)})
				next.When = ed.When.Start
			}
			if !ed.When.End.Equal(next.End) {
				changes = append(changes, Change{Field: FieldEnd, Old: formatEnd(next.End), New: formatEnd(ed.When.End)})
				next.End = ed.When.End
			}
			continue
		}
		var field *string
		limit, required := 0, true
		switch ed.Field {
		case FieldTitle:
			field, limit = &next.Title, MaxTitle
		case FieldWhere:
			field, limit = &next.Where, MaxWhere
		case FieldNotes:
			field, limit, required = &next.Notes, MaxNotes, false
		case FieldText:
			field, limit = &next.Title, MaxText
		default:
			return Revision{}, fmt.Errorf("field %q: %w", ed.Field, errNotAllowed)
		}
		value, err := checkText(ed.Field, ed.Text, limit, required)
		if err != nil {
			return Revision{}, err
		}
		if value != *field {
			changes = append(changes, Change{Field: ed.Field, Old: *field, New: value})
			*field = value
		}
	}
	if len(changes) == 0 {
		return Revision{}, ErrNoChange
	}
	*e = next
	return e.revise(by, now, changes), nil
}

// MarkImportant makes a change of the notes, made as a note, one that everyone
// must confirm: a material revision of its own, with the same change.
func (e *Event) MarkImportant(by User, now time.Time, notes Change) (Revision, error) {
	if err := e.editable(now); err != nil {
		return Revision{}, err
	}
	if notes.Field != FieldNotes || notes.New != e.Notes {
		return Revision{}, ErrNoChange // the notes changed again since
	}
	r := e.revise(by, now, []Change{notes})
	r.Material = true
	e.Material, e.MaterialAt, e.EveryoneKnew = e.Rev, now, false
	return r, nil
}

// Cancel calls the event off; everyone must confirm that too.
func (e *Event) Cancel(by User, now time.Time) (Revision, error) {
	if err := e.editable(now); err != nil {
		return Revision{}, err
	}
	e.Cancelled = true
	return e.revise(by, now, []Change{{Field: FieldStatus, Old: "on", New: "cancelled"}}), nil
}

func (e *Event) editable(now time.Time) error {
	switch {
	case e.Cancelled:
		return ErrCancelled
	case e.Started(now):
		return ErrStarted
	}
	return nil
}

// revise records changes as the next revision.
func (e *Event) revise(by User, now time.Time, changes []Change) Revision {
	e.Rev++
	r := Revision{N: e.Rev, By: by.ID, ByName: by.Name(), At: now, Changes: changes}
	for _, c := range changes {
		r.Material = r.Material || c.Field.Material()
		if c.Field == FieldWhen {
			e.Reminded = time.Time{} // remind afresh before the new time
		}
		if c.Field == FieldWhen || c.Field == FieldWhere {
			e.Moved = e.Rev
		}
		if c.Field == FieldText && e.IsTodo() {
			e.Task = e.Rev // what was done before is not what it asks now
		}
	}
	if e.Rev == 1 {
		r.Material = true // the announcement itself
	}
	if r.Material {
		e.Material, e.MaterialAt = e.Rev, now
		e.EveryoneKnew = false
	}
	return r
}
