package main

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot"
	"allaboard/bot/telegramtest"
)

// halfwayStore fails a handler half-way: when it queues a group's card, after
// the event and everyone's chase were already written.
type halfwayStore struct {
	bot.Store
	group  int64
	broken atomic.Bool
}

var errHalfway = errors.New("disk trouble half-way")

func (s *halfwayStore) ApplyUpdates(ids []int, now time.Time, fn func(allaboard.Tx, []int) error) error {
	return s.Store.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error { return fn(halfwayTx{tx, s}, fresh) })
}

type halfwayTx struct {
	allaboard.Tx
	s *halfwayStore
}

func (tx halfwayTx) Enqueue(m allaboard.Outgoing) error {
	if m.ChatID == tx.s.group && m.Ref != "" && tx.s.broken.Load() {
		return errHalfway
	}
	return tx.Tx.Enqueue(m)
}

// A handler that fails half-way leaves no trace but its update, recorded as
// applied: the event it was creating does not exist, nobody is chased for
// it, its sender hears it didn't work; the other update in the same batch
// is applied as usual, and a restart applies neither again.
func TestAFailedUpdateChangesNothingAndHoldsUpNoOther(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}

	// Both arrive while the bot is down: one batch.
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(3, 15)+" | Park")
	h.tg.Send(ali.ID, ali, "/help")
	broken := &halfwayStore{group: pg.g.ID}
	broken.broken.Store(true)
	h.tune = func(m *Main) { m.WrapStore = func(s bot.Store) bot.Store { broken.Store = s; return broken } }
	h.start()
	h.waitMessage(pg.g.ID, "Sorry, that didn't work", "nothing was changed")
	h.waitMessage(ali.ID, "/event")
	h.waitLog("cannot handle an update; skipped")

	err := h.main.DB.View(func(tx allaboard.Tx) error {
		if _, err := tx.Event(pg.g.ID, 1); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("the failed /event left event #1 behind (%v)", err)
		}
		if rs, err := tx.Responses(pg.g.ID, 1); err != nil || len(rs) > 0 {
			t.Errorf("the failed /event left %d responses behind (%v)", len(rs), err)
		}
		if due, err := tx.NextDue(); err != nil || !due.IsZero() {
			t.Errorf("a reminder is due at %v after the failed /event (%v)", due, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	apologies := h.posted(pg.g.ID, "Sorry, that didn't work")
	h.tune = nil
	h.start()
	h.tg.Send(pg.g.ID, pg.host, "/event Swim | "+future(4, 10)+" | Pool")
	h.waitMessage(pg.g.ID, "Swim (#1)")
	if n := h.posted(pg.g.ID, "Sorry, that didn't work"); n != apologies {
		t.Errorf("after a restart the failed update was applied again (%d apologies, had %d)", n, apologies)
	}
	if n := h.posted(pg.g.ID, "Picnic"); n != 0 {
		t.Errorf("the failed event was announced %d times after a restart", n)
	}
}
