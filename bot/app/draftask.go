package app

import (
	"errors"
	"fmt"
	"maps"
	"slices"

	"allaboard"
	"allaboard/bot/notice"
)

// ask saves d and asks its question.
func (a *Drafts) ask(t *turn, d allaboard.Draft) error {
	if err := t.tx.SaveDraft(d); err != nil {
		return err
	}
	skip := draftData(dataSkip, "")
	if d.Kind == allaboard.KindNotice && (d.Step == allaboard.StepTitle || d.Step == allaboard.StepDay) {
		return a.askNotice(t, d)
	}
	if d.Kind == allaboard.KindTodo && (d.Step == allaboard.StepTitle || d.Step == allaboard.StepDay) {
		return a.askTodo(t, d)
	}
	switch d.Step {
	case allaboard.StepKind:
		return t.Tell(d.User, notice.New(notice.DraftKind, "event", draftData(dataKind, kindEvent), "notice", draftData(dataKind, kindNotice),
			"todo", draftData(dataKind, kindTodo)))
	case allaboard.StepGroup:
		return a.askGroup(t, d)
	case allaboard.StepTitle:
		return t.Tell(d.User, &allaboard.Notice{Kind: notice.DraftTitle, Group: d.Group})
	case allaboard.StepDay:
		return t.Tell(d.User, dayQuestion(t.now, a.zone(t.tx, d.Group)))
	case allaboard.StepTime:
		return t.Tell(d.User, notice.New(notice.DraftTime))
	case allaboard.StepUntil:
		return t.Tell(d.User, notice.New(notice.DraftUntil, "skip", skip))
	case allaboard.StepRepeat:
		every := func(choice string) string { return draftData(dataRepeat, choice) }
		return t.Tell(d.User, notice.New(notice.DraftRepeat, "no", every("no"), "weekly", every(allaboard.RepeatWeekly),
			"fortnightly", every(allaboard.RepeatFortnightly), "monthly", every(allaboard.RepeatMonthly)))
	case allaboard.StepWhere:
		return t.Tell(d.User, notice.New(notice.DraftWhere))
	case allaboard.StepNotes:
		return t.Tell(d.User, notice.New(notice.DraftNotes, "skip", skip))
	case allaboard.StepBring:
		return t.Tell(d.User, notice.New(notice.DraftBring, "skip", skip))
	case allaboard.StepGuests:
		if d.Picking {
			return a.askGuests(t, d, 0)
		}
		return t.Tell(d.User, notice.New(notice.DraftGuests, "everyone", draftData(dataEveryone, ""), "pick", draftData(dataPick, "0")))
	case allaboard.StepPace:
		pace := func(p allaboard.Preset) string { return draftData(dataPace, string(p)) }
		return t.Tell(d.User, &allaboard.Notice{Kind: notice.DraftPace, Group: d.Group, Values: map[string]string{
			"gentle": pace(allaboard.Gentle), "normal": pace(allaboard.Normal), "urgent": pace(allaboard.Urgent), "group": pace(allaboard.FollowGroup)}})
	}
	return a.preview(t, d)
}

// askGroup offers the groups the user can announce an event in.
func (a *Drafts) askGroup(t *turn, d allaboard.Draft) error {
	groups, err := a.draftGroups(t, d.User)
	if err != nil {
		return err
	}
	ids := slices.Sorted(maps.Keys(groups)) // the writer orders them by title
	data := make([]string, len(ids))
	for i, id := range ids {
		data[i] = draftData(dataGroup, fmt.Sprint(id))
	}
	n := notice.DraftGroupsOf(ids, data)
	switch d.Kind {
	case allaboard.KindNotice:
		n.Values["kind"] = kindNotice
	case allaboard.KindTodo:
		n.Values["kind"] = kindTodo
	}
	return t.Tell(d.User, n)
}

// preview shows the card the group would get, with its host counted as
// having confirmed it, as posting makes them, and what to do with it.
func (a *Drafts) preview(t *turn, d allaboard.Draft) error {
	if _, _, err := d.Event(t.tx, t.now); err != nil {
		return a.draftProblem(t, d, err)
	}
	n := notice.DraftPreviewOf(d.User, draftData(dataPost, ""), draftData(dataFix, ""), draftData(dataDiscard, ""))
	if d.Kind == allaboard.KindEvent && d.Editing == 0 {
		n.Values["bring"] = draftData(dataFix, string(allaboard.StepBring)) // optional: what people should bring
	}
	if d.Editing != 0 {
		group, err := allaboard.CurrentGroup(t.tx, d.Group)
		if err != nil {
			return err
		}
		if e, err := t.tx.Event(group, d.Editing); err == nil && e.Series != 0 {
			n.Values["all"] = draftData(dataPost, scopeAll) // a date of a series: or all that follow
		} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
			return err
		}
	}
	return t.Tell(d.User, n)
}

// draftProblem says why d can't be posted as it is and offers to fix it.
func (a *Drafts) draftProblem(t *turn, d allaboard.Draft, err error) error {
	if err := t.Tell(d.User, notice.OfField(err)); err != nil {
		return err
	}
	return a.askFix(t, d)
}
