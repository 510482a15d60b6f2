package writer

import (
	"errors"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// Asked in a group and answered in private: the line left in the group. A
// member's message passed on to a host: the offer, the message, and the
// answers to the offer's buttons.

func init() {
	kinds[notice.SentPrivately] = rosterAnswer(render.SentPrivately)
	kinds[notice.AskPrivately] = withOpenChat(rosterAnswer(render.AskPrivately))

	kinds[notice.PassOnOffer] = passOnOffer
	kinds[notice.PassOnTooLong] = said(func(l lang.Lang, n allaboard.Notice) string { return render.PassOnTooLong(l, n.Count) })
	kinds[notice.PassedOn] = fromMember(render.PassedOn)
	kinds[notice.PassOnNoChat] = passOnNoChat

	kinds[notice.PassOnDone] = rosterAnswer(render.PassOnDone)
	kinds[notice.PassOnFailed] = phrase(render.PassOnFailed.In)
	kinds[notice.PassOnAlready] = phrase(render.PassOnAlready.In)
	kinds[notice.PassOnExpired] = phrase(render.PassOnExpired.In)
	kinds[notice.PassOnOver] = phrase(render.PassOnOver.In)
	kinds[notice.PassOnQuota] = said(func(l lang.Lang, n allaboard.Notice) string { return render.PassOnQuota(l, n.Count) })
}

// inPrivate tells a user's private chat from a group.
func inPrivate(chat int64) bool { return chat > 0 }

// passOnOffer offers a member to pass their message on, with a button for
// each event offered that is still current. A message passed on, gone, or
// about no current event any more gets the hint instead.
func passOnOffer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = render.PrivateHint.In(s.lang)
	id, ok := notice.PassOnID(n)
	if !ok {
		return m, true, nil
	}
	p, err := s.tx.PassOn(n.User, id)
	if errors.Is(err, allaboard.ErrNotFound) {
		return m, true, nil
	} else if err != nil {
		return m, false, err
	}
	if !p.Passed.IsZero() || p.Expired(s.now) {
		return m, true, nil
	}
	for i, k := range p.Offered {
		e, found, err := s.event(k.Group, k.Num)
		if err != nil {
			return m, false, err
		}
		if !found || !e.Upcoming(s.now) {
			continue
		}
		host, err := rosterFirstName(s, e.Host)
		if err != nil {
			return m, false, err
		}
		m.Buttons = append(m.Buttons, render.PassOnButton(s.lang, e, host, wire.PassOnPress(p.ID, i)))
	}
	if len(m.Buttons) > 0 {
		m.Text = render.PassOnOffer(s.lang)
	}
	return m, true, nil
}

// fromMember is a kind whose text is what a member (the notice's User) typed
// about an event ("text"), for its host, with a link to the member: a
// message passed on, a reason why they can't do a to-do.
func fromMember(text func(l lang.Lang, member allaboard.User, e allaboard.Event, group, typed string) string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		e, found, err := s.event(n.Group, n.Event)
		if err != nil || !found {
			return m, false, err
		}
		member, err := s.user(n.User)
		if err != nil {
			return m, false, err
		}
		c, err := s.chat(e.Group)
		if err != nil {
			return m, false, err
		}
		m.Text = text(s.lang, member, e, c.Title, n.Value("text"))
		return m, true, nil
	}
}

// passOnNoChat tells a member that the host (User) can't be written to, and
// whom to write to instead.
func passOnNoChat(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	host, err := s.user(n.User)
	if err != nil {
		return m, false, err
	}
	m.Text = render.PassOnNoChat(s.lang, host, e)
	return m, true, nil
}
