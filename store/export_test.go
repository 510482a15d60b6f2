package store

import (
	"fmt"
	"hash/fnv"
	"os"
	"time"

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

// PagesForTest returns the file's page size, its freelist page and the
// root page of each bucket, as the latest meta page says.
func (db *DB) PagesForTest() (pageSize int64, freelist uint64, roots map[string]uint64, err error) {
	f, err := os.Open(db.path)
	if err != nil {
		return 0, 0, nil, err
	}
	defer f.Close()
	w := &walk{f: f, pageSize: int64(db.bolt.Info().PageSize)}
	if err := w.meta(); err != nil {
		return 0, 0, nil, err
	}
	roots = map[string]uint64{}
	err = db.bolt.View(func(btx *bbolt.Tx) error {
		return btx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			roots[string(name)] = uint64(b.Root())
			return nil
		})
	})
	return w.pageSize, w.m.freelist, roots, err
}

// SetRootForTest makes both meta pages of the closed file at path point
// the root bucket at page root, checksums and all: a meta page written
// wrong, which bbolt takes as it is.
func SetRootForTest(path string, pageSize int64, root uint64) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	for _, off := range []int64{0, pageSize} {
		m := make([]byte, 64)
		if _, err := f.ReadAt(m, off+pageHeaderSize); err != nil {
			return err
		}
		order.PutUint64(m[16:], root)
		h := fnv.New64a()
		h.Write(m[:56])
		order.PutUint64(m[56:], h.Sum64())
		if _, err := f.WriteAt(m, off+pageHeaderSize); err != nil {
			return err
		}
	}
	return nil
}

// CheckStructureForTest checks the file at path as Open does, within
// budget, and says how many pages it read and whether that was all.
func CheckStructureForTest(path string, budget time.Duration) (pages int, complete bool, err error) {
	w, err := inspect(path, budget, nil)
	if w == nil {
		return 0, false, err
	}
	return w.pages, w.complete, err
}

// FirstLeafForTest returns the first leaf page of bucket's tree.
func (db *DB) FirstLeafForTest(bucket string) (uint64, error) {
	f, err := os.Open(db.path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := &walk{f: f, pageSize: int64(db.bolt.Info().PageSize)}
	if err := w.meta(); err != nil {
		return 0, err
	}
	var id uint64
	err = db.bolt.View(func(btx *bbolt.Tx) error {
		id = uint64(btx.Bucket([]byte(bucket)).Root())
		return nil
	})
	for err == nil {
		var p []byte
		if p, err = w.page(id, 0); err == nil && order.Uint16(p[8:]) == flagLeaf {
			return id, nil
		}
		id = order.Uint64(p[pageHeaderSize+8:])
	}
	return 0, err
}
