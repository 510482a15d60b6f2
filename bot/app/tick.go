package app

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"allaboard"
)

// timerBatch bounds the timers handled in one run.
const timerBatch = 50

// Tick does everything due at now — reminders, then timers — and returns
// when something is next due (zero for nothing). The scheduler calls it.
func (a *Timers) Tick(now time.Time) (time.Time, error) {
	if !a.planned {
		if err := a.planAll(now); err != nil {
			return time.Time{}, err
		}
		a.planned = true
	}
	// Timers run even when chasing failed: one must not stop the other.
	chaseErr := a.app.Chase.chaseDue(now)
	if err := a.runTimers(now); err != nil {
		return time.Time{}, errors.Join(chaseErr, err)
	}
	if chaseErr != nil {
		return time.Time{}, chaseErr
	}
	// Reading what is due only views: a commit would wake the scheduler,
	// which would run this again at once, for ever.
	var next time.Time
	err := a.store.View(func(tx allaboard.Tx) error {
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
func (a *Timers) runTimers(now time.Time) error {
	due := func(tx allaboard.Tx) ([]allaboard.Timer, error) { return tx.DueTimers(now, timerBatch) }
	err := eachDue(a.store, due, timerBatch, func(due []allaboard.Timer) error {
		for _, tm := range due {
			if err := a.runSafely(now, tm); err != nil {
				a.log.Error("a timer failed; will retry", "kind", tm.Kind, "chat", tm.Group, "event", tm.Event, "err", err)
				if err := a.retryTimer(now, tm); err != nil {
					return fmt.Errorf("timer %s for %d: %w", tm.Kind, tm.Group, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("timers: %w", err)
	}
	return nil
}

// eachDue reads what is due, a batch of at most limit at a time, and does
// each batch, until a batch comes short. Doing a batch takes what it did out
// of what is due (it is sent, or put off), so the next read finds the rest.
func eachDue[T any](st Store, due func(tx allaboard.Tx) ([]T, error), limit int, do func([]T) error) error {
	for {
		var batch []T
		err := st.View(func(tx allaboard.Tx) error {
			var err error
			batch, err = due(tx)
			return err
		})
		if err != nil {
			return err
		}
		if err := do(batch); err != nil {
			return err
		}
		if len(batch) < limit {
			return nil
		}
	}
}

// timerRetry is the wait before a failed timer runs again.
const timerRetry = 5 * time.Minute

// runSafely runs a timer, turning a panic into an error: one bad timer must
// not stop the others, or the bot.
func (a *Timers) runSafely(now time.Time, tm allaboard.Timer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return a.runTimer(now, tm)
}

// retryTimer sets a failed timer again: a digest at its next run, anything
// else a few minutes on.
func (a *Timers) retryTimer(now time.Time, tm allaboard.Timer) error {
	return a.store.Update(func(tx allaboard.Tx) error {
		if tm.Kind == allaboard.TimerDigest {
			if err := a.app.Settings.nextDigest(NewTurn(tx, now, nil), tm.Group); err == nil {
				return nil
			}
		}
		tm.At = now.Add(timerRetry)
		return tx.SetTimer(tm)
	})
}

func (a *Timers) runTimer(now time.Time, tm allaboard.Timer) error {
	var do func(t *turn) error
	switch tm.Kind {
	case allaboard.TimerRoster:
		// Leased before Telegram is asked, outside any transaction: a
		// recount asked for meanwhile sets the timer anew, and counts again
		// (this count may be from before someone joined); a crash counts
		// again when the lease ends.
		lease := allaboard.Timer{Kind: tm.Kind, Group: tm.Group, Event: tm.Event, At: now.Add(timerRetry)}
		if err := a.store.Update(func(tx allaboard.Tx) error { return tx.SetTimer(lease) }); err != nil {
			return err
		}
		tm = lease
		do = a.checkRoster(tm.Group)
	case allaboard.TimerPurge:
		do = func(t *turn) error { return purge(t, tm.Group) }
	case allaboard.TimerReminder:
		do = func(t *turn) error { return a.app.Chase.remindBefore(t, tm.Group, tm.Event) }
	case allaboard.TimerStart:
		do = func(t *turn) error { return a.app.Chase.started(t, tm.Group, tm.Event) }
	case allaboard.TimerDigest:
		do = func(t *turn) error { return a.app.Settings.digest(t, tm.Group, tm.At) }
	case allaboard.TimerHandOff:
		do = func(t *turn) error { return a.app.Chase.handOffDue(t, tm.Group, tm.Event) }
	case allaboard.TimerBring:
		do = func(t *turn) error { return a.app.Bring.missingDue(t, tm.Group, tm.Event) }
	case allaboard.TimerSeries:
		do = func(t *turn) error { return a.app.Series.due(t, tm.Group, tm.Event) }
	}
	return a.store.Update(func(tx allaboard.Tx) error {
		t := NewTurn(tx, now, nil)
		t.group = tm.Group
		// Set anew (or cleared) since it was read, as a recount asked for
		// while Telegram was counting: what was read then is stale, and the
		// timer as it stands now runs instead.
		if cur, err := tx.Timer(tm.Kind, tm.Group, tm.Event); errors.Is(err, allaboard.ErrNotFound) || err == nil && !cur.At.Equal(tm.At) {
			return nil
		} else if err != nil {
			return err
		}
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
func (a *Timers) checkRoster(group int64) func(t *turn) error {
	c := a.counter.Census(group)
	if d := c.Failed; d != nil {
		a.log.Info("cannot count a group's members", "chat", group, "outcome", d.Outcome, "err", d.Detail)
		return func(t *turn) error { return a.rosterFailed(t, group, *d) }
	}
	return func(t *turn) error {
		if err := a.app.Roster.counted(t, group, c.Members, c.Admins); err != nil {
			return err
		}
		a.log.Debug("counted a group's members", "chat", group, "members", c.Members)
		return nil
	}
}

// rosterFailed acts on a failed count: a group the bot is no longer in is
// treated as a removal, a migrated one moves; otherwise try again later.
func (a *Timers) rosterFailed(t *turn, group int64, d allaboard.Delivery) error {
	switch d.Outcome {
	case allaboard.Migrated:
		return a.app.Roster.migrate(t, group, d.NewChatID)
	case allaboard.Removed, allaboard.ChatNotFound:
		return a.app.Roster.removedFrom(t, group)
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group, At: t.now.Add(recountRetry)})
}

// PlanVersion is the version of planMissing: raise it when planMissing
// learns something new, and every group is checked once more.
const PlanVersion = 1

// planAll gives every group its digest timer, and every event its reminder
// and start timers, where they are missing: for data kept before timers
// existed. Timers already set are left alone, so nothing is sent twice. Each
// group is checked once per PlanVersion, so a start reads no group's events
// once they have been.
func (a *Timers) planAll(now time.Time) error {
	return a.store.Update(func(tx allaboard.Tx) error {
		t := NewTurn(tx, now, nil)
		chats, err := tx.Chats()
		if err != nil {
			return err
		}
		for _, c := range chats {
			if c.Removed || c.MovedTo != 0 || c.Kind == allaboard.Private || c.Planned >= PlanVersion {
				continue
			}
			if err := a.planMissing(t, c.ID); err != nil {
				return fmt.Errorf("plan group %d: %w", c.ID, err)
			}
			c.Planned = PlanVersion
			if err := tx.SaveChat(c); err != nil {
				return err
			}
		}
		return nil
	})
}

func (a *Timers) planMissing(t *turn, group int64) error {
	if _, err := t.tx.Timer(allaboard.TimerDigest, group, 0); errors.Is(err, allaboard.ErrNotFound) {
		if err := a.app.Settings.planDigest(t, group); err != nil {
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
			if err := a.app.Chase.plan(t, e); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		// Kept by a version that handed off with the 4th reminder instead.
		if _, err := t.tx.Timer(allaboard.TimerHandOff, group, e.Num); errors.Is(err, allaboard.ErrNotFound) {
			if err := a.app.Chase.planHandOff(t, e); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
	}
	return nil
}
