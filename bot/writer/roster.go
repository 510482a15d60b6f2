package writer

import (
	"errors"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Who is in a group and a group's life: the welcome, help, the roll call
// with how many members the bot knows when it is sent, the member list, a
// group the bot was removed from, and forgetting.

func init() {
	kinds[notice.Welcome] = rosterWelcome
	kinds[notice.NowAdmin] = phrase(render.NowAdmin.In)
	kinds[notice.PrivateHelp] = rosterPrivateHelp
	kinds[notice.GroupHelp] = withOpenChat(phrase(render.GroupHelp.In))
	kinds[notice.PrivateHint] = phrase(render.PrivateHint.In)
	kinds[notice.GroupOnly] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.GroupOnly(l, n.Value("command"))
	})
	kinds[notice.UnknownCommand] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.UnknownCommand(l, n.Value("command"))
	})

	kinds[notice.RollCall] = rosterRollCall
	kinds[notice.RollCallThanks] = rosterAnswer(render.RollCallThanks)
	kinds[notice.RollCallAgain] = rosterAnswer(render.RollCallAgain)
	kinds[notice.Joined] = rosterJoined
	kinds[notice.UnknownMembers] = rosterUnknown
	kinds[notice.RemovedHost] = rosterRemoved

	kinds[notice.MemberList] = rosterMembers
	kinds[notice.MembersNotAllowed] = phrase(render.MembersNotAllowed)
	kinds[notice.MembersNeedsDM] = withOpenChat(phrase(render.MembersNeedsDM))
	kinds[notice.MembersSent] = phrase(render.MembersSent)
	kinds[notice.MembersUsage] = phrase(render.MembersUsage)

	kinds[notice.ForgetGroupAsk] = forgetQuestion(render.ForgetGroupAsk)
	kinds[notice.ForgetMeAsk] = forgetQuestion(render.ForgetMeAsk)
	kinds[notice.ForgetMeInGroup] = withOpenChat(phrase(render.ForgetMeInGroup.In))
	kinds[notice.ForgetNotAdmin] = phrase(render.ForgetNotAdmin.In)
	kinds[notice.ForgetNotAdminShort] = phrase(render.ForgetNotAdminShort.In)
	kinds[notice.ForgetUsage] = phrase(render.ForgetUsage.In)
	kinds[notice.ForgetExpired] = phrase(render.ForgetExpired.In)
	kinds[notice.ForgetKept] = phrase(render.ForgetKept.In)
	kinds[notice.ForgetDone] = phrase(render.ForgetDoneShort.In)
	kinds[notice.ForgetGroupDone] = phrase(render.ForgetGroupDone.In)
	kinds[notice.ForgetMeDone] = phrase(render.ForgetMeDone.In)
}

// withOpenChat is k with the button that opens a private chat with the bot
// under it, when the notice has one (notice.WithOpenChat).
func withOpenChat(k kind) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		m, ok, err := k(s, m, n)
		if payload := n.Value(notice.OpenChat); ok && err == nil && payload != "" {
			m.Buttons = append(m.Buttons, render.OpenChat(s.lang, s.link(payload)))
		}
		return m, ok, err
	}
}

// forgetQuestion asks text before forgetting, with the buttons to delete or
// keep everything.
func forgetQuestion(text render.Phrase) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		m.Text, m.Buttons = text.In(s.lang), render.ForgetButtons(s.lang, n.Value("yes"), n.Value("keep"))
		return m, true, nil
	}
}

// rosterGroup loads the group a notice is about, following it if it moved;
// found is false if it is not kept.
func rosterGroup(s *state, id int64) (c allaboard.Chat, found bool, err error) {
	id, err = allaboard.CurrentGroup(s.tx, id)
	if err != nil {
		return c, false, err
	}
	c, err = s.tx.Chat(id)
	if errors.Is(err, allaboard.ErrNotFound) {
		return c, false, nil
	}
	return c, err == nil, err
}

// rosterOf loads the group a notice is about, as rosterGroup does, and the
// members the bot knows to be there.
func rosterOf(s *state, id int64) (c allaboard.Chat, present []int64, found bool, err error) {
	c, found, err = rosterGroup(s, id)
	if err != nil || !found {
		return c, nil, found, err
	}
	present, err = allaboard.PresentMembers(s.tx, c.ID)
	return c, present, err == nil, err
}

