package app

import (
	"errors"
	"fmt"
	"time"

	"allaboard"
)

// A change or cancellation of a date of a series "and all that follow"
// reaches the dates after it already announced too (there is one when the
// date changed was moved on its own past the next): each gets a version of
// its own, which everyone confirms as any change. Else the series would be
// changed while a date announced in it, and confirmed, still said otherwise.

// laterDates are the upcoming dates of e's series announced after e.
func laterDates(t *turn, e allaboard.Event) ([]allaboard.Event, error) {
	events, err := t.tx.Events(e.Group)
	if err != nil {
		return nil, err
	}
	var later []allaboard.Event
	for _, d := range events {
		if d.Series == e.Series && d.Num > e.Num && d.Upcoming(t.now) {
			later = append(later, d)
		}
	}
	return later, nil
}

// changer is who made e's latest revision.
func changer(t *turn, e allaboard.Event) (allaboard.User, error) {
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return allaboard.User{}, err
	}
	if len(revs) == 0 {
		return allaboard.User{}, fmt.Errorf("series: event %d/%d has no revisions", e.Group, e.Num)
	}
	return allaboard.LookupUser(t.tx, revs[len(revs)-1].By)
}

// changeLater makes edits, made to e for all that follow, to the dates of
// s announced after it: the title, place and notes e has now; a new time,
// the date of s's rule (moved) as many dates after e as it was in old, the
// rule before, after from, e's date in it.
func (a *Series) changeLater(t *turn, s allaboard.Series, e allaboard.Event, edits []allaboard.Edit, old allaboard.Rule, from time.Time) error {
	later, by, err := laterWithChanger(t, e)
	if err != nil || len(later) == 0 {
		return err
	}
	for _, d := range later {
		var own []allaboard.Edit
		occurs := d.Occurs
		for _, ed := range edits {
			switch ed.Field {
			case allaboard.FieldWhen:
				span, ok, err := a.sameDate(s.Rule, e.When, old, from, d.Occurs)
				if err != nil {
					return err
				}
				if ok {
					own, occurs = append(own, allaboard.Edit{Field: ed.Field, When: span}), span.Start
				}
			case allaboard.FieldTitle:
				own = append(own, allaboard.Edit{Field: ed.Field, Text: e.Title})
			case allaboard.FieldWhere:
				own = append(own, allaboard.Edit{Field: ed.Field, Text: e.Where})
			case allaboard.FieldNotes:
				own = append(own, allaboard.Edit{Field: ed.Field, Text: e.Notes})
			}
		}
		rev, err := d.Apply(by, t.now, own)
		if errors.Is(err, allaboard.ErrNoChange) {
			continue // it says so already
		} else if err != nil {
			return fmt.Errorf("series %d: date #%d: %w", s.Num, d.Num, err)
		}
		d.Occurs = occurs
		if err := a.app.Events.revised(t, d, rev); err != nil {
			return err
		}
	}
	return nil
}

// sameDate is the date of rule, which starts at start, as many dates after
// it as at is after from in old; ok is false when at is no date of old or
// rule has no such date.
func (a *Series) sameDate(rule allaboard.Rule, start time.Time, old allaboard.Rule, from, at time.Time) (allaboard.Span, bool, error) {
	n := 0
	for after := from; !after.Equal(at); n++ {
		starts, err := a.cfg.Repeats.Starts(old, after, 1)
		if err != nil || len(starts) == 0 || starts[0].After(at) || n == 100 {
			return allaboard.Span{}, false, err
		}
		after = starts[0]
	}
	starts, err := a.cfg.Repeats.Starts(rule, start, n)
	if err != nil || n == 0 || len(starts) < n {
		return allaboard.Span{}, false, err
	}
	span := allaboard.Span{Start: starts[n-1]}
	if rule.Length > 0 {
		span.End = span.Start.Add(rule.Length)
	}
	return span, true, nil
}

// cancelLater calls off the dates of e's series announced after it, e
// having been called off with all that follow.
func (a *Series) cancelLater(t *turn, e allaboard.Event) error {
	later, by, err := laterWithChanger(t, e)
	if err != nil || len(later) == 0 {
		return err
	}
	for _, d := range later {
		rev, err := d.Cancel(by, t.now)
		if err != nil {
			return fmt.Errorf("series %d: date #%d: %w", e.Series, d.Num, err)
		}
		if err := a.app.Events.revised(t, d, rev); err != nil {
			return err
		}
	}
	return nil
}

// laterWithChanger are the dates of e's series announced after it, and who
// made the change to e that reaches them (none if there are no such dates).
func laterWithChanger(t *turn, e allaboard.Event) ([]allaboard.Event, allaboard.User, error) {
	later, err := laterDates(t, e)
	if err != nil || len(later) == 0 {
		return nil, allaboard.User{}, err
	}
	by, err := changer(t, e)
	return later, by, err
}
