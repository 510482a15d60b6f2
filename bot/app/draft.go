package app

import (
	"errors"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Guided creation: /event without arguments in private asks for an event one
// question at a time. The answers so far are kept as a Draft, so that a
// restart loses nothing; a day later the draft is dropped.

// Discard leaves user's guided creation, and reports whether they had a
// draft to discard.
func (a *Drafts) Discard(t *turn, user int64) (discarded bool, err error) {
	d, ok, err := loadDraft(t, user)
	if err != nil || !ok {
		return false, err
	}
	if err := t.tx.DeleteDraft(d.User); err != nil {
		return false, err
	}
	return true, t.Tell(d.User, notice.New(notice.DraftGone))
}

// Resume asks user again the question their draft waits on, here in private
// where it can be answered; resumed is false if they have no draft.
func (a *Drafts) Resume(t *turn, user int64) (resumed bool, err error) {
	d, ok, err := loadDraft(t, user)
	if err != nil || !ok {
		return false, err
	}
	return true, a.ask(t, d)
}

// Start starts guided creation anew in private, asking first what it is (an
// event or a notice): for group if it is not 0 (the group's deep link), else
// asking which group next if the user shares several with the bot.
func (a *Drafts) Start(t *turn, user, group int64) error {
	return a.start(t, allaboard.Draft{User: user, Started: t.now, Step: allaboard.StepKind}, group, false)
}

// StartKind is Start for what its command named (/event, /announce or /todo
// in private): it is not asked what it is.
func (a *Drafts) StartKind(t *turn, user int64, kind allaboard.Kind) error {
	return a.start(t, allaboard.Draft{User: user, Started: t.now, Step: allaboard.StepKind, Kind: kind}, 0, true)
}

func (a *Drafts) start(t *turn, d allaboard.Draft, group int64, kindKnown bool) error {
	user := d.User
	groups, err := a.draftGroups(t, user)
	if err != nil {
		return err
	}
	if group != 0 {
		if group, err = allaboard.CurrentGroup(t.tx, group); err != nil {
			return err
		}
		if _, ok := groups[group]; !ok {
			return t.Tell(user, notice.New(notice.DraftNotYours))
		}
		d.Group = group
	}
	switch {
	case d.Group != 0:
	case len(groups) == 0:
		return t.Tell(user, notice.New(notice.DraftNoGroup, "payload", wire.AddPayload))
	case len(groups) == 1:
		for id := range groups {
			d.Group = id
		}
	}
	if kindKnown {
		d.Step = d.Next()
	}
	return a.ask(t, d)
}

// draftGroups are the groups, by id, where user is a member and the bot is
// still there: those they can announce an event in.
func (a *Drafts) draftGroups(t *turn, user int64) (map[int64]allaboard.Chat, error) {
	ids, err := t.tx.UserGroups(user)
	if err != nil {
		return nil, err
	}
	groups := map[int64]allaboard.Chat{}
	for _, id := range ids {
		c, err := t.tx.Chat(id)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if !c.Removed && c.MovedTo == 0 && c.Kind != allaboard.Private {
			groups[id] = c
		}
	}
	return groups, nil
}

// loadDraft is user's draft, if they have one that has not expired; an
// expired one is deleted.
func loadDraft(t *turn, user int64) (allaboard.Draft, bool, error) {
	d, err := t.tx.Draft(user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return d, false, nil
	} else if err != nil {
		return d, false, err
	}
	if d.Expired(t.now) {
		return d, false, t.tx.DeleteDraft(user)
	}
	return d, true, nil
}

// draftAnswer takes a private message as the answer to the question asked,
// and reports whether there was one.
func (a *Drafts) draftAnswer(t *turn, m *Message) (bool, error) {
	if m.From == nil {
		return false, nil
	}
	d, ok, err := loadDraft(t, m.From.ID)
	if err != nil || !ok {
		return false, err
	}
	text := strings.TrimSpace(m.Text)
	switch d.Step {
	case allaboard.StepTitle, allaboard.StepWhere, allaboard.StepNotes:
		f := map[allaboard.Step]allaboard.Field{allaboard.StepTitle: allaboard.FieldTitle, allaboard.StepWhere: allaboard.FieldWhere, allaboard.StepNotes: allaboard.FieldNotes}[d.Step]
		if d.Kind == allaboard.KindNotice || d.Kind == allaboard.KindTodo {
			f = allaboard.FieldText // a notice's or a to-do's only text
		}
		v, err := allaboard.CheckAnswer(f, text)
		if err != nil || v == "" {
			return true, t.Tell(d.User, notice.WithProblem(notice.New(notice.DraftRefused), err))
		}
		switch f {
		case allaboard.FieldTitle, allaboard.FieldText:
			d.Title = v
		case allaboard.FieldWhere:
			d.Where = v
		default:
			d.Notes = v
		}
		return true, a.advance(t, d)
	case allaboard.StepBring:
		return true, a.bringAnswer(t, d, text)
	case allaboard.StepDay, allaboard.StepTime, allaboard.StepUntil:
		if d.Kind == allaboard.KindNotice {
			return true, a.noticeDay(t, d, text)
		}
		if d.Kind == allaboard.KindTodo {
			return true, a.todoDeadline(t, d, text)
		}
		return true, a.draftWhen(t, d, text)
	}
	return true, a.ask(t, d) // a button is expected: ask again
}

// advance goes on to the next question.
func (a *Drafts) advance(t *turn, d allaboard.Draft) error {
	d.Step, d.Choices = d.Next(), nil
	if d.Step == allaboard.StepPreview {
		d.Fixing = false
	}
	return a.ask(t, d)
}

// askPlace goes on with an event announced in a sentence without a place
// ("Mia's party tomorrow at 3") in guided creation: the place is asked in
// private, and the group is told where to answer.
func (a *Drafts) askPlace(t *turn, group, host int64, title string, when allaboard.Span) error {
	title, err := allaboard.CheckAnswer(allaboard.FieldTitle, title)
	if err != nil {
		return t.Tell(group, notice.OfField(err))
	}
	d := allaboard.Draft{User: host, Started: t.now, Step: allaboard.StepWhere, Group: group, Title: title, When: when}
	if err := a.ask(t, d); err != nil {
		return err
	}
	return t.Tell(group, notice.New(notice.DraftWhereAsked, "title", title, "payload", wire.ResumePayload))
}
