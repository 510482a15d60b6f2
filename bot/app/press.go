package app

import (
	"errors"
	"fmt"
	"strings"

	"allaboard"
)

// OnPress handles a press on one of the bot's buttons.
func (a *App) OnPress(t *turn, q *Press) error {
	if q.From == nil || q.From.IsBot {
		t.answer(q, textStaleButton)
		return nil
	}
	if err := a.noteUser(t, q.From, false); err != nil {
		return err
	}
	switch q.Data {
	case rollCallData:
		return a.OnRollCall(t, q)
	case forgetGroupData, forgetMeData, forgetKeepData:
		return a.OnForgetPress(t, q)
	}
	return a.OnCardPress(t, q)
}

// OnCardPress handles a press on an event card's buttons. Whoever pressed is
// the one who answers: the data only says which event and version it showed.
func (a *App) OnCardPress(t *turn, q *Press) error {
	p, ok := parsePress(q.Data)
	if !ok {
		t.answer(q, textStaleButton)
		return nil
	}
	group, err := currentGroup(t.tx, p.group)
	if err != nil {
		return err
	}
	if q.Chat != nil {
		if in, err := currentGroup(t.tx, q.Chat.ID); err != nil {
			return err
		} else if in == group {
			if err := a.learnMember(t, group, q.From); err != nil {
				return err
			}
		}
	}
	p.group = group
	text, err := a.respond(t, q.From.ID, p)
	if err != nil {
		return err
	}
	t.answer(q, text)
	return nil
}

// OnAck is the text fallback for the Got it button: /ack <n> in the group.
func (a *App) OnAck(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, textAckUsage)
	}
	e, ok, err := a.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	text, err := a.respond(t, m.From.ID, pressData{group: e.Group, event: e.Num, rev: e.Material, act: actAck})
	if err != nil {
		return err
	}
	return t.send(m.Chat.ID, mention(m.From.ID, m.From.FirstName)+": "+escape(text))
}

// respond records user's answer to the version of an event they saw, and
// returns the short reply shown to them. Only a member of the event's group
// can answer, and only the latest version can be confirmed.
func (a *App) respond(t *turn, user int64, p pressData) (string, error) {
	m, err := t.tx.Member(p.group, user)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return textNotYourGroup, nil
	} else if err != nil {
		return "", err
	}
	e, err := t.tx.Event(p.group, p.event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return textStaleButton, nil
	} else if err != nil {
		return "", err
	}
	if p.rev > e.Material {
		return textStaleButton, nil // never made: forged
	}
	r, err := lookupResponse(t.tx, e.Group, e.Num, user)
	if err != nil {
		return "", err
	}
	if p.rev < e.Material {
		if r.Confirmed(e) {
			return fmt.Sprintf(textAlreadyAcked, clip(e.Title, 60)), nil
		}
		return a.outdated(t, e, user, p.rev)
	}
	already := r.Confirmed(e)
	r.Ack(e.Material, t.now)
	reply := fmt.Sprintf(textAcked, e.Title)
	switch {
	case p.act == actAck && already:
		reply = fmt.Sprintf(textAlreadyAcked, e.Title)
	case p.act == actAck:
	case e.Cancelled:
		reply = fmt.Sprintf(textAckedCancelled, e.Title)
	default:
		r.RSVP = map[action]allaboard.RSVP{actGoing: allaboard.Going, actMaybe: allaboard.Maybe, actCant: allaboard.CantGo}[p.act]
		reply = fmt.Sprintf(textAnswered, rsvpText(r.RSVP), e.Title)
	}
	if err := t.tx.SaveResponse(r); err != nil {
		return "", err
	}
	return clip(reply, 190), a.refresh(t, e)
}

// outdated tells a member who pressed a button on an old card what changed,
// and shows them the latest card privately if the bot can.
func (a *App) outdated(t *turn, e allaboard.Event, user int64, seen int) (string, error) {
	u, err := lookupUser(t.tx, user)
	if err != nil {
		return "", err
	}
	if u.Reachable() {
		c, err := a.privateCard(t, e, seen)
		if err != nil {
			return "", err
		}
		c.header = textOutdatedHeader
		if err := t.enqueue(allaboard.Outgoing{ChatID: user, Text: c.html(), Buttons: c.buttons()}); err != nil {
			return "", err
		}
		return textOutdatedDM, nil
	}
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return "", err
	}
	changed := stripTags(strings.Join(changesSince(revs, seen, a.zone(t.tx, e.Group)), "; "))
	return clip(fmt.Sprintf(textOutdatedGroup, changed), 190), nil
}

func rsvpText(r allaboard.RSVP) string {
	return map[allaboard.RSVP]string{allaboard.Going: "🎉 going", allaboard.Maybe: "🤔 maybe", allaboard.CantGo: "🙁 can't come"}[r]
}
