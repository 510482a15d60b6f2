package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Households: members of a group who count as one family. One asks with
// /family @username in the group; the other is linked only by pressing yes
// under the question, which counts only from them (the invitation is kept,
// and a press that finds none for its sender does nothing). Once linked, a
// confirmation of an event's latest version by either covers the others
// for that version (allaboard.Response.Covered): their chase stops, with a
// short note; a later change chases them all again.

// Ask is "/family @username" in chat, a group: from asks the member with
// that username there to be one family with them.
func (a *Households) Ask(t *turn, chat, from int64, username string) error {
	group, err := allaboard.CurrentGroup(t.tx, chat)
	if err != nil {
		return err
	}
	to, found, err := memberNamed(t.tx, group, username)
	if err != nil {
		return err
	}
	switch {
	case !found:
		return t.Tell(chat, notice.New(notice.FamilyUnknown, "username", username))
	case to.ID == from:
		return t.Tell(chat, notice.New(notice.FamilySelf))
	}
	if refused, err := canLink(t.tx, group, from, to.ID); err != nil || refused != nil {
		if err != nil {
			return err
		}
		return t.Tell(chat, refused)
	}
	if err := t.tx.SaveFamilyAsk(allaboard.FamilyAsk{Group: group, From: from, To: to.ID, At: t.now}); err != nil {
		return err
	}
	asker, err := allaboard.LookupUser(t.tx, from)
	if err != nil {
		return err
	}
	if err := a.askFamily(t, group, asker, to); err != nil {
		return err
	}
	return t.Tell(chat, notice.FamilyAboutUser(notice.FamilyAsked, group, to.ID))
}

// Show is "/family" alone in chat, a group: it says whom user is one family
// with there; the writer names them as the household is when it is sent.
func (a *Households) Show(t *turn, chat, user int64) error {
	group, err := allaboard.CurrentGroup(t.tx, chat)
	if err != nil {
		return err
	}
	if _, err := t.tx.Household(group, user); errors.Is(err, allaboard.ErrNotFound) {
		return t.Tell(chat, notice.New(notice.FamilyUsage))
	} else if err != nil {
		return err
	}
	return t.Tell(chat, notice.FamilyAboutUser(notice.FamilyNow, group, user))
}

// Leave is "/family leave" in chat, a group: user leaves their family there.
func (a *Households) Leave(t *turn, chat, user int64) error {
	group, err := allaboard.CurrentGroup(t.tx, chat)
	if err != nil {
		return err
	}
	if _, err := t.tx.Household(group, user); errors.Is(err, allaboard.ErrNotFound) {
		return t.Tell(chat, notice.New(notice.FamilyNone))
	} else if err != nil {
		return err
	}
	if err := a.unlink(t, group, user); err != nil {
		return err
	}
	return t.Tell(chat, notice.New(notice.FamilyLeft))
}

// LeaveAll is "/family leave" in private: user leaves their family in every
// group, and is told so in their private chat.
func (a *Households) LeaveAll(t *turn, user int64) error {
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return err
	}
	for _, g := range groups {
		if err := a.unlink(t, g, user); err != nil {
			return err
		}
	}
	return t.Tell(user, notice.New(notice.FamilyLeftAll))
}

// unlink takes user out of their household in group, and updates the counts
// of its upcoming events. A confirmation already given for the family stays:
// it was given while they were one; the next change asks each on their own.
func (a *Households) unlink(t *turn, group, user int64) error {
	if _, err := t.tx.Household(group, user); errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if err := t.tx.LeaveHousehold(group, user); err != nil {
		return err
	}
	return a.refreshUpcoming(t, group)
}

// memberNamed finds a present member of group by their @username.
func memberNamed(tx allaboard.Tx, group int64, username string) (allaboard.User, bool, error) {
	members, err := tx.Members(group)
	if err != nil {
		return allaboard.User{}, false, err
	}
	for _, m := range members {
		if m.Left {
			continue
		}
		u, err := allaboard.LookupUser(tx, m.User)
		if err != nil {
			return u, false, err
		}
		if u.Username != "" && strings.EqualFold(u.Username, username) {
			return u, true, nil
		}
	}
	return allaboard.User{}, false, nil
}

