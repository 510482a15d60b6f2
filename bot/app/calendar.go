package app

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Add to calendar: a member's private card offers the event as a calendar
// file. The file is written when it is sent (see bot/writer), so one
// queued before a change carries the change. Whoever added an event gets a
// new file after each material change, which moves (or, when it is
// cancelled, removes) the entry they have: Response.Calendar remembers that
// they asked, and which revision they were last sent. A date of a series
// adds the whole series (its file is the series'), so whoever added any of
// its dates is sent the new file when any date changes (followSeries).

// onCalendarPress sends the member who pressed "Add to calendar" the event's
// file, in private. It confirms nothing: the card's other buttons do that.
func (a *Cards) onCalendarPress(t *turn, q *Press, p wire.PressData) error {
	e, found, err := pressedEvent(t, q, p.Group, p.Event)
	if err != nil || !found {
		return err
	}
	if p.Rev > e.Material {
		t.answer(q, notice.New(notice.StaleButton)) // never made: forged
		return nil
	}
	if in, err := allaboard.InGroup(t.tx, e.Group, q.From.ID); err != nil || !in {
		if err == nil {
			t.answer(q, notice.New(notice.NotYourGroup))
		}
		return err
	}
	switch {
	case !e.HasCalendar(): // no calendar file: no button made this
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	case e.Cancelled:
		t.answer(q, notice.New(notice.CalendarCancelled))
		return nil
	case e.Started(t.now):
		t.answer(q, notice.New(notice.CalendarStarted))
		return nil
	}
	u, err := allaboard.LookupUser(t.tx, q.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		t.answer(q, notice.New(notice.CalendarOpenChat))
		return nil
	}
	r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, q.From.ID)
	if err != nil {
		return err
	}
	if err := a.queueCalendar(t, &r, e, false); err != nil {
		return err
	}
	t.answer(q, notice.New(notice.CalendarComing))
	return t.tx.SaveResponse(r)
}

// queueCalendar queues e's file for r's member and notes it in r, which the
// caller saves. A file sent by itself after a change (update) is silent and
// ranks with reminders: the card about the change is what calls for
// attention, and goes before it in the chat.
func (a *Cards) queueCalendar(t *turn, r *allaboard.Response, e allaboard.Event, update bool) error {
	r.Calendar = e.Rev
	m := allaboard.Outgoing{ChatID: r.User, Late: true, Calendar: &allaboard.CalendarTag{Group: e.Group, Event: e.Num, Update: update}}
	if update {
		m.Silent, m.Class = true, allaboard.ClassChase
	}
	return t.enqueue(m)
}

// followCalendar queues the new file for a member who added e to their
// calendar before its latest material change and has not had it since, if
// the bot can write to them; r is noted, for the caller to save.
func (a *Cards) followCalendar(t *turn, e allaboard.Event, r *allaboard.Response) error {
	if r.Calendar == 0 || r.Calendar >= e.Material || e.Started(t.now) {
		return nil
	}
	if in, err := allaboard.InGroup(t.tx, e.Group, r.User); err != nil || !in {
		return err
	}
	u, err := allaboard.LookupUser(t.tx, r.User)
	if err != nil || !u.Reachable() {
		return err
	}
	return a.queueCalendar(t, r, e, true)
}

// followSeries queues the new file of the series e is a date of, after a
// change of e (Series.changed, Series.cancelled), for whoever added another
// of its dates to their calendar: they have the series, e with it. Those who
// added e itself are sent theirs as for any event (followCalendar); these
// at once, since e's card about the change is not what they added. As for
// any event, a new title or notes send no file.
func (a *Cards) followSeries(t *turn, e allaboard.Event) error {
	if e.Series == 0 || e.Material != e.Rev {
		return nil
	}
	added, err := seriesFollowers(t, e.Group, e.Series, e.Num)
	if err != nil {
		return err
	}
	for _, user := range added {
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, user)
		if err != nil {
			return err
		}
		if r.Calendar != 0 {
			continue // added e too: followCalendar sends it
		}
		r.Calendar = e.Material - 1 // the series as it was before the change
		if err := a.followCalendar(t, e, &r); err != nil {
			return err
		}
		if r.Calendar < e.Material {
			continue // not sent (left, or can't be written to): nothing to remember
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return nil
}

// seriesFollowers are whoever added a date of the series (but date skip)
// to their calendar: they have the whole series.
func seriesFollowers(t *turn, group int64, series, skip int) ([]int64, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return nil, err
	}
	var out []int64
	seen := map[int64]bool{}
	for _, d := range events {
		if d.Series != series || d.Num == skip {
			continue
		}
		responses, err := t.tx.Responses(d.Group, d.Num)
		if err != nil {
			return nil, err
		}
		for _, r := range responses {
			if r.Calendar != 0 && !seen[r.User] {
				seen[r.User] = true
				out = append(out, r.User)
			}
		}
	}
	return out, nil
}
