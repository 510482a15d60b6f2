package app

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// A member who writes to the bot in private often means the host ("we'll be
// ten minutes late"). The bot offers to pass the message on to the host of
// the event it is about; the text waits in the store (allaboard.PassOn),
// never in a button, and is passed on once, as typed, to the host's private
// chat, with a link to the member so the host can write back.

// offerPassOn answers user's private message that is no command: an offer to
// pass text on to the host of one of their current events, or the hint when
// there is none.
func (a *Cards) offerPassOn(t *turn, user int64, text string) error {
	if passed, err := a.app.Todos.passReason(t, user, text); err != nil || passed {
		return err // the reason they were asked for, why they can't do a to-do
	}
	events, err := a.passOnTargets(t, user)
	if err != nil {
		return err
	}
	if len(events) == 0 || strings.TrimSpace(text) == "" {
		return t.Tell(user, notice.New(notice.PrivateHint))
	}
	if n := utf8.RuneCountInString(text); n > allaboard.MaxPassOnText {
		return t.Tell(user, notice.Counted(notice.PassOnTooLong, n))
	}
	if err := a.makeRoomForPassOn(t, user); err != nil {
		return err
	}
	p := allaboard.PassOn{User: user, Text: text, At: t.now}
	for _, e := range events {
		p.Offered = append(p.Offered, allaboard.EventKey{Group: e.Group, Num: e.Num})
	}
	id, err := t.tx.SavePassOn(p)
	if err != nil {
		return err
	}
	return t.Tell(user, notice.PassOnOfferOf(user, id))
}

// passOnTargets are the events user's message may be about: the current
// ones of their groups (not one the bot was removed from) that are for them
// and that someone else hosts, the soonest first.
func (a *Cards) passOnTargets(t *turn, user int64) ([]allaboard.Event, error) {
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return nil, err
	}
	var all []allaboard.Event
	for _, g := range groups {
		if c, err := t.tx.Chat(g); err != nil && !errors.Is(err, allaboard.ErrNotFound) {
			return nil, err
		} else if err != nil || c.Removed {
			continue
		}
		events, err := t.tx.Events(g)
		if err != nil {
			return nil, err
		}
		all = append(all, events...)
	}
	return allaboard.PassOnTargets(all, user, t.now), nil
}

// makeRoomForPassOn deletes user's oldest messages still waiting, so that
// with a new one at most allaboard.MaxPassOnsKept wait.
func (a *Cards) makeRoomForPassOn(t *turn, user int64) error {
	kept, err := t.tx.PassOns(user)
	if err != nil {
		return err
	}
	waiting := slices.DeleteFunc(kept, func(p allaboard.PassOn) bool { return !p.Passed.IsZero() })
	for len(waiting) >= allaboard.MaxPassOnsKept {
		if err := t.tx.DeletePassOn(user, waiting[0].ID); err != nil {
			return err
		}
		waiting = waiting[1:]
	}
	return nil
}

// onPassOnPress passes the message the button names on to the host of the
// event it offers, if the message still waits, the event is current, the
// one who pressed is still in its group and has not passed on too many this
// hour. A host the bot can't write to is not told: the member is, and whom
// to write to instead.
func (a *Cards) onPassOnPress(t *turn, q *Press) error {
	user := q.From.ID
	id, i, ok := wire.ParsePassOnPress(q.Data)
	if !ok {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	// Kept under the one who pressed: data made up by someone else finds nothing.
	p, err := t.tx.PassOn(user, id)
	switch {
	case errors.Is(err, allaboard.ErrNotFound):
		t.answer(q, notice.New(notice.PassOnExpired))
		return nil
	case err != nil:
		return err
	case !p.Passed.IsZero():
		t.answer(q, notice.New(notice.PassOnAlready))
		return nil
	case p.Expired(t.now):
		t.answer(q, notice.New(notice.PassOnExpired))
		return nil
	case i >= len(p.Offered):
		t.answer(q, notice.New(notice.StaleButton)) // never offered
		return nil
	}
	e, ok, err := a.passOnEvent(t, q, p.Offered[i])
	if err != nil || !ok {
		return err
	}
	kept, err := t.tx.PassOns(user)
	if err != nil {
		return err
	}
	if n := allaboard.PassedThisHour(kept, t.now); n >= allaboard.PassOnsPerHour {
		t.answer(q, notice.Counted(notice.PassOnQuota, n))
		return nil
	}
	host, err := allaboard.LookupUser(t.tx, e.Host)
	if err != nil {
		return err
	}
	if !host.Reachable() {
		t.answer(q, notice.New(notice.PassOnFailed))
		n := notice.AboutEvent(notice.PassOnNoChat, e)
		n.User = host.ID
		return t.Tell(user, n)
	}
	if err := t.Tell(host.ID, notice.PassedOnOf(e, user, p.Text)); err != nil {
		return err
	}
	p.Passed, p.Text = t.now, "" // once, and kept no longer than needed
	if _, err := t.tx.SavePassOn(p); err != nil {
		return err
	}
	t.answer(q, notice.OfUser(notice.PassOnDone, host.ID))
	return nil
}

// passOnEvent loads the event a message was offered for, as it is now; one
// that is gone, cancelled or started, or whose group the member has left,
// answers the press instead.
func (a *Cards) passOnEvent(t *turn, q *Press, k allaboard.EventKey) (allaboard.Event, bool, error) {
	group, err := allaboard.CurrentGroup(t.tx, k.Group)
	if err != nil {
		return allaboard.Event{}, false, err
	}
	e, err := t.tx.Event(group, k.Num)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && !e.Upcoming(t.now) {
		t.answer(q, notice.New(notice.PassOnOver))
		return e, false, nil
	} else if err != nil {
		return e, false, err
	}
	m, err := t.tx.Member(group, q.From.ID)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		t.answer(q, notice.New(notice.NotYourGroup))
		return e, false, nil
	}
	return e, err == nil, err
}
