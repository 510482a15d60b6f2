package store_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// passOns are user's messages kept to be passed on.
func passOns(tb testing.TB, db *store.DB, user int64) []allaboard.PassOn {
	tb.Helper()
	var ps []allaboard.PassOn
	if err := db.View(func(tx allaboard.Tx) (err error) { ps, err = tx.PassOns(user); return err }); err != nil {
		tb.Fatal(err)
	}
	return ps
}

// keepPassOn stores a message of user written at at, and returns its id.
func keepPassOn(tb testing.TB, db *store.DB, user int64, text string, at time.Time) uint64 {
	tb.Helper()
	var id uint64
	update(tb, db, func(tx allaboard.Tx) (err error) {
		id, err = tx.SavePassOn(allaboard.PassOn{User: user, Text: text, At: at, Offered: []allaboard.EventKey{{Group: -100, Num: 1}}})
		return err
	})
	return id
}

// Each message gets its own id; a member's are read together, oldest first,
// and nobody else's; one is found only under its writer.
func TestPassOnsAreKeptPerUser(t *testing.T) {
	db := open(t)
	first := keepPassOn(t, db, 11, "first", t0)
	second := keepPassOn(t, db, 11, "second", t0)
	keepPassOn(t, db, 12, "Ben's", t0)
	if first == 0 || second == first {
		t.Fatalf("ids %d and %d", first, second)
	}
	if ps := passOns(t, db, 11); len(ps) != 2 || ps[0].Text != "first" || ps[1].Text != "second" || ps[1].ID != second {
		t.Errorf("user 11's messages: %+v", ps)
	}
	err := db.View(func(tx allaboard.Tx) error {
		if _, err := tx.PassOn(12, first); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("user 12 reads user 11's message: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	update(t, db, func(tx allaboard.Tx) error { return tx.DeletePassOn(11, first) })
	if ps := passOns(t, db, 11); len(ps) != 1 || ps[0].ID != second {
		t.Errorf("after deleting the first, user 11 has %+v", ps)
	}
}

// Forgetting a user deletes what they wrote to be passed on, and nobody
// else's.
func TestDeleteUserDeletesTheirPassOns(t *testing.T) {
	db := open(t)
	keepPassOn(t, db, 11, "our address", t0)
	keepPassOn(t, db, 12, "Ben's", t0)
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteUser(11) })
	if ps := passOns(t, db, 11); len(ps) != 0 {
		t.Errorf("a forgotten user's messages are kept: %+v", ps)
	}
	if ps := passOns(t, db, 12); len(ps) != 1 {
		t.Errorf("another user's messages went too: %+v", ps)
	}
}

// Pruning deletes the messages that waited longer than they may.
func TestPruneDeletesOldPassOns(t *testing.T) {
	db := open(t)
	keepPassOn(t, db, 11, "old", t0)
	keepPassOn(t, db, 11, "new", t0.Add(time.Hour))
	st, err := db.Prune(t0.Add(allaboard.PassOnKeep), keep)
	if err != nil {
		t.Fatal(err)
	}
	if ps := passOns(t, db, 11); len(ps) != 1 || ps[0].Text != "new" || st.PassOns != 1 {
		t.Errorf("after pruning (%+v) user 11 has %+v", st, ps)
	}
}
