package app

import (
	"errors"
	"strings"
	"unicode/utf8"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// A to-do's card asks ☑️ Done · 👀 Seen · 🙁 Can't. Done stops the chase,
// for the member's household too; Seen is noted (the host sees who has seen
// it) and the chase goes on, for it aims at done; Can't stops it, and a
// member the bot can write to is asked, privately, whether to tell the host
// why: their next message is passed on.

// answersTodo reports whether a press on e's card of revision p.Rev is a
// to-do's answer, r being the member's standing: on the latest card; on an
// older one if they are done or can't already (they are told so, or, for a
// Done to an older text, what changed), or if it says Done to the same text
// (a new deadline changes nothing of what was done).
func answersTodo(e allaboard.Event, r allaboard.Response, p wire.PressData) bool {
	return e.IsTodo() && !e.Cancelled && (p.Rev == e.Material || r.Confirmed(e) || p.Act == wire.ActDone && p.Rev >= e.Task)
}

// respond records user's answer to to-do e (see answersTodo), and returns
// the short reply shown to them. An answer on their private card (onCard)
// edits it to show where they stand.
func (a *Todos) respond(t *turn, e allaboard.Event, r allaboard.Response, p wire.PressData, onCard bool) (*allaboard.Notice, error) {
	reply := notice.AboutEvent(notice.TodoSeen, e)
	askWhy := false
	switch {
	case r.DidIt(e):
		reply = notice.AboutEvent(notice.TodoAlreadyDone, e)
		reply.User = r.DoneBy
		return reply, nil
	case p.Act == wire.ActDone && p.Rev < e.Task:
		// Done to a text it no longer asks (they can't do the new one):
		// it counts for nothing; they are shown what changed.
		return a.app.Cards.outdated(t, e, r.User, p.Rev)
	case p.Act == wire.ActDone:
		if p.Rev == e.Material {
			r.Saw(e.Material, t.now)
		}
		r.MarkDone(e.Task, 0, t.now)
		reply = notice.AboutEvent(notice.TodoDone, e)
	case p.Rev < e.Material: // an older card, and they said they can't
		return notice.AboutEvent(notice.TodoCant, e), nil
	case p.Act == wire.ActCant:
		askWhy = !r.CantDo(e)
		r.SayCant(e.Material, t.now)
		reply = notice.AboutEvent(notice.TodoCant, e)
	case r.CantDo(e): // seen, as they said: they still can't
		reply = notice.AboutEvent(notice.TodoCant, e)
	default:
		r.Saw(e.Material, t.now)
	}
	if err := t.tx.SaveResponse(r); err != nil {
		return nil, err
	}
	if r.DidIt(e) {
		if err := a.app.Households.coverFamily(t, e, r.User, true); err != nil {
			return nil, err
		}
	}
	if askWhy {
		if err := a.askWhy(t, e, r.User); err != nil {
			return nil, err
		}
	}
	if onCard {
		if err := a.app.Cards.sendCard(t, e, r.User, false); err != nil {
			return nil, err
		}
	}
	return reply, a.app.Events.refresh(t, e)
}

// askWhy asks a member who can't do e, privately if the bot can write to
// them, whether to tell the host why; the question waits ReasonKeep.
func (a *Todos) askWhy(t *turn, e allaboard.Event, user int64) error {
	u, err := allaboard.LookupUser(t.tx, user)
	if err != nil || !u.Reachable() {
		return err
	}
	if err := a.app.Cards.makeRoomForPassOn(t, user); err != nil {
		return err
	}
	p := allaboard.PassOn{User: user, At: t.now, Reason: true, Offered: []allaboard.EventKey{{Group: e.Group, Num: e.Num}}}
	if _, err := t.tx.SavePassOn(p); err != nil {
		return err
	}
	return t.Tell(user, notice.AboutEvent(notice.TodoReasonAsk, e))
}

// passReason passes user's private message text on to the hosts of the
// to-do they were last asked why they can't do, if the question still
// waits, the to-do is open and they still can't; it reports whether it
// took the message.
func (a *Todos) passReason(t *turn, user int64, text string) (bool, error) {
	kept, err := t.tx.PassOns(user)
	if err != nil {
		return false, err
	}
	i := len(kept) - 1
	for i >= 0 && !kept[i].AwaitsReason(t.now) {
		i--
	}
	if i < 0 || strings.TrimSpace(text) == "" {
		return false, nil
	}
	p := kept[i]
	e, still, err := a.stillCant(t, user, p.Offered[0])
	if err != nil || !still {
		if err == nil {
			err = t.tx.DeletePassOn(user, p.ID) // nothing to say why about any more
		}
		return false, err
	}
	if n := utf8.RuneCountInString(text); n > allaboard.MaxPassOnText {
		return true, t.Tell(user, notice.Counted(notice.PassOnTooLong, n))
	}
	told := false
	for _, id := range e.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return false, err
		}
		if host.Reachable() {
			told = true
			if err := t.Tell(id, notice.TodoReasonOf(e, user, text)); err != nil {
				return false, err
			}
		}
	}
	if !told { // they write to the host themselves: the question is over
		if err := t.tx.DeletePassOn(user, p.ID); err != nil {
			return false, err
		}
		n := notice.AboutEvent(notice.PassOnNoChat, e)
		n.User = e.Host
		return true, t.Tell(user, n)
	}
	p.Passed = t.now // once, and the text is not kept
	if _, err := t.tx.SavePassOn(p); err != nil {
		return false, err
	}
	return true, t.Tell(user, notice.OfUser(notice.PassOnDone, e.Host))
}

// stillCant loads the to-do k names, and reports whether it is open and
// user, still in its group, still can't do it.
func (a *Todos) stillCant(t *turn, user int64, k allaboard.EventKey) (allaboard.Event, bool, error) {
	group, err := allaboard.CurrentGroup(t.tx, k.Group)
	if err != nil {
		return allaboard.Event{}, false, err
	}
	e, err := t.tx.Event(group, k.Num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, nil
	} else if err != nil || !e.IsTodo() || !e.Upcoming(t.now) {
		return e, false, err
	}
	if in, err := allaboard.InGroup(t.tx, group, user); err != nil || !in {
		return e, false, err
	}
	r, err := allaboard.LookupResponse(t.tx, group, e.Num, user)
	return e, r.CantDo(e), err
}
