package writer

import (
	"errors"
	"slices"
	"strconv"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What guided creation shows from the draft as it is when it is sent: the
// preview of the card, the guest list, the readings of a time to choose
// from. A draft gone, or gone on to another step, is not shown.

// draftAt is user's draft if it stands at step.
func draftAt(s *state, user int64, step allaboard.Step) (allaboard.Draft, bool, error) {
	d, err := s.tx.Draft(user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return d, false, nil
	}
	return d, err == nil && d.Step == step, err
}

// draftPreview is the card the group would get, and what to do with it. It
// has no counts: nobody can have confirmed what isn't posted.
func draftPreview(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	d, ok, err := draftAt(s, n.User, allaboard.StepPreview)
	if err != nil || !ok {
		return m, false, err
	}
	e, _, err := d.Event(s.tx, s.now)
	if err != nil {
		return m, false, nil // it can't be posted as it is any more; posting says why
	}
	if d.Editing == 0 { // numbered as it would be now
		events, err := s.tx.Events(e.Group)
		if err != nil {
			return m, false, err
		}
		e.Num = 1
		if len(events) > 0 {
			e.Num = events[len(events)-1].Num + 1
		}
	}
	chat, err := s.chat(e.Group)
	if err != nil {
		return m, false, err
	}
	c, err := s.card(e, e.Material-1)
	if err != nil {
		return m, false, err
	}
	c.Header = render.FlowPreview.In(s.lang)
	s.bringCard(e, &c) // its line only: the list opens once posted
	if d.Repeat != "" {
		c.Repeats = s.draftRepeats(d, e)
	}
	m.Text = c.HTML()
	e.Pace = d.Pace
	if pace := render.PaceLine(s.lang, e); pace != "" && d.Editing != 0 { // not on the card: the host's own
		m.Text += "\n\n" + pace
	}
	m.Buttons = render.PreviewButtons(s.lang, chat.Title, d.Editing != 0, n.Value("post"), n.Value("fix"), n.Value("discard"))
	if all := n.Value("all"); all != "" { // a date of a series: saved for it alone, or all that follow
		was, found, err := s.event(e.Group, d.Editing)
		if err != nil || !found {
			return m, false, err
		}
		day := s.lang.Day(was.When.In(s.zone(e.Group)))
		m.Text += "\n\n" + render.SeriesScope(s.lang, was, day, false)
		m.Buttons = append(render.SeriesScopeButtons(s.lang, day, n.Value("post"), all), m.Buttons[1:]...)
	}
	if data := n.Value("bring"); data != "" {
		m.Buttons = append(m.Buttons, render.FlowBringButton(s.lang, len(d.Bring) > 0, data))
	}
	return m, true, nil
}

// draftGuestList is a page of the guest list: the members on it by their
// names now, those the draft has chosen marked, and how many it has chosen.
func draftGuestList(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	d, ok, err := draftAt(s, n.User, allaboard.StepGuests)
	if err != nil || !ok || !d.Picking {
		return m, false, err
	}
	data := notice.Items(n, "press")
	if len(data) != len(n.Users) {
		return m, false, nil // not made by this version
	}
	people := make([]render.GuestOption, len(n.Users))
	for i, id := range n.Users {
		u, err := s.user(id)
		if err != nil {
			return m, false, err
		}
		people[i] = render.GuestOption{Name: u.Name(), Chosen: slices.Contains(d.Guests, id), Data: data[i]}
	}
	page, _ := strconv.Atoi(n.Value("page"))
	pages, _ := strconv.Atoi(n.Value("pages"))
	m.Text, m.Buttons = render.GuestList(s.lang, people, len(d.Guests), page, pages, n.Value("prev"), n.Value("next"), n.Value("done"))
	return m, true, nil
}

// draftWhenQuestion asks which reading of a typed time is meant, a button
// for each reading the draft offers.
func draftWhenQuestion(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	d, err := s.tx.Draft(n.User)
	if errors.Is(err, allaboard.ErrNotFound) {
		return m, false, nil
	} else if err != nil {
		return m, false, err
	}
	data := notice.Items(n, "press")
	if len(d.Choices) == 0 || len(d.Choices) != len(data) {
		return m, false, nil // answered meanwhile
	}
	asked := m.Created // "today" is the day it was typed
	if asked.IsZero() {
		asked = s.now
	}
	r := allaboard.Reading{Ask: d.Choices, Why: allaboard.Question(n.Value("why"))}
	m.Text, m.Buttons = render.WhenChoices(s.lang, n.Value("typed"), r, asked, s.zone(n.Group), data)
	return m, true, nil
}
