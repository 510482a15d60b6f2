package store

import (
	"bytes"
)

// unname deletes the index entries saying that a group's records name a
// user, and returns the users no other group's records name: nothing is
// left to keep their names for.
func (t *groupTx) unname(group int64) (map[int64]bool, error) {
	named, gid := t.btx.Bucket(bucketNamed), itob(group)
	keys, err := keysWhere(named, func(k []byte) bool { return bytes.Equal(k[8:16], gid) })
	if err != nil {
		return nil, err
	}
	if err := deleteKeys(named, keys); err != nil {
		return nil, err
	}
	alone := map[int64]bool{}
	for _, k := range keys {
		if other, _ := named.Cursor().Seek(k[:8]); other == nil || !bytes.HasPrefix(other, k[:8]) {
			alone[btoi(k[:8])] = true
		}
	}
	return alone, nil
}

// dropUser deletes what is kept about a user in no group: their record (the
// name), their unfinished event, the questions and messages waiting for them
// in private and what they wrote to be passed on. Their messages still
// queued go when the outbox is rewritten.
func (t *groupTx) dropUser(id int64) error {
	b, uid := t.btx, itob(id)
	for _, name := range [][]byte{bucketUsers, bucketDrafts} {
		if err := b.Bucket(name).Delete(uid); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketMemberships, bucketQuestions, bucketRefs, bucketPassOns} {
		if err := deletePrefix(b.Bucket(name), uid); err != nil {
			return err
		}
	}
	return nil
}
