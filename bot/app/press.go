package app

import (
	"errors"
	"fmt"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// OnPress handles a press on one of the bot's buttons.
func (a *Cards) OnPress(t *turn, q *Press) error {
	if q.From == nil || q.From.IsBot {
		t.answerWith(q, notice.New(notice.StaleButton))
		return nil
	}
	if !a.app.Events.admitPress(t, q) {
		return nil
	}
	if err := a.app.Roster.noteUser(t, q.From, false); err != nil {
		return err
	}
	switch q.Data {
	case rollCallData:
		return a.app.Roster.OnRollCall(t, q)
	case forgetGroupData, forgetMeData, forgetKeepData:
		return a.app.Roster.OnForgetPress(t, q)
	}
	if isNotesData(q.Data) {
		return a.app.Events.onNotesPress(t, q)
	}
	if isToldData(q.Data) {
		return a.app.Chase.onToldPress(t, q)
	}
	if isDraftData(q.Data) {
		return a.app.Drafts.onDraftPress(t, q)
	}
	if allaboard.IsStatusPress(q.Data) {
		return a.onStatusPress(t, q)
	}
	if isUndoData(q.Data) {
		return a.app.Events.onUndoPress(t, q)
	}
	if allaboard.IsFamilyPress(q.Data) {
		return a.app.Households.onFamilyPress(t, q)
	}
	if strings.HasPrefix(q.Data, choiceData) {
		return a.app.Events.onChoicePress(t, q)
	}
	if strings.HasPrefix(q.Data, "z:") {
		return a.app.Settings.onZonePress(t, q)
	}
	return a.OnCardPress(t, q)
}

// OnCardPress handles a press on an event card's buttons. Whoever pressed is
// the one who answers: the data only says which event and version it showed.
func (a *Cards) OnCardPress(t *turn, q *Press) error {
	p, ok := allaboard.ParsePress(q.Data)
	if !ok {
		t.answerWith(q, notice.New(notice.StaleButton))
		return nil
	}
	group, err := allaboard.CurrentGroup(t.tx, p.Group)
	if err != nil {
		return err
	}
	if q.Chat != nil {
		if in, err := allaboard.CurrentGroup(t.tx, q.Chat.ID); err != nil {
			return err
		} else if in == group {
			if err := a.app.Roster.learnMember(t, group, q.From); err != nil {
				return err
			}
		}
	}
	p.Group = group
	if p.Act == allaboard.ActCalendar {
		return a.onCalendarPress(t, q, p)
	}
	text, alert, err := a.respond(t, q.From.ID, p, q.Chat != nil && q.Chat.IsPrivate())
	if err != nil {
		return err
	}
	if alert {
		t.alert(q, text)
	} else {
		t.answer(q, text)
	}
	return nil
}

// OnAck is the text fallback for the Got it button: /ack <n> in the group.
func (a *Cards) OnAck(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.AckUsage)
	}
	e, ok, err := a.app.Events.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	text, _, err := a.respond(t, m.From.ID, allaboard.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: allaboard.ActAck}, false)
	if err != nil {
		return err
	}
	return t.send(m.Chat.ID, render.Mention(m.From.ID, m.From.FirstName)+": "+render.Escape(text))
}

// respond records user's answer to the version of an event they saw, and
// returns the short reply shown to them, and whether it is an alert. Only a
// member of the event's group can answer, and only the latest version can be
// confirmed. An answer on their private card (onCard) edits it to show where
// they stand.
func (a *Cards) respond(t *turn, user int64, p allaboard.PressData, onCard bool) (reply string, alert bool, err error) {
	m, err := t.tx.Member(p.Group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return render.NotYourGroup, false, nil
	} else if err != nil {
		return "", false, err
	}
	e, err := t.tx.Event(p.Group, p.Event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return render.StaleButton, false, nil
	} else if err != nil {
		return "", false, err
	}
	if p.Rev > e.Material {
		return render.StaleButton, false, nil // never made: forged
	}
	if !e.Invited(user) {
		return render.NotInvited, false, nil
	}
	r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, user)
	if err != nil {
		return "", false, err
	}
	if p.Rev < e.Material {
		if r.Confirmed(e) {
			return fmt.Sprintf(render.AlreadyAcked, render.Clip(e.Title, 60)), false, nil
		}
		reply, err = a.outdated(t, e, user, p.Rev)
		return reply, true, err
	}
	already := r.Confirmed(e)
	r.Ack(e.Material, t.now)
	reply = fmt.Sprintf(render.Acked, e.Title)
	switch {
	case p.Act == allaboard.ActAck && already:
		reply = fmt.Sprintf(render.AlreadyAcked, e.Title)
	case p.Act == allaboard.ActAck:
	case e.Cancelled:
		reply = fmt.Sprintf(render.AckedCancelled, e.Title)
	default:
		r.Answer(map[allaboard.Action]allaboard.RSVP{allaboard.ActGoing: allaboard.Going, allaboard.ActMaybe: allaboard.Maybe, allaboard.ActCant: allaboard.CantGo}[p.Act], e.Material, t.now)
		reply = fmt.Sprintf(render.Answered, render.RSVP(r.RSVP), e.Title)
	}
	// Confirmed before the card about the change reached them: the calendar
	// file that follows that card goes now.
	if err := a.followCalendar(t, e, &r); err != nil {
		return "", false, err
	}
	if err := t.tx.SaveResponse(r); err != nil {
		return "", false, err
	}
	if err := a.app.Households.coverFamily(t, e, user, true); err != nil {
		return "", false, err
	}
	if onCard {
		if err := a.sendCard(t, e, user, false); err != nil {
			return "", false, err
		}
	}
	return render.Clip(reply, 190), false, a.app.Events.refresh(t, e)
}

// outdated tells a member who pressed a button on an old card what changed,
// and shows them the latest card privately if the bot can. It confirms
// nothing: they have not seen the latest version.
func (a *Cards) outdated(t *turn, e allaboard.Event, user int64, seen int) (string, error) {
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil {
		return "", err
	}
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return "", err
	}
	changed := render.StripTags(strings.Join(render.ChangesSince(revs, seen, a.zone(t.tx, e.Group)), "; "))
	if !u.Reachable() {
		return fmt.Sprintf(render.OutdatedGroup, changed), nil
	}
	err = t.enqueue(allaboard.Outgoing{ChatID: user, Notice: notice.OwnCardOf(e, user, seen, notice.WhyOutdated),
		Ref: allaboard.PrivateCardRef(e), Fresh: true})
	if err != nil {
		return "", err
	}
	return fmt.Sprintf(render.OutdatedDM, changed), nil
}

// pressedEvent loads the event a button names, following a migration; a
// button about an event that is gone is answered as stale.
func pressedEvent(t *turn, q *Press, group int64, num int) (allaboard.Event, bool, error) {
	group, err := allaboard.CurrentGroup(t.tx, group)
	if err != nil {
		return allaboard.Event{}, false, err
	}
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		t.answerWith(q, notice.New(notice.StaleButton))
		return e, false, nil
	}
	return e, err == nil, err
}
