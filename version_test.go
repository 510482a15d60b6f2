package allaboard_test

import (
	"encoding/json"
	"testing"
	"time"

	"allaboard"
)

// newParty is a party in the park announced by its host now, ten days ahead.
func newParty(t *testing.T) (allaboard.Event, allaboard.Revision, allaboard.User, time.Time) {
	t.Helper()
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	host := allaboard.User{ID: 1, FirstName: "Hanna"}
	e, r, err := allaboard.NewEvent(-5, 1, host, "Party", now.Add(10*24*time.Hour), "Park", "", now)
	if err != nil {
		t.Fatal(err)
	}
	return e, r, host, now
}

// An answer (Going, Maybe, Can't) belongs to the time and place it was given
// to: a move or a new place leaves it with the earlier version; a title,
// notes or a cancellation do not.
func TestAnswersBelongToTheVersionTheyWereGivenTo(t *testing.T) {
	e, _, host, now := newParty(t)
	party := e.When
	var r allaboard.Response
	r.Answer(allaboard.Going, e.Material, now)
	if !r.Confirmed(e) || r.RSVPFor(e) != allaboard.Going {
		t.Fatalf("after answering: confirmed %t, answer %q", r.Confirmed(e), r.RSVPFor(e))
	}
	if _, err := e.SetText(host, now, allaboard.FieldNotes, "Bring socks"); err != nil {
		t.Fatal(err)
	}
	if got := r.RSVPFor(e); got != allaboard.Going {
		t.Fatalf("after a notes change the answer is %q, want it kept", got)
	}

	for _, change := range []struct {
		name string
		do   func() error
	}{
		{"a move", func() error { _, err := e.Move(host, now, party.Add(time.Hour)); return err }},
		{"a new place", func() error { _, err := e.SetText(host, now, allaboard.FieldWhere, "Café"); return err }},
	} {
		if err := change.do(); err != nil {
			t.Fatal(err)
		}
		if got := r.RSVPFor(e); got != allaboard.NoAnswer {
			t.Errorf("after %s the answer to the new version is %q, want none", change.name, got)
		}
		if got, rev := r.EarlierRSVP(e); got != allaboard.Going || rev != r.RSVPRev {
			t.Errorf("after %s the earlier answer is %q to revision %d, want going to %d", change.name, got, rev, r.RSVPRev)
		}
		// Got it confirms the new version but answers nothing.
		r.Ack(e.Material, now)
		if got := r.RSVPFor(e); !r.Confirmed(e) || got != allaboard.NoAnswer {
			t.Errorf("after %s and Got it: confirmed %t, answer %q; want confirmed, no answer", change.name, r.Confirmed(e), got)
		}
	}
	r.Answer(allaboard.Maybe, e.Material, now)
	if got := r.RSVPFor(e); got != allaboard.Maybe {
		t.Fatalf("answered again: %q, want maybe", got)
	}
	if got, _ := r.EarlierRSVP(e); got != allaboard.NoAnswer {
		t.Fatalf("answered again, yet the earlier answer is %q", got)
	}
	if _, err := e.Cancel(host, now); err != nil {
		t.Fatal(err)
	}
	if got := r.RSVPFor(e); got != allaboard.Maybe {
		t.Errorf("after a cancellation the answer is %q, want it kept", got)
	}
}

// Responses and events stored by older versions have no revision for the
// answer and no Moved: their answers count as before, until the next change
// of time or place, which leaves them with the version confirmed then.
func TestOldRecordsKeepTheirAnswersUntilTheNextMove(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	host := allaboard.User{ID: 1, FirstName: "Hanna"}
	var e allaboard.Event
	// Moved twice by an older version: material revision 3, no Moved.
	if err := json.Unmarshal([]byte(`{"group":-5,"num":1,"host":1,"title":"Party","when":"2026-12-05T15:00:00Z","where":"Park","rev":3,"material":3}`), &e); err != nil {
		t.Fatal(err)
	}
	var r allaboard.Response
	if err := json.Unmarshal([]byte(`{"group":-5,"event":1,"user":7,"acked":3,"rsvp":"going"}`), &r); err != nil {
		t.Fatal(err)
	}
	if got := r.RSVPFor(e); got != allaboard.Going {
		t.Fatalf("an old record's answer is %q, want going as before", got)
	}
	if _, err := e.Move(host, now, e.When.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if got := r.RSVPFor(e); got != allaboard.NoAnswer {
		t.Fatalf("after a move the old record's answer is %q, want none", got)
	}
	if got, rev := r.EarlierRSVP(e); got != allaboard.Going || rev != 3 {
		t.Fatalf("earlier answer %q to revision %d, want going to 3 (the version confirmed then)", got, rev)
	}
	r.Ack(e.Material, now) // Got it on the new version
	if got := r.RSVPFor(e); got != allaboard.NoAnswer {
		t.Fatalf("Got it turned the old record's answer into %q for the new version", got)
	}
	if got, rev := r.EarlierRSVP(e); got != allaboard.Going || rev != 3 {
		t.Fatalf("after Got it the earlier answer is %q to revision %d, want going to 3", got, rev)
	}
	b, err := json.Marshal(allaboard.Response{Acked: 1, RSVP: allaboard.Going})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"group":0,"event":0,"user":0,"acked":1,"rsvp":"going"}`; got != want {
		t.Errorf("a response without an answer revision is stored as %s, want %s", got, want)
	}
}

func TestAsOfReplaysTheHistory(t *testing.T) {
	e, r1, host, now := newParty(t)
	party := e.When
	r2, _ := e.Move(host, now, party.Add(time.Hour))
	r3, _ := e.SetText(host, now, allaboard.FieldWhere, "Café")
	r4, _ := e.SetText(host, now, allaboard.FieldTitle, "Big party")
	revs := []allaboard.Revision{r1, r2, r3, r4}
	for _, tc := range []struct {
		n     int
		when  time.Time
		where string
	}{
		{1, party, "Park"},
		{2, party.Add(time.Hour), "Park"},
		{3, party.Add(time.Hour), "Café"},
		{4, party.Add(time.Hour), "Café"},
	} {
		v := e.AsOf(revs, tc.n)
		if !v.When.Equal(tc.when) || v.Where != tc.where {
			t.Errorf("revision %d: %v at %q, want %v at %q", tc.n, v.When, v.Where, tc.when, tc.where)
		}
	}
	if e.Moved != 3 {
		t.Errorf("Moved = %d, want 3 (the new place)", e.Moved)
	}
}
