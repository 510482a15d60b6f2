package app

import (
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
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
	dataPace     = "v" // with the pace chosen for an event being changed, or "group"
	dataKind     = "i" // with what it is: kindEvent, kindNotice or kindTodo
	dataRepeat   = "r" // with how a new event repeats (allaboard.RepeatEvery), or "no"
)

// What guided creation makes, as its first question's buttons say.
const (
	kindEvent  = "event"
	kindNotice = "notice"
	kindTodo   = "todo"
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
			t.answer(q, notice.New(notice.DraftExpired))
		} else {
			t.answer(q, notice.New(notice.StaleButton))
		}
		return nil
	}
	reply, err := a.draftPress(t, d, kind, arg)
	if err != nil {
		return err // nothing is kept, and the press is answered as failed
	}
	t.answer(q, reply)
	return nil
}

// draftPress acts on a press on d's buttons and returns the short answer.
func (a *Drafts) draftPress(t *turn, d allaboard.Draft, kind, arg string) (*allaboard.Notice, error) {
	stale, tapped := notice.New(notice.StaleButton), notice.New(notice.DraftTapped)
	at := func(steps ...allaboard.Step) bool {
		for _, s := range steps {
			if d.Step == s {
				return true
			}
		}
		return false
	}
	switch {
	case kind == dataKind && at(allaboard.StepKind) && (arg == kindEvent || arg == kindNotice || arg == kindTodo):
		d.Kind = map[string]allaboard.Kind{kindEvent: allaboard.KindEvent, kindNotice: allaboard.KindNotice, kindTodo: allaboard.KindTodo}[arg]
		return tapped, a.advance(t, d)
	case kind == dataGroup && at(allaboard.StepGroup):
		id, _ := strconv.ParseInt(arg, 10, 64)
		groups, err := a.draftGroups(t, d.User)
		if _, ok := groups[id]; !ok || err != nil {
			return notice.New(notice.DraftNotYours), err
		}
		d.Group = id
		return tapped, a.advance(t, d)
	case kind == dataDay && at(allaboard.StepDay) && arg == "":
		return tapped, t.Tell(d.User, notice.New(notice.DraftOtherDay))
	case kind == dataDay && at(allaboard.StepDay):
		d.Day = arg
		r, err := allaboard.ReadWhen(arg+" 23:59", t.now, a.zone(t.tx, d.Group), allaboard.ReadOpts{})
		if err != nil {
			return stale, nil // forged, or a day gone by
		}
		switch d.Kind {
		case allaboard.KindNotice:
			d.When = allaboard.DaySpan(r.Start, a.zone(t.tx, d.Group)) // a notice's day: no time to ask
		case allaboard.KindTodo:
			return tapped, a.todoSpan(t, d, allaboard.DaySpan(r.Start, a.zone(t.tx, d.Group))) // due by its end
		}
		return tapped, a.advance(t, d)
	case kind == dataChoice && at(allaboard.StepDay, allaboard.StepTime, allaboard.StepUntil):
		i, err := strconv.Atoi(arg)
		if err != nil || i < 0 || i >= len(d.Choices) {
			return stale, nil
		}
		return tapped, a.draftSpan(t, d, d.Choices[i])
	case kind == dataSkip && at(allaboard.StepUntil, allaboard.StepNotes, allaboard.StepBring):
		switch d.Step {
		case allaboard.StepUntil:
			d.When.End = time.Time{}
		case allaboard.StepBring:
			d.Bring = nil
		default:
			d.Notes = ""
		}
		return tapped, a.advance(t, d)
	case kind == dataSkip && at(allaboard.StepDay) && d.Kind == allaboard.KindNotice:
		d.When = allaboard.Span{} // about no day
		return tapped, a.advance(t, d)
	case kind == dataEveryone && at(allaboard.StepGuests):
		d.Guests, d.Picking = nil, false
		return tapped, a.advance(t, d)
	case kind == dataPick && at(allaboard.StepGuests):
		page, err := strconv.Atoi(arg)
		if err != nil || page < 0 {
			return stale, nil
		}
		d.Picking = true
		if err := t.tx.SaveDraft(d); err != nil {
			return nil, err
		}
		return tapped, a.askGuests(t, d, page)
	case kind == dataGuest && at(allaboard.StepGuests) && d.Picking:
		return a.toggleGuest(t, d, arg)
	case kind == dataPicked && at(allaboard.StepGuests) && d.Picking:
		if len(d.Guests) == 0 {
			return notice.New(notice.DraftNoGuests), nil
		}
		d.Picking = false
		return tapped, a.advance(t, d)
	case kind == dataRepeat && at(allaboard.StepRepeat):
		if _, ok := allaboard.RepeatEvery(arg, d.When.Start, time.UTC); !ok && arg != "no" {
			return stale, nil
		}
		d.Repeat = strings.TrimPrefix(arg, "no")
		return tapped, a.advance(t, d)
	case kind == dataPace && at(allaboard.StepPace):
		pace, err := allaboard.ParsePace(arg)
		if err != nil {
			return stale, nil
		}
		d.Pace = pace
		return tapped, a.advance(t, d)
	case kind == dataPost && at(allaboard.StepPreview):
		if d.Editing != 0 && arg == scopeAll {
			t.scope = scopeAll // a date of a series, and all that follow
		}
		return a.postDraft(t, d)
	case kind == dataFix && at(allaboard.StepPreview) && arg == "":
		return tapped, a.askFix(t, d)
	case kind == dataFix && at(allaboard.StepPreview):
		return a.fix(t, d, allaboard.Step(arg))
	case kind == dataDiscard:
		if err := t.tx.DeleteDraft(d.User); err != nil {
			return nil, err
		}
		return notice.New(notice.DraftGone), t.Tell(d.User, notice.New(notice.DraftGone))
	}
	return stale, nil
}

