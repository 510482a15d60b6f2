package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
)

// /events and /status asked in a group are answered in private: a list or a
// count posted in the group would stand there unchanged after the event
// moves or is cancelled, beside the one card that is kept current. The
// group sees one line that cannot go stale.

// answerPrivately sends user, who asked in group, the answer in their
// private chat, and tells the group it went there. One who has no private
// chat with the bot yet is invited, in the group, to open one: its deep link
// carries payload, which shows them the same answer (ShowList, ShowCounts).
func (a *Cards) answerPrivately(t *turn, group, user int64, answer allaboard.Outgoing, payload string) error {
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil {
		return err
	}
	line := notice.OfUser(notice.SentPrivately, user)
	if u.Reachable() {
		answer.ChatID = user
		if err := t.enqueue(answer); err != nil {
			return err
		}
	} else {
		line = notice.WithOpenChat(notice.OfUser(notice.AskPrivately, user), payload)
	}
	return t.enqueue(allaboard.Outgoing{ChatID: group, Notice: line, Silent: true})
}

// standing is what user is shown of e's standing: the status card, with
// everyone's by name, if they may change e (admin: they are an admin of its
// group); its counts otherwise.
func (a *Cards) standing(e allaboard.Event, user int64, admin bool) allaboard.Outgoing {
	if allaboard.MayChange(e, user, admin) {
		return statusMessage(e, user, true)
	}
	return allaboard.Outgoing{ChatID: user, Notice: notice.AboutEvent(notice.Counts, e)}
}

// ShowList answers the deep link of /events asked in a group by one who had
// no private chat yet: the group's upcoming events, if they are a member.
func (a *Cards) ShowList(t *turn, user, group int64) error {
	group, ok, err := a.memberOf(t, user, group)
	if err != nil || !ok {
		return err
	}
	return t.Tell(user, notice.OfGroup(notice.EventList, group))
}

// ShowCounts answers the deep link of /status num asked in a group by one
// who had no private chat yet. Only its hosts get the status card: whether
// one is an admin is known only in the group, where the link can't be
// forged, so an admin who is no host asks there again.
func (a *Cards) ShowCounts(t *turn, user, group int64, num int) error {
	e, ok, err := a.memberEvent(t, user, group, num)
	if err != nil || !ok {
		return err
	}
	return t.enqueue(a.standing(e, user, false))
}

// memberEvent is event num of a group that user, following a deep link, is
// a member of; ok is false, with user told why, if they are not, or it is
// gone.
func (a *Cards) memberEvent(t *turn, user, group int64, num int) (allaboard.Event, bool, error) {
	group, ok, err := a.memberOf(t, user, group)
	if err != nil || !ok {
		return allaboard.Event{}, false, err
	}
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, t.Tell(user, notice.New(notice.EventGone))
	}
	return e, err == nil, err
}

// memberOf is the group a link names, as it is now (the link may predate a
// migration), if user is a member there; one who is not is told so.
func (a *Cards) memberOf(t *turn, user, group int64) (int64, bool, error) {
	group, err := allaboard.CurrentGroup(t.tx, group)
	if err != nil {
		return 0, false, err
	}
	m, err := t.tx.Member(group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return group, false, t.Tell(user, notice.New(notice.NotYourGroup))
	}
	return group, err == nil, err
}
