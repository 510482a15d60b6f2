package bot

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"allaboard"
	"allaboard/bot/sender"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// timerBatch bounds the timers handled in one run.
const timerBatch = 50

// Tick does everything due at now — reminders, then timers — and returns
// when something is next due (zero for nothing). The scheduler calls it.
func (b *Bot) Tick(now time.Time) (time.Time, error) {
	if !b.planned {
		if err := b.planAll(now); err != nil {
			return time.Time{}, err
		}
		b.planned = true
	}
	if err := b.chaseDue(now); err != nil {
		return time.Time{}, err
	}
	if err := b.runTimers(now); err != nil {
		return time.Time{}, err
	}
	var next time.Time
	err := b.store.Update(func(tx allaboard.Tx) error {
		due, err := tx.NextDue()
		if err != nil {
			return err
		}
		timer, err := tx.NextTimer()
		next = earliest(due, timer)
		return err
	})
	return next, err
}

// earliest is the earlier of two times, the zero time meaning none.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || !b.IsZero() && b.Before(a) {
		return b
	}
	return a
}

// runTimers does the timers due at now. A roster check asks Telegram first,
// outside any transaction.
func (b *Bot) runTimers(now time.Time) error {
	for {
		var due []allaboard.Timer
		err := b.store.Update(func(tx allaboard.Tx) error {
			var err error
			due, err = tx.DueTimers(now, timerBatch)
			return err
		})
		if err != nil {
			return fmt.Errorf("timers: %w", err)
		}
		for _, tm := range due {
			if err := b.runSafely(now, tm); err != nil {
				b.log.Error("a timer failed; will retry", "kind", tm.Kind, "chat", tm.Group, "event", tm.Event, "err", err)
				if err := b.retryTimer(now, tm); err != nil {
					return fmt.Errorf("timer %s for %d: %w", tm.Kind, tm.Group, err)
				}
			}
		}
		if len(due) < timerBatch {
			return nil
		}
	}
}

// timerRetry is the wait before a failed timer runs again.
const timerRetry = 5 * time.Minute

// runSafely runs a timer, turning a panic into an error: one bad timer must
// not stop the others, or the bot.
func (b *Bot) runSafely(now time.Time, tm allaboard.Timer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return b.runTimer(now, tm)
}

// retryTimer sets a failed timer again: a digest at its next run, anything
// else a few minutes on.
func (b *Bot) retryTimer(now time.Time, tm allaboard.Timer) error {
	return b.store.Update(func(tx allaboard.Tx) error {
		if tm.Kind == allaboard.TimerDigest {
			if err := b.planDigest(&turn{tx: tx, now: now}, tm.Group); err == nil {
				return nil
			}
		}
		tm.At = now.Add(timerRetry)
		return tx.SetTimer(tm)
	})
}

func (b *Bot) runTimer(now time.Time, tm allaboard.Timer) error {
	var do func(t *turn) error
	switch tm.Kind {
	case allaboard.TimerRoster:
		do = b.checkRoster(tm.Group)
	case allaboard.TimerPurge:
		do = func(t *turn) error { return purge(t, tm.Group) }
	case allaboard.TimerReminder:
		do = func(t *turn) error { return b.remindBefore(t, tm.Group, tm.Event) }
	case allaboard.TimerStart:
		do = func(t *turn) error { return b.started(t, tm.Group, tm.Event) }
	case allaboard.TimerDigest:
		do = func(t *turn) error { return b.digest(t, tm.Group, tm.At) }
	}
	return b.store.Update(func(tx allaboard.Tx) error {
		t := &turn{tx: tx, now: now}
		// Done with, unless the work sets it again.
		if err := tx.SetTimer(allaboard.Timer{Kind: tm.Kind, Group: tm.Group, Event: tm.Event}); err != nil {
			return err
		}
		if do == nil {
			return nil // a kind this version does not know
		}
		return do(t)
	})
}

// checkRoster asks Telegram how many members a group has, and who its admins
// are, and returns the work to do with the answer.
func (b *Bot) checkRoster(group int64) func(t *turn) error {
	count, err := b.api.GetChatMembersCount(tgbotapi.ChatMemberCountConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: group}})
	if err != nil {
		return b.rosterFailed(group, err)
	}
	admins, err := b.api.GetChatAdministrators(tgbotapi.ChatAdministratorsConfig{ChatConfig: tgbotapi.ChatConfig{ChatID: group}})
	if err != nil {
		b.log.Info("cannot list a group's admins", "chat", group, "err", redact(err.Error(), b.cfg.Token))
		admins = nil
	}
	return func(t *turn) error { return b.counted(t, group, count, admins) }
}

// rosterFailed acts on a failed count: a group the bot is no longer in is
// treated as a removal, a migrated one moves; otherwise try again later.
func (b *Bot) rosterFailed(group int64, err error) func(t *turn) error {
	d := sender.Classify(err).Delivery
	b.log.Info("cannot count a group's members", "chat", group, "outcome", d.Outcome, "err", redact(err.Error(), b.cfg.Token))
	return func(t *turn) error {
		switch {
		case d.Outcome == allaboard.Migrated:
			return b.migrate(t, group, d.NewChatID)
		case d.Outcome == allaboard.Removed || d.Outcome == allaboard.ChatNotFound:
			return b.removedFrom(t, group)
		}
		return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group, At: t.now.Add(recountRetry)})
	}
}

// planAll gives every group its digest timer, and every event its reminder
// and start timers, where they are missing: for data kept before timers
// existed. Timers already set are left alone, so nothing is sent twice.
func (b *Bot) planAll(now time.Time) error {
	return b.store.Update(func(tx allaboard.Tx) error {
		t := &turn{tx: tx, now: now}
		chats, err := tx.Chats()
		if err != nil {
			return err
		}
		for _, c := range chats {
			if c.Removed || c.MovedTo != 0 || c.Kind == allaboard.Private {
				continue
			}
			if err := b.planMissing(t, c.ID); err != nil {
				return fmt.Errorf("plan group %d: %w", c.ID, err)
			}
		}
		return nil
	})
}

func (b *Bot) planMissing(t *turn, group int64) error {
	if _, err := t.tx.Timer(allaboard.TimerDigest, group, 0); errors.Is(err, allaboard.ErrNotFound) {
		if err := b.planDigest(t, group); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	events, err := upcomingEvents(t.tx, group, t.now)
	if err != nil {
		return err
	}
	for _, e := range events {
		if _, err := t.tx.Timer(allaboard.TimerStart, group, e.Num); errors.Is(err, allaboard.ErrNotFound) {
			if err := b.plan(t, e); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
	}
	return nil
}
