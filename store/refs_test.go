package store_test

import (
	"testing"

	"allaboard"
	"allaboard/store"
)

// refBook is what the sender asks of the transaction its deliveries are
// recorded in (bot/sender's refBook).
type refBook interface {
	KeepRef(chat int64, ref string, id int, sum uint64) error
	ForgetMessage(chat int64, id int) error
}

// deliverRef records a message delivered under (chat, ref) as message id, as the
// sender does: completed, then kept with the sum of what it shows (0: as an
// older version did, without one).
func deliverRef(tb testing.TB, db *store.DB, chat int64, ref string, id int, sum uint64) {
	tb.Helper()
	err := db.Update(func(tx allaboard.Tx) error {
		return tx.Enqueue(allaboard.Outgoing{ChatID: chat, Text: "card", Ref: ref})
	})
	if err != nil {
		tb.Fatal(err)
	}
	box, err := db.Outbox()
	if err != nil || len(box) == 0 {
		tb.Fatalf("outbox %v, %v", box, err)
	}
	queued := box[len(box)-1].ID
	keep := func(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		if sum == 0 {
			return nil
		}
		book, ok := tx.(refBook)
		if !ok {
			tb.Fatalf("the transaction deliveries are recorded in (%T) keeps no refs", tx)
		}
		return book.KeepRef(m.ChatID, m.Ref, d.MessageID, sum)
	}
	err = db.CompleteAll([]allaboard.Completion{{ID: queued, Delivery: allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: id}}}, keep)
	if err != nil {
		tb.Fatal(err)
	}
}

func wantRef(tb testing.TB, db *store.DB, chat int64, ref string, id int, sum uint64) {
	tb.Helper()
	gotID, gotSum, err := db.RefSum(chat, ref)
	if err != nil {
		tb.Fatal(err)
	}
	if gotID != id || gotSum != sum {
		tb.Fatalf("under (%d, %q): message %d with sum %#x, want %d with %#x", chat, ref, gotID, gotSum, id, sum)
	}
	if got, _ := db.RefMessage(chat, ref); got != id {
		tb.Fatalf("RefMessage(%d, %q) = %d, want %d", chat, ref, got, id)
	}
}

// A ref keeps the message and the sum of what it shows; a value kept by an
// older version, without a sum, still names its message, with the sum
// unknown.
func TestARefKeepsWhatItsMessageShows(t *testing.T) {
	db := open(t)
	deliverRef(t, db, -5, "card", 42, 0)
	wantRef(t, db, -5, "card", 42, 0)

	deliverRef(t, db, -5, "card", 42, 0xfeed)
	wantRef(t, db, -5, "card", 42, 0xfeed)
	deliverRef(t, db, -5, "card", 43, 0xbeef) // posted anew
	wantRef(t, db, -5, "card", 43, 0xbeef)
	wantRef(t, db, -6, "card", 0, 0)

	deliverRef(t, db, -5, "card", 44, 0) // delivered by an older version again
	wantRef(t, db, -5, "card", 44, 0)
}

// A message found gone is forgotten under its ref; a deleted one under
// every ref in its chat naming it, and no other.
func TestARefOfAMessageGoneIsForgotten(t *testing.T) {
	db := open(t)
	deliverRef(t, db, -5, "card:1:1", 42, 0x1)
	deliverRef(t, db, -5, "card:1:2", 43, 0x2)
	deliverRef(t, db, -5, "rollcall", 42, 0) // one message under two refs; an old value
	deliverRef(t, db, -6, "card:1:1", 42, 0x3)

	update(t, db, func(tx allaboard.Tx) error { return tx.(refBook).ForgetMessage(-5, 42) })
	wantRef(t, db, -5, "card:1:1", 0, 0)
	wantRef(t, db, -5, "rollcall", 0, 0)
	wantRef(t, db, -5, "card:1:2", 43, 0x2)
	wantRef(t, db, -6, "card:1:1", 42, 0x3)

	update(t, db, func(tx allaboard.Tx) error { return tx.(refBook).KeepRef(-5, "card:1:2", 0, 0) })
	wantRef(t, db, -5, "card:1:2", 0, 0)
	wantRef(t, db, -6, "card:1:1", 42, 0x3)
}
