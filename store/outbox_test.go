package store_test

import (
	"encoding/json"
	"slices"
	"testing"

	"allaboard"
)

// The sender reads the outbox one message at a time from an id on, and
// reads back by id the messages it did not keep; the size of what waits is
// known without decoding it.
func TestOutboxEachGetAndBytes(t *testing.T) {
	db := open(t)
	err := db.Update(func(tx allaboard.Tx) error {
		for i := range 5 {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: int64(10 + i), Text: "card"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	box, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	var chats []int64
	if err := db.OutboxEach(box[1].ID, func(m allaboard.Outgoing) error {
		chats = append(chats, m.ChatID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []int64{12, 13, 14}; !slices.Equal(chats, want) {
		t.Errorf("read after the second: chats %v, want %v", chats, want)
	}
	if err := db.Complete(box[3].ID, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 1}, nil); err != nil {
		t.Fatal(err)
	}
	got, err := db.OutboxGet([]uint64{box[0].ID, box[3].ID, box[4].ID, 999})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ChatID != 10 || got[1].ChatID != 14 {
		t.Errorf("read back %+v, want the first and the last: the fourth was sent, 999 never queued", got)
	}
	want := 0
	for _, m := range slices.Concat(box[:3], box[4:]) {
		b, _ := json.Marshal(m)
		want += len(b)
	}
	if n, err := db.OutboxBytes(); err != nil || n != want {
		t.Errorf("outbox bytes %d (%v), want %d", n, err, want)
	}
}
