package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// roomyDB writes a database with one event kept and much free space: a
// group's worth of messages queued and then forgotten.
func roomyDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "allaboard.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx allaboard.Tx) error {
		e, r, err := allaboard.NewEvent(-100, 1, allaboard.User{ID: 1, FirstName: "Anna"}, "Picnic", time.Now().Add(time.Hour), "Park", "", time.Now())
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(-100, 1, r); err != nil {
			return err
		}
		for range 2000 {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: -200, Text: strings.Repeat("x", 2000)}); err != nil {
				return err
			}
		}
		return tx.SaveChat(allaboard.Chat{ID: -200, Kind: allaboard.Group})
	})
	if err == nil {
		err = db.Update(func(tx allaboard.Tx) error { return tx.DeleteGroup(-200) })
	}
	if err != nil {
		t.Fatal(err)
	}
	return path
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("%s: mode %v, want 0600", path, info.Mode().Perm())
	}
	return info.Size()
}

// hasPicnic opens the database as the bot does and looks for the event.
func hasPicnic(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx allaboard.Tx) error {
		e, err := tx.Event(-100, 1)
		if err == nil && e.Title != "Picnic" {
			t.Errorf("event #1 is %q, want the picnic", e.Title)
		}
		return err
	})
	if err != nil {
		t.Errorf("after compacting: %v", err)
	}
}

func compact(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(context.Background(), append([]string{"compact"}, args...), func(string) string { return "" }, &out, &errs)
	return code, out.String(), errs.String()
}

func TestCompactCommand(t *testing.T) {
	t.Run("in place", func(t *testing.T) {
		path := roomyDB(t)
		before := fileSize(t, path)
		code, stdout, stderr := compact("-db", path)
		if code != 0 || !strings.Contains(stdout, " MB → ") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if after := fileSize(t, path); after*4 > before {
			t.Errorf("%d bytes → %d; want under a quarter", before, after)
		}
		hasPicnic(t, path)
	})
	t.Run("into a new file", func(t *testing.T) {
		path := roomyDB(t)
		before := fileSize(t, path)
		target := filepath.Join(t.TempDir(), "small.db")
		if code, stdout, stderr := compact("-db", path, target); code != 0 {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		if fileSize(t, target)*4 > before || fileSize(t, path) != before {
			t.Errorf("the target isn't smaller, or the original changed")
		}
		hasPicnic(t, target)
		if code, _, stderr := compact("-db", path, target); code != 1 || !strings.Contains(stderr, "exists") {
			t.Errorf("onto an existing file: exit %d, %q; want 1 and a word about it", code, stderr)
		}
	})
	t.Run("the bot is running", func(t *testing.T) {
		path := roomyDB(t)
		db, err := store.Open(path) // as the running bot holds it
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		before := fileSize(t, path)
		code, _, stderr := compact("-db", path)
		if code != 1 || !strings.Contains(stderr, "stop the bot first") {
			t.Errorf("exit %d, stderr %q; want 1 and to stop the bot first", code, stderr)
		}
		if fileSize(t, path) != before {
			t.Error("the file changed")
		}
	})
	t.Run("damaged", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a.db")
		if err := writeFile(path, bytes.Repeat([]byte("not a database "), 1000)); err != nil {
			t.Fatal(err)
		}
		if code, _, stderr := compact("-db", path); code != 1 || !strings.Contains(stderr, "damaged") {
			t.Errorf("exit %d, stderr %q; want 1 and damaged", code, stderr)
		}
	})
	t.Run("usage", func(t *testing.T) {
		if code, _, stderr := compact("a.db", "b.db"); code != 2 || !strings.Contains(stderr, "Usage: allaboard compact") {
			t.Errorf("two targets: exit %d, stderr %q; want 2 and the usage", code, stderr)
		}
		if code, _, _ := compact("-h"); code != 0 {
			t.Errorf("-h: exit %d, want 0", code)
		}
	})
}
