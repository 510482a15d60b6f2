package writer

import (
	"errors"
	"sort"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Guided creation in a private chat: one question at a time, the preview of
// the card, and the answers to its buttons. The buttons' data come with the
// notice; their labels are written here.

func init() {
	kinds[notice.DraftGone] = phrase(render.FlowGone.In)
	kinds[notice.DraftExpired] = phrase(render.FlowExpired.In)
	kinds[notice.DraftNotYours] = phrase(render.FlowNotYours.In)
	kinds[notice.DraftNoGroup] = draftNoGroup
	kinds[notice.DraftWhichGroup] = draftWhichGroup
	kinds[notice.DraftTitle] = draftTitle
	kinds[notice.DraftDay] = draftRows(render.FlowDay, draftDays)
	kinds[notice.DraftOtherDay] = phrase(render.FlowOtherDay.In)
	kinds[notice.DraftTime] = phrase(render.FlowTime.In)
	kinds[notice.DraftUntil] = phrase(render.FlowUntil.In, draftSkip)
	kinds[notice.DraftEndEarly] = draftEndEarly
	kinds[notice.DraftWhere] = phrase(render.FlowWhere.In)
	kinds[notice.DraftNotes] = phrase(render.FlowNotes.In, draftSkip)
	kinds[notice.DraftGuests] = draftRows(render.FlowGuests, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.GuestsChoice(l, n.Value("everyone"), n.Value("pick"))
	})
	kinds[notice.DraftGuestList] = draftGuestList
	kinds[notice.DraftNoGuests] = phrase(render.FlowNoGuests.In)
	kinds[notice.DraftWhenQuestion] = draftWhenQuestion
	kinds[notice.DraftPreview] = draftPreview
	kinds[notice.DraftFix] = draftRows(render.FlowFix, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.FixButtons(l, n.Value("title"), n.Value("day"), n.Value("until"), n.Value("where"), n.Value("notes"), n.Value("pace"))
	})
	kinds[notice.DraftRefused] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.FieldRefused(l, notice.ProblemOf(n))
	})
	kinds[notice.DraftWhereAsked] = draftWhereAsked
	kinds[notice.DraftTapped] = phrase(func(lang.Lang) string { return render.FlowTapped })
	kinds[notice.DraftPosted] = draftPosted
	kinds[notice.DraftSaved] = phrase(render.Saved.In)
	kinds[notice.DraftNotAllowed] = phrase(render.StatusNotAllowed)
}

// draftRows is a kind that is always the same text, with rows of buttons
// made from the notice's values, in the reader's language.
func draftRows(text render.Phrase, rows func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		m.Text, m.Buttons = text.In(s.lang), rows(s.lang, n)
		return m, true, nil
	}
}

// draftSkip is the button that skips an optional question.
func draftSkip(l lang.Lang, n allaboard.Notice) []allaboard.Button {
	return render.Skip(l, n.Value("skip"))
}

// draftDays are the buttons of the days offered, and of another day.
func draftDays(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
	dates, data := notice.Items(n, "day"), notice.Items(n, "press")
	if len(dates) < 2 || len(dates) != len(data) {
		return nil // not made by this version: the day can be typed
	}
	days := make([]time.Time, len(dates))
	for i, d := range dates {
		var err error
		if days[i], err = time.Parse(time.DateOnly, d); err != nil {
			return nil
		}
	}
	return render.FlowDays(l, days, data, n.Value("other"))
}

// draftNoGroup says the user shares no group with the bot, with the button
// that adds it to one.
func draftNoGroup(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text, m.Buttons = render.FlowNoGroup.In(s.lang), [][]allaboard.Button{render.AddToGroup(s.lang, s.groupLink(n.Value("payload")))}
	return m, true, nil
}

// draftWhichGroup offers the groups to choose from, by their titles now, in
// the order of their titles; a group no longer kept is left out.
func draftWhichGroup(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	ids, data := notice.Items(n, "group"), notice.Items(n, "press")
	type choice struct{ title, data string }
	var choices []choice
	for i, id := range ids {
		group, err := strconv.ParseInt(id, 10, 64)
		if err != nil || i >= len(data) {
			continue
		}
		c, err := s.tx.Chat(group)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return m, false, err
		}
		choices = append(choices, choice{c.Title, data[i]})
	}
	sort.SliceStable(choices, func(i, j int) bool { return choices[i].title < choices[j].title })
	titles, presses := make([]string, len(choices)), make([]string, len(choices))
	for i, c := range choices {
		titles[i], presses[i] = c.title, c.data
	}
	m.Text, m.Buttons = render.FlowWhichGroup.In(s.lang), render.FlowGroups(titles, presses)
	switch n.Value("kind") {
	case "notice":
		m.Text = render.FlowNoticeWhichGroup.In(s.lang)
	case "todo":
		m.Text = render.FlowTodoWhichGroup.In(s.lang)
	}
	return m, true, nil
}

// draftTitle asks what the event is called, naming its group.
func draftTitle(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, err := s.chat(n.Group)
	m.Text = render.FlowTitle(s.lang, c.Title)
	return m, err == nil, err
}

// draftEndEarly refuses an end that is not after the start, saying the start.
func draftEndEarly(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	start, err := time.Parse(time.RFC3339, n.Value("start"))
	if err != nil {
		return m, false, nil // not made by this version
	}
	m.Text = render.FlowEndEarly(s.lang, render.When(s.lang, start, s.zone(n.Group)))
	return m, true, nil
}

// draftWhereAsked tells the group that its host is asked where the event
// is, with the button that opens the private chat.
func draftWhereAsked(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = render.WhereAsked(s.lang, n.Value("title"))
	m.Buttons = [][]allaboard.Button{render.OpenChat(s.lang, s.link(n.Value("payload")))}
	return m, true, nil
}

// draftPosted answers posting, naming the group as it is called now.
func draftPosted(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, err := s.chat(n.Group)
	m.Text = render.FlowPosted(s.lang, c.Title)
	return m, err == nil, err
}
