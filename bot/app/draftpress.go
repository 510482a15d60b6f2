package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// The data of guided creation's buttons: "f:" and what was pressed.
const (
	draftPrefix  = "f:"
	dataGroup    = "g" // with the group's id
	dataDay      = "d" // with the day (2006-01-02), or none for another day
	dataChoice   = "c" // with the index of a reading in Draft.Choices
	dataSkip     = "s"
	dataPost     = "p"
	dataFix      = "x" // with the step to go back to, or none to ask which
	dataDiscard  = "z"
	dataEveryone = "e"
	dataPick     = "k" // with the page of the guest list to show
	dataGuest    = "t" // with the member's id: chosen, or not any more
	dataPicked   = "o" // the guests are chosen
)

func draftData(kind, arg string) string { return draftPrefix + kind + ":" + arg }

func isDraftData(data string) bool { return strings.HasPrefix(data, draftPrefix) }

// onDraftPress carries out a press on a button of guided creation. A button
// of a step no longer current, of no draft, or forged changes nothing.
func (a *Drafts) onDraftPress(t *turn, q *Press) error {
	kind, arg, _ := strings.Cut(strings.TrimPrefix(q.Data, draftPrefix), ":")
	d, ok, err := loadDraft(t, q.From.ID)
	if err != nil {
		return err
	}
	if !ok {
		if d.User != 0 { // there was one: it just expired
			t.answer(q, render.FlowExpired)
		} else {
			t.answerWith(q, notice.New(notice.StaleButton))
		}
		return nil
	}
	reply, err := a.draftPress(t, d, kind, arg)
	t.answer(q, reply)
	return err
}

// draftPress acts on a press on d's buttons and returns the short answer.
func (a *Drafts) draftPress(t *turn, d allaboard.Draft, kind, arg string) (string, error) {
	at := func(steps ...allaboard.Step) bool {
		for _, s := range steps {
			if d.Step == s {
				return true
			}
		}
		return false
	}
	switch {
	case kind == dataGroup && at(allaboard.StepGroup):
		id, _ := strconv.ParseInt(arg, 10, 64)
		groups, err := a.draftGroups(t, d.User)
		if _, ok := groups[id]; !ok || err != nil {
			return render.FlowNotYours, err
		}
		d.Group = id
		return render.FlowTapped, a.advance(t, d)
	case kind == dataDay && at(allaboard.StepDay) && arg == "":
		return render.FlowTapped, t.send(d.User, render.FlowOtherDay)
	case kind == dataDay && at(allaboard.StepDay):
		d.Day = arg
		if _, err := allaboard.ReadWhen(arg+" 23:59", t.now, a.zone(t.tx, d.Group), allaboard.ReadOpts{}); err != nil {
			return render.StaleButton, nil // forged, or a day gone by
		}
		return render.FlowTapped, a.advance(t, d)
	case kind == dataChoice && at(allaboard.StepDay, allaboard.StepTime, allaboard.StepUntil):
		i, err := strconv.Atoi(arg)
		if err != nil || i < 0 || i >= len(d.Choices) {
			return render.StaleButton, nil
		}
		return render.FlowTapped, a.draftSpan(t, d, d.Choices[i])
	case kind == dataSkip && at(allaboard.StepUntil, allaboard.StepNotes):
		if d.Step == allaboard.StepUntil {
			d.When.End = time.Time{}
		} else {
			d.Notes = ""
		}
		return render.FlowTapped, a.advance(t, d)
	case kind == dataEveryone && at(allaboard.StepGuests):
		d.Guests, d.Picking = nil, false
		return render.FlowTapped, a.advance(t, d)
	case kind == dataPick && at(allaboard.StepGuests):
		page, err := strconv.Atoi(arg)
		if err != nil || page < 0 {
			return render.StaleButton, nil
		}
		d.Picking = true
		if err := t.tx.SaveDraft(d); err != nil {
			return "", err
		}
		return render.FlowTapped, a.askGuests(t, d, page)
	case kind == dataGuest && at(allaboard.StepGuests) && d.Picking:
		return a.toggleGuest(t, d, arg)
	case kind == dataPicked && at(allaboard.StepGuests) && d.Picking:
		if len(d.Guests) == 0 {
			return render.FlowNoGuests, nil
		}
		d.Picking = false
		return render.FlowTapped, a.advance(t, d)
	case kind == dataPost && at(allaboard.StepPreview):
		return a.postDraft(t, d)
	case kind == dataFix && at(allaboard.StepPreview) && arg == "":
		return render.FlowTapped, a.askFix(t, d)
	case kind == dataFix && at(allaboard.StepPreview):
		return a.fix(t, d, allaboard.Step(arg))
	case kind == dataDiscard:
		if err := t.tx.DeleteDraft(d.User); err != nil {
			return "", err
		}
		return render.FlowGone, t.send(d.User, render.FlowGone)
	}
	return render.StaleButton, nil
}

// askFix asks which field to go back to.
func (a *Drafts) askFix(t *turn, d allaboard.Draft) error {
	fix := func(s allaboard.Step) string { return draftData(dataFix, string(s)) }
	return t.send(d.User, render.FlowFix, render.FixButtons(fix(allaboard.StepTitle), fix(allaboard.StepDay),
		fix(allaboard.StepUntil), fix(allaboard.StepWhere), fix(allaboard.StepNotes))...)
}

// fix goes back to a field's question; once answered, the preview follows.
func (a *Drafts) fix(t *turn, d allaboard.Draft, step allaboard.Step) (string, error) {
	switch step {
	case allaboard.StepTitle, allaboard.StepUntil, allaboard.StepWhere, allaboard.StepNotes:
	case allaboard.StepDay:
		d.Day = ""
	default:
		return render.StaleButton, nil
	}
	d.Step, d.Fixing, d.Choices = step, true, nil
	return render.FlowTapped, a.ask(t, d)
}

// postDraft announces the draft's event as /event does, and ends the draft.
func (a *Drafts) postDraft(t *turn, d allaboard.Draft) (string, error) {
	if d.Editing != 0 {
		return a.saveEditDraft(t, d)
	}
	e, rev, err := a.draftEvent(t, d)
	if err != nil {
		return render.FlowTapped, a.draftProblem(t, d, err)
	}
	if groups, err := a.draftGroups(t, d.User); err != nil {
		return "", err
	} else if _, ok := groups[e.Group]; !ok {
		return render.FlowNotYours, nil
	}
	if ok, err := a.app.Events.mayAnnounce(t, e.Group, d.User, d.User); err != nil || !ok {
		return render.FlowTapped, err
	}
	if err := t.tx.DeleteDraft(d.User); err != nil {
		return "", err
	}
	c, err := t.tx.Chat(e.Group)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(render.FlowPosted, c.Title), a.app.Events.announce(t, e, rev)
}
