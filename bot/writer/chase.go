package writer

import (
	"slices"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// Chase reminders are queued as whom to remind of what (a ChaseTag), and
// written only when the sender takes them: in a busy group that can be a
// minute later, by which time a member may have confirmed, left or been
// forgotten, or the event may have changed, been cancelled or started.

// chase writes a queued reminder. One nobody needs any more is dropped (ok
// false); a mention takes in later mentions about the same event while they
// fit in one message (absorbed); a private reminder that a later one repeats
// is dropped.
func chase(s *state, m allaboard.Outgoing, later []allaboard.Outgoing) (allaboard.Outgoing, []uint64, bool, error) {
	e, live, err := chasedEvent(s, *m.Chase)
	if err != nil || !live {
		return m, nil, false, err
	}
	users, err := stillChased(s, e, m.Chase.Users, nil)
	if err != nil {
		return m, nil, false, err
	}
	if m.ChatID > 0 {
		if slices.ContainsFunc(later, func(n allaboard.Outgoing) bool { return sameChase(m, n) }) || len(users) == 0 {
			return m, nil, false, nil // a later reminder says it again, or nobody needs it
		}
		out, err := reminderCard(s, e, users[0])
		return withChase(m, out, e, users), nil, true, err
	}
	var absorbed []uint64
	for _, n := range later {
		if !sameChase(m, n) {
			continue
		}
		more, err := stillChased(s, e, n.Chase.Users, users)
		if err != nil {
			return m, nil, false, err
		}
		if len(users)+len(more) > allaboard.MaxMentions {
			continue
		}
		users = append(users, more...)
		absorbed = append(absorbed, n.ID)
	}
	if len(users) == 0 {
		return m, nil, false, nil
	}
	out, err := chaseMention(s, e, users)
	return withChase(m, out, e, users), absorbed, true, err
}

// chaseMention is a reminder in the group naming users: what changed since
// the earliest version one of them saw, or the event itself for those new to
// it, and a welcome if they all joined after it was announced.
func chaseMention(s *state, e allaboard.Event, users []int64) (allaboard.Outgoing, error) {
	c := render.ChaseMention{Lang: s.lang, Event: e, Welcome: true, Loc: s.zone(e.Group)}
	seen := 0 // the earliest version one of them confirmed; 0: new to all
	for _, id := range users {
		u, err := allaboard.LookupUser(s.tx, id)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		c.Names = append(c.Names, render.Mention(id, u.Name()))
		r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, id)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		c.Welcome = c.Welcome && r.Late && r.Acked == 0
		if r.Acked > 0 && (seen == 0 || r.Acked < seen) {
			seen = r.Acked
		}
	}
	var err error
	if c.Changes, err = changesSince(s, e, seen); err != nil {
		return allaboard.Outgoing{}, err
	}
	text, whole := c.Written()
	return allaboard.Outgoing{ChatID: e.Group, Text: text, Buttons: mentionButtons(s, e, s.link(wire.EventPayload(e.Group, e.Num)), whole)}, nil
}

// chasedEvent loads the event a reminder is about, and reports whether it
// is still being chased for that version: after a material change a new
// chase, with reminders of its own, has begun.
func chasedEvent(s *state, tag allaboard.ChaseTag) (allaboard.Event, bool, error) {
	e, found, err := s.event(tag.Group, tag.Event)
	if err != nil || !found {
		return e, false, err
	}
	removed, err := allaboard.BotRemoved(s.tx, e.Group)
	if err != nil {
		return e, false, err
	}
	return e, !removed && !e.Started(s.now) && (tag.Rev == 0 || tag.Rev == e.Material), nil
}

// stillChased are the users, less those in skip, who have yet to confirm e
// and are still in its group.
func stillChased(s *state, e allaboard.Event, users, skip []int64) ([]int64, error) {
	var out []int64
	for _, id := range users {
		if slices.Contains(skip, id) || slices.Contains(out, id) {
			continue
		}
		r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, id)
		if err != nil {
			return nil, err
		}
		if over, err := allaboard.ChaseOver(s.tx, e, r, s.now); err != nil {
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
	return n.Chase != nil && n.ChatID == m.ChatID && n.Chase.Group == m.Chase.Group && n.Chase.Event == m.Chase.Event
}

// withChase is the written message out, sent in place of the queued m, with
// the members it reminds, so that a failure is followed up for each.
func withChase(m, out allaboard.Outgoing, e allaboard.Event, users []int64) allaboard.Outgoing {
	out.ID, out.ChatID, out.Created, out.Late, out.Urgent, out.Class, out.For = m.ID, m.ChatID, m.Created, m.Late, m.Urgent, m.Class, m.For
	out.Chase = &allaboard.ChaseTag{Group: e.Group, Event: e.Num, Rev: e.Material, Users: users}
	return out
}

// reminderCard is a private reminder: the card again, with what changed
// since the version the member last confirmed, posted anew.
func reminderCard(s *state, e allaboard.Event, user int64) (allaboard.Outgoing, error) {
	r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, user)
	if err != nil {
		return allaboard.Outgoing{}, err
	}
	group, err := s.groupName(e.Group)
	if err != nil {
		return allaboard.Outgoing{}, err
	}
	// The reminder was counted when it was queued: Pings is 1 for the first.
	header := render.NewEventHeader(s.lang, group)
	switch {
	case e.Cancelled: // not "coming up", nor new, to a member who joined late
		header = render.CalledOff(s.lang, group)
	case e.IsTodo() && (r.Pings > 1 || r.Acked > 0):
		header = render.TodoRemindHeader(s.lang, group)
	case e.IsTodo() && r.Late:
		header = render.TodoLateHeader(s.lang, group)
	case e.IsTodo():
		header = render.TodoNewHeader(s.lang, group)
	case r.Pings > 1 || r.Acked > 0:
		header = render.RemindHeader(s.lang, group)
	case r.Late && e.IsNotice():
		header = render.NoticeLateHeader(s.lang, group)
	case r.Late:
		header = render.LateHeader(s.lang, group)
	}
	m, err := s.ownCard(e, r, r.Acked, header)
	m.Fresh = true
	return m, err
}
