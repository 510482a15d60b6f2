package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What /event, /edit, /cancel, /cohost and /edit guests answer. Whatever
// names an event names it as it is when sent; an answer about an event that
// is gone by then is not written.

func init() {
	kinds[notice.PostAsYourself] = phrase(render.PostAsYourself.In)
	kinds[notice.EventGuide] = eventGuide
	kinds[notice.EventParts] = phrase(func(l lang.Lang) string { return render.EventParts.In(l) + "\n\n" + render.EventUsage(l) })
	kinds[notice.WhenQuestion] = whenQuestion
	kinds[notice.NotYourQuestion] = phrase(render.NotYourQuestion.In)
	kinds[notice.WhenChosen] = whenChosen
	kinds[notice.EditUsage] = said(func(l lang.Lang, n allaboard.Notice) string { return render.EditUsage(l, n.Event) })
	kinds[notice.EditField] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.EditField(l, render.Clip(n.Value("typed"), 20)) + "\n\n" + render.EditUsage(l, n.Event)
	})
	kinds[notice.EditWhich] = phrase(render.EditWhich.In)
	kinds[notice.CancelUsage] = phrase(render.CancelUsageWithDay)
	kinds[notice.BadEventNum] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.BadEventNum(l, render.Clip(n.Value("typed"), 20))
	})
	kinds[notice.NoEvent] = said(func(l lang.Lang, n allaboard.Notice) string { return render.NoEvent(l, n.Event) })
	kinds[notice.ChangeNotAllowed] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		host, err := s.user(e.Host)
		return render.NotAllowed(s.lang, e, render.Name(host)), err
	})
	kinds[notice.ChangeRefused] = ofTheEvent(func(s *state, e allaboard.Event, n allaboard.Notice) (string, error) {
		switch n.Value("why") {
		case notice.RefusedCancelled:
			return render.IsCancelled(s.lang, e), nil
		case notice.RefusedStarted:
			return render.HasStarted(s.lang, e), nil
		}
		return render.NoChange(s.lang, e), nil
	})

	kinds[notice.QuotaHostEvents] = said(func(l lang.Lang, n allaboard.Notice) string { return render.QuotaHostEvents(l, n.Count) })
	kinds[notice.QuotaGroupEvents] = said(func(l lang.Lang, n allaboard.Notice) string { return render.QuotaGroupEvents(l, n.Count) })
	kinds[notice.QuotaChanges] = ofTheEvent(func(s *state, e allaboard.Event, n allaboard.Notice) (string, error) {
		return render.QuotaChanges(s.lang, e, n.Count), nil
	})
	kinds[notice.QuotaCommands] = phrase(render.QuotaCommands.In)
	kinds[notice.QuotaPresses] = phrase(render.QuotaPresses.In)

	kinds[notice.CoHostUsage] = phrase(render.CoHostUsage)
	kinds[notice.CoHostWhich] = phrase(render.CoHostWhich)
	kinds[notice.CoHostIsOver] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		return render.CoHostIsOver(s.lang, e), nil
	})
	kinds[notice.CoHostUnknown] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.CoHostUnknown(l, render.Escape(n.Value("typed")))
	})
	kinds[notice.CoHostTooMany] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		return render.CoHostTooMany(s.lang, e), nil
	})
	for kind, text := range map[string]func(lang.Lang, string, allaboard.Event) string{ // the member's name, then the event
		notice.CoHostAlready: render.CoHostAlready,
		notice.CoHostAdded:   render.CoHostAdded,
		notice.CoHostNotOne:  render.CoHostNotOne,
		notice.CoHostRemoved: render.CoHostRemoved,
	} {
		kinds[kind] = ofTheEvent(func(s *state, e allaboard.Event, n allaboard.Notice) (string, error) {
			name, err := coHostName(s, n.User)
			return text(s.lang, name, e), err
		})
	}
	kinds[notice.CoHostHostOnly] = ofTheEvent(func(s *state, e allaboard.Event, n allaboard.Notice) (string, error) {
		name, err := coHostName(s, n.User)
		return render.CoHostHostOnly(s.lang, e, name), err
	})
	kinds[notice.CoHostYou] = ofTheEvent(func(s *state, e allaboard.Event, n allaboard.Notice) (string, error) {
		by, err := coHostName(s, n.User)
		if err != nil {
			return "", err
		}
		chat, err := s.chat(e.Group)
		return render.CoHostYou(s.lang, by, e, chat.Title), err
	})

	kinds[notice.GuestsUsage] = phrase(render.GuestsUsage.In)
	kinds[notice.NotInvited] = phrase(render.NotInvited.In)
	kinds[notice.GuestsIsOver] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		return render.GuestsIsOver(s.lang, e), nil
	})
	kinds[notice.GuestsNotKnown] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.GuestsNotKnown(l, render.Clip(n.Value("typed"), 40))
	})
	kinds[notice.GuestsSet] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		return render.GuestsSet(s.lang, e), nil
	})
}

// ofTheEvent is a kind whose text is made from the event a notice is about,
// as it is now, and the notice's values; nothing is written once the event
// is gone.
func ofTheEvent(text func(s *state, e allaboard.Event, n allaboard.Notice) (string, error)) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		e, found, err := s.event(n.Group, n.Event)
		if err != nil || !found {
			return m, false, err
		}
		m.Text, err = text(s, e, n)
		return m, err == nil, err
	}
}

// coHostName is how a co-host (or whoever made them one) is named.
func coHostName(s *state, id int64) (string, error) {
	u, err := s.user(id)
	return render.Escape(u.Name()), err
}

// eventGuide explains /event, with a button to create one step by step.
func eventGuide(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = render.EventGuide.In(s.lang) + "\n\n" + render.EventUsage(s.lang)
	m.Buttons = [][]allaboard.Button{render.CreateEvent(s.lang, s.link(n.Value("payload")))}
	return m, true, nil
}

// whenChosen answers the choice of a reading with it, as the reader types
// it: the choice is kept as English types it back, which reads in any year.
func whenChosen(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	m.Text = n.Value("choice")
	loc := s.zone(n.Group)
	if m.Text == "" { // a notice about no day
		m.Text = render.NoticeNoDay(s.lang)
	} else if r, err := allaboard.ReadWhen(m.Text, s.now, loc, allaboard.ReadOpts{}); err == nil && len(r.Ask) == 0 {
		m.Text = render.TypedBack(s.lang, r.Span, loc)
	} else if r, err := allaboard.ReadDay(m.Text, s.now, loc, allaboard.ReadOpts{}); err == nil && len(r.Ask) == 0 {
		m.Text = render.TypedBack(s.lang, r.Span, loc) // a notice's day
	}
	return m, true, nil
}

// whenQuestion asks which reading of a typed time is meant, as of when it
// was asked, with a button for each.
func whenQuestion(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	r, data := notice.ReadingOf(n)
	if len(r.Ask) == 0 {
		return m, false, nil
	}
	asked := m.Created
	if asked.IsZero() {
		asked = s.now
	}
	loc := s.zone(n.Group)
	m.Text = render.WhenQuestion(s.lang, n.Value("typed"), r, asked, loc)
	for i, sp := range r.Ask {
		m.Buttons = append(m.Buttons, render.Choice(s.lang, r.Why, sp, loc, data[i]))
	}
	return m, true, nil
}
