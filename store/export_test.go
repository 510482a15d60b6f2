package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// LoseCounterForTest deletes a group's event counter, as a bug once did.
func (db *DB) LoseCounterForTest(group int64) error {
	return db.bolt.Update(func(btx *bbolt.Tx) error { return btx.Bucket(bucketEventSeq).Delete(itob(group)) })
}

// SetPruneRoundForTest makes Prune find at most n events per read, and
// returns what restores it.
func SetPruneRoundForTest(n int) func() {
	old := pruneRound
	pruneRound = n
	return func() { pruneRound = old }
}

// EditsForTest returns the index of queued edits: chat | ref → ids, the key
// written "chat ref".
func (db *DB) EditsForTest() (map[string][]uint64, error) {
	out := map[string][]uint64{}
	err := db.bolt.View(func(btx *bbolt.Tx) error {
		return btx.Bucket(bucketEdits).ForEach(func(k, v []byte) error {
			out[fmt.Sprintf("%d %s", btoi(k[:8]), k[8:])] = idList(v)
			return nil
		})
	})
	return out, err
}

// ReplacedForTest returns the ids of the replaced entries kept aside for
// their completion.
func (db *DB) ReplacedForTest() ([]uint64, error) {
	var ids []uint64
	err := db.bolt.View(func(btx *bbolt.Tx) error {
		return btx.Bucket(bucketReplaced).ForEach(func(k, _ []byte) error {
			ids = append(ids, uint64(btoi(k)))
			return nil
		})
	})
	return ids, err
}

// EnqueueUnindexedForTest queues messages as a version without the index of
// edits did, and deletes the index: the database it kept.
func (db *DB) EnqueueUnindexedForTest(ms ...allaboard.Outgoing) error {
	return db.bolt.Update(func(btx *bbolt.Tx) error {
		box := btx.Bucket(bucketOutbox)
		for _, m := range ms {
			seq, err := box.NextSequence()
			if err != nil {
				return err
			}
			m.ID = seq
			if err := putRecord(box, itob(int64(seq)), m); err != nil {
				return err
			}
		}
		return btx.DeleteBucket(bucketEdits)
	})
}

// NamedForTest returns the index of groups whose records name a user, each
// entry written "user group".
func (db *DB) NamedForTest() ([]string, error) {
	var out []string
	err := db.bolt.View(func(btx *bbolt.Tx) error {
		return btx.Bucket(bucketNamed).ForEach(func(k, _ []byte) error {
			out = append(out, fmt.Sprintf("%d %d", btoi(k[:8]), btoi(k[8:16])))
			return nil
		})
	})
	return out, err
}
