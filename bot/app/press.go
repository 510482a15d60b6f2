package app

import (
	"errors"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// OnPress handles a press on one of the bot's buttons.
func (a *Cards) OnPress(t *turn, q *Press) error {
	if q.From == nil || q.From.IsBot {
		t.answer(q, notice.New(notice.StaleButton))
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
	if notesChoice.is(q.Data) {
		return a.app.Events.onNotesPress(t, q)
	}
	if minorChoice.is(q.Data) {
		return a.app.Notices.onMinorPress(t, q)
	}
	if isToldData(q.Data) {
		return a.app.Chase.onToldPress(t, q)
	}
	if isDraftData(q.Data) {
		return a.app.Drafts.onDraftPress(t, q)
	}
	if wire.IsStatusPress(q.Data) {
		return a.onStatusPress(t, q)
	}
	if isUndoData(q.Data) {
		return a.app.Events.onUndoPress(t, q)
	}
	if wire.IsFamilyPress(q.Data) {
		return a.app.Households.onFamilyPress(t, q)
	}
	if strings.HasPrefix(q.Data, choiceData) {
		return a.app.Events.onChoicePress(t, q)
	}
	if wire.IsBringPress(q.Data) {
		return a.app.Bring.onBringPress(t, q)
	}
	if wire.IsPassOnPress(q.Data) {
		return a.onPassOnPress(t, q)
	}
	if wire.IsLanguagePress(q.Data) {
		return a.app.Settings.onLanguagePress(t, q)
	}
	if wire.IsScopePress(q.Data) {
		return a.app.Series.onScopePress(t, q)
	}
	if strings.HasPrefix(q.Data, "z:") {
		return a.app.Settings.onZonePress(t, q)
	}
	return a.OnCardPress(t, q)
}

// OnCardPress handles a press on an event card's buttons. Whoever pressed is
// the one who answers: the data only says which event and version it showed.
func (a *Cards) OnCardPress(t *turn, q *Press) error {
	p, ok := wire.ParsePress(q.Data)
	group, ok, err := pressedGroup(t, q, p.Group, ok)
	if err != nil || !ok {
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
	if p.Act == wire.ActCalendar {
		return a.onCalendarPress(t, q, p)
	}
	reply, alert, err := a.respond(t, q.From.ID, p, q.Chat != nil && q.Chat.IsPrivate())
	if err != nil {
		return err
	}
	if alert {
		t.alert(q, reply)
	} else {
		t.answer(q, reply)
	}
	return nil
}

// Confirm is the text fallback for the Got it button (/ack <n>): user
// confirms a group's event num, and is answered there. Typed, it shows
// nothing, so it confirms only a version the member has seen: the one
// announced, on the card they read the number from. Once the event has
// changed, the answer instead shows them the latest version, what changed
// since the version they saw, and its Got it.
func (a *Cards) Confirm(t *turn, group, user int64, num int) error {
	e, ok, err := a.app.Events.event(t, group, num)
	if err != nil || !ok {
		return err
	}
	p := wire.PressData{Group: e.Group, Event: e.Num, Rev: e.Material, Act: wire.ActAck}
	e, r, refused, err := a.answering(t, user, p)
	if err != nil {
		return err
	}
	if seen := max(r.Acked, r.Family); refused == nil && e.Material > 1 && seen < e.Material {
		n := notice.AboutEvent(notice.AckChanged, e)
		n.User, n.Rev = user, max(seen, 1)
		return t.Tell(e.Group, n)
	}
	reply, _, err := a.respond(t, user, p, false)
	if err != nil {
		return err
	}
	return t.Tell(group, notice.AckReplyOf(user, reply))
}

// answering loads the event user answers (p) and their standing on it;
// refused is the reply when they may not answer it: they are not a member
// of its group, nor invited, or the event is gone, or the version is one
// never made.
func (a *Cards) answering(t *turn, user int64, p wire.PressData) (e allaboard.Event, r allaboard.Response, refused *allaboard.Notice, err error) {
	m, err := t.tx.Member(p.Group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return e, r, notice.New(notice.NotYourGroup), nil
	} else if err != nil {
		return e, r, nil, err
	}
	e, err = t.tx.Event(p.Group, p.Event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, r, notice.New(notice.StaleButton), nil
	} else if err != nil {
		return e, r, nil, err
	}
	if p.Rev > e.Material {
		return e, r, notice.New(notice.StaleButton), nil // never made: forged
	}
	if !e.Invited(user) {
		if e.IsTodo() && e.IsHost(user) {
			return e, r, notice.AboutEvent(notice.TodoForHosts, e), nil
		}
		return e, r, notice.New(notice.NotInvited), nil
	}
	r, err = allaboard.LookupResponse(t.tx, e.Group, e.Num, user)
	return e, r, nil, err
}

// respond records user's answer to the version of an event they saw, and
// returns the short reply shown to them, and whether it is an alert. Only a
// member of the event's group can answer, and only the latest version can be
// confirmed. An answer on their private card (onCard) edits it to show where
// they stand.
func (a *Cards) respond(t *turn, user int64, p wire.PressData, onCard bool) (reply *allaboard.Notice, alert bool, err error) {
	e, r, refused, err := a.answering(t, user, p)
	if err != nil || refused != nil {
		return refused, false, err
	}
	if answersTodo(e, r, p) {
		reply, err = a.app.Todos.respond(t, e, r, p, onCard)
		return reply, false, err
	}
	if p.Rev < e.Material {
		if r.Confirmed(e) {
			return notice.AboutEvent(notice.AlreadyAcked, e, "older", "1"), false, nil
		}
		reply, err = a.outdated(t, e, user, p.Rev)
		return reply, true, err
	}
	already := r.Confirmed(e)
	r.Ack(e.Material, t.now)
	reply = notice.AboutEvent(notice.Acked, e)
	switch {
	case p.Act == wire.ActAck && already:
		reply = notice.AboutEvent(notice.AlreadyAcked, e)
	case p.Act == wire.ActAck:
	case e.Cancelled:
		reply = notice.AboutEvent(notice.AckedCancelled, e)
	default:
		r.Answer(map[wire.Action]allaboard.RSVP{wire.ActGoing: allaboard.Going, wire.ActMaybe: allaboard.Maybe, wire.ActCant: allaboard.CantGo}[p.Act], e.Material, t.now)
		reply = notice.AboutEvent(notice.Answered, e, "rsvp", string(r.RSVP))
	}
	// Confirmed before the card about the change reached them: the calendar
	// file that follows that card goes now.
	if err := a.followCalendar(t, e, &r); err != nil {
		return nil, false, err
	}
	if err := t.tx.SaveResponse(r); err != nil {
		return nil, false, err
	}
	if r.RSVP == allaboard.CantGo && p.Act == wire.ActCant {
		if err := a.app.Bring.cantGo(t, e, user); err != nil {
			return nil, false, err
		}
	}
	if err := a.app.Households.coverFamily(t, e, user, true); err != nil {
		return nil, false, err
	}
	if onCard {
		if err := a.sendCard(t, e, user, false); err != nil {
			return nil, false, err
		}
	}
	return reply, false, a.app.Events.refresh(t, e)
}

// outdated tells a member who pressed a button on an old card what changed,
// and shows them the latest card privately if the bot can. It confirms
// nothing: they have not seen the latest version.
func (a *Cards) outdated(t *turn, e allaboard.Event, user int64, seen int) (*allaboard.Notice, error) {
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil {
		return nil, err
	}
	if !u.Reachable() {
		return notice.OutdatedOf(e, seen, false), nil
	}
	err = t.enqueue(allaboard.Outgoing{ChatID: user, Notice: notice.OwnCardOf(e, user, seen, notice.WhyOutdated),
		Ref: allaboard.PrivateCardRef(e), Fresh: true})
	if err != nil {
		return nil, err
	}
	return notice.OutdatedOf(e, seen, true), nil
}

// pressedGroup is the group a press's data names, as it is now (it may have
// become a supergroup), if the data could be read (read); a press whose data
// could not is answered as stale.
func pressedGroup(t *turn, q *Press, group int64, read bool) (int64, bool, error) {
	if !read {
		t.answer(q, notice.New(notice.StaleButton))
		return 0, false, nil
	}
	group, err := allaboard.CurrentGroup(t.tx, group)
	return group, err == nil, err
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
		t.answer(q, notice.New(notice.StaleButton))
		return e, false, nil
	}
	return e, err == nil, err
}
