package app

import (
	"errors"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// CancelDate is /cancel <n> <day>: the date on day of the series event num
// is a date of is called off. One announced already is cancelled as
// /cancel <n> cancels it (asking: that date alone, or all that follow?).
// One not yet announced is skipped at once (EXDATE), so that parents are
// never told of a date only to be told a week later it is off (the
// holidays): the group is told in one line, the current card's next date
// passes over it, and whoever has the series in their calendar gets its
// new file. A past day, or one with no date of the series, is answered with
// why. For an event of no series, the day must be its own.
func (a *Series) CancelDate(t *turn, group, by int64, num int, typed string, sent time.Time) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err == nil && ok {
		ok, err = a.app.Events.allowed(t, group, by, e)
	}
	if err != nil || !ok {
		return err
	}
	if e.IsNotice() || e.IsTodo() { // one day, or none: nothing to pick
		return t.Tell(group, notice.New(notice.CancelUsage))
	}
	day, ok, err := a.readDay(t, group, by, num, typed, sent)
	if err != nil || !ok {
		return err
	}
	s, ok, err := seriesOf(t, e)
	if err != nil {
		return err
	}
	if !ok {
		if within(day, e.When) {
			return a.app.Events.Cancel(t, group, by, num)
		}
		return t.Tell(group, notice.OfEvent(notice.NotOnDay, e, "day", day.Start.Format(time.RFC3339)))
	}
	if d, ok, err := announcedOn(t, s, day); err != nil || ok {
		if err != nil {
			return err
		}
		return a.app.Events.Cancel(t, group, by, d.Num)
	}
	start, ok, err := a.startOn(s, day)
	switch {
	case err != nil:
		return err
	case !ok:
		return t.Tell(group, notice.OfSeriesNotOnDay(s, day.Start))
	case !start.After(t.now):
		return t.Tell(group, notice.OfWhen(typed, allaboard.ErrWhenPast))
	}
	return a.skip(t, s, start)
}

// readDay reads the day typed after /cancel <n> as a whole day in the
// group's zone, asking which where it could be either (the choice carries
// the command out again: onChoicePress). A date without a year that has
// just passed is past: it calls off no date a year ahead.
func (a *Series) readDay(t *turn, group, by int64, num int, typed string, sent time.Time) (allaboard.Span, bool, error) {
	read := a.dayReader(t.tx, group, writtenAt(t, sent))
	if r, err := read(typed); err == nil && r.Why == allaboard.AskPassed {
		return allaboard.Span{}, false, t.Tell(group, notice.OfWhen(typed, allaboard.ErrWhenPast))
	}
	asked := allaboard.AskedCommand{Chat: group, User: by, Command: "cancel-day", Args: strconv.Itoa(num) + " " + typed}
	return a.readAskingWith(t, asked, group, typed, read,
		func(sp allaboard.Span, loc *time.Location) string { return allaboard.DayTyped(sp.Start, loc) })
}

// within reports whether at is on day.
func within(day allaboard.Span, at time.Time) bool {
	return !at.Before(day.Start) && at.Before(day.End)
}

// announcedOn is the date of s announced already that is on day, or was
// before it moved.
func announcedOn(t *turn, s allaboard.Series, day allaboard.Span) (allaboard.Event, bool, error) {
	events, err := t.tx.Events(s.Group)
	if err != nil {
		return allaboard.Event{}, false, err
	}
	var was *allaboard.Event
	for i, d := range events {
		switch {
		case d.Series != s.Num:
		case within(day, d.When):
			return d, true, nil
		case within(day, d.Occurs) && was == nil:
			was = &events[i]
		}
	}
	if was == nil {
		return allaboard.Event{}, false, nil
	}
	return *was, true, nil
}

// startOn is the start of s's date on day, as its rule has it; ok is false
// if it has none then, or has ended.
func (a *Series) startOn(s allaboard.Series, day allaboard.Span) (time.Time, bool, error) {
	if a.cfg.Repeats == nil {
		return time.Time{}, false, errNoRepeats
	}
	if s.Ended {
		return time.Time{}, false, nil
	}
	starts, err := a.cfg.Repeats.Starts(s.Rule, day.Start.Add(-time.Nanosecond), 1)
	if err != nil || len(starts) == 0 || !within(day, starts[0]) {
		return time.Time{}, false, err
	}
	return starts[0], true, nil
}

// skip calls off s's date at start before it is announced: it becomes an
// exception of the series (EXDATE), the date after the current one is
// planned anew, the current card shows the next date there is, and
// whoever has the series in a calendar gets its new file. A date skipped
// already is only said again.
func (a *Series) skip(t *turn, s allaboard.Series, start time.Time) error {
	if s.Skipped(start) {
		return t.Tell(s.Group, notice.OfSkipped(s, start))
	}
	s.Except = append(s.Except, start)
	s.Rev++
	if err := t.tx.SaveSeries(s); err != nil {
		return err
	}
	if err := t.Tell(s.Group, notice.OfSkipped(s, start)); err != nil {
		return err
	}
	cur, err := t.tx.Event(s.Group, s.Current)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil // undone: the series ends when its timer comes (due)
	} else if err != nil {
		return err
	}
	if err := a.plan(t, s, cur); err != nil {
		return err
	}
	if err := a.app.Events.refresh(t, cur); err != nil {
		return err
	}
	return a.app.Cards.refileSeries(t, cur)
}

// refileSeries queues the series' new file, as cur (its current date) has
// it, for whoever added any of its dates to their calendar and can be
// written to. A date skipped before it was announced changes no date's
// version, so followCalendar and followSeries, which go by versions, send
// nothing. They are noted as having cur, whose next change sends it again.
func (a *Cards) refileSeries(t *turn, cur allaboard.Event) error {
	added, err := seriesFollowers(t, cur.Group, cur.Series, 0)
	if err != nil {
		return err
	}
	for _, user := range added {
		if in, err := allaboard.InGroup(t.tx, cur.Group, user); err != nil || !in {
			if err != nil {
				return err
			}
			continue
		}
		if u, err := allaboard.LookupUser(t.tx, user); err != nil || !u.Reachable() {
			if err != nil {
				return err
			}
			continue
		}
		r, err := allaboard.LookupResponse(t.tx, cur.Group, cur.Num, user)
		if err != nil {
			return err
		}
		if err := a.queueCalendar(t, &r, cur, true); err != nil {
			return err
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return nil
}
