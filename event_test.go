package allaboard_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
)

func TestEventRevisions(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Tasha's", LastName: "mum"}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	party := now.Add(11 * 24 * time.Hour)
	e, r1, err := allaboard.NewEvent(-5, 1, host, "Ellie's 5th birthday", party, "12 Oak Street", "", now)
	if err != nil {
		t.Fatal(err)
	}
	if r1.N != 1 || !r1.Material || e.Material != 1 {
		t.Fatalf("announcement = %+v, event material %d", r1, e.Material)
	}

	r2, err := e.SetText(host, now, allaboard.FieldTitle, "Ellie's 5th birthday party")
	if err != nil || r2.Material || e.Material != 1 || e.Rev != 2 {
		t.Fatalf("title change: %+v, %v; material rev %d", r2, err, e.Material)
	}
	r3, err := e.Move(host, now, party.Add(time.Hour))
	if err != nil || !r3.Material || e.Material != 3 {
		t.Fatalf("move: %+v, %v; material rev %d", r3, err, e.Material)
	}
	if c := r3.Changes[0]; c.Field != allaboard.FieldWhen || c.Old == c.New {
		t.Fatalf("move recorded %+v", c)
	}
	if _, err := e.Move(host, now, party.Add(time.Hour)); !errors.Is(err, allaboard.ErrNoChange) {
		t.Fatalf("same time again: err = %v, want ErrNoChange", err)
	}
	if _, err := e.SetText(host, now, allaboard.FieldWhere, "   "); !errors.Is(err, allaboard.ErrEmpty) {
		t.Fatalf("empty place: err = %v", err)
	}
	if _, err := e.SetText(host, now, allaboard.FieldNotes, strings.Repeat("x", allaboard.MaxNotes+1)); !errors.Is(err, allaboard.ErrTooLong) {
		t.Fatalf("huge notes: err = %v", err)
	}
	r4, err := e.Cancel(host, now)
	if err != nil || !r4.Material || !e.Cancelled {
		t.Fatalf("cancel: %+v, %v", r4, err)
	}
	if _, err := e.Move(host, now, party); !errors.Is(err, allaboard.ErrCancelled) {
		t.Fatalf("moving a cancelled event: err = %v", err)
	}
}

func TestResponseConfirmsOnlyTheLatestMaterialRevision(t *testing.T) {
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	e := allaboard.Event{Material: 1, When: now.Add(time.Hour)}
	var r allaboard.Response
	if r.Confirmed(e) {
		t.Fatal("confirmed before acknowledging")
	}
	r.Ack(1, now)
	if !r.Confirmed(e) || !r.Due.IsZero() {
		t.Fatalf("after ack: %+v", r)
	}
	e.Material = 3 // moved
	if r.Confirmed(e) {
		t.Fatal("an old acknowledgement confirms a newer material revision")
	}
	r.Ack(2, now) // a stale button
	if r.Confirmed(e) || r.Acked != 2 {
		t.Fatalf("stale ack: %+v", r)
	}
}
