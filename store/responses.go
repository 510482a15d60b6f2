package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// responseTx keeps members' responses to events and the index of when
// each is due to be chased.
type responseTx struct{ btx *bbolt.Tx }

var _ allaboard.ResponseTx = (*responseTx)(nil)

func (t *responseTx) Response(group int64, num int, user int64) (allaboard.Response, error) {
	var r allaboard.Response
	ok, err := getRecord(t.btx.Bucket(bucketResponses), key(group, num, user), &r)
	switch {
	case err != nil:
		return r, fmt.Errorf("store: read response %d/%d/%d: %w", group, num, user, err)
	case !ok:
		return allaboard.Response{Group: group, Event: num, User: user},
			fmt.Errorf("store: response %d/%d/%d: %w", group, num, user, allaboard.ErrNotFound)
	}
	return r, nil
}

func (t *responseTx) SaveResponse(r allaboard.Response) error {
	k := key(r.Group, r.Event, r.User)
	var old allaboard.Response
	if _, err := getRecord(t.btx.Bucket(bucketResponses), k, &old); err != nil {
		return fmt.Errorf("store: save response %d/%d/%d: %w", r.Group, r.Event, r.User, err)
	}
	due := t.btx.Bucket(bucketDue)
	if !old.Due.IsZero() && !old.Due.Equal(r.Due) {
		if err := due.Delete(dueKey(old)); err != nil {
			return fmt.Errorf("store: unschedule %d/%d/%d: %w", r.Group, r.Event, r.User, err)
		}
	}
	if !r.Due.IsZero() {
		if err := due.Put(dueKey(r), nil); err != nil {
			return fmt.Errorf("store: schedule %d/%d/%d: %w", r.Group, r.Event, r.User, err)
		}
	}
	if err := putRecord(t.btx.Bucket(bucketResponses), k, r); err != nil {
		return fmt.Errorf("store: save response %d/%d/%d: %w", r.Group, r.Event, r.User, err)
	}
	return nil
}

func (t *responseTx) Responses(group int64, num int) ([]allaboard.Response, error) {
	var out []allaboard.Response
	err := eachRecord(t.btx.Bucket(bucketResponses), key(group, num), func(r allaboard.Response) { out = append(out, r) })
	if err != nil {
		return nil, fmt.Errorf("store: list responses to %d/%d: %w", group, num, err)
	}
	return out, nil
}

func (t *responseTx) DueResponses(now time.Time, limit int) ([]allaboard.Response, error) {
	var out []allaboard.Response
	end := key(now.UnixNano())
	c := t.btx.Bucket(bucketDue).Cursor()
	for k, _ := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0 && len(out) < limit; k, _ = c.Next() {
		r, err := t.Response(btoi(k[8:16]), int(int32(binary.BigEndian.Uint32(k[16:20]))), btoi(k[20:28]))
		if err != nil {
			return nil, fmt.Errorf("store: due index: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

func (t *responseTx) NextDue() (time.Time, error) {
	k, _ := t.btx.Bucket(bucketDue).Cursor().First()
	if k == nil {
		return time.Time{}, nil
	}
	return time.Unix(0, btoi(k[:8])), nil
}

// dueKey orders responses by due time; times before 1970 do not occur.
func dueKey(r allaboard.Response) []byte {
	return key(r.Due.UnixNano(), r.Group, r.Event, r.User)
}
