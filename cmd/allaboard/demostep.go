package main

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"allaboard"
	"allaboard/bot"
	"allaboard/bot/telegramtest"
)

// stepper keeps the bot in step with the demo's story, so that the story
// prints the same bytes on every run, however busy the machine. It stands
// between the bot and its database (Main.WrapStore):
//
//   - the sender reads the outbox only once everything the last step set off
//     has been decided (the update applied, the scheduler idle), so that it
//     always sees the whole queue at once, never half of it;
//   - settle waits until the bot has nothing left to do, before the story's
//     next step.
//
// With the sender on the story's clock (Main.SendNow), which stands still
// while the story waits for the bot, what the bot sends then depends only on
// the story.
type stepper struct {
	bot.Store
	tg   *telegramtest.Server
	main *Main

	begun, ended atomic.Uint64 // write transactions
	over         atomic.Bool   // the story is over: the sender reads at once
}

// stepEvery is how often the demo looks again whether the bot is done.
const stepEvery = time.Millisecond

func (s *stepper) Update(fn func(allaboard.Tx) error) error {
	s.begun.Add(1)
	defer s.ended.Add(1)
	return s.Store.Update(fn)
}

func (s *stepper) ApplyUpdates(ids []int, now time.Time, fn func(allaboard.Tx, []int) error) error {
	s.begun.Add(1)
	defer s.ended.Add(1)
	return s.Store.ApplyUpdates(ids, now, fn)
}

func (s *stepper) CompleteAll(done []allaboard.Completion, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	s.begun.Add(1)
	defer s.ended.Add(1)
	return s.Store.CompleteAll(done, after)
}

// OutboxEpoch is where the sender begins to read the outbox.
func (s *stepper) OutboxEpoch() uint64 {
	s.decided()
	return s.Store.OutboxEpoch()
}

func (s *stepper) OutboxEach(id uint64, fn func(allaboard.Outgoing) error) error {
	s.decided()
	return s.Store.OutboxEach(id, fn)
}

// decided waits until every update is applied, every button press answered
// and the scheduler is idle: nothing more is being put in the outbox, and a
// press's answer comes before what it sets off.
func (s *stepper) decided() {
	for !s.over.Load() && (s.tg.Pending() > 0 || s.tg.Unanswered() > 0 || !s.schedulerIdle()) {
		time.Sleep(stepEvery)
	}
}

func (s *stepper) schedulerIdle() bool {
	sched := s.main.sched.Load()
	return sched != nil && sched.Idle()
}

// settle waits until the bot has nothing left to do at the story's time:
// every update applied and press answered, the scheduler idle, the outbox
// empty, and no write begun meanwhile. Nothing then happens until the story
// acts again.
func (s *stepper) settle(ctx context.Context) error {
	for {
		begun := s.begun.Load()
		if s.ended.Load() == begun && s.tg.Pending() == 0 && s.tg.Unanswered() == 0 && s.schedulerIdle() && s.outboxEmpty() && s.begun.Load() == begun {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the bot to finish: %w", ctx.Err())
		case <-time.After(stepEvery):
		}
	}
}

// outboxEmpty reports whether everything queued has been sent and recorded.
// Call it once the scheduler is known: Run has wrapped the store by then.
func (s *stepper) outboxEmpty() bool {
	queued := 0
	err := s.Store.OutboxEach(0, func(allaboard.Outgoing) error {
		queued++
		return nil
	})
	return err == nil && queued == 0
}

// wake has the scheduler look at the story's clock again after it moved, so
// that settle waits for what fell due.
func (s *stepper) wake() {
	if sched := s.main.sched.Load(); sched != nil {
		sched.Wake()
	}
}
