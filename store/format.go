package store

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"go.etcd.io/bbolt"
)

// formatVersion is the layout of the records this version writes. Raise it
// when a change would be misread by an older version: that version then
// refuses the file instead of using it.
const formatVersion = 1

var (
	bucketMeta = []byte("meta")   // "format" → formatVersion, in decimal
	keyFormat  = []byte("format") // of bucketMeta
)

// ErrNewerFormat means the file was written by a newer version of All
// Aboard, whose records this one might misread.
var ErrNewerFormat = errors.New("written by a newer version of allaboard")

// checkFormat reads the file's format marker. A file without one was made
// by a version before markers, if it holds any of our buckets or none at
// all; a file of other buckets only is someone else's.
func (db *DB) checkFormat(tx *bbolt.Tx) error {
	if b := tx.Bucket(bucketMeta); b != nil {
		v := b.Get(keyFormat)
		n, err := strconv.Atoi(string(v))
		switch {
		case err != nil || n < 1:
			return db.damaged(fmt.Sprintf("its format marker %q is not a format", v))
		case n > formatVersion:
			return fmt.Errorf("store: %s: %w (format %d; this version reads up to %d)", db.path, ErrNewerFormat, n, formatVersion)
		}
		return nil
	}
	var names []string
	ours := false
	err := tx.ForEach(func(name []byte, _ *bbolt.Bucket) error {
		names = append(names, string(name))
		ours = ours || slices.ContainsFunc(allBuckets, func(b []byte) bool { return string(b) == string(name) })
		return nil
	})
	if err != nil {
		return err
	}
	if len(names) > 0 && !ours {
		return db.damaged(fmt.Sprintf("it holds no All Aboard records, only %q: not an All Aboard database", names))
	}
	return nil
}

// markFormat writes the format marker, on a new file or one from before
// markers (or, once there are more formats, one brought up to this format).
func markFormat(tx *bbolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return fmt.Errorf("create bucket %s: %w", bucketMeta, err)
	}
	mark := []byte(strconv.Itoa(formatVersion))
	if string(b.Get(keyFormat)) == string(mark) {
		return nil
	}
	return b.Put(keyFormat, mark)
}
