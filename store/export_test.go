package store

import "go.etcd.io/bbolt"

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