// rosterWelcome greets a group the bot was just added to: what it is for,
// what it needs there, while the group has no time zone of its own which
// one it assumed, and the language it writes in there.
func rosterWelcome(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, found, err := rosterGroup(s, n.Group)
	if err != nil || !found {
		return m, false, err
	}
	needs := render.NeedsAdmin
	switch n.Value("bot") {
	case notice.BotAdmin:
		needs = render.IsAdmin
	case notice.BotReads:
		needs = render.NeedsAdminPrivacyOff
	}
	m.Text = render.GroupWelcome(s.lang, c.Title, needs.In(s.lang))
	m.Buttons = [][]allaboard.Button{render.OpenChat(s.lang, s.link(n.Value(notice.OpenChat)))}
	if set := settingsOfChat(s, c); set.Zone == "" && n.Value("zone") != "" {
		// The server's zone was assumed: say which, and offer to change it.
		m.Text += "\n\n" + render.ZoneAssumed(s.lang, set.Zone, s.now.In(set.Location()))
		m.Buttons = append(m.Buttons, render.ChangeZone(s.lang, n.Value("zone")))
	}
	if press := n.Value("language"); press != "" {
		m.Text += "\n\n" + render.GroupLanguageNamed(s.lang)
		m.Buttons = append(m.Buttons, render.ChangeLanguage(s.lang, press))
	}
	return m, true, nil
}

// rosterPrivateHelp is /help in private, with the button that adds the bot
// to a group.
func rosterPrivateHelp(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text, m.Buttons = render.PrivateHelp.In(s.lang), [][]allaboard.Button{render.AddToGroup(s.lang, s.groupLink(n.Value("add")))}
	return m, true, nil
}

// rosterRollCall is the roll-call card with how many members the bot knows
// now; once it knows them all, it says so, with no button.
func rosterRollCall(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, known, found, err := rosterOf(s, n.Group)
	if err != nil || !found {
		return m, false, err
	}
	text, done := render.RollCallCard(s.lang, c, len(known))
	m.Text = text
	if !done {
		m.Buttons = render.InGroup(s.lang, n.Value("press"))
	}
	return m, true, nil
}

// rosterFirstName is how a member is addressed: their first name, or how
// they are shown if the bot has none.
func rosterFirstName(s *state, id int64) (string, error) {
	u, err := s.user(id)
	if u.FirstName != "" || err != nil {
		return u.FirstName, err
	}
	return render.Name(u), nil
}

// rosterAnswer is text made with the first name of the notice's User: the
// answer to their press, the line left for them in the group, or the host
// a message was passed on to.
func rosterAnswer(text func(l lang.Lang, name string) string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		name, err := rosterFirstName(s, n.User)
		m.Text = text(s.lang, render.Clip(name, 40))
		return m, err == nil, err
	}
}

// rosterJoined thanks the notice's User for /join, mentioning them.
func rosterJoined(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	name, err := rosterFirstName(s, n.User)
	m.Text = render.Joined(s.lang, n.User, name)
	return m, err == nil, err
}

// rosterUnknown tells a host or an admin how many members of a group the bot
// hasn't seen; nothing once it has seen them all, or has left the group.
func rosterUnknown(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, known, found, err := rosterOf(s, n.Group)
	if err != nil || !found || c.Removed {
		return m, false, err
	}
	unknown := c.Unknown(len(known))
	if unknown == 0 {
		return m, false, nil
	}
	m.Text = render.UnknownMembers(s.lang, unknown, c.Title)
	return m, true, nil
}

// rosterRemoved tells a host that the bot was removed from the group of
// their event, and when its data goes; nothing if it was added back
// meanwhile, or the event is gone.
func rosterRemoved(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, found, err := rosterGroup(s, n.Group)
	if err != nil || !found || !c.Removed {
		return m, false, err
	}
	e, found, err := s.event(c.ID, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	purge, ok := notice.PurgeOf(n)
	if !ok {
		return m, false, nil // not one this version queued
	}
	m.Text = render.RemovedHost(s.lang, c.Title, e, purge, s.zone(c.ID))
	return m, true, nil
}

// rosterMembers lists the members the bot knows in a group, by how it can
// reach them, and how many it does not know.
func rosterMembers(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, ids, found, err := rosterOf(s, n.Group)
	if err != nil || !found {
		return m, false, err
	}
	known := make([]allaboard.User, len(ids))
	for i, id := range ids {
		if known[i], err = s.user(id); err != nil {
			return m, false, err
		}
	}
	m.Text = render.MemberList(s.lang, c, known, s.zone(c.ID))
	return m, true, nil
}
