package store_test

import (
	"strconv"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

const day = 24 * time.Hour

// keep is the default retention.
const keep = 180 * day

// event stores an event at when (ending two hours later) with a response
// from each user, the first one due, and a hand-off timer.
func event(tb testing.TB, db *store.DB, group int64, when time.Time, users ...int64) allaboard.Event {
	tb.Helper()
	var e allaboard.Event
	update(tb, db, func(tx allaboard.Tx) error {
		n, err := tx.NextEventNum(group)
		if err != nil {
			return err
		}
		var r allaboard.Revision
		e, r, err = allaboard.NewEventUntil(group, n, allaboard.User{ID: users[0], FirstName: "Host"}, "Party",
			allaboard.Span{Start: when, End: when.Add(2 * time.Hour)}, "Park", "", t0)
		if err != nil {
			return err
		}
		if err := tx.CreateEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(group, n, r); err != nil {
			return err
		}
		for i, u := range users {
			resp := allaboard.Response{Group: group, Event: n, User: u}
			if i == 0 {
				resp.Due = when.Add(-time.Hour) // never chased: left behind
			}
			if err := tx.SaveResponse(resp); err != nil {
				return err
			}
		}
		return tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerHandOff, Group: group, Event: n, At: when.Add(-time.Hour)})
	})
	return e
}

// cards delivers the event's card in the group, its notes message, the
// host's status card and a member's own card.
func cards(tb testing.TB, db *store.DB, e allaboard.Event, host, member int64) {
	tb.Helper()
	sent(tb, db, allaboard.Outgoing{ChatID: e.Group, Text: "card", Ref: allaboard.CardRef(e)}, 10)
	sent(tb, db, allaboard.Outgoing{ChatID: e.Group, Text: "notes", Ref: "notes:" + strconv.Itoa(e.Num) + ":2"}, 11)
	sent(tb, db, allaboard.Outgoing{ChatID: host, Text: "status", Ref: allaboard.StatusRef(e)}, 12)
	sent(tb, db, allaboard.Outgoing{ChatID: member, Text: "own card", Ref: allaboard.PrivateCardRef(e)}, 13)
}

// refs reports which of an event's messages are still known.
func refs(tb testing.TB, db *store.DB, e allaboard.Event, host, member int64) [4]bool {
	tb.Helper()
	return [4]bool{
		refMessage(tb, db, e.Group, allaboard.CardRef(e)) != 0,
		refMessage(tb, db, e.Group, "notes:"+strconv.Itoa(e.Num)+":2") != 0,
		refMessage(tb, db, host, allaboard.StatusRef(e)) != 0,
		refMessage(tb, db, member, allaboard.PrivateCardRef(e)) != 0,
	}
}

// kept reports whether anything of an event is still there.
func keptEvent(tb testing.TB, db *store.DB, e allaboard.Event) (event, revisions, responses, timer bool) {
	tb.Helper()
	view(tb, db, func(tx allaboard.Tx) error {
		_, err := tx.Event(e.Group, e.Num)
		event = err == nil
		revs, err := tx.Revisions(e.Group, e.Num)
		revisions = err == nil && len(revs) > 0
		rs, err := tx.Responses(e.Group, e.Num)
		responses = err == nil && len(rs) > 0
		_, err = tx.Timer(allaboard.TimerHandOff, e.Group, e.Num)
		timer = err == nil
		return nil
	})
	return
}

