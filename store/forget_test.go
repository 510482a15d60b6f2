package store_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

// seedGroup stores a group with one event hosted by host, whose members are
// the host and others (the last of them left if left is set), each with a
// response due a minute apart from due; a reminder and a roster timer at
// timers; and, sent before, the event's card in the group and the host's
// status card about it.
func seedGroup(tb testing.TB, db *store.DB, group int64, host allaboard.User, others []int64, left bool, due, timers time.Time) {
	tb.Helper()
	update(tb, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: group, Kind: allaboard.Supergroup, Title: "Group"}); err != nil {
			return err
		}
		if err := tx.SaveUser(host); err != nil {
			return err
		}
		e, err := announce(tx, group, host, "Party", t0.Add(48*time.Hour))
		if err != nil {
			return err
		}
		for i, u := range append([]int64{host.ID}, others...) {
			if _, err := tx.User(u); errors.Is(err, allaboard.ErrNotFound) {
				if err := tx.SaveUser(allaboard.User{ID: u, FirstName: "Member"}); err != nil {
					return err
				}
			}
			m := allaboard.Member{Group: group, User: u, Since: t0, Left: left && i == len(others)}
			r := allaboard.Response{Group: group, Event: e.Num, User: u, Due: due.Add(time.Duration(i) * time.Minute)}
			if err := saveAll(tx, []allaboard.Member{m}, []allaboard.Response{r}); err != nil {
				return err
			}
		}
		if err := tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: group, Event: e.Num, At: timers}); err != nil {
			return err
		}
		return tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerRoster, Group: group, At: timers.Add(time.Hour)})
	})
	sent(tb, db, allaboard.Outgoing{ChatID: group, Text: "card", Ref: "card:1"}, 10)
	sent(tb, db, allaboard.Outgoing{ChatID: host.ID, Text: "status", Ref: statusRef(group)}, 20)
}

func enqueue(tb testing.TB, db *store.DB, ms ...allaboard.Outgoing) {
	tb.Helper()
	update(tb, db, func(tx allaboard.Tx) error {
		for _, m := range ms {
			if err := tx.Enqueue(m); err != nil {
				return err
			}
		}
		return nil
	})
}

func texts(box map[string]allaboard.Outgoing) []string {
	var out []string
	for text := range box {
		out = append(out, text)
	}
	slices.Sort(out)
	return out
}

