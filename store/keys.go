package store

import (
	"bytes"
	"errors"

	"go.etcd.io/bbolt"
)

// A bbolt cursor may skip keys when the bucket changes under it, so what
// changes many records first copies their keys, then goes through those.

// rewriteAll passes every record of a bucket to fix, storing what it changed
// and deleting what it does not keep.
func rewriteAll[T any](b *bbolt.Bucket, fix func(*T) (keep bool)) error {
	keys, err := keysWhere(b, func([]byte) bool { return true })
	if err != nil {
		return err
	}
	return eachKey(b, keys, func(k []byte, rec T) error {
		if !fix(&rec) {
			return b.Delete(k)
		}
		return putRecord(b, k, rec)
	})
}

// eachKey decodes the record under each key and passes it to fn, which may
// change the bucket.
func eachKey[T any](b *bbolt.Bucket, keys [][]byte, fn func(k []byte, rec T) error) error {
	for _, k := range keys {
		var rec T
		if _, err := getRecord(b, k, &rec); err != nil {
			return err
		}
		if err := fn(k, rec); err != nil {
			return err
		}
	}
	return nil
}

// keysWithPrefix returns copies of the keys that start with prefix; they stay
// valid while the bucket changes.
func keysWithPrefix(b *bbolt.Bucket, prefix []byte) ([][]byte, error) {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	return keys, nil
}

// keysWhere returns copies of the keys that match.
func keysWhere(b *bbolt.Bucket, match func(k []byte) bool) ([][]byte, error) {
	var keys [][]byte
	err := b.ForEach(func(k, _ []byte) error {
		if match(k) {
			keys = append(keys, bytes.Clone(k))
		}
		return nil
	})
	return keys, err
}

func deletePrefix(b *bbolt.Bucket, prefix []byte) error {
	keys, err := keysWithPrefix(b, prefix)
	if err != nil {
		return err
	}
	return deleteKeys(b, keys)
}

func deleteKeys(b *bbolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Answers of a deleteRecords callback besides a real error.
var (
	errDelete = errors.New("delete")
	errKeep   = errors.New("keep")
)

// deleteRecords deletes the records whose keys start with prefix (every
// record for a nil prefix). The callback sees each record first: it may
// clean up indexes (nil: delete), answer errKeep to keep the record, or
// errDelete to delete it.
func deleteRecords[T any](b *bbolt.Bucket, prefix []byte, each func(T) error) error {
	keys, err := keysWithPrefix(b, prefix)
	if err != nil {
		return err
	}
	return eachKey(b, keys, func(k []byte, rec T) error {
		switch err := each(rec); err {
		case nil, errDelete:
			return b.Delete(k)
		case errKeep:
			return nil
		default:
			return err
		}
	})
}
