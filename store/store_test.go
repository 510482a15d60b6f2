package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

func open(tb testing.TB) *store.DB {
	tb.Helper()
	return openAt(tb, filepath.Join(tb.TempDir(), "test.db"))
}

// openAt opens the database at path, closed when the test ends.
func openAt(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	db := open(t)
	info, err := os.Stat(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := info.Mode().Perm(), os.FileMode(0o600); got != want {
		t.Fatalf("mode = %v, want %v", got, want)
	}
}

func TestSecondOpenFailsFast(t *testing.T) {
	db := open(t)
	start := time.Now()
	_, err := store.Open(db.Path())
	if !errors.Is(err, store.ErrInUse) {
		t.Fatalf("second open: err = %v, want ErrInUse", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("second open took %v, want under 2s", took)
	}
}

func TestOpenDamagedFile(t *testing.T) {
	for name, content := range map[string][]byte{
		"text": []byte("this is not a database\n"),
		"garbage": func() []byte {
			b := make([]byte, 64<<10)
			for i := range b {
				b[i] = byte(i * 7)
			}
			return b
		}(),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bad.db")
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := store.Open(path)
			if !errors.Is(err, store.ErrDamaged) {
				t.Fatalf("err = %v, want ErrDamaged", err)
			}
			after, _ := os.ReadFile(path)
			if string(after) != string(content) {
				t.Fatal("opening a damaged file changed it")
			}
		})
	}
}

func TestApplyUpdatesExactlyOnce(t *testing.T) {
	db := open(t)
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	var applied []int
	apply := func(ids []int, fail error) error {
		return db.ApplyUpdates(ids, now, func(tx allaboard.Tx, fresh []int) error {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: 1, Text: "reply"}); err != nil {
				return err
			}
			if fail != nil {
				return fail
			}
			applied = append(applied, fresh...)
			return nil
		})
	}
	crash := errors.New("crash")
	if err := apply([]int{10, 11}, crash); !errors.Is(err, crash) {
		t.Fatalf("err = %v, want crash", err)
	}
	if box, _ := db.Outbox(); len(box) != 0 {
		t.Fatalf("a failed batch left %d messages in the outbox", len(box))
	}
	if err := apply([]int{10, 11}, nil); err != nil { // redelivered after the crash
		t.Fatal(err)
	}
	if err := apply([]int{11, 10, 12}, nil); err != nil { // redelivered after the commit, plus a new one
		t.Fatal(err)
	}
	if got, want := applied, []int{10, 11, 12}; !equal(got, want) {
		t.Fatalf("applied %v, want %v", got, want)
	}
	if box, _ := db.Outbox(); len(box) != 2 {
		t.Fatalf("outbox has %d messages, want 2 (one per applied batch)", len(box))
	}
}

func TestApplyUpdatesForgetsOldIDs(t *testing.T) {
	db := open(t)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	count := 0
	apply := func(id int, at time.Time) {
		t.Helper()
		if err := db.ApplyUpdates([]int{id}, at, func(allaboard.Tx, []int) error { count++; return nil }); err != nil {
			t.Fatal(err)
		}
	}
	apply(7, start)
	apply(7, start.Add(7*24*time.Hour)) // within the window: a redelivery
	if count != 1 {
		t.Fatalf("applied %d times within the window, want 1", count)
	}
	apply(8, start.Add(9*24*time.Hour)) // prunes id 7
	apply(7, start.Add(9*24*time.Hour)) // Telegram reuses the id after a week of silence
	if count != 3 {
		t.Fatalf("applied %d times, want 3: an id reused after the window is a new update", count)
	}
}

func TestOutboxOrderAndComplete(t *testing.T) {
	db := open(t)
	notified := 0
	db.OnEnqueue = func() { notified++ }
	err := db.Update(func(tx allaboard.Tx) error {
		for _, text := range []string{"one", "two", "three"} {
			// Posts anew: an edit of the card would replace the one before.
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: -5, Text: text, Ref: "card", Fresh: true}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if notified != 1 {
		t.Fatalf("OnEnqueue called %d times, want once per commit", notified)
	}
	box, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	if len(box) != 3 || box[0].Text != "one" || box[2].Text != "three" || box[0].ID >= box[1].ID {
		t.Fatalf("outbox = %+v, want one, two, three in order", box)
	}
	var seen []string
	after := func(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		seen = append(seen, m.Text)
		return nil
	}
	if err := db.Complete(box[0].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 42}, after); err != nil {
		t.Fatal(err)
	}
	if err := db.Complete(box[0].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 43}, after); err != nil {
		t.Fatal(err)
	}
	if id, _ := db.RefMessage(-5, "card"); id != 42 {
		t.Fatalf("ref message = %d, want 42", id)
	}
	if id, _ := db.RefMessage(-6, "card"); id != 0 {
		t.Fatalf("ref in another chat = %d, want 0", id)
	}
	if err := db.Complete(box[1].ID, allaboard.Delivery{Outcome: allaboard.Blocked}, after); err != nil {
		t.Fatal(err)
	}
	if id, _ := db.RefMessage(-5, "card"); id != 42 {
		t.Fatalf("an undelivered message changed the ref to %d", id)
	}
	if got := len(seen); got != 2 {
		t.Fatalf("after-hook ran %d times, want 2 (not for a message already completed)", got)
	}
	if box, _ := db.Outbox(); len(box) != 1 || box[0].Text != "three" {
		t.Fatalf("outbox = %+v, want only three", box)
	}
}

func TestChatsAndUsersRoundTrip(t *testing.T) {
	db := open(t)
	err := db.Update(func(tx allaboard.Tx) error {
		if _, err := tx.Chat(-1); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("missing chat: err = %v, want ErrNotFound", err)
		}
		if err := tx.SaveChat(allaboard.Chat{ID: -1, Title: "Class 2B <parents>"}); err != nil {
			return err
		}
		return tx.SaveUser(allaboard.User{ID: 7, FirstName: "Ann", Started: true})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx allaboard.Tx) error {
		c, err := tx.Chat(-1)
		if err != nil || c.Title != "Class 2B <parents>" {
			t.Errorf("chat = %+v, %v", c, err)
		}
		u, err := tx.User(7)
		if err != nil || !u.Reachable() {
			t.Errorf("user = %+v, %v", u, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestOnCommitFollowsEveryCommittedWrite(t *testing.T) {
	db := open(t)
	commits := 0
	db.OnCommit = func() { commits++ }
	if err := db.Update(func(allaboard.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if err := db.Update(func(allaboard.Tx) error { return errors.New("rolled back") }); err == nil {
		t.Fatal("the failing transaction succeeded")
	}
	if err := db.ApplyUpdates([]int{1}, time.Now(), func(allaboard.Tx, []int) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if commits != 2 {
		t.Fatalf("OnCommit called %d times, want 2 (not for the rollback)", commits)
	}
}
