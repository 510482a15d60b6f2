package main

import (
	"errors"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/store"
)

// Shortly after start the bot deletes the events over for longer than the
// retention period, says so in its log, and stops cleanly afterwards.
func TestOldEventsArePrunedAfterStart(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	db, err := store.Open(h.db)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	err = db.Update(func(tx allaboard.Tx) error {
		for _, when := range []time.Time{now.Add(-200 * 24 * time.Hour), now.Add(-100 * 24 * time.Hour)} {
			n, err := tx.NextEventNum(-100)
			if err != nil {
				return err
			}
			e, r, err := allaboard.NewEvent(-100, n, allaboard.User{ID: 1, FirstName: "Anna"}, "Picnic", when, "Park", "", when.Add(-time.Hour))
			if err != nil {
				return err
			}
			if err := tx.CreateEvent(e); err != nil {
				return err
			}
			if err := tx.AddRevision(-100, n, r); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	h.tune = func(m *Main) { m.PruneDelay = time.Millisecond }
	h.start()
	h.waitLog("pruned events over for longer than the retention period")
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	db, err = store.Open(h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx allaboard.Tx) error {
		if _, err := tx.Event(-100, 1); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("the event over 200 days ago: %v, want it pruned", err)
		}
		_, err := tx.Event(-100, 2)
		return err
	})
	if err != nil {
		t.Errorf("the event over 100 days ago: %v, want it kept", err)
	}
}
