package app

import (
	"errors"
	"fmt"
	"time"

	"allaboard"
	"allaboard/bot/render"
)

// Before an event starts, members who said they are going or might, and
// anyone who has not confirmed its latest version, are reminded of it.

// plan sets an event's timers from its time and the group's settings: the
// next reminder, and the start, when its chase ends.
func (a *App) plan(t *turn, e allaboard.Event) error {
	var remind, start time.Time
	if !e.Started(t.now) {
		start = e.When
		if !e.Cancelled {
			remind = a.settings(t.tx, e.Group).NextReminder(e.When, e.Reminded, t.now)
		}
	}
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: e.Group, Event: e.Num, At: remind}); err != nil {
		return err
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerStart, Group: e.Group, Event: e.Num, At: start})
}

// remindBefore sends an event's reminder that is due, then plans the next.
// After downtime only the latest missed reminder goes; one that would go in
// quiet hours waits for their end if the event is later.
func (a *App) remindBefore(t *turn, group int64, num int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	removed, err := botRemoved(t.tx, group)
	if err != nil || removed || e.Cancelled || e.Started(t.now) {
		return err
	}
	s := a.settings(t.tx, group)
	due := s.DueReminder(e.When, e.Reminded, t.now)
	if due.IsZero() {
		return a.plan(t, e)
	}
	loc := s.Location()
	if end := s.Quiet.After(t.now, loc); end.After(t.now) && end.Before(e.When) {
		return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: group, Event: num, At: end})
	}
	if err := a.sendReminders(t, e, loc); err != nil {
		return err
	}
	e.Reminded = due
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	return a.plan(t, e)
}

// sendReminders reminds each member who is going, might go, or has not
// confirmed: privately if the bot may write to them, else by mention.
func (a *App) sendReminders(t *turn, e allaboard.Event, loc *time.Location) error {
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	soon := render.StartsIn(e.When, t.now, loc)
	var mentions []int64
	for _, m := range r.Members {
		resp := r.Resp[m.User]
		coming := resp.RSVP == allaboard.Going || resp.RSVP == allaboard.Maybe
		if m.User == e.Host || !coming && resp.Confirmed(e) {
			continue
		}
		if !r.Users[m.User].Reachable() {
			mentions = append(mentions, m.User)
			continue
		}
		c, err := a.privateCard(t, e, resp.Acked)
		if err != nil {
			return err
		}
		c.Header = fmt.Sprintf(render.ReminderHeader, render.EventName(e), soon)
		if !resp.Confirmed(e) {
			c.Header += "\n" + render.CardPending
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: m.User, Text: c.HTML(), Buttons: c.Buttons()}); err != nil {
			return err
		}
	}
	return a.mentionAll(t, e, mentions, func(names string) string {
		return fmt.Sprintf(render.ReminderGroup, names, render.EventName(e), soon, render.When(e.When, loc), render.Escape(e.Where))
	})
}

// started ends an event's chase when it begins: nobody is asked any more, and
// the host's card says so.
func (a *App) started(t *turn, group int64, num int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if !e.Started(t.now) {
		return a.plan(t, e) // moved later since the timer was set
	}
	if err := stopChase(t.tx, e); err != nil {
		return err
	}
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: group, Event: num}); err != nil {
		return err
	}
	if err := a.unpin(t, e); err != nil {
		return err
	}
	return a.refresh(t, e)
}
