package store_test

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// A series is kept by group and number, moves with its group to the
// supergroup it became, and goes when the group is deleted.
func TestSeriesAreKeptMovedAndDeletedWithTheirGroup(t *testing.T) {
	db := open(t)
	start := time.Date(2026, 12, 8, 16, 0, 0, 0, time.UTC)
	s := allaboard.Series{Group: -10, Num: 3, Title: "Swimming", Where: "Pool", Host: 1, Current: 3,
		Rule:   allaboard.Rule{RRule: "FREQ=WEEKLY;BYDAY=TU", Start: start, Zone: "Europe/Berlin", Length: time.Hour},
		Except: []time.Time{start.AddDate(0, 0, 7)}}
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: -10, Title: "Class 2b"}); err != nil {
			return err
		}
		return tx.SaveSeries(s)
	})
	read := func(group int64) (allaboard.Series, error) {
		var got allaboard.Series
		err := db.View(func(tx allaboard.Tx) (err error) { got, err = tx.Series(group, 3); return err })
		return got, err
	}
	got, err := read(-10)
	if err != nil || got.Rule != s.Rule || got.Title != "Swimming" || len(got.Except) != 1 || !got.Except[0].Equal(s.Except[0]) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(-10, -1001) })
	if _, err := read(-10); !errors.Is(err, allaboard.ErrNotFound) {
		t.Errorf("still under the old group: %v", err)
	}
	if got, err := read(-1001); err != nil || got.Group != -1001 {
		t.Errorf("moved: %+v, %v", got, err)
	}
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(-1001) })
	if _, err := read(-1001); !errors.Is(err, allaboard.ErrNotFound) {
		t.Errorf("kept after the group was deleted: %v", err)
	}
}

// A database with a series passes the check the operator runs.
func TestCheckAcceptsSeries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "series.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	update(t, db, func(tx allaboard.Tx) error {
		return tx.SaveSeries(allaboard.Series{Group: -10, Num: 1, Title: "Swimming", Rule: allaboard.Rule{RRule: "FREQ=DAILY", Zone: "UTC"}})
	})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Check(path); err != nil {
		t.Errorf("check: %v", err)
	}
}