func TestDeleteGroupDeletesEverythingAboutIt(t *testing.T) {
	db := open(t)
	const gone, kept = int64(-100), int64(-200)
	ann := allaboard.User{ID: 1, FirstName: "Ann"} // hosts in both groups
	seedGroup(t, db, gone, ann, []int64{2, 3}, true, t0, t0.Add(time.Hour))
	seedGroup(t, db, kept, ann, []int64{2, 4}, false, t0.Add(10*time.Minute), t0.Add(3*time.Hour))
	sent(t, db, allaboard.Outgoing{ChatID: 1, Text: "lookalike status", Ref: "status:-1000:1"}, 22)
	update(t, db, func(tx allaboard.Tx) error {
		// The basic groups that became each of them.
		if err := tx.SaveChat(allaboard.Chat{ID: -99, Kind: allaboard.Group, MovedTo: gone}); err != nil {
			return err
		}
		return tx.SaveChat(allaboard.Chat{ID: -199, Kind: allaboard.Group, MovedTo: kept})
	})
	enqueue(t, db,
		allaboard.Outgoing{ChatID: gone, Text: "mention", Chase: &allaboard.ChaseTag{Group: gone, Event: 1, Users: []int64{2}}},
		allaboard.Outgoing{ChatID: 2, Text: "reminder", Chase: &allaboard.ChaseTag{Group: gone, Event: 1, Users: []int64{2}}},
		allaboard.Outgoing{ChatID: gone, Text: "roll call", Ref: "roll-call"},
		allaboard.Outgoing{ChatID: gone, Text: "goodbye", Leave: true},
		allaboard.Outgoing{ChatID: 1, Text: "status update", Ref: "status:-100:1"},
		allaboard.Outgoing{ChatID: kept, Text: "other mention", Chase: &allaboard.ChaseTag{Group: kept, Event: 1, Users: []int64{4}}},
		allaboard.Outgoing{ChatID: 4, Text: "other reminder", Chase: &allaboard.ChaseTag{Group: kept, Event: 1, Users: []int64{4}}},
		allaboard.Outgoing{ChatID: 1, Text: "other status update", Ref: "status:-200:1"},
		allaboard.Outgoing{ChatID: 2, Text: "hello"},
		allaboard.Outgoing{ChatID: 3, Text: "hello to 3, in no other group"},
	)
	update(t, db, func(tx allaboard.Tx) error {
		return tx.SaveDraft(allaboard.Draft{User: 3, Group: gone, Step: allaboard.StepWhere, Title: "Picnic"})
	})

	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(gone) })

	view(t, db, func(tx allaboard.Tx) error {
		// The group's records are gone.
		if evs, _ := tx.Events(gone); len(evs) != 0 {
			t.Errorf("events kept: %+v", evs)
		}
		e, err := tx.Event(gone, 1)
		wantNotFound(t, "event #1", e, err)
		if revs, _ := tx.Revisions(gone, 1); len(revs) != 0 {
			t.Errorf("history kept: %+v", revs)
		}
		if rs, _ := tx.Responses(gone, 1); len(rs) != 0 {
			t.Errorf("responses kept: %+v", rs)
		}
		r, err := tx.Response(gone, 1, 2)
		wantNotFound(t, "response of member 2", r, err)
		if ms, _ := tx.Members(gone); len(ms) != 0 {
			t.Errorf("members kept: %+v", ms)
		}
		m, err := tx.Member(gone, 3)
		wantNotFound(t, "member 3, who left", m, err)
		for _, kind := range []allaboard.TimerKind{allaboard.TimerReminder, allaboard.TimerRoster} {
			event := 1
			if kind == allaboard.TimerRoster {
				event = 0
			}
			tm, err := tx.Timer(kind, gone, event)
			wantNotFound(t, string(kind)+" timer", tm, err)
		}
		c, err := tx.Chat(gone)
		wantNotFound(t, "chat record", c, err)
		c, err = tx.Chat(-99)
		wantNotFound(t, "record of the basic group that became it", c, err)

		// The indexes no longer point at them.
		due, err := tx.DueResponses(t0.Add(time.Hour), 100)
		if err != nil {
			return err // a due entry left behind points at nothing
		}
		for _, r := range due {
			if r.Group != kept {
				t.Errorf("still due: %+v", r)
			}
		}
		if len(due) != 3 {
			t.Errorf("%d responses due, want the other group's 3", len(due))
		}
		if next, err := tx.NextDue(); err != nil || !next.Equal(t0.Add(10*time.Minute)) {
			t.Errorf("next due = %v, %v; want the other group's earliest", next, err)
		}
		for _, u := range []int64{1, 2} {
			if groups, err := tx.UserGroups(u); err != nil || !slices.Equal(groups, []int64{kept}) {
				t.Errorf("groups of %d = %v, %v; want only the other group", u, groups, err)
			}
		}
		if groups, err := tx.UserGroups(3); err != nil || len(groups) != 0 {
			t.Errorf("groups of 3 = %v, %v; want none", groups, err)
		}
		tms, err := tx.DueTimers(t0.Add(24*time.Hour), 100)
		if err != nil {
			return err // a timer index entry left behind points at nothing
		}
		var names []string
		for _, tm := range tms {
			names = append(names, timerName(tm))
		}
		if want := []string{"reminder/-200/1", "roster/-200/0"}; !slices.Equal(names, want) {
			t.Errorf("due timers = %v, want only the other group's %v", names, want)
		}
		if next, err := tx.NextTimer(); err != nil || !next.Equal(t0.Add(3*time.Hour)) {
			t.Errorf("next timer = %v, %v; want the other group's at +3h", next, err)
		}

		// The other group is untouched.
		if e, err := tx.Event(kept, 1); err != nil || e.Title != "Party" {
			t.Errorf("the other group's event = %+v, %v", e, err)
		}
		if revs, _ := tx.Revisions(kept, 1); len(revs) != 1 {
			t.Errorf("the other group's history = %+v", revs)
		}
		if rs, _ := tx.Responses(kept, 1); len(rs) != 3 {
			t.Errorf("the other group's responses = %+v", rs)
		}
		if ms, _ := tx.Members(kept); len(ms) != 3 {
			t.Errorf("the other group's members = %+v", ms)
		}
		for _, id := range []int64{kept, -199} {
			if _, err := tx.Chat(id); err != nil {
				t.Errorf("chat %d: %v", id, err)
			}
		}
		chats, err := tx.Chats()
		if err != nil {
			return err
		}
		if len(chats) != 2 {
			t.Errorf("chats = %+v, want the other group and its pointer", chats)
		}
		// People in another group are not deleted with a group; a member
		// in no other group leaves no name behind.
		for _, u := range []int64{1, 2} {
			if _, err := tx.User(u); err != nil {
				t.Errorf("user %d: %v", u, err)
			}
		}
		u, err := tx.User(3)
		wantNotFound(t, "user 3, in no other group", u, err)
		d, err := tx.Draft(3)
		wantNotFound(t, "the draft of user 3", d, err)
		return nil
	})
	named, err := db.NamedForTest()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"1 -200", "2 -200", "4 -200"}; !slices.Equal(named, want) {
		t.Errorf("groups naming users = %q, want only the other group's %q", named, want)
	}
	wantNext(t, db, gone, 1, "numbering starts afresh")
	wantNext(t, db, kept, 2, "")

	box := waiting(t, db)
	if got, want := texts(box), []string{"hello", "other mention", "other reminder", "other status update"}; !slices.Equal(got, want) {
		t.Errorf("waiting: %q, want %q", got, want)
	}
	if id := refMessage(t, db, gone, "card:1"); id != 0 {
		t.Errorf("the card in the group is still recorded as message %d", id)
	}
	if id := refMessage(t, db, 1, "status:-100:1"); id != 0 {
		t.Errorf("the host's status card about the group is still recorded as message %d", id)
	}
	if id := refMessage(t, db, kept, "card:1"); id != 10 {
		t.Errorf("the other group's card = message %d, want 10", id)
	}
	if id := refMessage(t, db, 1, "status:-200:1"); id != 20 {
		t.Errorf("the host's status card about the other group = message %d, want 20", id)
	}
	if id := refMessage(t, db, 1, "status:-1000:1"); id != 22 {
		t.Errorf("the host's status card about group -1000 = message %d, want 22", id)
	}
}

