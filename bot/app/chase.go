package app

import (
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// chaseBatch bounds how many due reminders are read at once; each event's
// are then sent in a transaction of their own, and the sender paces them all
// within Telegram's limits.
const chaseBatch = 100

// waitingRecheck is how long a reminder due while the member's last one
// still waits to be sent is put off.
const waitingRecheck = 5 * time.Minute

// chaseRetry is how long a reminder that could not be handled waits before
// it is tried again.
const chaseRetry = 5 * time.Minute

// chaseDue sends every reminder due at now and records each. Each event's
// reminders are handled in their own transaction, so that one that fails (or
// panics) is logged and put off, and holds up no other group's.
func (a *Chase) chaseDue(now time.Time) error {
	due := func(tx allaboard.Tx) ([]allaboard.Response, error) { return tx.DueResponses(now, chaseBatch) }
	err := eachDue(a.store, due, chaseBatch, func(due []allaboard.Response) error {
		for _, batch := range byEvent(due) {
			if err := a.chaseEvent(now, batch); err != nil {
				k := batch[0]
				a.log.Error("cannot send reminders; will retry", "chat", k.Group, "event", k.Event, "in", chaseRetry, "err", err)
				if err := a.putOff(now, batch); err != nil {
					return fmt.Errorf("put off event %d of %d: %w", k.Event, k.Group, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("chase: %w", err)
	}
	return nil
}

// byEvent groups due responses by event, keeping their order.
func byEvent(due []allaboard.Response) [][]allaboard.Response {
	var out [][]allaboard.Response
	at := map[eventKey]int{}
	for _, r := range due {
		k := eventKey{r.Group, r.Event}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// chaseEvent reminds the members of one event whose reminders were due.
func (a *Chase) chaseEvent(now time.Time, batch []allaboard.Response) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return a.store.Update(func(tx allaboard.Tx) error {
		due, err := stillDue(tx, batch, now)
		if err != nil {
			return err
		}
		return a.chase(NewTurn(tx, now, nil), due)
	})
}

// putOff sets reminders that could not be handled due again a little later.
func (a *Chase) putOff(now time.Time, batch []allaboard.Response) error {
	return a.store.Update(func(tx allaboard.Tx) error {
		due, err := stillDue(tx, batch, now)
		for _, r := range due {
			r.Due = now.Add(chaseRetry)
			if err := tx.SaveResponse(r); err != nil {
				return err
			}
		}
		return err
	})
}

// stillDue reads the responses afresh, keeping those still due at now: a
// member may have confirmed since they were listed.
func stillDue(tx allaboard.Tx, listed []allaboard.Response, now time.Time) ([]allaboard.Response, error) {
	var due []allaboard.Response
	for _, old := range listed {
		r, err := tx.Response(old.Group, old.Event, old.User)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if !r.Due.IsZero() && !r.Due.After(now) {
			due = append(due, r)
		}
	}
	return due, nil
}

type eventKey struct {
	group int64
	num   int
}

// chase reminds each due member, by private message if the bot may write to
// them, else in batches of mentions in the group.
func (a *Chase) chase(t *turn, due []allaboard.Response) error {
	events := map[eventKey]allaboard.Event{}
	mentions := map[eventKey][]int64{}
	var order []eventKey
	for _, r := range due {
		k := eventKey{r.Group, r.Event}
		e, ok := events[k]
		if !ok {
			var err error
			if e, err = t.tx.Event(r.Group, r.Event); errors.Is(err, allaboard.ErrNotFound) {
				r.Due = time.Time{}
				if err := t.tx.SaveResponse(r); err != nil {
					return err
				}
				continue
			} else if err != nil {
				return err
			}
			events[k] = e
			order = append(order, k)
		}
		stop, err := allaboard.ChaseOver(t.tx, e, r, t.now)
		if err != nil {
			return err
		}
		removed, err := allaboard.BotRemoved(t.tx, e.Group)
		if err != nil {
			return err
		}
		if stop || removed {
			r.Due = time.Time{}
			if err := t.tx.SaveResponse(r); err != nil {
				return err
			}
			continue
		}
		if r.Waiting(t.now) {
			// The last reminder has not gone yet (a backlog): another would
			// only pile up behind it. Look again a little later.
			r.Due = t.now.Add(waitingRecheck)
			if err := t.tx.SaveResponse(r); err != nil {
				return err
			}
			continue
		}
		u, err := allaboard.LookupUser(t.tx, r.User)
		if err != nil {
			return err
		}
		r.Queued = t.now
		via := allaboard.ViaGroup
		if u.Reachable() {
			via = allaboard.ViaDM
			if err := a.remindPrivately(t, e, r); err != nil {
				return err
			}
			// The new calendar file follows the card about the change.
			if err := a.app.Cards.followCalendar(t, e, &r); err != nil {
				return err
			}
		} else {
			if ok, err := a.mayName(t, e, &r); err != nil {
				return err
			} else if !ok {
				continue
			}
			mentions[k] = append(mentions[k], r.User)
		}
		if err := a.pinged(t, e, r, via); err != nil {
			return err
		}
	}
	for _, k := range order {
		if err := a.remindInGroup(t, events[k], mentions[k], false); err != nil {
			return err
		}
		if err := a.app.Events.refreshStatus(t, events[k]); err != nil {
			return err
		}
	}
	return nil
}

// mayName reports whether r's member may be named in the group now
// (Response.MayName), counting it if so. If not, nothing is sent: the
// reminder is skipped as if it had gone, and the next is planned, in case
// they open a private chat meanwhile; only the host's status card lists
// them.
func (a *Chase) mayName(t *turn, e allaboard.Event, r *allaboard.Response) (bool, error) {
	p, loc := a.policy(t.tx, e), a.zone(t.tx, e.Group)
	after := *r
	after.Pinged(t.now, allaboard.ViaGroup)
	if next := p.Next(after, t.now, e.ChaseEnd(r.From), loc); !r.MayName(next) {
		r.LastPing, r.Queued = t.now, time.Time{}
		r.Due = p.Next(*r, t.now, e.ChaseEnd(r.From), loc)
		return false, t.tx.SaveResponse(*r)
	}
	r.Named++
	return true, nil
}

// pinged records a reminder and schedules the next.
func (a *Chase) pinged(t *turn, e allaboard.Event, r allaboard.Response, via allaboard.Via) error {
	p := a.policy(t.tx, e)
	r.Pinged(t.now, via)
	r.Due = p.Next(r, t.now, e.ChaseEnd(r.From), a.zone(t.tx, e.Group))
	return t.tx.SaveResponse(r)
}

// remindPrivately queues a private reminder for a member; its words are
// written when it is sent (see bot/writer). It is posted as the member's card of
// the event, which their answer on it then edits. The first of a version is
// news (the change itself); the rest chase it.
func (a *Chase) remindPrivately(t *turn, e allaboard.Event, r allaboard.Response) error {
	class := allaboard.ClassChase
	if r.Pings == 0 {
		class = allaboard.ClassNews
	}
	return t.enqueue(allaboard.Outgoing{ChatID: r.User, Late: true, Ref: allaboard.PrivateCardRef(e), Fresh: true, Class: class,
		Chase: &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: []int64{r.User}}})
}

// remindInGroup queues mentions of members the bot cannot write to
// privately, a few per message; their words are written when they are sent.
// Urgent ones go before the group's other waiting messages.
func (a *Chase) remindInGroup(t *turn, e allaboard.Event, users []int64, urgent bool) error {
	for batch := range slices.Chunk(users, allaboard.MaxMentions) {
		err := t.enqueue(allaboard.Outgoing{ChatID: e.Group, Late: true, Urgent: urgent, Class: allaboard.ClassChase,
			Chase: &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: slices.Clone(batch)}})
		if err != nil {
			return err
		}
	}
	return nil
}

// mentionAll mentions users in e's group, a few per message: notices of a
// kind, with values given as name, value pairs, written when they are sent.
func (a *Chase) mentionAll(t *turn, e allaboard.Event, users []int64, kind string, pairs ...string) error {
	for batch := range slices.Chunk(users, allaboard.MaxMentions) {
		if err := t.Tell(e.Group, notice.MentionOf(kind, e, slices.Clone(batch), pairs...)); err != nil {
			return err
		}
	}
	return nil
}

// chaseUndelivered follows up a reminder that could not be delivered: a
// private one becomes a mention in the group; when the group cannot be
// reached either, the members are unreachable and the host is told at once.
func (a *Chase) chaseUndelivered(t *turn, tag allaboard.ChaseTag, private bool) error {
	e, err := t.tx.Event(tag.Group, tag.Event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	var still []int64
	var unreachable []allaboard.Response
	for _, id := range tag.Users {
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, id)
		if err != nil {
			return err
		}
		if stop, err := allaboard.ChaseOver(t.tx, e, r, t.now); err != nil || stop {
			if err != nil {
				return err
			}
			continue
		}
		if private {
			r.LastVia = allaboard.ViaGroup
			if r.MayName(r.Due) {
				r.Named++
				still = append(still, id)
			}
		} else {
			r.Unreachable = true
			if !r.HandedOff {
				r.HandedOff = true
				unreachable = append(unreachable, r)
			}
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	if err := a.handOff(t, e, unreachable); err != nil { // at once: nothing else will reach them
		return err
	}
	// The member is waiting already: the mention goes before the group's
	// other waiting messages.
	if err := a.remindInGroup(t, e, still, true); err != nil {
		return err
	}
	return a.app.Events.refreshStatus(t, e)
}

// again starts chasing user for e's latest version anew, unless they have
// confirmed it: a member who came back or joined late (late), or everyone
// when the bot is back in its group. It reports whether they are chased;
// the caller plans the hand-off once all are.
func (a *Chase) again(t *turn, e allaboard.Event, user int64, late bool) (bool, error) {
	r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, user)
	if err != nil || r.Confirmed(e) {
		return false, err
	}
	r.Late = r.Late || late
	a.app.Events.restartChase(t, e, &r)
	return true, t.tx.SaveResponse(r)
}
