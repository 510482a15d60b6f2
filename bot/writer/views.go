package writer

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Views of events asked for: a group's list, an event's history and counts,
// and, for its host, everyone's standing and the question before cancelling.
// Each shows the events as they are when it is sent.

func init() {
	kinds[notice.EventList] = viewEvents
	kinds[notice.History] = viewHistory
	kinds[notice.Counts] = viewCounts
	kinds[notice.Everyone] = viewEveryone
	kinds[notice.CancelAsk] = viewCancelAsk
}

// viewEvents lists a group's upcoming events with their counts; in a
// private chat it names the group.
func viewEvents(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	group, err := allaboard.CurrentGroup(s.tx, n.Group)
	if err != nil {
		return m, false, err
	}
	rolls, err := viewRolls(s, group, func(e allaboard.Event) bool { return e.Upcoming(s.now) })
	if err != nil {
		return m, false, err
	}
	m.Text = render.Events(s.lang, rolls, s.zone(group))
	if inPrivate(m.ChatID) { // asked for in the group, answered in private
		c, err := s.chat(group)
		m.Text = render.EventsIn(s.lang, c.Title, rolls, s.zone(group))
		return m, err == nil, err
	}
	return m, true, nil
}

// viewRolls are the group's events that keep says to show, in order, each
// with its members' standing.
func viewRolls(s *state, group int64, keep func(e allaboard.Event) bool) ([]allaboard.Roll, error) {
	events, err := s.tx.Events(group)
	if err != nil {
		return nil, err
	}
	var rolls []allaboard.Roll
	for _, e := range events {
		if !keep(e) {
			continue
		}
		r, err := allaboard.LoadRoll(s.tx, e)
		if err != nil {
			return nil, err
		}
		rolls = append(rolls, r)
	}
	return rolls, nil
}

// viewHistory shows every revision of an event.
func viewHistory(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	revs, err := s.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return m, false, err
	}
	m.Text = render.History(s.lang, e, revs, s.zone(e.Group))
	return m, true, nil
}

// viewCounts are an event's counts.
func viewCounts(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	r, found, err := viewRoll(s, n)
	if err != nil || !found {
		return m, false, err
	}
	m.Text = render.Counts(s.lang, r)
	if inPrivate(m.ChatID) { // asked for in the group, answered in private
		c, err := s.chat(r.Event.Group)
		m.Text = render.CountsIn(s.lang, c.Title, r)
		return m, err == nil, err
	}
	return m, true, nil
}

// viewEveryone lists every member of an event by name and standing.
func viewEveryone(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	r, found, err := viewRoll(s, n)
	if err != nil || !found {
		return m, false, err
	}
	m.Text = render.Everyone(s.lang, r, s.zone(r.Event.Group))
	return m, true, nil
}

// viewCancelAsk asks the host to confirm a cancellation.
func viewCancelAsk(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	if all := n.Value("all"); all != "" { // a date of a series
		day := s.lang.Day(e.When.In(s.zone(e.Group)))
		m.Text = render.SeriesScope(s.lang, e, day, true)
		m.Buttons = render.SeriesCancelButtons(s.lang, day, n.Value("yes"), all, n.Value("keep"))
		return m, true, nil
	}
	m.Text = render.CancelAsk(s.lang, e)
	m.Buttons = render.CancelButtons(s.lang, n.Value("yes"), n.Value("keep"))
	return m, true, nil
}

// viewRoll loads the event a notice is about with its members' standing;
// found is false if it is gone.
func viewRoll(s *state, n allaboard.Notice) (allaboard.Roll, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return allaboard.Roll{}, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	return r, err == nil, err
}
