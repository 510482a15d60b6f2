package app

import (
	"errors"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Before an event starts, members who said they are going or might, and
// anyone who has not confirmed its latest version, are reminded of it.

// plan sets an event's timers from its time and the group's settings: the
// next reminder, and the start, when its chase ends.
func (a *Chase) plan(t *turn, e allaboard.Event) error {
	var remind, start time.Time
	if !e.Started(t.now) {
		start = e.Closes()                 // none while a notice is kept open
		if !e.Cancelled && !e.IsNotice() { // a notice has no reminders before it
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
func (a *Chase) remindBefore(t *turn, group int64, num int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	removed, err := allaboard.BotRemoved(t.tx, group)
	if err != nil || removed || e.Cancelled || e.Started(t.now) || e.IsNotice() {
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
	if err := a.sendReminders(t, e); err != nil {
		return err
	}
	e.Reminded = due
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	return a.plan(t, e)
}

// sendReminders reminds each member who is going, might go, or has not
// confirmed (a to-do: only those who haven't done it, nor said they
// can't): privately if the bot may write to them. In the group only those
// who haven't confirmed are named, and only while they may be
// (Response.MayName), which counts it; when nobody is, and someone the bot
// can't write to is reminded, the group gets the reminder naming nobody,
// with the counts. For those who haven't confirmed and are reminded by name
// or privately, it stands in for a chase reminder due within the hour,
// rather than doubling it.
func (a *Chase) sendReminders(t *turn, e allaboard.Event) error {
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	var named []int64 // to mention
	unnamed := false  // someone reminded only by the group's post
	for _, m := range r.Members {
		resp := r.Resp[m.User]
		answer := resp.RSVPFor(e) // an answer to an earlier time or place doesn't count
		going := (answer == allaboard.Going || answer == allaboard.Maybe) && !e.IsTodo()
		confirmed := resp.Confirmed(e) // a to-do: done, or they can't
		if m.User == e.Host || !going && confirmed {
			continue
		}
		private := r.Users[m.User].Reachable()
		reminded := true
		switch {
		case !private && confirmed:
			unnamed = true
		case !private:
			if reminded, err = a.nameBefore(t, e, &resp); reminded {
				named = append(named, m.User)
			}
			unnamed = unnamed || !reminded
		case confirmed:
			err = t.Tell(m.User, notice.AboutEvent(notice.ReminderConfirmed, e))
		default:
			err = a.remindPending(t, e, resp)
		}
		if err != nil {
			return err
		}
		if !confirmed && reminded {
			if err := a.standInForChase(t, e, resp, private); err != nil {
				return err
			}
		}
	}
	if len(named) == 0 && unnamed {
		return t.Tell(e.Group, notice.AboutEvent(notice.ReminderGroup, e))
	}
	return a.mentionAll(t, e, named, notice.ReminderGroupPending, "payload", wire.EventPayload(e.Group, e.Num))
}

// nameBefore reports whether a reminder before e may name r's member in the
// group, counting it if so: the next that could name them is their chase's
// next reminder after this one, or the next reminder before e.
func (a *Chase) nameBefore(t *turn, e allaboard.Event, r *allaboard.Response) (bool, error) {
	next := r.Due
	if standsIn(*r, t.now) {
		after := *r
		after.Pinged(t.now, allaboard.ViaGroup)
		next = a.policy(t.tx, e).Next(after, t.now, e.ChaseEnd(r.From), a.zone(t.tx, e.Group))
	}
	if before := a.settings(t.tx, e.Group).NextReminder(e.When, time.Time{}, t.now); !before.IsZero() && (next.IsZero() || before.Before(next)) {
		next = before
	}
	if !r.MayName(next) {
		return false, nil
	}
	r.Named++
	return true, t.tx.SaveResponse(*r)
}

// remindPending reminds a member who hasn't confirmed the latest version,
// with its card and what changed since the version they saw.
func (a *Chase) remindPending(t *turn, e allaboard.Event, resp allaboard.Response) error {
	// Posted anew: the member's card from now on, which a tap edits.
	return t.enqueue(allaboard.Outgoing{ChatID: resp.User, Notice: notice.OwnCardOf(e, resp.User, 0, notice.WhyBefore),
		Ref: allaboard.PrivateCardRef(e), Fresh: true})
}

// standInForChase counts a reminder before the event as the member's chase
// reminder when one is due within the hour, so they don't get both.
func (a *Chase) standInForChase(t *turn, e allaboard.Event, resp allaboard.Response, private bool) error {
	if !standsIn(resp, t.now) {
		return nil
	}
	via := allaboard.ViaGroup
	if private {
		via = allaboard.ViaDM
	}
	return a.pinged(t, e, resp, via)
}

// standsIn reports whether a reminder before the event at now stands in
// for the member's next chase reminder: it is due within the hour.
func standsIn(r allaboard.Response, now time.Time) bool {
	return !r.Due.IsZero() && !r.Due.After(now.Add(time.Hour))
}

// started ends an event's chase when it begins: nobody is asked any more, and
// the host's card says so.
func (a *Chase) started(t *turn, group int64, num int) error {
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
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerHandOff, Group: group, Event: num}); err != nil {
		return err
	}
	if err := t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: group, Event: num}); err != nil {
		return err
	}
	if err := a.app.Events.unpin(t, e); err != nil {
		return err
	}
	if err := a.app.Todos.finalList(t, e); err != nil {
		return err
	}
	return a.app.Events.refresh(t, e)
}
