package store

import (
	"bytes"
	"fmt"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// keepUpdateIDs is how long applied update ids are remembered. Telegram keeps
// unconfirmed updates for 24 hours and picks a random next id only after a
// week of silence, so a week and a day covers every redelivery.
const keepUpdateIDs = 8 * 24 * time.Hour

// ApplyUpdates applies one getUpdates batch exactly once: in a single
// transaction it calls fn with the ids not applied before, in the order given,
// and records them as applied. If fn fails nothing is recorded, so a
// redelivered batch is applied again; if the commit succeeded, a redelivered
// batch finds its ids recorded and is skipped.
func (db *DB) ApplyUpdates(ids []int, now time.Time, fn func(tx allaboard.Tx, fresh []int) error) error {
	t := &tx{}
	err := db.update(func(btx *bbolt.Tx) error {
		b := btx.Bucket(bucketUpdates)
		fresh := make([]int, 0, len(ids))
		for _, id := range ids {
			if b.Get(itob(int64(id))) == nil {
				fresh = append(fresh, id)
			}
		}
		if len(fresh) == 0 {
			return nil
		}
		t = newTx(tightly(btx))
		if err := fn(t, fresh); err != nil {
			return err
		}
		stamp := itob(now.Unix())
		for _, id := range fresh {
			if err := b.Put(itob(int64(id)), stamp); err != nil {
				return fmt.Errorf("store: record update %d: %w", id, err)
			}
		}
		if now.Sub(db.lastPrune) > time.Hour {
			db.lastPrune = now
			return pruneUpdates(b, now.Add(-keepUpdateIDs))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: apply updates: %w", err)
	}
	db.committed(t)
	return nil
}

// pruneUpdates forgets update ids applied before cutoff.
func pruneUpdates(b *bbolt.Bucket, cutoff time.Time) error {
	// Deleting while iterating can skip keys: collect them first.
	if err := deleteKeys(b, oldUpdates(b, cutoff)); err != nil {
		return fmt.Errorf("store: prune update ids: %w", err)
	}
	return nil
}

// oldUpdates returns copies of the update ids applied before cutoff.
func oldUpdates(b *bbolt.Bucket, cutoff time.Time) [][]byte {
	var old [][]byte
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if btoi(v) < cutoff.Unix() {
			old = append(old, bytes.Clone(k))
		}
	}
	return old
}
