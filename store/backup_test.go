package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"allaboard"
	"allaboard/store"
)

// A backup of an open database, taken while it is written to, opens with
// everything that was committed before it began.
func TestBackupCopiesTheOpenDatabase(t *testing.T) {
	db := open(t)
	e := event(t, db, -100, t0.Add(day), 1, 2, 3)
	cards(t, db, e, 1, 2)
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveMember(allaboard.Member{Group: -100, User: 2}); err != nil {
			return err
		}
		return tx.Enqueue(allaboard.Outgoing{ChatID: 2, Text: "waiting"})
	})
	if err := db.ApplyUpdates([]int{41}, t0, func(allaboard.Tx, []int) error { return nil }); err != nil {
		t.Fatal(err)
	}
	// A writer keeps going meanwhile: the copy must not wait for it, nor
	// catch it half-way.
	stop := make(chan struct{})
	wrote := make(chan struct{})
	go func() {
		defer close(wrote)
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := db.Update(func(tx allaboard.Tx) error { return tx.Enqueue(allaboard.Outgoing{ChatID: 3, Text: "later"}) }); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	target := filepath.Join(t.TempDir(), "backup.db")
	n, err := db.Backup(target)
	close(stop)
	<-wrote
	if err != nil {
		t.Fatal(err)
	}
	if got := size(t, target); got != n {
		t.Errorf("backup reported %d bytes, the file has %d", n, got)
	}
	if left, _ := filepath.Glob(target + ".backup-*"); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	copied, err := store.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	defer copied.Close()
	if ev, revs, rs, tm := keptEvent(t, copied, e); !ev || !revs || !rs || !tm {
		t.Errorf("event, revisions, responses, timer copied = %v %v %v %v; want all", ev, revs, rs, tm)
	}
	if got := refs(t, copied, e, 1, 2); got != [4]bool{true, true, true, true} {
		t.Errorf("card, notes, status card, own card known = %v; want all", got)
	}
	if _, ok := waiting(t, copied)["waiting"]; !ok {
		t.Error("the message waiting in the outbox was not copied")
	}
	var members []allaboard.Member
	if err := copied.View(func(tx allaboard.Tx) (err error) { members, err = tx.Members(-100); return err }); err != nil || len(members) != 1 {
		t.Errorf("members copied: %v, %v; want the one", members, err)
	}
	seen := false
	if err := copied.ApplyUpdates([]int{41}, t0, func(allaboard.Tx, []int) error { seen = true; return nil }); err != nil {
		t.Fatal(err)
	}
	if seen {
		t.Error("update 41 would be applied again from the copy: applied update ids were not copied")
	}
	wantNext(t, copied, -100, 2, "the event counter is copied")
}

// A backup never replaces a file, and leaves nothing behind when it fails.
func TestBackupRefusesAnExistingFile(t *testing.T) {
	db := open(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "there.db")
	if err := os.WriteFile(target, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Backup(target); !errors.Is(err, store.ErrExists) {
		t.Errorf("backup over a file: %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me" {
		t.Error("the existing file was changed")
	}
	if _, err := db.Backup(filepath.Join(dir, "missing", "x.db")); err == nil {
		t.Error("backup into a missing folder worked")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.backup-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
