package allaboard_test

import (
	"testing"
	"time"

	"allaboard"
)

func TestWhoMayDoWhat(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	party := allaboard.Event{Num: 1, Host: 1, When: now.Add(time.Hour)}
	picnic := allaboard.Event{Num: 2, Host: 2, When: now.Add(time.Hour), CoHosts: []int64{5}}
	past := allaboard.Event{Num: 3, Host: 4, When: now.Add(-time.Hour)}
	for _, tc := range []struct {
		name           string
		user           int64
		admin          bool
		change, manage bool // party, the group
	}{
		{"the host", 1, false, true, true},
		{"another upcoming event's host", 2, false, false, true},
		{"another upcoming event's co-host", 5, false, false, true},
		{"the host of an event that is over", 4, false, false, false},
		{"an admin", 3, true, true, true},
		{"a member", 3, false, false, false},
	} {
		if got := allaboard.MayChange(party, tc.user, tc.admin); got != tc.change {
			t.Errorf("%s may change the party: %v, want %v", tc.name, got, tc.change)
		}
		if got := allaboard.MayManage([]allaboard.Event{party, picnic, past}, tc.user, tc.admin, now); got != tc.manage {
			t.Errorf("%s may manage the group: %v, want %v", tc.name, got, tc.manage)
		}
	}
}

func TestACancelledEventCountsNoAnswers(t *testing.T) {
	e := allaboard.Event{Num: 1, Material: 2, Cancelled: true}
	r := allaboard.Roll{Event: e, Members: []allaboard.Member{{User: 1}},
		Resp: map[int64]allaboard.Response{1: {User: 1, Acked: 2, RSVP: allaboard.Going, RSVPRev: 2}}}
	if got := r.Tally(); got.Going != 0 || got.Confirmed != 1 {
		t.Errorf("tally of a cancelled event = %+v, want 1 confirmed and no answers", got)
	}
}
