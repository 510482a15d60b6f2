package app

import (
	"errors"
	"fmt"
	"slices"

	"allaboard"
	"allaboard/bot/render"
)

// Chase reminders are queued as what to tell whom, and written only when the
// sender takes them: in a busy group that can be a minute later, by which
// time a member may have confirmed, left or been forgotten, or the event may
// have changed, been cancelled or started.

// Prepare writes a queued reminder from the state now, for the sender. A
// reminder nobody needs any more is dropped (ok false); a mention takes in
// later mentions about the same event while they fit in one message
// (absorbed); a private reminder that a later one repeats is dropped.
func (a *Chase) Prepare(m allaboard.Outgoing, later []allaboard.Outgoing) (out allaboard.Outgoing, absorbed []uint64, ok bool, err error) {
	err = a.store.View(func(tx allaboard.Tx) error {
		out, absorbed, ok, err = a.prepare(NewTurn(tx, a.cfg.Now(), nil), m, later)
		return err
	})
	if err != nil {
		return m, nil, false, fmt.Errorf("write a reminder for chat %d: %w", m.ChatID, err)
	}
	return out, absorbed, ok, nil
}

func (a *Chase) prepare(t *turn, m allaboard.Outgoing, later []allaboard.Outgoing) (allaboard.Outgoing, []uint64, bool, error) {
	if m.Calendar != nil {
		out, ok, err := a.app.Cards.prepareCalendar(t, m, later)
		return out, nil, ok, err
	}
	if m.Chase == nil {
		return m, nil, m.Text != "", nil
	}
	e, live, err := a.chasedEvent(t, *m.Chase)
	if err != nil || !live {
		return m, nil, false, err
	}
	users, err := a.stillChased(t, e, m.Chase.Users, nil)
	if err != nil {
		return m, nil, false, err
	}
	if !isGroup(m.ChatID) {
		if slices.ContainsFunc(later, func(n allaboard.Outgoing) bool { return sameChase(m, n) }) || len(users) == 0 {
			return m, nil, false, nil // a later reminder says it again, or nobody needs it
		}
		out, err := a.reminderCard(t, e, users[0])
		return withChase(m, out, e, users), nil, true, err
	}
	var absorbed []uint64
	for _, n := range later {
		if !sameChase(m, n) {
			continue
		}
		more, err := a.stillChased(t, e, n.Chase.Users, users)
		if err != nil {
			return m, nil, false, err
		}
		if len(users)+len(more) > maxMentions {
			continue
		}
		users = append(users, more...)
		absorbed = append(absorbed, n.ID)
	}
	if len(users) == 0 {
		return m, nil, false, nil
	}
	out, err := a.chaseMention(t, e, users)
	return withChase(m, out, e, users), absorbed, true, err
}

// chaseMention is a reminder in the group naming users: what changed since
// the earliest version one of them saw, or the event itself for those new to
// it, and a welcome if they all joined after it was announced.
func (a *Chase) chaseMention(t *turn, e allaboard.Event, users []int64) (allaboard.Outgoing, error) {
	c := render.ChaseMention{Event: e, Welcome: true, Loc: a.zone(t.tx, e.Group)}
	seen := 0 // the earliest version one of them confirmed; 0: new to all
	for _, id := range users {
		u, err := lookupUser(t.tx, id)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		c.Names = append(c.Names, render.Mention(id, u.Name()))
		r, err := lookupResponse(t.tx, e.Group, e.Num, id)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		c.Welcome = c.Welcome && r.Late && r.Acked == 0
		if r.Acked > 0 && (seen == 0 || r.Acked < seen) {
			seen = r.Acked
		}
	}
	if seen > 0 {
		revs, err := t.tx.Revisions(e.Group, e.Num)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		c.Changes = render.ChangesSince(revs, seen, c.Loc)
	}
	return allaboard.Outgoing{ChatID: e.Group, Text: c.HTML(),
		Buttons: render.MentionButtons(e, a.link("start", allaboard.EventPayload(e.Group, e.Num)))}, nil
}

// chasedEvent loads the event a reminder is about, and reports whether it
// is still being chased for that version: after a material change a new
// chase, with reminders of its own, has begun.
func (a *Chase) chasedEvent(t *turn, tag allaboard.ChaseTag) (allaboard.Event, bool, error) {
	group, err := currentGroup(t.tx, tag.Group)
	if err != nil {
		return allaboard.Event{}, false, err
	}
	e, err := t.tx.Event(group, tag.Event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, nil
	} else if err != nil {
		return e, false, err
	}
	removed, err := botRemoved(t.tx, group)
	if err != nil {
		return e, false, err
	}
	return e, !removed && !e.Started(t.now) && (tag.Rev == 0 || tag.Rev == e.Material), nil
}

// stillChased are the users, less those in skip, who have yet to confirm e
// and are still in its group.
func (a *Chase) stillChased(t *turn, e allaboard.Event, users, skip []int64) ([]int64, error) {
	var out []int64
	for _, id := range users {
		if slices.Contains(skip, id) || slices.Contains(out, id) {
			continue
		}
		r, err := lookupResponse(t.tx, e.Group, e.Num, id)
		if err != nil {
			return nil, err
		}
		if over, err := a.chaseOver(t, e, r); err != nil {
			return nil, err
		} else if !over {
			out = append(out, id)
		}
	}
	return out, nil
}

// sameChase reports whether n is a queued reminder in m's chat about the
// same event.
func sameChase(m, n allaboard.Outgoing) bool {
	return n.Late && n.Chase != nil && n.ChatID == m.ChatID &&
		n.Chase.Group == m.Chase.Group && n.Chase.Event == m.Chase.Event
}

// withChase is the written message out, sent in place of the queued m, with
// the members it reminds, so that a failure is followed up for each.
func withChase(m, out allaboard.Outgoing, e allaboard.Event, users []int64) allaboard.Outgoing {
	out.ID, out.ChatID, out.Created, out.Late, out.Urgent, out.Class, out.For = m.ID, m.ChatID, m.Created, m.Late, m.Urgent, m.Class, m.For
	out.Chase = &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: users}
	return out
}

// reminderCard is a private reminder: the card again, with what changed
// since the version the member last confirmed.
func (a *Chase) reminderCard(t *turn, e allaboard.Event, user int64) (allaboard.Outgoing, error) {
	r, err := lookupResponse(t.tx, e.Group, e.Num, user)
	if err != nil {
		return allaboard.Outgoing{}, err
	}
	chat, err := t.tx.Chat(e.Group)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return allaboard.Outgoing{}, err
	}
	group := render.GroupName(chat.Title)
	// The reminder was counted when it was queued: Pings is 1 for the first.
	header := fmt.Sprintf(render.NewEventHeader, group)
	switch {
	case r.Pings > 1 || r.Acked > 0:
		header = fmt.Sprintf(render.RemindHeader, group)
	case r.Late:
		header = fmt.Sprintf(render.LateHeader, group)
	}
	m, err := a.app.Cards.ownCard(t, e, r, r.Acked, header)
	m.Fresh = true
	return m, err
}
