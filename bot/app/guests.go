package app

import (
	"slices"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// setGuests makes event num for the members named (@username), or for the
// whole group again ("all"): /edit <n> guests @ana @ben. The newly invited
// are asked to confirm; those no longer invited are not reminded any more.
func (a *Events) setGuests(t *turn, m *Message, num string, names []string) error {
	if len(names) == 0 {
		return t.Tell(m.Chat.ID, notice.New(notice.GuestsUsage))
	}
	e, ok, err := a.hostedEvent(t, m, num, notice.EditWhich)
	if err != nil || !ok {
		return err
	}
	if !e.Upcoming(t.now) {
		return t.Tell(m.Chat.ID, notice.OfEvent(notice.GuestsIsOver, e))
	}
	var guests []int64
	if !(len(names) == 1 && strings.EqualFold(names[0], "all")) {
		for _, name := range names {
			u, found, err := memberNamed(t.tx, e.Group, strings.TrimPrefix(name, "@"))
			if err != nil {
				return err
			}
			if !found || !strings.HasPrefix(name, "@") {
				return t.Tell(m.Chat.ID, notice.New(notice.GuestsNotKnown, "typed", name))
			}
			if !slices.Contains(guests, u.ID) {
				guests = append(guests, u.ID)
			}
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
	if err := t.Tell(m.Chat.ID, notice.OfEvent(notice.GuestsSet, e)); err != nil {
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
