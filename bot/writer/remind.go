package writer

import (
	"strings"

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

// remindMention mentions, in the group, members yet to confirm, with the
// Got it button and a link to a private chat.
func remindMention(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, live, err := remindedEvent(s, n)
	if err != nil || !live {
		return m, false, err
	}
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
		names = append(names, render.Mention(id, u.Name()))
	}
	if len(names) == 0 {
		return m, false, nil
	}
	if e.IsTodo() { // only those who haven't done it are reminded of a to-do
		m.Text = render.TodoBeforeMention(s.lang, strings.Join(names, ", "), e, s.zone(e.Group))
		m.Buttons = render.TodoMentionButtons(s.lang, answers(e), s.link(n.Value("payload")))
		return m, true, nil
	}
	soon := render.StartsIn(s.lang, e.When, s.now, s.zone(e.Group))
	m.Text = render.ReminderGroupPending(s.lang, strings.Join(names, ", "), e, soon)
	m.Buttons = render.MentionButtons(s.lang, press(e, wire.ActAck), s.link(n.Value("payload")))
	return m, true, nil
}

// remindGroup reminds the group, naming nobody: when it starts (a to-do:
// its deadline), the counts as its card shows them, and the card's buttons.
func remindGroup(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, live, err := remindedEvent(s, n)
	if err != nil || !live {
		return m, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	counts, loc := render.TallyLine(s.lang, r.Tally()), s.zone(e.Group)
	if e.IsTodo() {
		m.Text = render.TodoBeforeGroup(s.lang, e, loc, counts)
	} else {
		m.Text = render.ReminderGroup(s.lang, e, render.StartsIn(s.lang, e.When, s.now, loc), counts)
	}
	m.Buttons = render.Card{Lang: s.lang, Event: e}.Buttons(answers(e))
	return m, true, nil
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