// askFix asks which field to go back to; an event being changed also has
// its pace.
func (a *Drafts) askFix(t *turn, d allaboard.Draft) error {
	fix := func(s allaboard.Step) string { return draftData(dataFix, string(s)) }
	if d.Kind == allaboard.KindNotice {
		return t.Tell(d.User, notice.New(notice.DraftNoticeFix, "text", fix(allaboard.StepTitle), "day", fix(allaboard.StepDay)))
	}
	if d.Kind == allaboard.KindTodo {
		return t.Tell(d.User, notice.New(notice.DraftTodoFix, "text", fix(allaboard.StepTitle), "deadline", fix(allaboard.StepDay)))
	}
	n := notice.New(notice.DraftFix, "title", fix(allaboard.StepTitle), "day", fix(allaboard.StepDay),
		"until", fix(allaboard.StepUntil), "where", fix(allaboard.StepWhere), "notes", fix(allaboard.StepNotes))
	if d.Editing != 0 {
		n.Values["pace"] = fix(allaboard.StepPace)
	}
	return t.Tell(d.User, n)
}

// fix goes back to a field's question; once answered, the preview follows.
func (a *Drafts) fix(t *turn, d allaboard.Draft, step allaboard.Step) (*allaboard.Notice, error) {
	switch {
	case d.Kind != allaboard.KindEvent && step != allaboard.StepTitle && step != allaboard.StepDay:
		return notice.New(notice.StaleButton), nil // a notice or a to-do has no such field
	case step == allaboard.StepTitle, step == allaboard.StepUntil, step == allaboard.StepWhere, step == allaboard.StepNotes:
	case step == allaboard.StepDay:
		d.Day = ""
	case step == allaboard.StepBring:
		if d.Editing != 0 {
			return notice.New(notice.StaleButton), nil // a list changes with /bring
		}
	case step == allaboard.StepPace:
		if d.Editing == 0 {
			return notice.New(notice.StaleButton), nil // a new event takes the group's pace
		}
	default:
		return notice.New(notice.StaleButton), nil
	}
	d.Step, d.Fixing, d.Choices = step, true, nil
	return notice.New(notice.DraftTapped), a.ask(t, d)
}

// postDraft announces the draft's event as /event does, and ends the draft.
func (a *Drafts) postDraft(t *turn, d allaboard.Draft) (*allaboard.Notice, error) {
	if d.Editing != 0 {
		return a.saveEditDraft(t, d)
	}
	tapped := notice.New(notice.DraftTapped)
	e, rev, err := d.Event(t.tx, t.now)
	if err != nil {
		return tapped, a.draftProblem(t, d, err)
	}
	if groups, err := a.draftGroups(t, d.User); err != nil {
		return nil, err
	} else if _, ok := groups[e.Group]; !ok {
		return notice.New(notice.DraftNotYours), nil
	}
	if ok, err := a.app.Events.mayAnnounce(t, e.Group, d.User, d.User); err != nil || !ok {
		return tapped, err
	}
	if err := t.tx.DeleteDraft(d.User); err != nil {
		return nil, err
	}
	posted := &allaboard.Notice{Kind: notice.DraftPosted, Group: e.Group}
	if d.Repeat != "" {
		return posted, a.app.Series.begin(t, d.Repeat, e, rev)
	}
	return posted, a.app.Events.announce(t, e, rev)
}
