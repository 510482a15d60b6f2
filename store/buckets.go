package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"
)

// Bucket names. Keys are 8-byte big-endian integers unless noted.
var (
	bucketUpdates = []byte("updates") // Telegram update id → unix time it was applied
	bucketOutbox  = []byte("outbox")  // sequence → Outgoing (JSON)
	bucketRefs    = []byte("refs")    // chat id | ref string → message id
	bucketChats   = []byte("chats")   // chat id → Chat (JSON)
	bucketUsers   = []byte("users")   // user id → User (JSON)
)

var allBuckets = [][]byte{bucketUpdates, bucketOutbox, bucketRefs, bucketChats, bucketUsers}

func createBuckets(tx *bbolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// itob encodes n as an 8-byte big-endian key; negative ids (groups) work too.
func itob(n int64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(n))
	return b
}

func btoi(b []byte) int64 { return int64(binary.BigEndian.Uint64(b)) }

// getJSON decodes the value under key into v and reports whether it existed.
func getJSON(b *bbolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("decode %s/%x: %w", b.Tx().DB().Path(), key, err)
	}
	return true, nil
}

func putJSON(b *bbolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %T: %w", v, err)
	}
	return b.Put(key, data)
}
