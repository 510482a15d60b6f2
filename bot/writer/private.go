package writer

import (
	"errors"
	"fmt"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// Asked in a group and answered in private: the line left in the group. A
// member's message passed on to a host: the offer, the message, and the
// answers to the offer's buttons.

func init() {
	kinds[notice.SentPrivately] = privateLine(render.SentPrivately)
	kinds[notice.AskPrivately] = withOpenChat(privateLine(render.AskPrivately))

	kinds[notice.PassOnOffer] = passOnOffer
	kinds[notice.PassOnTooLong] = words(func(n allaboard.Notice) string {
		return fmt.Sprintf(render.PassOnTooLong, n.Count, allaboard.MaxPassOnText)
	})
	kinds[notice.PassedOn] = passedOn
	kinds[notice.PassOnNoChat] = passOnNoChat

	kinds[notice.PassOnDone] = passOnHost(render.PassOnDone)
	kinds[notice.PassOnFailed] = fixed(render.PassOnFailed)
	kinds[notice.PassOnAlready] = fixed(render.PassOnAlready)
	kinds[notice.PassOnExpired] = fixed(render.PassOnExpired)
	kinds[notice.PassOnOver] = fixed(render.PassOnOver)
	kinds[notice.PassOnQuota] = words(func(n allaboard.Notice) string { return fmt.Sprintf(render.PassOnQuota, n.Count) })
}

// inPrivate tells a user's private chat from a group.
func inPrivate(chat int64) bool { return chat > 0 }

// privateLine is format filled with the first name of the notice's User.
func privateLine(format string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		name, err := rosterFirstName(s, n.User)
		m.Text = fmt.Sprintf(format, render.Escape(render.Clip(name, 40)))
		return m, err == nil, err
	}
}

// passOnOffer offers a member to pass their message on, with a button for
// each event offered that is still current. A message passed on, gone, or
// about no current event any more gets the hint instead.
func passOnOffer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = render.PrivateHint
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
		m.Buttons = append(m.Buttons, render.PassOnButton(e, host, wire.PassOnPress(p.ID, i)))
	}
	if len(m.Buttons) > 0 {
		m.Text = fmt.Sprintf(render.PassOnOffer, allaboard.MaxPassOnText)
	}
	return m, true, nil
}

// passedOn is a member's message for the host, as typed then, with a link
// to the member.
func passedOn(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
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
	m.Text = fmt.Sprintf(render.PassedOn, render.Mention(member.ID, render.Name(member)), render.EventName(e),
		render.GroupName(c.Title), render.Escape(n.Value("text")))
	return m, true, nil
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
	name := render.Name(host)
	m.Text = fmt.Sprintf(render.PassOnNoChat, render.Escape(name), render.Mention(host.ID, name), render.EventName(e))
	return m, true, nil
}

// passOnHost answers a press with format, filled with the host's (User's)
// first name: plain text, as answers are.
func passOnHost(format string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		name, err := rosterFirstName(s, n.User)
		m.Text = fmt.Sprintf(format, render.Clip(name, 40))
		return m, err == nil, err
	}
}
