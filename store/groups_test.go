package store_test

import (
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"
)

var t0 = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

func update(tb testing.TB, db *store.DB, fn func(tx allaboard.Tx) error) {
	tb.Helper()
	if err := db.Update(fn); err != nil {
		tb.Fatal(err)
	}
}

func view(tb testing.TB, db *store.DB, fn func(tx allaboard.Tx) error) {
	tb.Helper()
	if err := db.View(fn); err != nil {
		tb.Fatal(err)
	}
}

// wantNext checks the number group's next event takes (taking it); why,
// if any, says what that number shows.
func wantNext(tb testing.TB, db *store.DB, group int64, want int, why string) {
	tb.Helper()
	if why != "" {
		why = "(" + why + ")"
	}
	update(tb, db, func(tx allaboard.Tx) error {
		if n, err := tx.NextEventNum(group); err != nil || n != want {
			tb.Errorf("next event number in %d = %d, %v; want %d %s", group, n, err, want, why)
		}
		return nil
	})
}

func TestTimers(t *testing.T) {
	db := open(t)
	set := func(tm allaboard.Timer) { update(t, db, func(tx allaboard.Tx) error { return tx.SetTimer(tm) }) }
	due := func(now time.Time) (kinds []string, next time.Time) {
		view(t, db, func(tx allaboard.Tx) error {
			tms, err := tx.DueTimers(now, 10)
			for _, tm := range tms {
				kinds = append(kinds, string(tm.Kind))
			}
			if err == nil {
				next, err = tx.NextTimer()
			}
			return err
		})
		return kinds, next
	}
	set(allaboard.Timer{Kind: allaboard.TimerRoster, Group: -1, At: t0.Add(time.Hour)})
	set(allaboard.Timer{Kind: allaboard.TimerReminder, Group: -1, Event: 2, At: t0})
	set(allaboard.Timer{Kind: allaboard.TimerStart, Group: -1, Event: 2, At: t0.Add(2 * time.Hour)}) // same event, other kind
	if kinds, next := due(t0.Add(time.Hour)); len(kinds) != 2 || kinds[0] != "reminder" || kinds[1] != "roster" || !next.Equal(t0) {
		t.Fatalf("due at +1h: %v (next %v), want [reminder roster]", kinds, next)
	}
	set(allaboard.Timer{Kind: allaboard.TimerReminder, Group: -1, Event: 2, At: t0.Add(3 * time.Hour)}) // replaced
	set(allaboard.Timer{Kind: allaboard.TimerRoster, Group: -1})                                        // deleted
	if kinds, next := due(t0.Add(time.Hour)); len(kinds) != 0 || !next.Equal(t0.Add(2*time.Hour)) {
		t.Fatalf("after replacing and deleting: due %v, next %v; want none, next at +2h", kinds, next)
	}
	view(t, db, func(tx allaboard.Tx) error {
		if tm, err := tx.Timer(allaboard.TimerReminder, -1, 2); err != nil || !tm.At.Equal(t0.Add(3*time.Hour)) {
			t.Errorf("reminder timer = %+v, %v", tm, err)
		}
		if _, err := tx.Timer(allaboard.TimerRoster, -1, 0); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("deleted timer: err = %v, want ErrNotFound", err)
		}
		return nil
	})
	if kinds, _ := due(t0.Add(5 * time.Hour)); len(kinds) != 2 || kinds[0] != "start" || kinds[1] != "reminder" {
		t.Fatalf("due at +5h = %v, want [start reminder]", kinds)
	}
}

// fillGroup stores an event with its history, responses (one due), members
// (one who left), a timer, the group's record and the host's user record.
func fillGroup(tb testing.TB, db *store.DB, group int64, users ...int64) {
	tb.Helper()
	host := allaboard.User{ID: users[0], FirstName: "Host"}
	update(tb, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: group, Kind: allaboard.Group, Title: "Class"}); err != nil {
			return err
		}
		n, err := tx.NextEventNum(group)
		if err != nil {
			return err
		}
		e, r, err := allaboard.NewEvent(group, n, host, "Party", t0.Add(48*time.Hour), "Park", "", t0)
		if err != nil {
			return err
		}
		if err := tx.SaveEvent(e); err != nil {
			return err
		}
		if err := tx.AddRevision(group, n, r); err != nil {
			return err
		}
		for i, u := range users {
			if err := tx.SaveUser(allaboard.User{ID: u, FirstName: "U"}); err != nil {
				return err
			}
			if err := tx.SaveMember(allaboard.Member{Group: group, User: u, Left: i == len(users)-1 && i > 1}); err != nil {
				return err
			}
			if err := tx.SaveResponse(allaboard.Response{Group: group, Event: n, User: u, Due: t0.Add(time.Duration(i) * time.Minute)}); err != nil {
				return err
			}
		}
		if err := tx.Enqueue(allaboard.Outgoing{ChatID: group, Text: "mention", Ref: "card", Chase: &allaboard.ChaseTag{Group: group, Event: n, Users: users[1:]}}); err != nil {
			return err
		}
		if err := tx.Enqueue(allaboard.Outgoing{ChatID: users[0], Text: "status", Ref: statusRef(group)}); err != nil {
			return err
		}
		return tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerReminder, Group: group, Event: n, At: t0.Add(24 * time.Hour)})
	})
}

