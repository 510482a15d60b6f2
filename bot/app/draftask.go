package app

import (
	"fmt"
	"sort"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// ask saves d and asks its question.
func (a *Drafts) ask(t *turn, d allaboard.Draft) error {
	if err := t.tx.SaveDraft(d); err != nil {
		return err
	}
	switch d.Step {
	case allaboard.StepGroup:
		return a.askGroup(t, d)
	case allaboard.StepTitle:
		c, err := t.tx.Chat(d.Group)
		if err != nil {
			return err
		}
		return t.send(d.User, fmt.Sprintf(render.FlowTitle, render.Escape(c.Title)))
	case allaboard.StepDay:
		return t.send(d.User, render.FlowDay, dayButtons(t.now, a.zone(t.tx, d.Group))...)
	case allaboard.StepTime:
		return t.send(d.User, render.FlowTime)
	case allaboard.StepUntil:
		return t.send(d.User, render.FlowUntil, render.Skip(draftData(dataSkip, "")))
	case allaboard.StepWhere:
		return t.send(d.User, render.FlowWhere)
	case allaboard.StepNotes:
		return t.send(d.User, render.FlowNotes, render.Skip(draftData(dataSkip, "")))
	case allaboard.StepGuests:
		if d.Picking {
			return a.askGuests(t, d, 0)
		}
		return t.send(d.User, render.FlowGuests, render.GuestsChoice(draftData(dataEveryone, ""), draftData(dataPick, "0"))...)
	}
	return a.preview(t, d)
}

// askGroup offers the groups the user can announce an event in.
func (a *Drafts) askGroup(t *turn, d allaboard.Draft) error {
	groups, err := a.draftGroups(t, d.User)
	if err != nil {
		return err
	}
	var chats []allaboard.Chat
	for _, c := range groups {
		chats = append(chats, c)
	}
	sort.Slice(chats, func(i, j int) bool { return chats[i].Title < chats[j].Title })
	titles, data := make([]string, len(chats)), make([]string, len(chats))
	for i, c := range chats {
		titles[i], data[i] = c.Title, draftData(dataGroup, fmt.Sprint(c.ID))
	}
	return t.send(d.User, render.FlowWhichGroup, render.FlowGroups(titles, data)...)
}

// draftEvent is the event d would post, numbered as it would be now; the
// group is the one it became if it moved.
func (a *Drafts) draftEvent(t *turn, d allaboard.Draft) (allaboard.Event, allaboard.Revision, error) {
	group, err := allaboard.CurrentGroup(t.tx, d.Group)
	if err != nil {
		return allaboard.Event{}, allaboard.Revision{}, err
	}
	host, err := allaboard.LookupUser(t.tx, d.User)
	if err != nil {
		return allaboard.Event{}, allaboard.Revision{}, err
	}
	if d.Editing != 0 {
		return a.editedEvent(t, d, group, host)
	}
	e, rev, err := allaboard.NewEventUntil(group, 0, host, d.Title, d.When, d.Where, d.Notes, t.now)
	e.Guests = d.Guests
	return e, rev, err
}

// preview shows the card the group would get, with its host counted as
// having confirmed it, as posting makes them, and what to do with it.
func (a *Drafts) preview(t *turn, d allaboard.Draft) error {
	e, _, err := a.draftEvent(t, d)
	if err != nil {
		return a.draftProblem(t, d, err)
	}
	events, err := t.tx.Events(e.Group)
	if err != nil {
		return err
	}
	if d.Editing == 0 {
		e.Num = 1
		if len(events) > 0 {
			e.Num = events[len(events)-1].Num + 1
		}
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	tally := r.Tally()
	tally.Confirmed++
	if tally.Families > 0 {
		tally.FamiliesConfirmed++ // the host's family, covered by the host
	}
	c, err := a.app.Events.groupCard(t, e, tally)
	if err != nil {
		return err
	}
	c.Header = render.FlowPreview
	buttons := render.PreviewButtons(r.Chat.Title, d.Editing != 0, draftData(dataPost, ""), draftData(dataFix, ""), draftData(dataDiscard, ""))
	return t.send(d.User, c.HTML(), buttons...)
}

// draftProblem says why d can't be posted as it is and offers to fix it.
func (a *Drafts) draftProblem(t *turn, d allaboard.Draft, err error) error {
	if err := t.tell(d.User, notice.OfField(err)); err != nil {
		return err
	}
	return a.askFix(t, d)
}
