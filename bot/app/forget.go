package app

import (
	"errors"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// Forgetting deletes what the bot keeps, only after a confirmation button:
// /forget in a group (admins) deletes the group, /forget me in private deletes
// the user.

const (
	forgetGroupData = "forget:group"
	forgetMeData    = "forget:me"
	forgetKeepData  = "forget:keep"
)

// AskForgetGroup is /forget in a group: an admin (by) is asked to confirm
// that everything about the group goes; anyone else is told they may not.
func (a *Roster) AskForgetGroup(t *turn, group, by int64) error {
	if !t.admin(group, by) {
		return t.Tell(group, notice.New(notice.ForgetNotAdmin))
	}
	return t.enqueue(allaboard.Outgoing{ChatID: group, Notice: forgetAsk(notice.ForgetGroupAsk, forgetGroupData),
		Ref: allaboard.ForgetRef, Fresh: true})
}

// ForgetMeInGroup is "/forget me" in a group: that is asked in private,
// which the group's button opens.
func (a *Roster) ForgetMeInGroup(t *turn, group int64) error {
	return t.Tell(group, openChat(notice.New(notice.ForgetMeInGroup)))
}

// AskForgetMe is "/forget me" in private: the user is asked to confirm that
// everything about them goes.
func (a *Roster) AskForgetMe(t *turn, user int64) error {
	return t.enqueue(allaboard.Outgoing{ChatID: user, Notice: forgetAsk(notice.ForgetMeAsk, forgetMeData),
		Ref: allaboard.ForgetRef, Fresh: true})
}

// forgetAsk is the question of a kind before forgetting, whose buttons send
// yes, or keep everything.
func forgetAsk(kind, yes string) *allaboard.Notice {
	return notice.New(kind, "yes", yes, "keep", forgetKeepData)
}

// OnForgetPress acts on the answer to a confirmation question.
func (a *Roster) OnForgetPress(t *turn, q *Press) error {
	if q.Chat == nil {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	chat := q.Chat.ID
	if q.Data != forgetKeepData && !q.Sent.IsZero() && t.now.Sub(q.Sent) > forgetAskFor {
		t.answer(q, notice.New(notice.ForgetExpired)) // asked long ago: ask again, to be sure
		return nil
	}
	switch {
	case q.Data == forgetKeepData:
		t.answer(q, notice.New(notice.ForgetKept))
		return t.enqueue(allaboard.Outgoing{ChatID: chat, Notice: notice.New(notice.ForgetKept), Ref: allaboard.ForgetRef, Silent: true})
	case q.Data == forgetMeData && chat == q.From.ID:
		t.answer(q, notice.New(notice.ForgetDone))
		return a.forgetUser(t, q.From.ID)
	case q.Data == forgetGroupData && isGroup(chat):
		if !t.admin(chat, q.From.ID) {
			t.answer(q, notice.New(notice.ForgetNotAdminShort))
			return nil
		}
		t.answer(q, notice.New(notice.ForgetDone))
		return a.forgetGroup(t, chat)
	}
	t.answer(q, notice.New(notice.StaleButton))
	return nil
}

// forgetGroup deletes everything kept about a group, says goodbye, and
// leaves it, so that nothing is learned about it again.
func (a *Roster) forgetGroup(t *turn, chat int64) error {
	group, err := allaboard.CurrentGroup(t.tx, chat)
	if err != nil {
		return err
	}
	if err := t.tx.DeleteGroup(group); err != nil {
		return err
	}
	if err := t.Tell(group, notice.New(notice.ForgetGroupDone)); err != nil {
		return err
	}
	return t.enqueue(allaboard.Outgoing{ChatID: group, Leave: true})
}

// forgetUser deletes everything kept about a user; the hosts' status cards
// in their groups drop them.
func (a *Roster) forgetUser(t *turn, user int64) error {
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return err
	}
	if err := t.tx.DeleteUser(user); err != nil {
		return err
	}
	if err := t.Tell(user, notice.New(notice.ForgetMeDone)); err != nil {
		return err
	}
	for _, g := range groups {
		upcoming, err := upcomingEvents(t.tx, g, t.now)
		if err != nil {
			return err
		}
		for _, e := range upcoming {
			if err := a.app.Events.refresh(t, e); err != nil && !errors.Is(err, allaboard.ErrNotFound) {
				return err
			}
		}
	}
	return nil
}

// forgetAskFor is how long the question before forgetting stands: a tap
// days later may not mean what it meant.
const forgetAskFor = 10 * time.Minute