// canLink reports whether to can join from's household in group: refused
// is nil if so, else the notice that says why not.
func canLink(tx allaboard.Tx, group, from, to int64) (refused *allaboard.Notice, err error) {
	for _, id := range []int64{from, to} {
		m, err := tx.Member(group, id)
		if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
			return notice.New(notice.FamilyAskGone), nil
		} else if err != nil {
			return nil, err
		}
	}
	theirs, err := tx.Household(group, to)
	switch {
	case err == nil && slices.Contains(theirs.Members, from):
		return notice.FamilyAboutUser(notice.FamilyAlready, group, to), nil
	case err == nil:
		return notice.FamilyAboutUser(notice.FamilyTaken, group, to), nil
	case !errors.Is(err, allaboard.ErrNotFound):
		return nil, err
	}
	if ours, err := tx.Household(group, from); err == nil && len(ours.Members) >= allaboard.MaxHousehold {
		return notice.New(notice.FamilyFull), nil
	} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return nil, err
	}
	return nil, nil
}

// askFamily asks to whether they are one family with from: in private if
// the bot can write to them, else in the group, naming them.
func (a *Households) askFamily(t *turn, group int64, from, to allaboard.User) error {
	p := wire.FamilyPress{Group: group, From: from.ID}
	yes := p
	yes.Yes = true
	chat := group
	if to.Reachable() {
		chat = to.ID
	}
	return t.enqueue(allaboard.Outgoing{ChatID: chat, Notice: notice.FamilyAskOf(group, from.ID, to.ID, yes.Encode(), p.Encode()),
		Ref: familyRef(chat, group, from.ID, to.ID), Fresh: true})
}

// familyRef names the question to to about from in chat, so that the answer
// can edit it: in a private chat under the group's prefix, so that it moves
// and goes with the group.
func familyRef(chat, group, from, to int64) string {
	ref := "family:" + strconv.FormatInt(from, 10) + ":" + strconv.FormatInt(to, 10)
	if isGroup(chat) {
		return ref
	}
	return allaboard.StatusPrefix(group) + ref
}

// onFamilyPress acts on the answer to a family question. Only the member
// asked can answer: the press must find an invitation to its sender from
// the member the data names.
func (a *Households) onFamilyPress(t *turn, q *Press) error {
	p, ok := wire.ParseFamilyPress(q.Data)
	group, ok, err := pressedGroup(t, q, p.Group, ok)
	if err != nil || !ok {
		return err
	}
	to := q.From.ID
	ask, err := t.tx.FamilyAsk(group, to, p.From)
	if errors.Is(err, allaboard.ErrNotFound) {
		t.answer(q, notice.New(notice.FamilyNotForYou)) // forged, someone else's, or answered already
		return nil
	} else if err != nil {
		return err
	}
	if err := t.tx.DeleteFamilyAsk(group, to, p.From); err != nil {
		return err
	}
	if ask.Expired(t.now) {
		t.answer(q, notice.New(notice.FamilyAskGone))
		return nil
	}
	from, err := allaboard.LookupUser(t.tx, p.From)
	if err != nil {
		return err
	}
	edit := func(n *allaboard.Notice) error {
		if q.Chat == nil {
			return nil
		}
		return t.enqueue(allaboard.Outgoing{ChatID: q.Chat.ID, Notice: n, Ref: familyRef(q.Chat.ID, group, p.From, to), EditOnly: true})
	}
	tell := func(kind string) error {
		if !from.Reachable() {
			return nil
		}
		return t.Tell(from.ID, notice.FamilyAboutUser(kind, group, to))
	}
	if !p.Yes {
		t.answer(q, notice.New(notice.FamilyNo))
		if err := edit(notice.New(notice.FamilyNotLinked)); err != nil {
			return err
		}
		return tell(notice.FamilySaidNo)
	}
	if refused, err := canLink(t.tx, group, p.From, to); err != nil || refused != nil {
		if err == nil {
			t.answer(q, refused)
		}
		return err
	}
	if err := a.linkFamily(t, group, p.From, to); err != nil {
		return err
	}
	t.answer(q, notice.New(notice.FamilyYes))
	if err := edit(notice.FamilyAboutUser(notice.FamilyLinked, group, p.From)); err != nil {
		return err
	}
	return tell(notice.FamilySaidYes)
}

