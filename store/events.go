package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// eventTx keeps events, their numbers and their revisions.
type eventTx struct{ btx *bbolt.Tx }

var _ allaboard.EventTx = (*eventTx)(nil)

func (t *eventTx) NextEventNum(group int64) (int, error) {
	b := t.btx.Bucket(bucketEventSeq)
	n := 1
	if v := b.Get(itob(group)); v != nil {
		n = int(btoi(v)) + 1
	}
	// The counter and the events must agree; if they don't (a counter lost
	// to a bug), a new event must still never take an existing one's number.
	prefix := itob(group)
	c := t.btx.Bucket(bucketEvents).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) == len(prefix)+4 {
			n = max(n, int(binary.BigEndian.Uint32(k[len(prefix):]))+1)
		}
	}
	if err := b.Put(itob(group), itob(int64(n))); err != nil {
		return 0, fmt.Errorf("store: number an event in %d: %w", group, err)
	}
	return n, nil
}

func (t *eventTx) Event(group int64, num int) (allaboard.Event, error) {
	var e allaboard.Event
	ok, err := getRecord(t.btx.Bucket(bucketEvents), key(group, num), &e)
	switch {
	case err != nil:
		return e, fmt.Errorf("store: read event %d/%d: %w", group, num, err)
	case !ok:
		return e, fmt.Errorf("store: event %d/%d: %w", group, num, allaboard.ErrNotFound)
	}
	return e, nil
}

func (t *eventTx) CreateEvent(e allaboard.Event) error {
	if t.btx.Bucket(bucketEvents).Get(key(e.Group, e.Num)) != nil {
		return fmt.Errorf("store: create event %d/%d: %w", e.Group, e.Num, allaboard.ErrExists)
	}
	return t.SaveEvent(e)
}

func (t *eventTx) SaveEvent(e allaboard.Event) error {
	if err := putRecord(t.btx.Bucket(bucketEvents), key(e.Group, e.Num), e); err != nil {
		return fmt.Errorf("store: save event %d/%d: %w", e.Group, e.Num, err)
	}
	return nil
}

func (t *eventTx) Events(group int64) ([]allaboard.Event, error) {
	var out []allaboard.Event
	err := eachRecord(t.btx.Bucket(bucketEvents), key(group), func(e allaboard.Event) { out = append(out, e) })
	if err != nil {
		return nil, fmt.Errorf("store: list events of %d: %w", group, err)
	}
	return out, nil
}

func (t *eventTx) AddRevision(group int64, num int, r allaboard.Revision) error {
	if err := putRecord(t.btx.Bucket(bucketRevisions), key(group, num, r.N), r); err != nil {
		return fmt.Errorf("store: save revision %d of event %d/%d: %w", r.N, group, num, err)
	}
	if r.By != 0 {
		if err := t.btx.Bucket(bucketNamed).Put(key(r.By, group), nil); err != nil {
			return fmt.Errorf("store: index revision %d of event %d/%d: %w", r.N, group, num, err)
		}
	}
	return nil
}

func (t *eventTx) Revisions(group int64, num int) ([]allaboard.Revision, error) {
	var out []allaboard.Revision
	err := eachRecord(t.btx.Bucket(bucketRevisions), key(group, num), func(r allaboard.Revision) { out = append(out, r) })
	if err != nil {
		return nil, fmt.Errorf("store: list revisions of %d/%d: %w", group, num, err)
	}
	return out, nil
}

func (t *eventTx) DeleteEvent(group int64, num int) error {
	b, prefix := t.btx, key(group, num)
	if err := b.Bucket(bucketEvents).Delete(prefix); err != nil {
		return fmt.Errorf("store: delete event %d/%d: %w", group, num, err)
	}
	if err := deletePrefix(b.Bucket(bucketRevisions), prefix); err != nil {
		return fmt.Errorf("store: delete the revisions of event %d/%d: %w", group, num, err)
	}
	due := b.Bucket(bucketDue)
	err := deleteRecords(b.Bucket(bucketResponses), prefix, func(r allaboard.Response) error { return due.Delete(dueKey(r)) })
	if err != nil {
		return fmt.Errorf("store: delete the responses to event %d/%d: %w", group, num, err)
	}
	return nil
}
