package store

import (
	"fmt"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// passOnTx keeps members' messages waiting to be passed on to a host, under
// user | id: a member's own are together, and forgetting them is a prefix.
type passOnTx struct{ btx *bbolt.Tx }

var _ allaboard.PassOnTx = (*passOnTx)(nil)

func passOnKey(user int64, id uint64) []byte { return key(user, int64(id)) }

func (t *passOnTx) PassOn(user int64, id uint64) (allaboard.PassOn, error) {
	var p allaboard.PassOn
	ok, err := getRecord(t.btx.Bucket(bucketPassOns), passOnKey(user, id), &p)
	switch {
	case err != nil:
		return p, fmt.Errorf("store: read message %d/%d: %w", user, id, err)
	case !ok:
		return p, fmt.Errorf("store: message %d/%d: %w", user, id, allaboard.ErrNotFound)
	}
	return p, nil
}

func (t *passOnTx) PassOns(user int64) ([]allaboard.PassOn, error) {
	var ps []allaboard.PassOn
	err := eachRecord(t.btx.Bucket(bucketPassOns), itob(user), func(p allaboard.PassOn) { ps = append(ps, p) })
	if err != nil {
		return nil, fmt.Errorf("store: read messages of %d: %w", user, err)
	}
	return ps, nil
}

func (t *passOnTx) SavePassOn(p allaboard.PassOn) (uint64, error) {
	b := t.btx.Bucket(bucketPassOns)
	if p.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return 0, fmt.Errorf("store: number a message of %d: %w", p.User, err)
		}
		p.ID = id
	}
	if err := putRecord(b, passOnKey(p.User, p.ID), p); err != nil {
		return 0, fmt.Errorf("store: save message %d/%d: %w", p.User, p.ID, err)
	}
	return p.ID, nil
}

func (t *passOnTx) DeletePassOn(user int64, id uint64) error {
	if err := t.btx.Bucket(bucketPassOns).Delete(passOnKey(user, id)); err != nil {
		return fmt.Errorf("store: delete message %d/%d: %w", user, id, err)
	}
	return nil
}

// prunePassOns deletes the messages that waited longer than
// allaboard.PassOnKeep by now, passed on or not.
func (db *DB) prunePassOns(now time.Time) (int, error) {
	var old [][]byte
	err := db.update(func(btx *bbolt.Tx) error {
		b := btx.Bucket(bucketPassOns)
		err := b.ForEach(func(k, v []byte) error {
			var p allaboard.PassOn
			if err := decode(k, v, &p); err != nil {
				return fmt.Errorf("decode message %x: %w", k, err)
			}
			if p.Expired(now) {
				old = append(old, k)
			}
			return nil
		})
		if err != nil {
			return err
		}
		return deleteKeys(b, old)
	})
	if err != nil {
		return 0, fmt.Errorf("store: prune messages to pass on: %w", err)
	}
	return len(old), nil
}