// linkFamily puts to in from's household in group. For each upcoming event, a
// confirmation one of them has already given of its latest version counts
// for the others from now on, as if given now.
func (a *Households) linkFamily(t *turn, group, from, to int64) error {
	h, err := t.tx.Household(group, from)
	if errors.Is(err, allaboard.ErrNotFound) {
		h = allaboard.Household{Group: group, Members: []int64{from}}
	} else if err != nil {
		return err
	}
	h.Members = append(h.Members, to)
	if err := t.tx.SaveHousehold(h); err != nil {
		return fmt.Errorf("link %d with %d in %d: %w", to, from, group, err)
	}
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	for _, e := range events {
		for _, id := range h.Members {
			r, err := allaboard.LookupResponse(t.tx, group, e.Num, id)
			if err != nil {
				return err
			}
			if r.Own(e) { // their own confirmation (a to-do: done), not one made for them
				if err := a.coverFamily(t, e, id, true); err != nil {
					return err
				}
				break
			}
		}
		if err := a.app.Events.refresh(t, e); err != nil {
			return err
		}
	}
	return nil
}

// coverFamily makes user's confirmation of e's latest material version count
// for the others of their household in e's group who still have to confirm
// it: their chase stops and, if note and the bot can write to them, they are
// told who confirmed what for them. The caller refreshes what is shown.
func (a *Households) coverFamily(t *turn, e allaboard.Event, user int64, note bool) error {
	if e.Started(t.now) {
		return nil
	}
	h, err := t.tx.Household(e.Group, user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	todo := e.IsTodo() && !e.Cancelled // done by one is done for the family; seen is not
	if todo {
		if did, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, user); err != nil || !did.Own(e) {
			return err
		}
	}
	for _, id := range h.Others(user) {
		if m, err := t.tx.Member(e.Group, id); errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
			continue
		} else if err != nil {
			return err
		}
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, id)
		if err != nil {
			return err
		}
		if todo && r.DidIt(e) || !todo && r.Confirmed(e) {
			continue
		}
		if todo {
			r.MarkDone(e.Task, user, t.now)
		} else {
			r.Covered(e.Material, user)
		}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
		if err := a.noteCovered(t, e, user, id, note); err != nil {
			return err
		}
	}
	return nil
}

// noteCovered tells member, privately, that by confirmed e for their family.
func (a *Households) noteCovered(t *turn, e allaboard.Event, by, member int64, note bool) error {
	u, err := allaboard.LookupUser(t.tx, member)
	if err != nil || !note || !u.Reachable() {
		return err
	}
	return t.Tell(member, notice.FamilyCoveredOf(e, by))
}

// refreshUpcoming updates everything shown about a group's upcoming events:
// its families changed.
func (a *Households) refreshUpcoming(t *turn, group int64) error {
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	for _, e := range events {
		if err := a.app.Events.refresh(t, e); err != nil {
			return err
		}
	}
	return nil
}

// handOffFamily is the family to name with user in a hand-off about e: the
// others of their household still in the group. listed reports that user
// was named already, with another member of their family.
func (a *Households) handOffFamily(t *turn, e allaboard.Event, user int64, named map[int64]bool) (family []allaboard.User, listed bool, err error) {
	if named[user] {
		return nil, true, nil
	}
	named[user] = true
	h, err := t.tx.Household(e.Group, user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil, false, nil
	} else if err != nil {
		return nil, false, err
	}
	for _, id := range h.Others(user) {
		if m, err := t.tx.Member(e.Group, id); errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
			continue
		} else if err != nil {
			return nil, false, err
		}
		u, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return nil, false, err
		}
		named[id] = true
		family = append(family, u)
	}
	return family, false, nil
}
