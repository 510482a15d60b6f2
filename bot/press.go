package bot

import (
	"errors"
	"fmt"
	"strings"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// onCallback handles a press on one of the bot's buttons.
func (b *Bot) onCallback(t *turn, q *tgbotapi.CallbackQuery) error {
	if q.From == nil || q.From.IsBot {
		t.answer(q, textStaleButton)
		return nil
	}
	if err := b.noteUser(t, q.From, false); err != nil {
		return err
	}
	switch q.Data {
	case rollCallData:
		return b.onRollCall(t, q)
	case forgetGroupData, forgetMeData, forgetKeepData:
		return b.onForgetPress(t, q)
	}
	return b.onCardPress(t, q)
}

// onCardPress handles a press on an event card's buttons. Whoever pressed is
// the one who answers: the data only says which event and version it showed.
func (b *Bot) onCardPress(t *turn, q *tgbotapi.CallbackQuery) error {
	p, ok := parsePress(q.Data)
	if !ok {
		t.answer(q, textStaleButton)
		return nil
	}
	group, err := currentGroup(t.tx, p.group)
	if err != nil {
		return err
	}
	if q.Message != nil && q.Message.Chat != nil {
		if in, err := currentGroup(t.tx, q.Message.Chat.ID); err != nil {
			return err
		} else if in == group {
			if err := b.learnMember(t, group, q.From); err != nil {
				return err
			}
		}
	}
	p.group = group
	text, err := b.respond(t, q.From.ID, p)
	if err != nil {
		return err
	}
	t.answer(q, text)
	return nil
}

// onAck is the text fallback for the Got it button: /ack <n> in the group.
func (b *Bot) onAck(t *turn, m *tgbotapi.Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, textAckUsage)
	}
	e, ok, err := b.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	text, err := b.respond(t, m.From.ID, pressData{group: e.Group, event: e.Num, rev: e.Material, act: actAck})
	if err != nil {
		return err
	}
	return t.send(m.Chat.ID, mention(m.From.ID, m.From.FirstName)+": "+escape(text))
}

// respond records user's answer to the version of an event they saw, and
// returns the short reply shown to them. Only a member of the event's group
// can answer, and only the latest version can be confirmed.
func (b *Bot) respond(t *turn, user int64, p pressData) (string, error) {
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
		return b.outdated(t, e, user, p.rev)
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
	return clip(reply, 190), b.refresh(t, e)
}

// outdated tells a member who pressed a button on an old card what changed,
// and shows them the latest card privately if the bot can.
func (b *Bot) outdated(t *turn, e allaboard.Event, user int64, seen int) (string, error) {
	u, err := lookupUser(t.tx, user)
	if err != nil {
		return "", err
	}
	if u.Reachable() {
		c, err := b.privateCard(t, e, seen)
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
	changed := stripTags(strings.Join(changesSince(revs, seen, b.zone(t.tx, e.Group)), "; "))
	return clip(fmt.Sprintf(textOutdatedGroup, changed), 190), nil
}

func rsvpText(r allaboard.RSVP) string {
	return map[allaboard.RSVP]string{allaboard.Going: "🎉 going", allaboard.Maybe: "🤔 maybe", allaboard.CantGo: "🙁 can't come"}[r]
}