func statusRef(group int64) string { return "status:" + strconv.FormatInt(group, 10) + ":1" }

// deliver completes every waiting message as delivered with message ids from 100.
func deliver(tb testing.TB, db *store.DB) {
	tb.Helper()
	out, err := db.Outbox()
	if err != nil {
		tb.Fatal(err)
	}
	for i, m := range out {
		if err := db.Complete(m.ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 100 + i}, nil); err != nil {
			tb.Fatal(err)
		}
	}
}

// kept counts what is kept under a group id.
type kept struct{ events, revisions, responses, due, members, memberships, timers int }

func keptFor(tb testing.TB, db *store.DB, group, user int64) kept {
	tb.Helper()
	var k kept
	view(tb, db, func(tx allaboard.Tx) error {
		events, err := tx.Events(group)
		if err != nil {
			return err
		}
		k.events = len(events)
		for _, e := range events {
			if e.Group != group {
				tb.Errorf("event %d kept under %d says group %d", e.Num, group, e.Group)
			}
			revs, _ := tx.Revisions(group, e.Num)
			k.revisions += len(revs)
			rs, _ := tx.Responses(group, e.Num)
			for _, r := range rs {
				if r.Group != group {
					tb.Errorf("response kept under %d says group %d", group, r.Group)
				}
			}
			k.responses += len(rs)
			if _, err := tx.Timer(allaboard.TimerReminder, group, e.Num); err == nil {
				k.timers++
			}
		}
		due, _ := tx.DueResponses(t0.Add(time.Hour), 100)
		for _, r := range due {
			if r.Group == group {
				k.due++
			}
		}
		ms, _ := tx.Members(group)
		k.members = len(ms)
		groups, _ := tx.UserGroups(user)
		for _, g := range groups {
			if g == group {
				k.memberships++
			}
		}
		return nil
	})
	return k
}

func TestMoveGroupMovesEverything(t *testing.T) {
	db := open(t)
	const from, to = int64(-100), int64(-1001234)
	fillGroup(t, db, from, 1, 2, 3)
	fillGroup(t, db, -200, 1, 4) // another group of the same host stays put
	out, _ := db.Outbox()
	if err := db.Complete(out[0].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 7}, nil); err != nil {
		t.Fatal(err) // the mention is sent; the status card still waits
	}
	if id, _ := db.RefMessage(from, "card"); id != 7 {
		t.Fatalf("the message in the group is not recorded: %d", id)
	}
	want := keptFor(t, db, from, 2)
	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	if got := keptFor(t, db, to, 2); got != want {
		t.Errorf("under the new id: %+v, want %+v", got, want)
	}
	if got := keptFor(t, db, from, 2); got != (kept{}) {
		t.Errorf("left under the old id: %+v", got)
	}
	if got := keptFor(t, db, -200, 4); got.events != 1 || got.members != 2 || got.memberships != 1 {
		t.Errorf("the other group changed: %+v", got)
	}
	update(t, db, func(tx allaboard.Tx) error {
		if n, err := tx.NextEventNum(to); err != nil || n != 2 {
			t.Errorf("next event number under the new id = %d, %v; want 2", n, err)
		}
		old, err := tx.Chat(from)
		if err != nil || old.MovedTo != to {
			t.Errorf("old chat record = %+v, %v; want a pointer to %d", old, err, to)
		}
		c, err := tx.Chat(to)
		if err != nil || c.Kind != allaboard.Supergroup || c.Title != "Class" {
			t.Errorf("new chat record = %+v, %v", c, err)
		}
		return nil
	})
	out, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range out {
		if m.ChatID == from || m.Chase != nil && m.Chase.Group == from || m.Ref == statusRef(from) {
			t.Errorf("a waiting message still points at the old group: %+v", m)
		}
	}
	if id, _ := db.RefMessage(from, "card"); id != 0 {
		t.Errorf("a message in the old group is still recorded")
	}
	deliver(t, db)
	if id, _ := db.RefMessage(1, statusRef(to)); id == 0 {
		t.Errorf("the host's status card is not recorded under the new group's ref")
	}
}

