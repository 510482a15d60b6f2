package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"go.etcd.io/bbolt"
)

// Refs name the messages the bot edits later: chat id | ref → message id,
// recorded as each is delivered, then the sum of what the message shows
// (8 bytes each; values kept by older versions have no sum). Older versions
// read the first 8 bytes only, so they read these values too.

// RefMessage returns the id of the message last delivered under (chat, ref),
// or 0 if there is none.
func (db *DB) RefMessage(chatID int64, ref string) (int, error) {
	id, _, err := db.RefSum(chatID, ref)
	return id, err
}

// RefSum returns the message last delivered under (chat, ref), or 0 if there
// is none, and the sum of what it showed then: 0 if not known.
func (db *DB) RefSum(chatID int64, ref string) (id int, sum uint64, err error) {
	err = db.view(func(btx *bbolt.Tx) error {
		id, sum = refValue(btx.Bucket(bucketRefs).Get(refKey(chatID, ref)))
		return nil
	})
	return id, sum, err
}

// RefMessage is DB.RefMessage within a transaction.
func (t *outboxTx) RefMessage(chatID int64, ref string) (int, error) {
	id, _ := refValue(t.btx.Bucket(bucketRefs).Get(refKey(chatID, ref)))
	return id, nil
}

// KeepRef records message id under (chat, ref) with sum, a hash of what it
// shows (0: not known); id 0 forgets the ref: its message is gone.
func (t *outboxTx) KeepRef(chatID int64, ref string, id int, sum uint64) error {
	b, k := t.btx.Bucket(bucketRefs), refKey(chatID, ref)
	var err error
	if id == 0 {
		err = b.Delete(k)
	} else {
		err = b.Put(k, binary.BigEndian.AppendUint64(itob(int64(id)), sum))
	}
	if err != nil {
		return fmt.Errorf("store: keep ref %q: %w", ref, err)
	}
	return nil
}

// ForgetMessage forgets every ref in chat that names message id: the
// message was deleted.
func (t *outboxTx) ForgetMessage(chatID int64, id int) error {
	b, prefix := t.btx.Bucket(bucketRefs), itob(chatID)
	var gone [][]byte
	c := b.Cursor()
	for k, v := c.Seek(prefix); bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if named, _ := refValue(v); named == id {
			gone = append(gone, bytes.Clone(k))
		}
	}
	if err := deleteKeys(b, gone); err != nil {
		return fmt.Errorf("store: forget message %d in %d: %w", id, chatID, err)
	}
	return nil
}

// refValue reads a refs value: the message id, and the sum if there is one.
func refValue(v []byte) (id int, sum uint64) {
	if len(v) < 8 {
		return 0, 0
	}
	if len(v) >= 16 {
		sum = binary.BigEndian.Uint64(v[8:16])
	}
	return int(btoi(v[:8])), sum
}

func refKey(chatID int64, ref string) []byte {
	k := make([]byte, 8, 8+len(ref))
	binary.BigEndian.PutUint64(k, uint64(chatID))
	return append(k, ref...)
}
