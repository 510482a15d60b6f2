package store

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// Every field of a revision survives the compact record.
func TestRevisionRecordRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 24, 10, 0, 0, 123456789, time.UTC)
	k := key(int64(-1001234567890), 42, 3)
	for _, tc := range []struct {
		name string
		r    allaboard.Revision
	}{
		{"announcement", allaboard.Revision{By: 5123456789, ByName: "Anna Berg", At: at, Material: true, Changes: []allaboard.Change{
			{Field: allaboard.FieldTitle, New: "Mia's party"}, {Field: allaboard.FieldWhen, New: "2026-12-05T15:00:00Z"},
			{Field: allaboard.FieldEnd, New: "2026-12-05T17:00:00Z"}, {Field: allaboard.FieldWhere, New: "Jump House"},
			{Field: allaboard.FieldNotes, New: "Bring socks"}}}},
		{"a move", allaboard.Revision{By: 7, ByName: "Bo", At: at, Material: true, Changes: []allaboard.Change{
			{Field: allaboard.FieldWhen, Old: "2026-12-05T15:00:00Z", New: "2026-12-06T14:00:00Z"}}}},
		{"cancelled by someone forgotten", allaboard.Revision{At: at, Material: true, Changes: []allaboard.Change{
			{Field: allaboard.FieldStatus, Old: "on", New: "cancelled"}}}},
		{"a field a newer version may add", allaboard.Revision{By: 1, At: at, Changes: []allaboard.Change{{Field: "colour", Old: "red", New: ""}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := encodeRevision(tc.r)
			if err != nil {
				t.Fatal(err)
			}
			var got allaboard.Revision
			if err := decodeRevision(k, data, &got); err != nil {
				t.Fatal(err)
			}
			want := tc.r
			want.N = 3
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, want)
			}
			if js, _ := json.Marshal(tc.r); len(data)*2 > len(js) {
				t.Errorf("%d bytes, more than half of %d as JSON", len(data), len(js))
			}
		})
	}
}

// Revisions kept as JSON by older versions are read, and rewritten compactly
// when a member is forgotten; opening such a database indexes whom they name.
func TestRevisionsKeptAsJSONStillRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	const stored = `{"n":2,"by":7,"by_name":"Bo","at":"2026-11-24T10:00:00Z","changes":[{"field":"where","old":"Park","new":"Beach"}],"material":true}`
	err = db.bolt.Update(func(btx *bbolt.Tx) error {
		if err := btx.Bucket(bucketEvents).Put(key(int64(-100), 1), []byte(`{"group":-100,"num":1,"title":"Picnic"}`)); err != nil {
			return err
		}
		if err := btx.Bucket(bucketRevisions).Put(key(int64(-100), 1, 2), []byte(stored)); err != nil {
			return err
		}
		return btx.DeleteBucket(bucketNamed) // as an older version kept it
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if db, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := allaboard.Revision{N: 2, By: 7, ByName: "Bo", At: time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC), Material: true,
		Changes: []allaboard.Change{{Field: allaboard.FieldWhere, Old: "Park", New: "Beach"}}}
	err = db.Update(func(tx allaboard.Tx) error {
		revs, err := tx.Revisions(-100, 1)
		if err != nil || len(revs) != 1 || !reflect.DeepEqual(revs[0], want) {
			t.Errorf("read %+v, %v; want %+v", revs, err, want)
		}
		return tx.DeleteUser(7)
	})
	if err != nil {
		t.Fatal(err)
	}
	want.By, want.ByName = 0, ""
	err = db.View(func(tx allaboard.Tx) error {
		revs, err := tx.Revisions(-100, 1)
		if err != nil || len(revs) != 1 || !reflect.DeepEqual(revs[0], want) {
			t.Errorf("after forgetting Bo: %+v, %v; want %+v", revs, err, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
