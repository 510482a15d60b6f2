package app

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// announceAhead is how long before it starts a date of a series is
// announced (unless the date before it is not over yet): soon enough to
// plan for, and nobody is chased about dates months away.
const announceAhead = 7 * 24 * time.Hour

// errNoRepeats: the use cases were made without a way to list a series' dates.
var errNoRepeats = errors.New("series: no expander configured")

// announce announces a series when the time typed in /event is a
// repeat rule ("every Tue 17:00"): its first date is announced at once, as
// an event of its own, and each next date when its time comes (due).
// repeats is false when the time is no rule: the caller reads it as a time.
func (a *Series) announce(t *turn, group int64, host *User, parts []string, sent time.Time) (repeats bool, err error) {
	set := a.settings(t.tx, group)
	loc := set.Location()
	rep, repeats, err := allaboard.ReadRepeat(parts[1], writtenAt(t, sent), loc, allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc), Lang: set.Language})
	if !repeats {
		return false, nil
	}
	if err != nil {
		return true, t.Tell(group, notice.OfRepeat(parts[1], err))
	}
	if a.cfg.Repeats == nil {
		return true, errNoRepeats
	}
	by, ok, err := a.app.Events.announcer(t, group, host.ID)
	if err != nil || !ok {
		return true, err
	}
	s := allaboard.Series{Group: group, Rule: rep.Rule(loc), Title: parts[0], Where: parts[2], Host: by.ID, Created: t.now, Rev: 1}
	if len(parts) == 4 {
		s.Notes = parts[3]
	}
	e, rev, err := occurrence(s, rep.Start, by, t.now)
	if err != nil {
		return true, t.Tell(group, notice.OfField(err))
	}
	return true, a.start(t, s, e, rev)
}

// begin starts a series from guided creation: e, its first date, repeats
// as its host chose (allaboard.RepeatEvery).
func (a *Series) begin(t *turn, choice string, e allaboard.Event, rev allaboard.Revision) error {
	if a.cfg.Repeats == nil {
		return errNoRepeats
	}
	loc := a.zone(t.tx, e.Group)
	p, ok := allaboard.RepeatEvery(choice, e.When, loc)
	if !ok {
		return fmt.Errorf("series: repeat %q", choice)
	}
	var length time.Duration
	if !e.End.IsZero() {
		length = e.End.Sub(e.When)
	}
	s := allaboard.Series{Group: e.Group, Rule: allaboard.NewRule(p, e.When, length, loc), Title: e.Title, Where: e.Where, Notes: e.Notes,
		Host: e.Host, Guests: slices.Clone(e.Guests), Created: t.now, Rev: 1}
	e.Occurs = e.When
	return a.start(t, s, e, rev)
}

// start numbers and stores a new series and its first date, e, and
// announces that date as /event announces an event.
func (a *Series) start(t *turn, s allaboard.Series, e allaboard.Event, rev allaboard.Revision) error {
	s.Title, s.Where, s.Notes = e.Title, e.Where, e.Notes // as checked
	var err error
	if e.Num, err = t.tx.NextEventNum(e.Group); err != nil {
		return err
	}
	s.Num, s.Current, e.Series = e.Num, e.Num, e.Num // the series is known by its first date's number
	if err := t.tx.SaveSeries(s); err != nil {
		return err
	}
	if err := t.tx.CreateEvent(e); err != nil {
		return err
	}
	if err := a.app.Events.revised(t, e, rev); err != nil {
		return err
	}
	if err := a.app.Events.offerUndo(t, e); err != nil {
		return err
	}
	if err := a.app.Settings.planDigest(t, e.Group); err != nil {
		return err
	}
	if err := a.plan(t, s, e); err != nil {
		return err
	}
	return recount(t, e.Group)
}

// occurrence is the date of s that starts at start, as a new event (not
// yet numbered) announced by by: its own versions, answers and card.
func occurrence(s allaboard.Series, start time.Time, by allaboard.User, now time.Time) (allaboard.Event, allaboard.Revision, error) {
	span := allaboard.Span{Start: start}
	if s.Rule.Length > 0 {
		span.End = start.Add(s.Rule.Length)
	}
	e, rev, err := allaboard.NewEventUntil(s.Group, 0, by, s.Title, span, s.Where, s.Notes, now)
	if err != nil {
		return e, rev, err
	}
	e.CoHosts, e.Guests = slices.Clone(s.CoHosts), slices.Clone(s.Guests)
	e.Series, e.Occurs = s.Num, start
	return e, rev, nil
}

