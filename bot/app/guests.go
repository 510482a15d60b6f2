package app

import (
	"slices"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// SetGuests makes event num (0: the one upcoming event by hosts) for the
// members with these usernames, or for the whole group again (none). The
// newly invited are asked to confirm; those no longer invited are not
// reminded any more.
func (a *Events) SetGuests(t *turn, group, by int64, num int, usernames []string) error {
	e, ok, err := a.hostedEvent(t, group, by, num, notice.EditWhich)
	if err != nil || !ok {
		return err
	}
	if !e.Upcoming(t.now) {
		return t.Tell(group, notice.OfEvent(notice.GuestsIsOver, e))
	}
	var guests []int64
	for _, name := range usernames {
		u, found, err := memberNamed(t.tx, e.Group, name)
		if err != nil {
			return err
		}
		if !found {
			return t.Tell(group, notice.New(notice.GuestsNotKnown, "typed", "@"+name))
		}
		if !slices.Contains(guests, u.ID) {
			guests = append(guests, u.ID)
		}
	}
	before := e
	e.Guests = guests
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	if err := a.rechase(t, before, e); err != nil {
		return err
	}
	if err := t.Tell(group, notice.OfEvent(notice.GuestsSet, e)); err != nil {
		return err
	}
	return a.refresh(t, e)
}

// rechase starts the chase of those invited now who weren't before, and
// stops it for those who no longer are.
func (a *Events) rechase(t *turn, before, e allaboard.Event) error {
	members, err := t.tx.Members(e.Group)
	if err != nil {
		return err
	}
	for _, m := range members {
		was, is := before.Invited(m.User), e.Invited(m.User)
		if m.Left || was == is {
			continue
		}
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, m.User)
		if err != nil {
			return err
		}
		switch {
		case !is:
			r.Due = time.Time{}
		case !r.Confirmed(e):
			a.restartChase(t, e, &r)
		default:
			continue
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	return a.app.Chase.planHandOff(t, e)
}
