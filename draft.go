package allaboard

import (
	"errors"
	"time"
)

// Step is where a guided creation stands: the question last asked.
type Step string

// The steps of guided creation, in order.
const (
	StepKind    Step = "kind" // an event, a notice or a to-do
	StepGroup   Step = "group"
	StepTitle   Step = "title"
	StepDay     Step = "day"
	StepTime    Step = "time"
	StepUntil   Step = "until"
	StepWhere   Step = "where"
	StepNotes   Step = "notes"
	StepGuests  Step = "guests" // the whole group, or chosen guests
	StepPreview Step = "preview"
	// StepBring asks a new event's host what people should bring (a
	// sign-up list, bring.go), from the preview's button; it may be skipped.
	StepBring Step = "bring"
	// StepPace asks how hard to chase an event being changed: a fix only.
	StepPace Step = "pace"
	// StepRepeat asks whether a new event repeats (a series), after its time.
	StepRepeat Step = "repeat"
)

// DraftLife is how long an unfinished guided creation is kept.
const DraftLife = 24 * time.Hour

// Draft is an event being created step by step in a private chat: the step
// it stands at and the answers so far.
type Draft struct {
	User    int64     `json:"user"`
	Started time.Time `json:"started"`
	Step    Step      `json:"step"`
	Kind    Kind      `json:"kind,omitempty"` // a notice asks only its text, its day and whom it is for; a to-do its deadline for the day
	Group   int64     `json:"group,omitempty"`
	Title   string    `json:"title,omitempty"`
	Day     string    `json:"day,omitempty"` // the day as typed or chosen, when it came without a time
	When    Span      `json:"when,omitzero"`
	Where   string    `json:"where,omitempty"`
	Notes   string    `json:"notes,omitempty"`
	Guests  []int64   `json:"guests,omitempty"`  // chosen; none: the whole group
	Picking bool      `json:"picking,omitempty"` // choosing guests from the list
	Choices []Span    `json:"choices,omitempty"` // the readings offered as buttons at this step
	Fixing  bool      `json:"fixing,omitempty"`  // a fix: back to the preview once the step is answered
	// Editing is the number of the event being changed in Group; 0 while
	// a new one is being created.
	Editing int `json:"editing,omitempty"`
	// Admin is set when an admin of the group started the change: in a
	// private chat Telegram isn't asked again.
	Admin bool `json:"admin,omitempty"`
	// Pace is the pace the event being changed will have (Event.Pace).
	Pace Preset `json:"pace,omitempty"`
	// Bring is what a new event's list asks people to bring (StepBring).
	Bring []ItemSpec `json:"bring,omitempty"`
	// Repeat is how a new event repeats, as its host chose (RepeatEvery):
	// "" for not at all.
	Repeat string `json:"repeat,omitempty"`
}

// Expired reports whether the draft is too old to go on with.
func (d Draft) Expired(now time.Time) bool { return !now.Before(d.Started.Add(DraftLife)) }

// Next is the step after d's current one: the preview once fixing a field.
func (d Draft) Next() Step {
	switch d.Step {
	case StepKind:
		if d.Group == 0 {
			return StepGroup
		}
		return StepTitle
	case StepGroup:
		return StepTitle
	case StepTitle:
		if d.Fixing {
			return StepPreview
		}
		return StepDay
	case StepDay:
		if d.Kind == KindNotice || d.Kind == KindTodo {
			return d.afterNotes()
		}
		return StepTime
	case StepTime:
		return StepUntil
	case StepUntil:
		if d.Fixing {
			return StepPreview
		}
		if d.Editing == 0 && d.Kind != KindNotice && d.Kind != KindTodo {
			return StepRepeat
		}
		return StepWhere
	case StepRepeat:
		if d.Fixing {
			return StepPreview
		}
		return StepWhere
	case StepWhere:
		if d.Fixing {
			return StepPreview
		}
		return StepNotes
	case StepNotes, StepBring:
		return d.afterNotes()
	}
	return StepPreview
}

// afterNotes is the step after the last of the details: whom it is for,
// unless fixing one or changing an event (guests change with /edit <n>
// guests).
func (d Draft) afterNotes() Step {
	if d.Fixing || d.Editing != 0 {
		return StepPreview
	}
	return StepGuests
}

// Event is the event d would post now (numbered 0: posting numbers it), or,
// when it changes one, that event as it will be once saved; its group is the
// one d's group became if it moved. The host is d's user.
func (d Draft) Event(tx Tx, now time.Time) (Event, Revision, error) {
	group, err := CurrentGroup(tx, d.Group)
	if err != nil {
		return Event{}, Revision{}, err
	}
	host, err := LookupUser(tx, d.User)
	if err != nil {
		return Event{}, Revision{}, err
	}
	if d.Editing == 0 && d.Kind == KindTodo {
		e, rev, err := NewTodo(group, 0, host, d.Title, d.When.Start, now)
		e.Guests = d.Guests
		return e, rev, err
	}
	if d.Editing == 0 && d.Kind == KindNotice {
		e, rev, err := NewNotice(group, 0, host, d.Title, d.When, now)
		e.Guests = d.Guests
		return e, rev, err
	}
	if d.Editing == 0 {
		e, rev, err := NewEventUntil(group, 0, host, d.Title, d.When, d.Where, d.Notes, now)
		e.Guests = d.Guests
		if err == nil {
			err = e.Bring.Add(d.Bring)
		}
		return e, rev, err
	}
	e, err := tx.Event(group, d.Editing)
	if err != nil {
		return e, Revision{}, err
	}
	rev, err := e.Apply(host, now, d.Edits(e))
	if errors.Is(err, ErrNoChange) {
		err = nil // it stays as it is
	}
	return e, rev, err
}

// Edits are the fields d changes in e.
func (d Draft) Edits(e Event) []Edit {
	var edits []Edit
	if title := FieldTitle; d.Title != e.Title {
		if e.IsNotice() || e.IsTodo() {
			title = FieldText
		}
		edits = append(edits, Edit{Field: title, Text: d.Title})
	}
	if !d.When.Start.Equal(e.When) || !d.When.End.Equal(e.End) {
		edits = append(edits, Edit{Field: FieldWhen, When: d.When})
	}
	if d.Where != e.Where {
		edits = append(edits, Edit{Field: FieldWhere, Text: d.Where})
	}
	if d.Notes != e.Notes {
		edits = append(edits, Edit{Field: FieldNotes, Text: d.Notes})
	}
	return edits
}

// CheckAnswer checks a title, place or notes typed in guided creation as
// NewEventUntil will, and returns it trimmed.
func CheckAnswer(f Field, s string) (string, error) {
	switch f {
	case FieldTitle:
		return checkText(f, s, MaxTitle, true)
	case FieldWhere:
		return checkText(f, s, MaxWhere, true)
	case FieldText:
		return checkText(f, s, MaxText, true)
	}
	return checkText(f, s, MaxNotes, false)
}
