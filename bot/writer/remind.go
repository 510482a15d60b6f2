package writer

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// Reminders before an event say how soon it starts as they are sent, and
// go only while they are true: not once the event is cancelled or has
// begun, nor to a member who since left, stopped coming, or, asked to
// confirm, did.

func init() {
	kinds[notice.ReminderConfirmed] = remindComing
	kinds[notice.ReminderGroup] = remindGroup
	kinds[notice.ReminderGroupPending] = remindMention
}

// remindComing reminds, privately, a member who confirmed and is coming.
func remindComing(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, live, err := remindedEvent(s, n)
	if err != nil || !live {
		return m, false, err
	}
	if coming, err := remindStillComing(s, e, m.ChatID); err != nil || !coming {
		return m, false, err
	}
	m.Text = render.ReminderConfirmed(s.lang, e, render.StartsIn(s.lang, e.When, s.now, s.zone(e.Group)))
	return m, true, nil
}

// remindMention mentions, in the group, members yet to confirm, with what
// changed since the earliest version one of them saw and the rest of the
// version whole, the Got it button (a to-do's answers) and a link to a
// private chat; too long for a message, only a link to read it there.
func remindMention(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, live, err := remindedEvent(s, n)
	if err != nil || !live {
		return m, false, err
	}
	var users []int64
	var names []string
	for _, id := range n.Users {
		still, err := remindStillPending(s, e, id)
		if err != nil {
			return m, false, err
		}
		if !still {
			continue
		}
		u, err := s.user(id)
		if err != nil {
			return m, false, err
		}
		users, names = append(users, id), append(names, render.Mention(id, u.Name()))
	}
	if len(names) == 0 {
		return m, false, nil
	}
	r, err := groupReminder(s, e, users)
	r.Names = names
	text, whole := r.Written()
	m.Text, m.Buttons = text, mentionButtons(s, e, s.link(n.Value("payload")), whole)
	return m, true, err
}

// remindGroup reminds the group, naming nobody: when it starts (a to-do:
// its deadline), what changed since the earliest version one yet to
// confirm saw, the rest of the version whole, the counts as its card shows
// them, and the card's buttons; too long for a message, only a link to
// read it in a private chat.
func remindGroup(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, live, err := remindedEvent(s, n)
	if err != nil || !live {
		return m, false, err
	}
	roll, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	r, err := groupReminder(s, e, roll.Pending())
	if err != nil {
		return m, false, err
	}
	r.Counts = render.TallyLine(s.lang, roll.Tally())
	text, whole := r.Written()
	m.Text, m.Buttons = text, render.Card{Lang: s.lang, Event: e}.Buttons(answers(e))
	if !whole {
		m.Buttons = mentionButtons(s, e, s.link(wire.EventPayload(e.Group, e.Num)), false)
	}
	return m, true, nil
}

// groupReminder is the reminder in the group before e for users, those
// yet to confirm it: what changed since the earliest version one of them
// saw.
func groupReminder(s *state, e allaboard.Event, users []int64) (render.GroupReminder, error) {
	loc := s.zone(e.Group)
	r := render.GroupReminder{Lang: s.lang, Event: e, Soon: render.StartsIn(s.lang, e.When, s.now, loc), Loc: loc}
	seen, err := earliestSeen(s, e, users)
	if err != nil {
		return r, err
	}
	r.Changes, err = changesSince(s, e, seen)
	return r, err
}

// remindedEvent loads the event a reminder is about; live is false if it is
// gone, cancelled or has begun, or the bot left its group.
func remindedEvent(s *state, n allaboard.Notice) (allaboard.Event, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found || !e.Upcoming(s.now) {
		return e, false, err
	}
	removed, err := allaboard.BotRemoved(s.tx, e.Group)
	return e, !removed, err
}

// remindStillComing reports whether user is still in e's group and going,
// or might go.
func remindStillComing(s *state, e allaboard.Event, user int64) (bool, error) {
	if in, err := allaboard.InGroup(s.tx, e.Group, user); err != nil || !in {
		return false, err
	}
	r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, user)
	if err != nil {
		return false, err
	}
	answer := r.RSVPFor(e)
	return answer == allaboard.Going || answer == allaboard.Maybe, nil
}

// remindStillPending reports whether user still has to confirm e.
func remindStillPending(s *state, e allaboard.Event, user int64) (bool, error) {
	r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, user)
	if err != nil {
		return false, err
	}
	over, err := allaboard.ChaseOver(s.tx, e, r, s.now)
	return !over, err
}
