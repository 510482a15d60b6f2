package store_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// filled makes a closed database of a few hundred pages: an event and many
// queued messages, so that the outbox is a tree of branch and leaf pages.
func filled(tb testing.TB) (path string, pageSize int64, freelist uint64, roots map[string]uint64) {
	tb.Helper()
	db := open(tb)
	event(tb, db, -100, t0.Add(day), 1, 2, 3)
	for range 3 {
		update(tb, db, func(tx allaboard.Tx) error {
			for i := range 1000 {
				if err := tx.Enqueue(allaboard.Outgoing{ChatID: int64(i), Text: strings.Repeat("x", 300)}); err != nil {
					return err
				}
			}
			return nil
		})
	}
	pageSize, freelist, roots, err := db.PagesForTest()
	if err != nil {
		tb.Fatal(err)
	}
	if err := db.Close(); err != nil {
		tb.Fatal(err)
	}
	return db.Path(), pageSize, freelist, roots
}

func overwrite(tb testing.TB, path string, at int64, data []byte) {
	tb.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(data, at); err != nil {
		tb.Fatal(err)
	}
}

func garbage(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31 + 7)
	}
	return b
}

// A damaged file is refused at once, saying what is wrong, and left as it
// was: cut short, a bucket's page or a run of pages overwritten, the
// freelist zeroed, the root pointing past the end.
func TestOpenNamesDamage(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string, pageSize int64, freelist uint64, roots map[string]uint64)
		says   string
	}{
		{"cut short", func(t *testing.T, path string, pageSize int64, _ uint64, _ map[string]uint64) {
			info, _ := os.Stat(path)
			if err := os.Truncate(path, info.Size()/2/pageSize*pageSize); err != nil {
				t.Fatal(err)
			}
		}, "cut short"},
		{"cut to its first page", func(t *testing.T, path string, pageSize int64, _ uint64, _ map[string]uint64) {
			if err := os.Truncate(path, pageSize); err != nil {
				t.Fatal(err)
			}
		}, "cut short"},
		{"a bucket's root page overwritten", func(t *testing.T, path string, pageSize int64, _ uint64, roots map[string]uint64) {
			overwrite(t, path, int64(roots["outbox"])*pageSize, garbage(int(pageSize)))
		}, "outbox"},
		{"pages overwritten", func(t *testing.T, path string, pageSize int64, _ uint64, _ map[string]uint64) {
			info, _ := os.Stat(path)
			overwrite(t, path, info.Size()/3/pageSize*pageSize, garbage(int(info.Size()/3)))
		}, "page"},
		{"the freelist zeroed", func(t *testing.T, path string, pageSize int64, freelist uint64, _ map[string]uint64) {
			overwrite(t, path, int64(freelist)*pageSize, make([]byte, pageSize))
		}, "freelist"},
		{"the root past the end", func(t *testing.T, path string, pageSize int64, _ uint64, _ map[string]uint64) {
			if err := store.SetRootForTest(path, pageSize, 1<<20); err != nil {
				t.Fatal(err)
			}
		}, "root page 1048576"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, pageSize, freelist, roots := filled(t)
			tc.damage(t, path, pageSize, freelist, roots)
			before, _ := os.ReadFile(path)
			began := time.Now()
			db, err := store.Open(path)
			if err == nil {
				db.Close()
				t.Fatal("the damaged file was opened")
			}
			var damage *store.DamageError
			t.Log(err)
			if !errors.As(err, &damage) || !errors.Is(err, store.ErrDamaged) || !strings.Contains(damage.What, tc.says) {
				t.Errorf("err = %v, want a DamageError saying %q", err, tc.says)
			}
			if took := time.Since(began); took > 2*time.Second {
				t.Errorf("took %v to refuse", took)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("opening the damaged file changed it")
			}
			if _, err := store.Check(path); !errors.Is(err, store.ErrDamaged) {
				t.Errorf("Check: %v, want ErrDamaged", err)
			}
		})
	}
}

// The structural check reads every page of a sound file, and within a
// budget stops early without calling the file damaged.
func TestStructureCheckIsCompleteAndBounded(t *testing.T) {
	path, _, _, _ := filled(t)
	pages, complete, err := store.CheckStructureForTest(path, 0)
	if err != nil || !complete || pages < 100 {
		t.Fatalf("read %d pages (complete %v), %v; want all of a few hundred", pages, complete, err)
	}
	some, complete, err := store.CheckStructureForTest(path, time.Nanosecond)
	if err != nil || complete || some >= pages {
		t.Errorf("within a nanosecond: read %d of %d pages (complete %v), %v; want fewer, no error", some, pages, complete, err)
	}
	checked, err := store.Check(path)
	if err != nil || checked.Pages != pages || checked.Warning != "" {
		t.Errorf("Check: %+v, %v; want %d pages, ok", checked, err, pages)
	}
}

