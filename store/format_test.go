package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"allaboard"
	"allaboard/store"

	"go.etcd.io/bbolt"
)

// withBolt changes the closed file at path through bbolt itself.
func withBolt(tb testing.TB, path string, fn func(tx *bbolt.Tx) error) {
	tb.Helper()
	b, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer b.Close()
	if err := b.Update(fn); err != nil {
		tb.Fatal(err)
	}
}

func formatOf(tb testing.TB, path string) string {
	tb.Helper()
	var v string
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		tb.Fatal(err)
	}
	defer b.Close()
	b.View(func(tx *bbolt.Tx) error {
		if m := tx.Bucket([]byte("meta")); m != nil {
			v = string(m.Get([]byte("format")))
		}
		return nil
	})
	return v
}

// A new database is marked with its format; one made before markers gets
// the mark when it is opened, and keeps what it held.
func TestFormatMarker(t *testing.T) {
	db := open(t)
	path := db.Path()
	update(t, db, func(tx allaboard.Tx) error { return tx.SaveChat(allaboard.Chat{ID: -5, Kind: allaboard.Group}) })
	db.Close()
	if got := formatOf(t, path); got != "1" {
		t.Fatalf("a new database's format is %q, want 1", got)
	}

	withBolt(t, path, func(tx *bbolt.Tx) error { return tx.DeleteBucket([]byte("meta")) }) // as an older version left it
	db = openAt(t, path)
	if err := db.View(func(tx allaboard.Tx) error { _, err := tx.Chat(-5); return err }); err != nil {
		t.Errorf("the older database lost its chat: %v", err)
	}
	db.Close()
	if got := formatOf(t, path); got != "1" {
		t.Errorf("an older database's format after opening is %q, want 1", got)
	}
}

// A file whose marker says a newer format, or no format, or that holds
// only someone else's buckets, is refused and left as it was.
func TestOpenRefusesOtherFormats(t *testing.T) {
	marked := func(v string) func(t *testing.T, path string) {
		return func(t *testing.T, path string) {
			openAt(t, path).Close()
			withBolt(t, path, func(tx *bbolt.Tx) error { return tx.Bucket([]byte("meta")).Put([]byte("format"), []byte(v)) })
		}
	}
	for _, tc := range []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{"newer", marked("2"), store.ErrNewerFormat},
		{"not a format", marked("x"), store.ErrDamaged},
		{"someone else's", func(t *testing.T, path string) {
			withBolt(t, path, func(tx *bbolt.Tx) error { _, err := tx.CreateBucket([]byte("sessions")); return err })
		}, store.ErrDamaged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.db")
			tc.make(t, path)
			before, _ := os.ReadFile(path)
			if _, err := store.Open(path); !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("opening the file changed it")
			}
			if _, err := store.Check(path); !errors.Is(err, tc.want) {
				t.Errorf("Check: %v, want %v", err, tc.want)
			}
		})
	}
}