func TestDeleteUserDeletesEverythingAboutThem(t *testing.T) {
	db := open(t)
	ann := allaboard.User{ID: 1, FirstName: "Ann"}
	bob := allaboard.User{ID: 2, FirstName: "Bob", Started: true}
	// Bob is a member in -100, hosts in -200, and left -300.
	seedGroup(t, db, -100, ann, []int64{2, 3}, false, t0, t0.Add(time.Hour))
	seedGroup(t, db, -200, bob, []int64{1, 3}, false, t0.Add(10*time.Minute), t0.Add(2*time.Hour))
	seedGroup(t, db, -300, ann, []int64{2}, true, t0.Add(20*time.Minute), t0.Add(3*time.Hour))
	update(t, db, func(tx allaboard.Tx) error {
		e, err := tx.Event(-100, 1)
		if err != nil {
			return err
		}
		r, err := e.Move(bob, t0, t0.Add(50*time.Hour)) // Bob changed Ann's event
		if err != nil {
			return err
		}
		if err := tx.AddRevision(-100, 1, r); err != nil {
			return err
		}
		// Bob and 3 each drive to it.
		if err := e.Bring.Add([]allaboard.ItemSpec{{Name: "drivers", Want: 2}}); err != nil {
			return err
		}
		for _, u := range []int64{2, 3} {
			if _, err := e.Bring.Claim(1, u, e.Material); err != nil {
				return err
			}
		}
		return tx.SaveEvent(e)
	})
	sent(t, db, allaboard.Outgoing{ChatID: 2, Text: "Bob's forget card", Ref: "forget"}, 40)
	enqueue(t, db,
		allaboard.Outgoing{ChatID: 2, Text: "reminder to Bob", Chase: &allaboard.ChaseTag{Group: -100, Event: 1, Users: []int64{2}}},
		allaboard.Outgoing{ChatID: 2, Text: "Bob's status update", Ref: "status:-200:1"},
		allaboard.Outgoing{ChatID: 2, Text: "reply to Bob"},
		allaboard.Outgoing{ChatID: -100, Text: "mention of Bob and 3", Chase: &allaboard.ChaseTag{Group: -100, Event: 1, Users: []int64{3, 2}}},
		allaboard.Outgoing{ChatID: -100, Text: "mention of 3", Chase: &allaboard.ChaseTag{Group: -100, Event: 1, Users: []int64{3}}},
		// Written when sent: it still reminds 3, and never Bob.
		allaboard.Outgoing{ChatID: -100, Text: "", Late: true, Chase: &allaboard.ChaseTag{Group: -100, Event: 1, Users: []int64{2, 3}}},
		allaboard.Outgoing{ChatID: -100, Text: "", Late: true, Chase: &allaboard.ChaseTag{Group: -100, Event: 1, Users: []int64{2}}},
		allaboard.Outgoing{ChatID: 3, Text: "reminder to 3", Chase: &allaboard.ChaseTag{Group: -200, Event: 1, Users: []int64{3}}},
		allaboard.Outgoing{ChatID: 1, Text: "Ann's status update", Ref: "status:-100:1"},
		allaboard.Outgoing{ChatID: -200, Text: "card update", Ref: "card:1"},
	)

	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteUser(2) })

	view(t, db, func(tx allaboard.Tx) error {
		u, err := tx.User(2)
		wantNotFound(t, "Bob's record", u, err)
		for _, g := range []int64{-100, -200, -300} {
			m, err := tx.Member(g, 2)
			wantNotFound(t, "Bob as a member", m, err)
			r, err := tx.Response(g, 1, 2)
			wantNotFound(t, "Bob's response", r, err)
		}
		if groups, err := tx.UserGroups(2); err != nil || len(groups) != 0 {
			t.Errorf("Bob's groups = %v, %v; want none", groups, err)
		}
		due, err := tx.DueResponses(t0.Add(time.Hour), 100)
		if err != nil {
			return err // a due entry left behind points at nothing
		}
		var users []int64
		for _, r := range due {
			users = append(users, r.User)
		}
		if want := []int64{1, 3, 1, 3, 1}; !slices.Equal(users, want) {
			t.Errorf("due: %v, want %v: everyone's but Bob's", users, want)
		}

		// The event Bob hosts stays, with his name gone from its history
		// and from the history of the event he changed.
		e, err := tx.Event(-200, 1)
		if err != nil || e.Host != 2 || e.Title != "Party" {
			t.Errorf("the event Bob hosts = %+v, %v; want it kept", e, err)
		}
		revs, err := tx.Revisions(-200, 1)
		if err != nil {
			return err
		}
		if len(revs) != 1 || revs[0].By != 0 || revs[0].ByName != "" || len(revs[0].Changes) == 0 {
			t.Errorf("history of Bob's event = %+v, want his announcement with the name replaced", revs)
		}
		revs, err = tx.Revisions(-100, 1)
		if err != nil {
			return err
		}
		if e, err := tx.Event(-100, 1); err != nil || !slices.Equal(e.Bring.Claimants(), []int64{3}) {
			t.Errorf("claims on Ann's event = %+v, %v; want 3's alone", e.Bring.Items, err)
		}
		if len(revs) != 2 || revs[0].By != 1 || revs[0].ByName != "Ann" || revs[1].By != 0 || revs[1].ByName != "" || revs[1].Changes[0].Field != allaboard.FieldWhen {
			t.Errorf("history of Ann's event = %+v, want Ann's announcement and a forgotten member's move", revs)
		}

		// Everyone else stays.
		for _, u := range []int64{1, 3} {
			if _, err := tx.User(u); err != nil {
				t.Errorf("user %d: %v", u, err)
			}
			if groups, err := tx.UserGroups(u); err != nil || len(groups) == 0 {
				t.Errorf("groups of %d = %v, %v; want theirs kept", u, groups, err)
			}
		}
		if ms, _ := tx.Members(-100); len(ms) != 2 {
			t.Errorf("members of -100 = %+v, want Ann and 3", ms)
		}
		if ms, _ := tx.Members(-300); len(ms) != 1 || ms[0].User != 1 {
			t.Errorf("members of -300 = %+v, want Ann", ms)
		}
		if rs, _ := tx.Responses(-200, 1); len(rs) != 2 {
			t.Errorf("responses to Bob's event = %+v, want Ann's and 3's", rs)
		}
		return nil
	})

	box := waiting(t, db)
	if got, want := texts(box), []string{"", "Ann's status update", "card update", "mention of 3", "reminder to 3"}; !slices.Equal(got, want) {
		t.Errorf("waiting: %q, want %q", got, want)
	}
	for _, m := range box {
		if m.Late && !slices.Equal(m.Chase.Users, []int64{3}) {
			t.Errorf("a reminder written when sent reminds %v, want only 3", m.Chase.Users)
		}
	}
	if id := refMessage(t, db, 2, "status:-200:1"); id != 0 {
		t.Errorf("Bob's status card is still recorded as message %d", id)
	}
	if id := refMessage(t, db, 2, "forget"); id != 0 {
		t.Errorf("a card in Bob's private chat is still recorded as message %d", id)
	}
	if id := refMessage(t, db, 1, "status:-100:1"); id != 20 {
		t.Errorf("Ann's status card = message %d, want 20", id)
	}
	if id := refMessage(t, db, -200, "card:1"); id != 10 {
		t.Errorf("the card of Bob's event in the group = message %d, want 10 kept", id)
	}
}
