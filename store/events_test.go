package store_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

func TestEventsRevisionsAndNumbers(t *testing.T) {
	db := open(t)
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	host := allaboard.User{ID: 1, FirstName: "Ann"}
	err := db.Update(func(tx allaboard.Tx) error {
		for _, group := range []int64{-10, -20, -10} {
			n, err := tx.NextEventNum(group)
			if err != nil {
				return err
			}
			e, r, err := allaboard.NewEvent(group, n, host, "Party", now.Add(time.Hour), "Park", "", now)
			if err != nil {
				return err
			}
			if err := tx.SaveEvent(e); err != nil {
				return err
			}
			if err := tx.AddRevision(group, n, r); err != nil {
				return err
			}
		}
		e, err := tx.Event(-10, 2)
		if err != nil {
			return err
		}
		r, err := e.Move(host, now, now.Add(2*time.Hour))
		if err != nil {
			return err
		}
		if err := tx.AddRevision(-10, 2, r); err != nil {
			return err
		}
		return tx.SaveEvent(e)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.View(func(tx allaboard.Tx) error {
		evs, err := tx.Events(-10)
		if err != nil {
			return err
		}
		if len(evs) != 2 || evs[0].Num != 1 || evs[1].Num != 2 {
			t.Errorf("group -10 events = %+v, want #1 and #2", evs)
		}
		if evs, _ := tx.Events(-20); len(evs) != 1 || evs[0].Num != 1 {
			t.Errorf("group -20 events = %+v, want its own #1", evs)
		}
		revs, err := tx.Revisions(-10, 2)
		if err != nil {
			return err
		}
		if len(revs) != 2 || revs[0].N != 1 || revs[1].N != 2 || revs[1].Changes[0].Field != allaboard.FieldWhen {
			t.Errorf("revisions = %+v", revs)
		}
		if _, err := tx.Event(-10, 3); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("missing event: err = %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestDueIndexFollowsResponses(t *testing.T) {
	db := open(t)
	t0 := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	save := func(r allaboard.Response) {
		t.Helper()
		if err := db.Update(func(tx allaboard.Tx) error { return tx.SaveResponse(r) }); err != nil {
			t.Fatal(err)
		}
	}
	due := func(now time.Time) (users []int64, next time.Time) {
		t.Helper()
		err := db.View(func(tx allaboard.Tx) error {
			rs, err := tx.DueResponses(now, 100)
			for _, r := range rs {
				users = append(users, r.User)
			}
			if err == nil {
				next, err = tx.NextDue()
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return users, next
	}
	save(allaboard.Response{Group: -1, Event: 1, User: 7, Due: t0.Add(time.Hour)})
	save(allaboard.Response{Group: -1, Event: 1, User: 8, Due: t0})
	save(allaboard.Response{Group: -2, Event: 1, User: 9, Due: t0.Add(2 * time.Hour)})

	if users, next := due(t0.Add(time.Hour)); len(users) != 2 || users[0] != 8 || users[1] != 7 || !next.Equal(t0) {
		t.Fatalf("due at +1h = %v (next %v), want [8 7] earliest first", users, next)
	}
	save(allaboard.Response{Group: -1, Event: 1, User: 8, Due: t0.Add(3 * time.Hour)}) // rescheduled
	save(allaboard.Response{Group: -1, Event: 1, User: 7, Acked: 1})                   // confirmed: no longer due
	if users, next := due(t0.Add(time.Hour)); len(users) != 0 || !next.Equal(t0.Add(2*time.Hour)) {
		t.Fatalf("after changes: due %v, next %v; want none due, next at +2h", users, next)
	}
	if users, _ := due(t0.Add(5 * time.Hour)); len(users) != 2 || users[0] != 9 || users[1] != 8 {
		t.Fatalf("due at +5h = %v, want [9 8]", users)
	}
}

func TestMembersAndTheirGroups(t *testing.T) {
	db := open(t)
	err := db.Update(func(tx allaboard.Tx) error {
		for _, m := range []allaboard.Member{{Group: -1, User: 7}, {Group: -2, User: 7}, {Group: -1, User: 8}, {Group: -2, User: 7, Left: true}} {
			if err := tx.SaveMember(m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	db.View(func(tx allaboard.Tx) error {
		groups, err := tx.UserGroups(7)
		if err != nil || len(groups) != 1 || groups[0] != -1 {
			t.Errorf("user 7 groups = %v, %v; want only -1 (left -2)", groups, err)
		}
		ms, err := tx.Members(-1)
		if err != nil || len(ms) != 2 {
			t.Errorf("members of -1 = %+v, %v", ms, err)
		}
		if m, err := tx.Member(-2, 7); err != nil || !m.Left {
			t.Errorf("member 7 of -2 = %+v, %v; want left", m, err)
		}
		return nil
	})
}
