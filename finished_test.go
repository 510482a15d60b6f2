package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

func TestEventOver(t *testing.T) {
	at := time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name string
		e    allaboard.Event
		now  time.Time
		want time.Time
	}{
		{"ahead", allaboard.Event{When: at}, at.Add(-time.Minute), time.Time{}},
		{"begun, without an end", allaboard.Event{When: at}, at, at},
		{"under way", allaboard.Event{When: at, End: at.Add(2 * time.Hour)}, at.Add(time.Hour), time.Time{}},
		{"ended", allaboard.Event{When: at, End: at.Add(2 * time.Hour)}, at.Add(3 * time.Hour), at.Add(2 * time.Hour)},
		{"cancelled while ahead", allaboard.Event{When: at, Cancelled: true, MaterialAt: at.Add(-48 * time.Hour)}, at.Add(-24 * time.Hour), at.Add(-48 * time.Hour)},
		{"cancelled, kept by an older version", allaboard.Event{When: at, Cancelled: true, Created: at.Add(-72 * time.Hour)}, at, at.Add(-72 * time.Hour)},
	} {
		if got := tc.e.Over(tc.now); !got.Equal(tc.want) {
			t.Errorf("%s: Over = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRefEvent(t *testing.T) {
	e := allaboard.Event{Group: -100123, Num: 7, Material: 3}
	for _, tc := range []struct {
		chat  int64
		ref   string
		group int64
		num   int
		ok    bool
	}{
		{e.Group, allaboard.CardRef(e), e.Group, 7, true},
		{e.Group, "notes:7:4", e.Group, 7, true},
		{42, allaboard.StatusRef(e), e.Group, 7, true},
		{42, allaboard.PrivateCardRef(e), e.Group, 7, true},
		{42, allaboard.BringRef(e), e.Group, 7, true},
		{42, allaboard.BringAskRef(e), e.Group, 7, true},
		{e.Group, allaboard.RollCallRef, 0, 0, false},
		{42, allaboard.ForgetRef, 0, 0, false},
		{42, "status:x:7", 0, 0, false},
	} {
		group, num, ok := allaboard.RefEvent(tc.chat, tc.ref)
		if group != tc.group || num != tc.num || ok != tc.ok {
			t.Errorf("allaboard.RefEvent(%d, %q) = %d, %d, %v; want %d, %d, %v", tc.chat, tc.ref, group, num, ok, tc.group, tc.num, tc.ok)
		}
	}
}
