package store

import (
	"encoding/binary"

	"go.etcd.io/bbolt"
)

// Refs name the messages the bot edits later: chat id | ref → message id,
// recorded as each is delivered.

// RefMessage returns the id of the message last delivered under (chat, ref),
// or 0 if there is none.
func (db *DB) RefMessage(chatID int64, ref string) (int, error) {
	var id int
	err := db.bolt.View(func(btx *bbolt.Tx) error {
		id = refMessage(btx, chatID, ref)
		return nil
	})
	return id, err
}

// RefMessage is DB.RefMessage within a transaction.
func (t *outboxTx) RefMessage(chatID int64, ref string) (int, error) {
	return refMessage(t.btx, chatID, ref), nil
}

func refMessage(btx *bbolt.Tx, chatID int64, ref string) int {
	if v := btx.Bucket(bucketRefs).Get(refKey(chatID, ref)); v != nil {
		return int(btoi(v))
	}
	return 0
}

func refKey(chatID int64, ref string) []byte {
	k := make([]byte, 8, 8+len(ref))
	binary.BigEndian.PutUint64(k, uint64(chatID))
	return append(k, ref...)
}