// unclaimed is list l for another date: the same items, and each date's
// claims start empty (nobody said they bring anything to it yet).
func unclaimed(l allaboard.List) allaboard.List {
	out := allaboard.List{Last: l.Last}
	for _, it := range l.Items {
		it.Claims = nil
		out.Items = append(out.Items, it)
	}
	return out
}

// plan sets when the date of s after the one announced now (s.Current;
// e, if it is that one, as it now is) is announced: a week before it
// starts, or once the current one is over, whichever is later. A current
// date moved on its own to the next one's time or past it holds the next
// back no more: it is no longer the date before it. Without a date after
// the current one there is nothing to plan.
func (a *Series) plan(t *turn, s allaboard.Series, e allaboard.Event) error {
	cur := e
	if e.Num != s.Current { // an earlier date changed: the next still follows the current one
		var err error
		if cur, err = t.tx.Event(s.Group, s.Current); errors.Is(err, allaboard.ErrNotFound) {
			return nil // undone: the series ends when its timer comes (due)
		} else if err != nil {
			return err
		}
	}
	next, ok, err := s.Next(a.cfg.Repeats, cur.Occurs)
	if err != nil {
		return err
	}
	tm := allaboard.Timer{Kind: allaboard.TimerSeries, Group: s.Group, Event: s.Num}
	if ok {
		tm.At = next.Add(-announceAhead)
		over := cur.When
		if !cur.End.IsZero() {
			over = cur.End
		}
		if !cur.Cancelled && over.After(tm.At) && over.Before(next) {
			tm.At = over
		}
	}
	return t.tx.SetTimer(tm)
}

// due announces the next date of series num: a new event with
// answers of its own (none carried over), chased like any other, with the
// items of the date before it to bring (nobody's claim carried over). A
// series whose current date was undone, or with no dates left, ends.
// Nobody asked for the announcement: in the group's quiet hours it makes
// no phone ring (the chase waits for the morning as ever).
func (a *Series) due(t *turn, group int64, num int) error {
	set := a.settings(t.tx, group)
	t.hushed = set.Quiet.After(t.now, set.Location()).After(t.now)
	s, err := t.tx.Series(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if s.Ended {
		return nil
	}
	cur, err := t.tx.Event(group, s.Current)
	if errors.Is(err, allaboard.ErrNotFound) { // its first date was undone
		s.Ended = true
		return t.tx.SaveSeries(s)
	} else if err != nil {
		return err
	}
	after := cur.Occurs
	if t.now.After(after) {
		after = t.now // dates missed while the bot was down are not announced late
	}
	next, ok, err := s.Next(a.cfg.Repeats, after)
	if err != nil {
		return err
	}
	if !ok {
		s.Ended = true
		return t.tx.SaveSeries(s)
	}
	// Co-hosts and guests set on the date before (/cohost, /edit guests)
	// stay for the dates after it: they are who the series is with.
	s.CoHosts, s.Guests = slices.Clone(cur.CoHosts), slices.Clone(cur.Guests)
	host, err := allaboard.LookupUser(t.tx, s.Host)
	if err != nil {
		return err
	}
	e, rev, err := occurrence(s, next, host, t.now)
	if err != nil {
		return fmt.Errorf("series %d/%d: %w", group, num, err)
	}
	e.Bring = unclaimed(cur.Bring)
	if e.Num, err = t.tx.NextEventNum(group); err != nil {
		return err
	}
	s.Current = e.Num
	if err := t.tx.SaveSeries(s); err != nil {
		return err
	}
	if err := t.tx.CreateEvent(e); err != nil {
		return err
	}
	if err := a.app.Events.revised(t, e, rev); err != nil {
		return err
	}
	if err := a.plan(t, s, e); err != nil {
		return err
	}
	return recount(t, group)
}

// orRule is reads that also takes a repeat rule it reads as a time: a
// sentence's time may be one ("Swimming every Tue 17:00 at the pool").
func (a *Series) orRule(t *turn, group int64, sent time.Time, reads func(string) bool) func(string) bool {
	set := a.settings(t.tx, group)
	loc, now := set.Location(), writtenAt(t, sent)
	opts := allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc), Lang: set.Language}
	return func(s string) bool {
		if _, ok, err := allaboard.ReadRepeat(s, now, loc, opts); ok {
			return err == nil
		}
		return reads(s)
	}
}

// isRule reports whether text says it repeats: a series needs its place
// with it, where a single event's place may be asked afterwards.
func (a *Series) isRule(t *turn, group int64, text string) bool {
	_, ok, _ := allaboard.ReadRepeat(text, t.now, a.zone(t.tx, group), allaboard.ReadOpts{})
	return ok
}
