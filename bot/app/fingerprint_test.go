package app

import (
	"testing"
	"time"

	"allaboard"
)

// A digest counts as changed when what it is about changed, never because of
// its wording.
func TestDigestFingerprintFollowsTheData(t *testing.T) {
	at := time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)
	base := func() allaboard.Roll {
		e := allaboard.Event{Group: -100, Num: 1, Title: "Picnic", When: at, Rev: 2, Material: 2}
		return allaboard.Roll{
			Event:   e,
			Members: []allaboard.Member{{User: 1}, {User: 2}},
			Resp:    map[int64]allaboard.Response{1: {User: 1, Acked: 2, RSVP: allaboard.Going}},
			Users:   map[int64]allaboard.User{1: {ID: 1, FirstName: "Ann"}, 2: {ID: 2, FirstName: "Ben"}},
		}
	}
	same := fingerprint([]allaboard.Roll{base()})
	for _, tc := range []struct {
		name    string
		change  func(r *allaboard.Roll)
		changed bool
	}{
		{"nothing", func(*allaboard.Roll) {}, false},
		{"a member's name", func(r *allaboard.Roll) { r.Users[2] = allaboard.User{ID: 2, FirstName: "Benjamin"} }, false},
		{"a confirmation", func(r *allaboard.Roll) { r.Resp[2] = allaboard.Response{User: 2, Acked: 2} }, true},
		{"an answer", func(r *allaboard.Roll) { r.Resp[1] = allaboard.Response{User: 1, Acked: 2, RSVP: allaboard.Maybe} }, true},
		{"a new revision", func(r *allaboard.Roll) { r.Event.Rev = 3 }, true},
		{"a cancellation", func(r *allaboard.Roll) { r.Event.Cancelled = true }, true},
	} {
		r := base()
		tc.change(&r)
		if got := fingerprint([]allaboard.Roll{r}) != same; got != tc.changed {
			t.Errorf("%s: changed = %v, want %v", tc.name, got, tc.changed)
		}
	}
}