// After the retention period an event over is gone with everything about it;
// what is still needed stays: events under way, ahead or over within the
// period, other groups, the members and the event numbers.
func TestPruneDeletesEventsOverLongAgo(t *testing.T) {
	db := open(t)
	const a, b = int64(-100), int64(-200)
	update(t, db, func(tx allaboard.Tx) error {
		return saveAll(tx, []allaboard.Member{{Group: a, User: 1}, {Group: a, User: 2}, {Group: a, User: 3}, {Group: b, User: 1}, {Group: b, User: 4}}, nil)
	})
	now := t0.Add(200 * day)
	over := event(t, db, a, t0.Add(2*day), 1, 2, 3)
	update(t, db, func(tx allaboard.Tx) error { // a second version
		e, _ := tx.Event(a, over.Num)
		rev, err := e.Move(allaboard.User{ID: 1}, t0, e.When.Add(time.Hour))
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		return tx.AddRevision(a, e.Num, rev)
	})
	cancelled := event(t, db, a, now.Add(30*day), 1, 2) // still ahead, but called off long ago
	update(t, db, func(tx allaboard.Tx) error {
		e, _ := tx.Event(a, cancelled.Num)
		if _, err := e.Cancel(allaboard.User{ID: 1}, t0.Add(time.Hour)); err != nil {
			return err
		}
		return tx.SaveEvent(e)
	})
	recent := event(t, db, a, now.Add(-keep+day), 1, 2)    // over, but within the period
	underWay := event(t, db, a, now.Add(-time.Hour), 1, 2) // ends in an hour
	ahead := event(t, db, a, now.Add(day), 1, 2)
	other := event(t, db, b, t0.Add(-day), 1, 4) // over long ago too, in another group
	for _, e := range []allaboard.Event{over, cancelled, recent, underWay, ahead} {
		cards(t, db, e, 1, 2)
	}
	cards(t, db, other, 1, 4)
	sent(t, db, allaboard.Outgoing{ChatID: a, Text: "roll call", Ref: allaboard.RollCallRef}, 20)
	// A reminder about the event still waits: pruning must not trip on it.
	update(t, db, func(tx allaboard.Tx) error {
		return tx.Enqueue(allaboard.Outgoing{ChatID: 3, Late: true, Text: "reminder", Chase: &allaboard.ChaseTag{Group: a, Event: over.Num, Users: []int64{3}}})
	})
	if err := db.ApplyUpdates([]int{7, 8}, t0, func(allaboard.Tx, []int) error { return nil }); err != nil {
		t.Fatal(err)
	}

	// The other group's event is kept longer.
	st, err := db.Prune(now, 250*day)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st, (store.PruneStats{Updates: 2}); got != want {
		t.Fatalf("with a longer retention, pruned %+v, want %+v", got, want)
	}
	st, err = db.Prune(now, keep)
	if err != nil {
		t.Fatal(err)
	}
	// over (2 revisions, 3 responses, 4 refs), cancelled (1, 2, 4) and
	// other's event in b (1, 2, 4) are over for longer than keep.
	if got, want := st, (store.PruneStats{Events: 3, Revisions: 4, Responses: 7, Refs: 12}); got != want {
		t.Errorf("pruned %+v, want %+v", got, want)
	}
	for _, tc := range []struct {
		name string
		e    allaboard.Event
		kept bool
	}{
		{"over long ago", over, false},
		{"cancelled long ago", cancelled, false},
		{"over for longer in another group", other, false},
		{"over within the period", recent, true},
		{"under way", underWay, true},
		{"ahead", ahead, true},
	} {
		ev, revs, rs, tm := keptEvent(t, db, tc.e)
		if got := [4]bool{ev, revs, rs, tm}; got != [4]bool{tc.kept, tc.kept, tc.kept, tc.kept} {
			t.Errorf("%s: event, revisions, responses, timer kept = %v, want all %v", tc.name, got, tc.kept)
		}
		member := int64(2)
		if tc.e.Group == b {
			member = 4
		}
		if got := refs(t, db, tc.e, 1, member); got != [4]bool{tc.kept, tc.kept, tc.kept, tc.kept} {
			t.Errorf("%s: card, notes, status card, own card known = %v, want all %v", tc.name, got, tc.kept)
		}
	}
	view(t, db, func(tx allaboard.Tx) error {
		// The due index names no pruned response: reading it doesn't fail.
		due, err := tx.DueResponses(now.Add(1000*day), 100)
		if err != nil {
			t.Fatalf("due responses: %v", err)
		}
		for _, r := range due {
			if r.Event == over.Num && r.Group == a || r.Group == b {
				t.Errorf("a pruned response is still due: %+v", r)
			}
		}
		if len(due) != 3 {
			t.Errorf("due: %d responses, want 3 (recent, under way, ahead)", len(due))
		}
		if _, err := tx.DueTimers(now.Add(1000*day), 100); err != nil {
			t.Fatalf("due timers: %v", err)
		}
		for _, g := range []int64{a, b} {
			if ms, err := tx.Members(g); err != nil || len(ms) < 2 {
				t.Errorf("members of %d: %v, %v", g, ms, err)
			}
		}
		return nil
	})
	if refMessage(t, db, a, allaboard.RollCallRef) == 0 {
		t.Error("the roll call's message was forgotten")
	}
	if _, ok := waiting(t, db)["reminder"]; !ok {
		t.Error("the waiting reminder was dropped: the sender decides about it")
	}
	wantNext(t, db, a, 6, "numbers of pruned events are not given out again")
	wantNext(t, db, b, 2, "a group whose every event was pruned")

	st, err = db.Prune(now, keep)
	if err != nil || st.Any() {
		t.Errorf("pruning again: %+v, %v; want nothing", st, err)
	}
}

// Many events are pruned in several small transactions, all of them.
func TestPruneManyEvents(t *testing.T) {
	db := open(t)
	defer store.SetPruneRoundForTest(10)()
	for range 45 {
		event(t, db, -100, t0, 1, 2)
	}
	st, err := db.Prune(t0.Add(keep+day), keep)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st, (store.PruneStats{Events: 45, Revisions: 45, Responses: 90}); got != want {
		t.Errorf("pruned %+v, want %+v", got, want)
	}
	view(t, db, func(tx allaboard.Tx) error {
		if es, err := tx.Events(-100); err != nil || len(es) != 0 {
			t.Errorf("events left: %d, %v", len(es), err)
		}
		return nil
	})
	wantNext(t, db, -100, 46, "after 45 pruned events")
}
