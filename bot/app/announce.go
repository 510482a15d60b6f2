package app

import (
	"errors"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// revised acts on a new revision of e: a material one restarts everyone's
// chase (the member who made it has confirmed it by making it; a to-do they
// have only seen, and are chased to do) and posts a new card; a cosmetic one
// updates the card and says what changed.
func (a *Events) revised(t *turn, e allaboard.Event, rev allaboard.Revision) error {
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.app.Chase.plan(t, e); err != nil {
		return err
	}
	if err := t.tx.AddRevision(e.Group, e.Num, rev); err != nil {
		return err
	}
	if !rev.Material {
		if err := t.enqueue(a.cosmetic(e, rev, true)); err != nil {
			return err
		}
		return a.refresh(t, e)
	}
	members, err := t.tx.Members(e.Group)
	if err != nil {
		return err
	}
	// While the host may still undo a new event, or say a notice's new text
	// was only a typo fix, nobody is reminded.
	hold := a.undoWindow(e)
	if rev.N > 1 {
		if hold, err = a.app.Notices.askMinor(t, e, rev); err != nil {
			return err
		}
	}
	for _, m := range members {
		if m.Left || !e.Invited(m.User) {
			continue // their chase stopped when they left; the uninvited have none
		}
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, m.User)
		if err != nil {
			return err
		}
		todo := e.IsTodo() && !e.Cancelled
		switch {
		case m.User == rev.By && !todo:
			r.Restart(t.now, time.Time{})
			r.Ack(e.Material, t.now)
		case todo && r.Confirmed(e):
			r.Due = time.Time{} // done, and a new deadline keeps it: nothing more to ask
		default:
			if m.User == rev.By {
				a.madeChange(t, e, &r)
			} else {
				a.restartChase(t, e, &r)
			}
			if hold > 0 && !r.Due.IsZero() && r.Due.Before(t.now.Add(hold)) {
				r.Due = t.now.Add(hold)
			}
		}
		if r.Due.IsZero() || r.Due.After(t.now) {
			// No card about the change goes to them now (they made it, or
			// it is quiet hours): the calendar file goes by itself.
			if err := a.app.Cards.followCalendar(t, e, &r); err != nil {
				return err
			}
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	// Making it confirms it for the maker's family too; no note while a new
	// event can still be undone.
	if err := a.app.Households.coverFamily(t, e, rev.By, rev.N > 1 || a.undoWindow(e) <= 0); err != nil {
		return err
	}
	if err := a.app.Chase.planHandOff(t, e); err != nil {
		return err
	}
	if err := a.app.Bring.moved(t, e, rev); err != nil {
		return err
	}
	if err := a.post(t, e); err != nil {
		return err
	}
	return a.askHost(t, e)
}

// restartChase starts chasing a member for e's latest material revision now;
// the caller plans the hand-off (planHandOff) once all are restarted.
func (a *Events) restartChase(t *turn, e allaboard.Event, r *allaboard.Response) {
	r.Restart(t.now, time.Time{})
	p, loc := a.policy(t.tx, e), a.zone(t.tx, e.Group)
	r.Due = p.Next(*r, t.now, e.ChaseEnd(r.From), loc)
	r.HandOffAt = p.HandOffAt(r.From, e.ChaseEnd(r.From), loc)
}

// madeChange starts the chase of a member who changed to-do e: changing it
// is seeing it, not doing it. The change was their news: reminders to do it
// follow at the pace of everyone's.
func (a *Events) madeChange(t *turn, e allaboard.Event, r *allaboard.Response) {
	a.restartChase(t, e, r)
	r.Saw(e.Material, t.now)
	r.Pings, r.LastPing = 1, t.now
	r.Due = a.policy(t.tx, e).Next(*r, t.now, e.ChaseEnd(r.From), a.zone(t.tx, e.Group))
}

// refresh brings everything shown about e up to date: the group card's
// counts, the host's status card, the mentions still standing, and the news
// that everyone knows.
func (a *Events) refresh(t *turn, e allaboard.Event) error { return a.show(t, e, false) }

// post is refresh for a new material version: its card is posted anew, and
// once it is delivered the earlier cards are retired (see cardPosted).
func (a *Events) post(t *turn, e allaboard.Event) error { return a.show(t, e, true) }

func (a *Events) show(t *turn, e allaboard.Event, fresh bool) error {
	e, r, err := a.reload(t, e)
	if err != nil {
		return err
	}
	if err := t.enqueue(allaboard.Outgoing{ChatID: e.Group, Notice: notice.CardOf(e), Ref: allaboard.CardRef(e), Fresh: fresh}); err != nil {
		return err
	}
	if err := a.sendStatus(t, r); err != nil {
		return err
	}
	if err := a.app.Chase.tidyMentions(t, r, nil); err != nil {
		return err
	}
	chat, err := t.tx.Chat(e.Group)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	knows := r.EveryoneKnows(chat)
	if e.EveryoneKnew && !knows && !e.Started(t.now) {
		// Someone must confirm it who hadn't to (a late joiner, a guest
		// added): the news goes again once they have.
		e.EveryoneKnew = false
		return t.tx.SaveEvent(e)
	}
	if e.EveryoneKnew || !knows || e.Started(t.now) {
		return nil // after it began (a notice's day is over), it is news no more
	}
	e.EveryoneKnew = true
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	told := false
	for _, id := range e.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if host.Reachable() {
			told = true
			if err := t.Tell(id, notice.OfEvent(notice.EveryoneKnows, e)); err != nil {
				return err
			}
		}
	}
	if told {
		return nil
	}
	return t.Tell(e.Group, notice.OfEvent(notice.EveryoneKnows, e)) // counts only: fine for everyone to see
}

// refreshStatus updates only the host's status card: reminders change
// nothing the group sees.
func (a *Events) refreshStatus(t *turn, e allaboard.Event) error {
	_, r, err := a.reload(t, e)
	if err != nil {
		return err
	}
	return a.sendStatus(t, r)
}

// reload reads e as stored (callers may hold an older copy) with its roll.
func (a *Events) reload(t *turn, e allaboard.Event) (allaboard.Event, allaboard.Roll, error) {
	e, err := t.tx.Event(e.Group, e.Num)
	if err != nil {
		return e, allaboard.Roll{}, err
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	return e, r, err
}

// sendStatus edits the hosts' status cards, where the bot can write to them.
func (a *Events) sendStatus(t *turn, r allaboard.Roll) error {
	for _, id := range r.Event.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue
		}
		if err := t.enqueue(statusMessage(r.Event, host.ID, false)); err != nil {
			return err
		}
	}
	return nil
}

// askHost asks a host the bot cannot message privately, once per event, to
// open a chat with it: the status card and hand-offs go there.
func (a *Events) askHost(t *turn, e allaboard.Event) error {
	e, err := t.tx.Event(e.Group, e.Num)
	if err != nil {
		return err
	}
	host, err := allaboard.LookupUser(t.tx, e.Host)
	if err != nil || host.Reachable() || e.HostAsked {
		return err
	}
	e.HostAsked = true
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	return t.Tell(e.Group, notice.OfEvent(notice.AskHost, e, "payload", wire.EventPayload(e.Group, e.Num)))
}