func TestMoveGroupKeepsWhatIsAlreadyThere(t *testing.T) {
	db := open(t)
	fillGroup(t, db, -100, 1, 2)
	since := t0.Add(time.Hour)
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: -1009, Kind: allaboard.Supergroup, Title: "Renamed"}); err != nil {
			return err
		}
		return tx.SaveMember(allaboard.Member{Group: -1009, User: 2, Since: since})
	})
	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(-100, -1009) })
	view(t, db, func(tx allaboard.Tx) error {
		if m, err := tx.Member(-1009, 2); err != nil || !m.Since.Equal(since) {
			t.Errorf("member already under the new id = %+v, %v; want it kept", m, err)
		}
		if c, err := tx.Chat(-1009); err != nil || c.Title != "Renamed" {
			t.Errorf("new chat = %+v, %v; want the new title kept", c, err)
		}
		return nil
	})
}

func TestDeleteGroupDeletesOnlyThatGroup(t *testing.T) {
	db := open(t)
	fillGroup(t, db, -100, 1, 2, 3)
	fillGroup(t, db, -200, 1, 4)
	deliver(t, db)
	fillGroup(t, db, -300, 5, 6) // a basic group that became -100
	update(t, db, func(tx allaboard.Tx) error {
		return tx.SaveChat(allaboard.Chat{ID: -99, MovedTo: -100})
	})
	other := keptFor(t, db, -200, 4)
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteGroup(-100) })

	if got := keptFor(t, db, -100, 2); got != (kept{}) {
		t.Errorf("kept after /forget: %+v", got)
	}
	if got := keptFor(t, db, -200, 4); got != other {
		t.Errorf("the other group changed: %+v, want %+v", got, other)
	}
	update(t, db, func(tx allaboard.Tx) error {
		for _, id := range []int64{-100, -99} {
			if _, err := tx.Chat(id); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("chat %d: err = %v, want deleted", id, err)
			}
		}
		if _, err := tx.Chat(-200); err != nil {
			t.Errorf("the other group's record: %v", err)
		}
		if n, err := tx.NextEventNum(-100); err != nil || n != 1 {
			t.Errorf("numbering not reset: %d, %v", n, err)
		}
		return nil
	})
	if id, _ := db.RefMessage(1, statusRef(-100)); id != 0 {
		t.Errorf("the host's status card about the group is still recorded")
	}
	if id, _ := db.RefMessage(1, statusRef(-200)); id == 0 {
		t.Errorf("the host's status card about the other group was deleted")
	}
	out, _ := db.Outbox()
	for _, m := range out {
		if m.ChatID == -100 || m.Chase != nil && m.Chase.Group == -100 {
			t.Errorf("a message about the group is still waiting: %+v", m)
		}
	}
	if len(out) != 2 {
		t.Errorf("%d messages waiting, want the other group's two", len(out))
	}
}

func TestDeleteUserDeletesOnlyThatUser(t *testing.T) {
	db := open(t)
	fillGroup(t, db, -100, 1, 2, 3)
	fillGroup(t, db, -200, 4, 2) // user 2 in two groups; 4 hosts here
	update(t, db, func(tx allaboard.Tx) error {
		e, err := tx.Event(-200, 1)
		if err != nil {
			return err
		}
		r, err := e.Move(allaboard.User{ID: 2, FirstName: "Two"}, t0, t0.Add(72*time.Hour))
		if err != nil {
			return err
		}
		return tx.AddRevision(-200, 1, r)
	})
	update(t, db, func(tx allaboard.Tx) error { return tx.DeleteUser(2) })

	view(t, db, func(tx allaboard.Tx) error {
		if _, err := tx.User(2); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("user record: err = %v, want deleted", err)
		}
		if groups, _ := tx.UserGroups(2); len(groups) != 0 {
			t.Errorf("still a member of %v", groups)
		}
		for _, g := range []int64{-100, -200} {
			if _, err := tx.Member(g, 2); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("member of %d: err = %v", g, err)
			}
			if _, err := tx.Response(g, 1, 2); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("response in %d: err = %v", g, err)
			}
		}
		due, _ := tx.DueResponses(t0.Add(time.Hour), 100)
		for _, r := range due {
			if r.User == 2 {
				t.Errorf("still due: %+v", r)
			}
		}
		if len(due) != 3 {
			t.Errorf("%d responses due, want the other members' 3", len(due))
		}
		revs, _ := tx.Revisions(-200, 1)
		if len(revs) != 2 || revs[1].By != 0 || revs[1].ByName != "" {
			t.Errorf("history = %+v, want the name replaced", revs)
		}
		if e, err := tx.Event(-200, 1); err != nil || e.Host != 4 {
			t.Errorf("the other host's event = %+v, %v", e, err)
		}
		if _, err := tx.User(3); err != nil {
			t.Errorf("another user was deleted: %v", err)
		}
		return nil
	})
	out, _ := db.Outbox()
	for _, m := range out {
		if m.ChatID == 2 || m.Chase != nil && slices.Contains(m.Chase.Users, 2) {
			t.Errorf("a message to or about user 2 is still waiting: %+v", m)
		}
	}
}
