package app

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// What a change of a date of a series is for (turn.scope).
const (
	scopeOne = "one" // that date alone: a moved date, a date called off
	scopeAll = "all" // that date and all that follow: the series changes
)

// askScope asks the host, before a change (changes, as typed after /edit)
// or a cancellation (changes "") of e is made, whether it is for e's date
// only or for it and all that follow, if e is a date of a series and that
// was not chosen yet. asked is true when the question was put: the press
// (onScopePress) carries the command out.
func (a *Series) askScope(t *turn, e allaboard.Event, by int64, changes string) (asked bool, err error) {
	if e.Series == 0 || t.scope != "" || !e.Upcoming(t.now) {
		return false, nil // a date over or called off can't change: the change says so
	}
	cmd := allaboard.AskedCommand{Chat: e.Group, User: by, Command: "series-cancel", Args: strconv.Itoa(e.Num)}
	if changes != "" {
		cmd.Command, cmd.Args = "series-edit", cmd.Args+" "+changes
	}
	if err := t.tx.SaveAskedCommand(cmd); err != nil {
		return true, err
	}
	n := notice.OfEvent(notice.SeriesScope, e,
		"only", wire.ScopePress{Group: e.Group, Event: e.Num}.Encode(),
		"all", wire.ScopePress{Group: e.Group, Event: e.Num, All: true}.Encode())
	if changes == "" {
		n.Values["cancel"] = "1"
	}
	return true, t.Tell(e.Group, n)
}

// onScopePress carries out the change or cancellation the host was asked
// about, for the date alone or for all from it on.
func (a *Series) onScopePress(t *turn, q *Press) error {
	p, ok := wire.ParseScopePress(q.Data)
	if !ok || q.Chat == nil {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	cmd, err := t.tx.AskedCommand(q.Chat.ID, q.From.ID)
	num, changes, _ := strings.Cut(cmd.Args, " ")
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && (num != strconv.Itoa(p.Event) || !strings.HasPrefix(cmd.Command, "series-")) {
		t.answer(q, notice.New(notice.NotYourQuestion)) // someone else's, or answered already
		return nil
	} else if err != nil {
		return err
	}
	if err := t.tx.DeleteAskedCommand(q.Chat.ID, q.From.ID); err != nil {
		return err
	}
	t.answer(q, nil)
	t.scope = scopeOne
	if p.All {
		t.scope = scopeAll
	}
	if cmd.Command == "series-cancel" {
		return a.app.Events.Cancel(t, q.Chat.ID, q.From.ID, p.Event)
	}
	return a.app.Events.Change(t, q.Chat.ID, q.From.ID, p.Event, 0, changes, time.Time{})
}

// changed follows a change of e, a date of a series, made for it alone
// (it keeps the date it replaces, Occurs: a calendar moves that one date)
// or for all that follow (the series takes its title, place, notes and
// time from it on, and so do the dates after it already announced).
func (a *Series) changed(t *turn, e allaboard.Event, edits []allaboard.Edit) error {
	s, ok, err := seriesOf(t, e)
	if err != nil || !ok {
		return err
	}
	s.Rev++
	old, from := s.Rule, e.Occurs
	if t.scope == scopeAll {
		s.Title, s.Where, s.Notes = e.Title, e.Where, e.Notes
		for _, ed := range edits {
			if ed.Field != allaboard.FieldWhen {
				continue
			}
			if s.Rule, err = a.movedRule(s, e); err != nil {
				return err
			}
			if e, err = t.tx.Event(e.Group, e.Num); err != nil { // as revised stored it
				return err
			}
			e.Occurs = e.When // a date of the rule as it now is
			if err := t.tx.SaveEvent(e); err != nil {
				return err
			}
		}
	}
	if err := t.tx.SaveSeries(s); err != nil {
		return err
	}
	if t.scope == scopeAll {
		if err := a.changeLater(t, s, e, edits, old, from); err != nil {
			return err
		}
	}
	if err := a.app.Cards.followSeries(t, e); err != nil {
		return err
	}
	return a.plan(t, s, e)
}

// movedRule is s's rule from e on, e having moved: the same repeat on e's
// weekday and time, its end kept. A count keeps its number of dates: those
// before e's are left out of it (a last day instead would lose dates when
// the weekday moves later in the week).
func (a *Series) movedRule(s allaboard.Series, e allaboard.Event) (allaboard.Rule, error) {
	p, err := s.Rule.Repeat()
	if err != nil {
		return s.Rule, err
	}
	loc := s.Rule.Location()
	if p.Count > 0 {
		starts, err := a.cfg.Repeats.Starts(s.Rule, s.Rule.Start.Add(-time.Second), p.Count)
		if err != nil {
			return s.Rule, err
		}
		before := 0
		for _, start := range starts {
			if start.Before(e.Occurs) {
				before++
			}
		}
		p.Count = max(p.Count-before, 1)
	}
	if len(p.Days) == 1 { // the new date's weekday, and for a month its week
		moved, _ := allaboard.RepeatEvery(allaboard.RepeatMonthly, e.When, loc)
		p.Days = moved.Days
		if p.Freq == allaboard.Monthly && (p.Nth != -1 || e.When.In(loc).AddDate(0, 0, 7).Month() == e.When.In(loc).Month()) {
			p.Nth = moved.Nth // the last stays the last while the new date is in a month's last week
		}
	}
	var length time.Duration
	if !e.End.IsZero() {
		length = e.End.Sub(e.When)
	}
	return allaboard.NewRule(p, e.When, length, loc), nil
}

// cancelled follows the cancellation of e, a date of a series: called off
// alone, it is skipped (EXDATE) and the next date is announced in its time;
// with all that follow, the series ends, and the dates after it already
// announced are called off too.
func (a *Series) cancelled(t *turn, e allaboard.Event) error {
	s, ok, err := seriesOf(t, e)
	if err != nil || !ok {
		return err
	}
	s.Rev++
	if t.scope == scopeAll {
		s.Ended = true
		if s.EndsBefore.IsZero() || e.Occurs.Before(s.EndsBefore) {
			s.EndsBefore = e.Occurs
		}
		if err := t.tx.SaveSeries(s); err != nil {
			return err
		}
		if err := a.cancelLater(t, e); err != nil {
			return err
		}
		if err := a.app.Cards.followSeries(t, e); err != nil {
			return err
		}
		return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerSeries, Group: s.Group, Event: s.Num})
	}
	if !s.Skipped(e.Occurs) {
		s.Except = append(s.Except, e.Occurs)
	}
	if err := t.tx.SaveSeries(s); err != nil {
		return err
	}
	if err := a.app.Cards.followSeries(t, e); err != nil {
		return err
	}
	return a.plan(t, s, e)
}

// seriesOf is the series e is a date of; ok is false for none (or one gone).
func seriesOf(t *turn, e allaboard.Event) (allaboard.Series, bool, error) {
	if e.Series == 0 {
		return allaboard.Series{}, false, nil
	}
	s, err := t.tx.Series(e.Group, e.Series)
	if errors.Is(err, allaboard.ErrNotFound) {
		return s, false, nil
	}
	return s, err == nil, err
}
