package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"allaboard"
	"allaboard/store"
)

// spacious makes a database whose file is mostly free pages: a group's
// worth of data kept, and many large messages sent and then forgotten.
func spacious(tb testing.TB) (path string, kept allaboard.Event, lastID uint64) {
	tb.Helper()
	db := open(tb)
	kept = event(tb, db, -100, t0.Add(day), 1, 2, 3)
	cards(tb, db, kept, 1, 2)
	update(tb, db, func(tx allaboard.Tx) error {
		for range 2000 {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: -200, Text: strings.Repeat("x", 2000)}); err != nil {
				return err
			}
		}
		return tx.SaveChat(allaboard.Chat{ID: -200, Kind: allaboard.Group})
	})
	update(tb, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(-200) })
	update(tb, db, func(tx allaboard.Tx) error { return tx.Enqueue(allaboard.Outgoing{ChatID: 2, Text: "waiting"}) })
	box, err := db.Outbox()
	if err != nil || len(box) != 1 {
		tb.Fatalf("outbox %v, %v; want the one waiting", box, err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return db.Path(), kept, box[0].ID
}

func size(tb testing.TB, path string) int64 {
	tb.Helper()
	info, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	if got, want := info.Mode().Perm(), os.FileMode(0o600); got != want {
		tb.Errorf("%s: mode %v, want %v", path, got, want)
	}
	return info.Size()
}

// A file with much free space gets smaller, in place or into another file,
// and everything is there when the bot opens it.
func TestCompactShrinksAndKeepsEverything(t *testing.T) {
	for _, tc := range []struct {
		name string
		dst  func(src string) string
	}{
		{"in place", func(src string) string { return src }},
		{"to another file", func(src string) string { return filepath.Join(filepath.Dir(src), "copy.db") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, e, lastID := spacious(t)
			before := size(t, src)
			dst := tc.dst(src)
			if err := store.Compact(src, dst); err != nil {
				t.Fatal(err)
			}
			after := size(t, dst)
			t.Logf("%d bytes → %d", before, after)
			if after*4 > before {
				t.Errorf("compacted: %d bytes, from %d; want under a quarter", after, before)
			}
			if dst != src && size(t, src) != before {
				t.Error("compacting to another file changed the original")
			}
			if left, _ := filepath.Glob(dst + ".compact-*"); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
			db, err := store.Open(dst)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if ev, revs, rs, tm := keptEvent(t, db, e); !ev || !revs || !rs || !tm {
				t.Errorf("event, revisions, responses, timer kept = %v %v %v %v; want all", ev, revs, rs, tm)
			}
			if got := refs(t, db, e, 1, 2); got != [4]bool{true, true, true, true} {
				t.Errorf("card, notes, status card, own card known = %v; want all", got)
			}
			box := waiting(t, db)
			if m, ok := box["waiting"]; !ok || m.ID != lastID || len(box) != 1 {
				t.Errorf("outbox = %v; want only the message waiting, id %d", box, lastID)
			}
			update(t, db, func(tx allaboard.Tx) error { return tx.Enqueue(allaboard.Outgoing{ChatID: 2, Text: "new"}) })
			if got := waiting(t, db)["new"].ID; got <= lastID {
				t.Errorf("a new message got id %d, not after %d: the outbox sequence was lost", got, lastID)
			}
			wantNext(t, db, -100, 2, "the counter survives")
		})
	}
}

// A database in use, or damaged, is refused and left as it was.
func TestCompactRefuses(t *testing.T) {
	db := open(t)
	if err := store.Compact(db.Path(), db.Path()); !errors.Is(err, store.ErrInUse) {
		t.Errorf("compacting a database in use: %v, want ErrInUse", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(bad, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := store.Compact(bad, bad); !errors.Is(err, store.ErrDamaged) {
		t.Errorf("compacting a damaged file: %v, want ErrDamaged", err)
	}
	if b, _ := os.ReadFile(bad); string(b) != "not a database" {
		t.Error("the damaged file was changed")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(bad), "*.compact-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	missing := filepath.Join(t.TempDir(), "missing.db")
	if err := store.Compact(missing, missing); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("compacting a missing file: %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("compacting a missing file created it")
	}
}
