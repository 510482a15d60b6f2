package writer

import (
	"errors"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Households: /family's answers, the invitation and its answer, and the
// note that someone confirmed for the family. Names, the group's title and
// the event are read when the message is sent.

func init() {
	for kind, text := range map[string]render.Phrase{
		notice.FamilyUsage:      render.FamilyUsage,
		notice.FamilyPostAsSelf: render.FamilyPostAsSelf,
		notice.FamilyNoName:     render.FamilyNoName,
		notice.FamilySelf:       render.FamilySelf,
		notice.FamilyFull:       render.FamilyFull,
		notice.FamilyNone:       render.FamilyNone,
		notice.FamilyLeft:       render.FamilyLeft,
		notice.FamilyPrivate:    render.FamilyPrivate,
		notice.FamilyLeftAll:    render.FamilyLeftAll,
		notice.FamilyNotForYou:  render.FamilyNotForYou,
		notice.FamilyAskGone:    render.FamilyAskGone,
		notice.FamilyYes:        render.FamilyYesShort,
		notice.FamilyNo:         render.FamilyNoShort,
		notice.FamilyNotLinked:  render.FamilyNoText,
	} {
		kinds[kind] = phrase(text.In)
	}
	kinds[notice.FamilyUnknown] = said(func(l lang.Lang, n allaboard.Notice) string { return render.FamilyUnknown(l, n.Value("username")) })
	kinds[notice.FamilyNow] = familyNow
	kinds[notice.FamilyAlready] = familyNamed(func(l lang.Lang, u allaboard.User, _ string) string { return render.FamilyAlready(l, u) })
	kinds[notice.FamilyTaken] = familyNamed(func(l lang.Lang, u allaboard.User, _ string) string { return render.FamilyTaken(l, u) })
	kinds[notice.FamilyAsked] = familyNamed(func(l lang.Lang, u allaboard.User, _ string) string { return render.FamilyAsked(l, u) })
	kinds[notice.FamilyLinked] = familyNamed(render.FamilyLinked)
	kinds[notice.FamilySaidYes] = familyNamed(render.FamilySaidYes)
	kinds[notice.FamilySaidNo] = familyNamed(render.FamilySaidNo)
	kinds[notice.FamilyAsk] = familyAsk
	kinds[notice.FamilyCovered] = familyCovered
}

// familyNamed is a kind whose text names the notice's User and its group's
// title, as they are when it is sent.
func familyNamed(text func(l lang.Lang, u allaboard.User, group string) string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		u, title, err := familyWho(s, n.User, n.Group)
		if err != nil {
			return m, false, err
		}
		m.Text = text(s.lang, u, title)
		return m, true, nil
	}
}

// familyWho loads a member a notice names, and the title of its group,
// following the group if it moved: "" for none or one not kept.
func familyWho(s *state, user, group int64) (allaboard.User, string, error) {
	u, err := s.user(user)
	if err != nil || group == 0 {
		return u, "", err
	}
	group, err = allaboard.CurrentGroup(s.tx, group)
	if err != nil {
		return u, "", err
	}
	c, err := s.chat(group)
	return u, c.Title, err
}

// familyNow says whom the member is one family with, or, if they are in
// none by now, how /family works.
func familyNow(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	group, err := allaboard.CurrentGroup(s.tx, n.Group)
	if err != nil {
		return m, false, err
	}
	h, err := s.tx.Household(group, n.User)
	if errors.Is(err, allaboard.ErrNotFound) {
		m.Text = render.FamilyUsage.In(s.lang)
		return m, true, nil
	} else if err != nil {
		return m, false, err
	}
	others := h.Others(n.User)
	if len(others) == 0 {
		m.Text = render.FamilyUsage.In(s.lang)
		return m, true, nil
	}
	names := make([]string, 0, len(others))
	for _, id := range others {
		u, err := s.user(id)
		if err != nil {
			return m, false, err
		}
		names = append(names, render.Name(u))
	}
	m.Text = render.FamilyNow(s.lang, names)
	return m, true, nil
}

// familyAsk is the question whether the member asked is one family with
// the one who asked, naming them when it is asked in the group.
func familyAsk(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	from, title, err := familyWho(s, n.User, n.Group)
	if err != nil {
		return m, false, err
	}
	mention := ""
	if len(n.Users) > 0 && n.Users[0] != m.ChatID {
		to, err := s.user(n.Users[0])
		if err != nil {
			return m, false, err
		}
		mention = render.Mention(to.ID, render.Name(to))
	}
	m.Text = render.FamilyAsk(s.lang, from, title, mention)
	m.Buttons = render.FamilyButtons(s.lang, n.Value("yes"), n.Value("no"))
	return m, true, nil
}

// familyCovered tells a member that someone of their family confirmed the
// event for them, with what it is now. It is not written once the event is
// gone or has changed since: the member is asked about the new version.
func familyCovered(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found || n.Rev != 0 && e.Material != n.Rev {
		return m, false, err
	}
	by, title, err := familyWho(s, n.User, e.Group)
	if err != nil {
		return m, false, err
	}
	m.Text = render.FamilyConfirmed(s.lang, by, e, title, s.zone(e.Group))
	return m, true, nil
}