// A page whose keys are out of order passes the structural check at open;
// the full check finds it.
func TestCheckFindsWhatOpenDoesNot(t *testing.T) {
	path, pageSize, _, _ := filled(t)
	db := openAt(t, path)
	leaf, err := db.FirstLeafForTest("outbox")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	// The first entry (after the page's 16-byte header: flags, pos, ksize,
	// vsize) gets the largest key there is.
	first := int64(leaf)*pageSize + 16
	entry := make([]byte, 16)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	f.ReadAt(entry, first)
	f.Close()
	overwrite(t, path, first+int64(binary.NativeEndian.Uint32(entry[4:])), bytes.Repeat([]byte{0xff}, 8))

	db, err = store.Open(path)
	if err != nil {
		t.Fatalf("open: %v; the structural check should not see key order", err)
	}
	db.Close()
	_, err = store.Check(path)
	var damage *store.DamageError
	if !errors.As(err, &damage) || !strings.Contains(damage.What, "needs to be") {
		t.Errorf("Check: %v, want a DamageError about key order", err)
	}
}

// An empty file is not a new database: it is refused and left alone;
// where there is no file, one is made.
func TestOpenRefusesAnEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(path); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("err = %v, want ErrEmpty", err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", info, err)
	}
	if _, err := store.Check(path); !errors.Is(err, store.ErrEmpty) {
		t.Errorf("Check: %v, want ErrEmpty", err)
	}
	if _, err := store.Check(path + ".missing"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Check of a missing file: %v", err)
	}
	if _, err := os.Stat(path + ".missing"); err == nil {
		t.Error("Check made a file")
	}
}

// A write that finds the file damaged inside bbolt (here its commit frees
// a zeroed freelist page, and the rollback reads it again, so bbolt keeps
// its writer lock) returns ErrDamaged instead of panicking; every
// transaction after it fails at once, none waits for the lock, and Close
// returns.
func TestDamageInsideATransactionIsNamedNotHung(t *testing.T) {
	path, pageSize, _, _ := filled(t)
	db := openAt(t, path)
	_, freelist, _, err := db.PagesForTest()
	if err != nil {
		t.Fatal(err)
	}
	overwrite(t, path, int64(freelist)*pageSize, make([]byte, pageSize))
	err = db.Update(func(tx allaboard.Tx) error { return tx.Enqueue(allaboard.Outgoing{ChatID: 1, Text: "hi"}) })
	var damage *store.DamageError
	if !errors.As(err, &damage) || !strings.Contains(damage.What, "page") {
		t.Fatalf("err = %v, want a DamageError", err)
	}
	select {
	case <-db.Failed():
	default:
		t.Error("Failed is not closed")
	}
	if !errors.Is(db.Damage(), store.ErrDamaged) {
		t.Errorf("Damage() = %v", db.Damage())
	}
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	wg.Go(func() { errs <- db.Update(func(allaboard.Tx) error { return nil }) })
	wg.Go(func() { errs <- db.View(func(allaboard.Tx) error { return nil }) })
	wg.Go(func() { _, err := db.Outbox(); errs <- err })
	done := make(chan struct{})
	go func() { wg.Wait(); db.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("transactions after the damage, or Close, hang")
	}
	close(errs)
	for err := range errs {
		if !errors.Is(err, store.ErrDamaged) {
			t.Errorf("after the damage: %v, want ErrDamaged", err)
		}
	}
}

// A file cut short while open faults when bbolt reads past its end: that
// too is damage named, not a crash.
func TestFileCutShortWhileOpenIsNamed(t *testing.T) {
	path, pageSize, _, _ := filled(t)
	db := openAt(t, path)
	if err := os.Truncate(path, 4*pageSize); err != nil {
		t.Fatal(err)
	}
	_, err := db.Outbox()
	if !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("err = %v, want ErrDamaged", err)
	}
}

// A panic of the bot's own code inside a transaction is not damage: it
// goes on up, bbolt rolls back, and the database carries on.
func TestOwnPanicInATransactionIsNotDamage(t *testing.T) {
	db := open(t)
	func() {
		defer func() {
			if r := recover(); r != "a bug" {
				t.Errorf("recovered %v, want the bug's own panic", r)
			}
		}()
		db.Update(func(tx allaboard.Tx) error {
			tx.Enqueue(allaboard.Outgoing{ChatID: 1, Text: "lost"})
			panic("a bug")
		})
	}()
	if err := db.Damage(); err != nil {
		t.Errorf("Damage() = %v after the bot's own panic", err)
	}
	update(t, db, func(tx allaboard.Tx) error { return tx.Enqueue(allaboard.Outgoing{ChatID: 1, Text: "kept"}) })
	box, err := db.Outbox()
	if err != nil || len(box) != 1 || box[0].Text != "kept" {
		t.Errorf("outbox %+v, %v; want only the message after the panic", box, err)
	}
}

// A file with one of its two headers damaged opens — bbolt goes on from the
// other — but the operator hears of it: the last write may be lost.
func TestOneDamagedHeaderIsWarnedOf(t *testing.T) {
	for _, page := range []int64{0, 1} {
		path, pageSize, _, _ := filled(t)
		overwrite(t, path, page*pageSize+16, garbage(64))
		checked, err := store.Check(path)
		if err != nil || checked.Warning != store.HeaderLost {
			t.Errorf("meta page %d damaged: Check %+v, %v; want the warning", page, checked, err)
		}
		db, err := store.Open(path)
		if err != nil {
			t.Fatalf("meta page %d damaged: %v", page, err)
		}
		if got := db.Warning(); got != store.HeaderLost {
			t.Errorf("meta page %d damaged: Open warns %q", page, got)
		}
		db.Close()
	}
}
