package store

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// Every field of a response survives the compact record.
func TestResponseRecordRoundTrip(t *testing.T) {
	at := time.Date(2026, 11, 24, 10, 0, 0, 123456789, time.UTC)
	k := key(int64(-1001234567890), 42, int64(5123456789))
	for _, tc := range []struct {
		name string
		r    allaboard.Response
		max  int // bytes
	}{
		{"new", allaboard.Response{}, 3},
		{"confirmed and going", allaboard.Response{Acked: 3, AckedAt: at, RSVP: allaboard.Going, RSVPRev: 3,
			From: at.Add(-time.Hour), Pings: 2, LastPing: at.Add(-time.Minute), LastVia: allaboard.ViaDM,
			HandOffAt: at.Add(3 * time.Hour), Mention: 81234}, 60},
		{"every field", allaboard.Response{Acked: 2, AckedAt: at, RSVP: allaboard.CantGo, RSVPRev: 1,
			From: at, Pings: 7, LastPing: at.Add(time.Second), LastVia: allaboard.ViaGroup, Due: at.Add(time.Hour),
			HandedOff: true, HandOffAt: at.Add(2 * time.Hour), ToldBy: 99, Unreachable: true, Late: true, Mention: 1 << 30, Queued: at.Add(-time.Second), Calendar: 4,
			Family: 2, FamilyBy: 98, Named: 3, Done: 1, DoneAt: at.Add(time.Minute), DoneBy: 97}, 120},
		{"values a newer version may add", allaboard.Response{RSVP: "later", LastVia: "email", AckedAt: time.Date(1969, 7, 20, 20, 17, 0, 1, time.UTC)}, 30},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := encodeResponse(tc.r)
			if len(data) > tc.max {
				t.Errorf("%d bytes, want at most %d", len(data), tc.max)
			}
			var got allaboard.Response
			if err := decodeResponse(k, data, &got); err != nil {
				t.Fatal(err)
			}
			want := tc.r
			want.Group, want.Event, want.User = -1001234567890, 42, 5123456789
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

// A damaged record is an error, never a panic or a wrong response.
func TestResponseRecordDamaged(t *testing.T) {
	k := key(int64(-1), 1, int64(2))
	good := encodeResponse(allaboard.Response{Acked: 1, AckedAt: time.Now(), RSVP: "some answer"})
	for name, data := range map[string][]byte{
		"empty":         nil,
		"other version": append([]byte{9}, good[1:]...),
		"cut short":     good[:len(good)-3],
		"longer":        append(good[:len(good):len(good)], 0),
		"unknown field": {responseV1, 0x80, 0x80, 0x80, 0x01},
		"bad enum":      {responseV1, 0x04, 0x08},
	} {
		var r allaboard.Response
		if err := decodeResponse(k, data, &r); err == nil {
			t.Errorf("%s: read as %+v, want an error", name, r)
		}
	}
}

// Responses kept as JSON by older versions are read, and replaced by compact
// records, due index and all, when saved.
func TestResponsesKeptAsJSONStillRead(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "old.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	due := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	old := allaboard.Response{Group: -100, Event: 3, User: 7, Acked: 1, AckedAt: due.Add(-time.Hour), RSVP: allaboard.Maybe,
		From: due.Add(-2 * time.Hour), Pings: 1, LastPing: due.Add(-time.Hour), LastVia: allaboard.ViaGroup, Due: due, Mention: 55}
	// As the previous version wrote it: JSON, and its entry in the due index.
	const stored = `{"group":-100,"event":3,"user":7,"acked":1,"acked_at":"2026-11-24T11:00:00Z","rsvp":"maybe",` +
		`"from":"2026-11-24T10:00:00Z","pings":1,"last_ping":"2026-11-24T11:00:00Z","last_via":"group","due":"2026-11-24T12:00:00Z","mention":55}`
	err = db.bolt.Update(func(btx *bbolt.Tx) error {
		if err := btx.Bucket(bucketResponses).Put(key(old.Group, old.Event, old.User), []byte(stored)); err != nil {
			return err
		}
		return btx.Bucket(bucketDue).Put(dueKey(old), nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx allaboard.Tx) error {
		r, err := tx.Response(-100, 3, 7)
		if err != nil || !reflect.DeepEqual(r, old) {
			t.Errorf("read\n%+v, %v\nwant\n%+v", r, err, old)
		}
		if rs, err := tx.Responses(-100, 3); err != nil || len(rs) != 1 || !reflect.DeepEqual(rs[0], old) {
			t.Errorf("listed %+v, %v", rs, err)
		}
		if rs, err := tx.DueResponses(due, 10); err != nil || len(rs) != 1 {
			t.Errorf("due: %+v, %v", rs, err)
		}
		r.Answer(allaboard.Going, 2, due)
		return tx.SaveResponse(r)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(v allaboard.Tx) error {
		btx := v.(*tx).btx
		if next, err := v.NextDue(); err != nil || !next.IsZero() {
			t.Errorf("next due after the answer: %v, %v; want none", next, err)
		}
		r, err := v.Response(-100, 3, 7)
		if err != nil || r.RSVP != allaboard.Going || r.Acked != 2 || r.Mention != 55 {
			t.Errorf("after saving: %+v, %v", r, err)
		}
		raw := btx.Bucket(bucketResponses).Get(key(int64(-100), 3, int64(7)))
		if strings.HasPrefix(string(raw), "{") {
			t.Errorf("saved as JSON still: %s", raw)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
