package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// Records are JSON, readable with bbolt's tools, except responses and
// revisions, whose number makes their size matter: see decode and encode.

// eachRecord decodes every value under prefix into a new T and passes it to fn.
func eachRecord[T any](b *bbolt.Bucket, prefix []byte, fn func(T)) error {
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var t T
		if err := decode(k, v, &t); err != nil {
			return fmt.Errorf("decode %s/%x: %w", b.Tx().DB().Path(), k, err)
		}
		fn(t)
	}
	return nil
}

// getRecord decodes the value under key into v and reports whether it existed.
func getRecord(b *bbolt.Bucket, key []byte, v any) (bool, error) {
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	if err := decode(key, data, v); err != nil {
		return true, fmt.Errorf("decode %s/%x: %w", b.Tx().DB().Path(), key, err)
	}
	return true, nil
}

func putRecord(b *bbolt.Bucket, key []byte, v any) error {
	data, err := encode(v)
	if err != nil {
		return fmt.Errorf("encode %T: %w", v, err)
	}
	return b.Put(key, data)
}

// getByID decodes the record kept under id into v, or says ErrNotFound.
func getByID(btx *bbolt.Tx, bucket []byte, id int64, v any) error {
	ok, err := getRecord(btx.Bucket(bucket), itob(id), v)
	if err != nil {
		return fmt.Errorf("store: read %s %d: %w", bucket, id, err)
	}
	if !ok {
		return fmt.Errorf("store: %s %d: %w", bucket, id, allaboard.ErrNotFound)
	}
	return nil
}

// putByID keeps v under id.
func putByID(btx *bbolt.Tx, bucket []byte, id int64, v any) error {
	if err := putRecord(btx.Bucket(bucket), itob(id), v); err != nil {
		return fmt.Errorf("store: save %s %d: %w", bucket, id, err)
	}
	return nil
}

// decode reads a record kept under key into v.
func decode(key, data []byte, v any) error {
	switch r := v.(type) {
	case *allaboard.Response:
		return decodeResponse(key, data, r)
	case *allaboard.Revision:
		return decodeRevision(key, data, r)
	}
	return json.Unmarshal(data, v)
}

// encode is how v is kept.
func encode(v any) ([]byte, error) {
	switch r := v.(type) {
	case allaboard.Response:
		return encodeResponse(r), nil
	case *allaboard.Response:
		return encodeResponse(*r), nil
	case allaboard.Revision:
		return encodeRevision(r)
	case *allaboard.Revision:
		return encodeRevision(*r)
	}
	return json.Marshal(v)
}
