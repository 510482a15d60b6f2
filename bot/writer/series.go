package writer

import (
	"errors"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
	"allaboard/scheduler/recur"
)

func init() {
	kinds[notice.RepeatProblem] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.RepeatProblem(l, n.Value("typed"), n.Value("why"))
	})
	kinds[notice.SeriesScope] = seriesScope
	kinds[notice.DraftRepeat] = draftRows(render.FlowRepeat, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.RepeatChoice(l, n.Value("no"), n.Value("weekly"), n.Value("fortnightly"), n.Value("monthly"))
	})
	kinds[notice.SeriesSkipped] = seriesSkipped
	kinds[notice.SeriesNotOnDay] = seriesNotOnDay
	kinds[notice.NotOnDay] = notOnDay
}

// seriesScope asks the host whether a change is for one date of a series
// or for all from it on.
func seriesScope(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	day := s.lang.Day(e.When.In(s.zone(e.Group)))
	m.Text = render.SeriesScope(s.lang, e, day, n.Value("cancel") != "")
	m.Buttons = render.SeriesScopeButtons(s.lang, day, n.Value("only"), n.Value("all"))
	return m, true, nil
}

// seriesLine is the card's line of e, a date of a series: the rule and the
// date after it; "" for an event of no series (or one no longer kept).
func (s *state) seriesLine(e allaboard.Event) string {
	if e.Series == 0 {
		return ""
	}
	sr, err := s.tx.Series(e.Group, e.Series)
	if err != nil {
		return ""
	}
	next, ok, err := sr.Next(recur.RRule{}, e.Occurs)
	if err != nil {
		return ""
	}
	if !ok || sr.Ended { // called off from this date on: no more dates
		next = time.Time{}
	}
	return render.SeriesLine(s.lang, sr.Rule, next, s.zone(e.Group))
}

// seriesFile is the calendar file of the series e is a date of, with its
// dates changed on their own; ok is false for an event of no series.
func (s *state) seriesFile(e allaboard.Event) (render.SeriesFile, bool, error) {
	if e.Series == 0 {
		return render.SeriesFile{}, false, nil
	}
	sr, err := s.tx.Series(e.Group, e.Series)
	if errors.Is(err, allaboard.ErrNotFound) {
		return render.SeriesFile{}, false, nil
	} else if err != nil {
		return render.SeriesFile{}, false, err
	}
	events, err := s.tx.Events(e.Group)
	if err != nil {
		return render.SeriesFile{}, false, err
	}
	f := render.SeriesFile{Series: sr, Link: s.link(wire.EventPayload(e.Group, e.Num)), Loc: s.zone(e.Group), Stamp: s.now}
	for _, d := range events {
		if d.Series != sr.Num || d.Cancelled || d.Occurs.Before(sr.Rule.Start) {
			continue // a date called off is an exception; one before the rule's start is no date of it
		}
		if !d.When.Equal(d.Occurs) || d.Title != sr.Title || d.Where != sr.Where || d.Notes != sr.Notes || !d.End.Equal(d.When.Add(sr.Rule.Length)) && !d.End.IsZero() {
			f.Changed = append(f.Changed, d)
		}
	}
	return f, true, nil
}

// draftRepeats is the card's line of e, a new event its host chose to
// repeat in guided creation, as its card will have it once posted.
func (s *state) draftRepeats(d allaboard.Draft, e allaboard.Event) string {
	loc := s.zone(e.Group)
	p, ok := allaboard.RepeatEvery(d.Repeat, e.When, loc)
	if !ok {
		return ""
	}
	rule := allaboard.NewRule(p, e.When, 0, loc)
	next, ok, err := allaboard.Series{Rule: rule}.Next(recur.RRule{}, e.When)
	if err != nil || !ok {
		return ""
	}
	return render.SeriesLine(s.lang, rule, next, loc)
}

// series is series num of a group as stored; found is false if it is gone.
func (s *state) series(group int64, num int) (sr allaboard.Series, found bool, err error) {
	if group, err = allaboard.CurrentGroup(s.tx, group); err != nil {
		return sr, false, err
	}
	sr, err = s.tx.Series(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return sr, false, nil
	}
	return sr, err == nil, err
}

// seriesSkipped tells the group that a date of a series won't take place.
func seriesSkipped(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	sr, found, err := s.series(n.Group, n.Event)
	start, perr := time.Parse(time.RFC3339, n.Value("start"))
	if err != nil || !found || perr != nil {
		return m, false, err
	}
	m.Text = render.SeriesSkipped(s.lang, sr.Title, s.lang.Day(start.In(s.zone(n.Group))))
	return m, true, nil
}

// seriesNotOnDay says a series has no date on the day typed, and what its
// dates are.
func seriesNotOnDay(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	sr, found, err := s.series(n.Group, n.Event)
	day, perr := time.Parse(time.RFC3339, n.Value("day"))
	if err != nil || !found || perr != nil {
		return m, false, err
	}
	m.Text = render.SeriesNotOnDay(s.lang, sr, day, s.zone(n.Group))
	return m, true, nil
}

// notOnDay says an event of no series is not on the day typed.
func notOnDay(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	day, perr := time.Parse(time.RFC3339, n.Value("day"))
	if err != nil || !found || perr != nil {
		return m, false, err
	}
	m.Text = render.NotOnDay(s.lang, e, day, s.zone(n.Group))
	return m, true, nil
}
