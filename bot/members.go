package bot

import (
	"errors"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// learnMember records that a user is in a group, from something they did
// there. Someone new (or back) while events are upcoming is chased from now
// for each event they have not confirmed.
func (b *Bot) learnMember(t *turn, group int64, from *tgbotapi.User) error {
	if from == nil || from.IsBot {
		return nil
	}
	m, err := t.tx.Member(group, from.ID)
	if err == nil && !m.Left {
		return nil
	} else if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return err
	}
	if err := t.tx.SaveMember(allaboard.Member{Group: group, User: from.ID, Since: t.now}); err != nil {
		return err
	}
	events, err := t.tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		if !e.Upcoming(t.now) {
			continue
		}
		r, err := lookupResponse(t.tx, group, e.Num, from.ID)
		if err != nil {
			return err
		}
		if r.Confirmed(e) {
			continue
		}
		r.Late = true
		b.restartChase(t, e, &r)
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
		if err := b.refresh(t, e); err != nil {
			return err
		}
	}
	return nil
}

// memberLeft stops chasing a member who left the group; hosts' cards drop them.
func (b *Bot) memberLeft(t *turn, group int64, user *tgbotapi.User) error {
	if user == nil || user.IsBot {
		return nil
	}
	m, err := t.tx.Member(group, user.ID)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && m.Left {
		return nil
	} else if err != nil {
		return err
	}
	m.Left = true
	if err := t.tx.SaveMember(m); err != nil {
		return err
	}
	events, err := t.tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		r, err := t.tx.Response(group, e.Num, user.ID)
		if errors.Is(err, allaboard.ErrNotFound) {
			continue
		} else if err != nil {
			return err
		}
		r.Due = time.Time{}
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
		if e.Upcoming(t.now) {
			if err := b.refresh(t, e); err != nil {
				return err
			}
		}
	}
	return nil
}
