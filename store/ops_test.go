package store_test

import (
	"testing"
	"time"

	"allaboard"
)

// An op acts on a message made before: its delivery records nothing under
// its Ref, which still names the card.
func TestOpsLeaveRefsAlone(t *testing.T) {
	db := open(t)
	sent(t, db, allaboard.Outgoing{ChatID: -5, Text: "card", Ref: "card:1:1"}, 42)
	update(t, db, func(tx allaboard.Tx) error {
		return tx.Enqueue(allaboard.Outgoing{ChatID: -5, Ref: "card:1:1", Op: allaboard.OpPin})
	})
	box, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Complete(box[0].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 7}, nil); err != nil {
		t.Fatal(err)
	}
	if id := refMessage(t, db, -5, "card:1:1"); id != 42 {
		t.Errorf("the card is recorded as message %d after pinning it, want 42", id)
	}
}

// Message ids in a group that became a supergroup name nothing there: ops
// waiting for the old group are dropped, and no member's standing mention
// is carried over.
func TestMoveGroupDropsOpsAndMentions(t *testing.T) {
	db := open(t)
	const from, to = int64(-100), int64(-1001234)
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: from, Kind: allaboard.Group, Title: "Class 2B"}); err != nil {
			return err
		}
		if _, err := announce(tx, from, allaboard.User{ID: 1, FirstName: "Ann"}, "Party", t0.Add(48*time.Hour)); err != nil {
			return err
		}
		err := saveAll(tx, []allaboard.Member{{Group: from, User: 2, Since: t0}},
			[]allaboard.Response{{Group: from, Event: 1, User: 2, Pings: 1, Mention: 12}})
		if err != nil {
			return err
		}
		for _, m := range []allaboard.Outgoing{
			{ChatID: from, Op: allaboard.OpDelete, MessageID: 11},
			{ChatID: from, Op: allaboard.OpPin, Ref: "card:1:1"},
			{ChatID: from, Text: "mention"},
		} {
			if err := tx.Enqueue(m); err != nil {
				return err
			}
		}
		return nil
	})

	update(t, db, func(tx allaboard.Tx) error { return tx.MoveGroup(from, to) })

	box, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	if len(box) != 1 || box[0].Text != "mention" || box[0].ChatID != to {
		t.Errorf("waiting after the move: %+v; want only the mention, to the supergroup", box)
	}
	view(t, db, func(tx allaboard.Tx) error {
		r, err := tx.Response(to, 1, 2)
		if err == nil && (r.Mention != 0 || r.Pings != 1) {
			t.Errorf("moved response = %+v; want its chase without the old group's mention", r)
		}
		return err
	})
}

// Requests to Telegram are recorded with their deliveries, for the last two
// minutes: a restarted sender counts them against the limits again.
func TestRecentSendsAreKeptForTwoMinutes(t *testing.T) {
	db := open(t)
	t0 := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	err := db.Update(func(tx allaboard.Tx) error {
		for _, chat := range []int64{7, -100, 8} {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: chat, Text: "hi"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	box, _ := db.Outbox()
	done := []allaboard.Completion{
		{ID: box[0].ID, Delivery: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 1}, Sent: t0},
		{ID: box[1].ID, Delivery: allaboard.Delivery{Outcome: allaboard.Dropped}}, // no request
	}
	if err := db.CompleteAll(done, nil); err != nil {
		t.Fatal(err)
	}
	got, err := db.RecentSends(t0.Add(-time.Minute))
	if want := []allaboard.Send{{Chat: 7, At: t0}}; err != nil || len(got) != 1 || got[0].Chat != want[0].Chat || !got[0].At.Equal(t0) {
		t.Fatalf("recent sends %v (%v), want %v", got, err, want)
	}
	later := t0.Add(3 * time.Minute)
	if err := db.CompleteAll([]allaboard.Completion{{ID: box[2].ID, Delivery: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 2}, Sent: later}}, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := db.RecentSends(time.Time{}); len(got) != 1 || got[0].Chat != 8 {
		t.Errorf("after three minutes the store keeps %v, want only the last send", got)
	}
}

func TestOutboxLenCountsWhatWaits(t *testing.T) {
	db := open(t)
	enqueue(t, db, allaboard.Outgoing{ChatID: 1, Text: "a"}, allaboard.Outgoing{ChatID: 2, Text: "b"})
	if n, err := db.OutboxLen(); err != nil || n != 2 {
		t.Errorf("OutboxLen = %d, %v; want 2", n, err)
	}
}
