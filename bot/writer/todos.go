package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What /todo answers, the answers to a to-do's buttons, a reason passed on,
// the final list, and guided creation's questions about a to-do.

func init() {
	kinds[notice.TodoUsage] = phrase(render.TodoUsage)
	kinds[notice.TodoEditUsage] = said(func(l lang.Lang, n allaboard.Notice) string { return render.TodoEditUsage(l, n.Event) })
	kinds[notice.TodoForHosts] = phrase(render.TodoForHosts)
	kinds[notice.TodoClosed] = phrase(render.TodoClosed)
	for _, k := range []string{notice.TodoDone, notice.TodoAlreadyDone, notice.TodoSeen, notice.TodoCant} {
		kinds[k] = todoAnswer
	}
	kinds[notice.TodoMarked] = todoMarked
	kinds[notice.TodoMarkedAlready] = todoMarked
	kinds[notice.TodoReasonAsk] = todoReasonAsk
	kinds[notice.TodoReason] = fromMember(render.TodoReason)
	kinds[notice.TodoFinal] = todoFinal

	kinds[notice.DraftTodoText] = draftTodoText
	kinds[notice.DraftTodoDeadline] = draftRows(render.FlowTodoDeadline, draftDays)
	kinds[notice.DraftTodoFix] = draftRows(render.FlowFix, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.TodoFixButtons(l, n.Value("text"), n.Value("deadline"))
	})
}

// todoAnswer answers a member's press on a to-do's card, with its text.
func todoAnswer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := answeredEvent(s, &m, n)
	if err != nil || !found {
		return m, err == nil, err
	}
	title := render.Clip(e.Title, 80)
	switch n.Kind {
	case notice.TodoDone:
		m.Text = render.TodoDone(s.lang, title)
	case notice.TodoAlreadyDone:
		by := ""
		if n.User != 0 {
			u, err := s.user(n.User)
			if err != nil {
				return m, false, err
			}
			by = render.Name(u)
		}
		m.Text = render.TodoAlreadyDone(s.lang, title, by)
	case notice.TodoSeen:
		m.Text = render.TodoSeen(s.lang, title)
	case notice.TodoCant:
		m.Text = render.TodoCant(s.lang, title)
	}
	m.Text = render.Clip(m.Text, 190)
	return m, true, nil
}

// todoMarked answers a host's "☑️ … has done it" about a member.
func todoMarked(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	u, err := s.user(n.User)
	if err != nil {
		return m, false, err
	}
	m.Text = render.TodoMarked(s.lang, u)
	if n.Kind == notice.TodoMarkedAlready {
		m.Text = render.TodoMarkedAlready(s.lang, u)
	}
	return m, true, nil
}

// todoReasonAsk asks a member who can't, while the to-do is open, whether
// to tell its host why.
func todoReasonAsk(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found || !e.Upcoming(s.now) {
		return m, false, err
	}
	host, err := rosterFirstName(s, e.Host)
	if err != nil {
		return m, false, err
	}
	m.Text = render.TodoReasonAsk(s.lang, e, host)
	return m, true, nil
}

// todoFinal is a host's final list at a to-do's deadline, from the state
// when it is sent.
func todoFinal(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found || e.Cancelled {
		return m, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	m.Text = render.ClipHTML(s.lang, render.TodoFinal(s.lang, r, render.TodoFinalLines(s.lang, r)))
	return m, true, nil
}

// draftTodoText asks what everyone should do, naming the group.
func draftTodoText(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, err := s.chat(n.Group)
	m.Text = render.FlowTodoText(s.lang, c.Title)
	return m, err == nil, err
}
