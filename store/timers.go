package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// timerTx keeps timers and their index by time.
type timerTx struct{ btx *bbolt.Tx }

var _ allaboard.TimerTx = (*timerTx)(nil)

func (t *timerTx) SetTimer(tm allaboard.Timer) error {
	k := timerKey(tm.Kind, tm.Group, tm.Event)
	keys, index := t.btx.Bucket(bucketTimerKeys), t.btx.Bucket(bucketTimers)
	var old allaboard.Timer
	ok, err := getRecord(keys, k, &old)
	if err != nil {
		return fmt.Errorf("store: set %s timer of %d/%d: %w", tm.Kind, tm.Group, tm.Event, err)
	}
	if ok {
		if err := index.Delete(timerIndexKey(old)); err != nil {
			return fmt.Errorf("store: unset %s timer of %d/%d: %w", tm.Kind, tm.Group, tm.Event, err)
		}
	}
	if tm.At.IsZero() {
		if err := keys.Delete(k); err != nil {
			return fmt.Errorf("store: unset %s timer of %d/%d: %w", tm.Kind, tm.Group, tm.Event, err)
		}
		return nil
	}
	if err := index.Put(timerIndexKey(tm), nil); err != nil {
		return fmt.Errorf("store: set %s timer of %d/%d: %w", tm.Kind, tm.Group, tm.Event, err)
	}
	if err := putRecord(keys, k, tm); err != nil {
		return fmt.Errorf("store: set %s timer of %d/%d: %w", tm.Kind, tm.Group, tm.Event, err)
	}
	return nil
}

func (t *timerTx) Timer(kind allaboard.TimerKind, group int64, event int) (allaboard.Timer, error) {
	var tm allaboard.Timer
	ok, err := getRecord(t.btx.Bucket(bucketTimerKeys), timerKey(kind, group, event), &tm)
	switch {
	case err != nil:
		return tm, fmt.Errorf("store: read %s timer of %d/%d: %w", kind, group, event, err)
	case !ok:
		return tm, fmt.Errorf("store: %s timer of %d/%d: %w", kind, group, event, allaboard.ErrNotFound)
	}
	return tm, nil
}

func (t *timerTx) DueTimers(now time.Time, limit int) ([]allaboard.Timer, error) {
	var out []allaboard.Timer
	end := key(now.UnixNano())
	c := t.btx.Bucket(bucketTimers).Cursor()
	for k, _ := c.First(); k != nil && bytes.Compare(k[:8], end) <= 0 && len(out) < limit; k, _ = c.Next() {
		group, event, kind := btoi(k[8:16]), int(int32(binary.BigEndian.Uint32(k[16:20]))), allaboard.TimerKind(k[20:])
		tm, err := t.Timer(kind, group, event)
		if err != nil {
			return nil, fmt.Errorf("store: timer index: %w", err)
		}
		out = append(out, tm)
	}
	return out, nil
}

func (t *timerTx) NextTimer() (time.Time, error) {
	k, _ := t.btx.Bucket(bucketTimers).Cursor().First()
	if k == nil {
		return time.Time{}, nil
	}
	return time.Unix(0, btoi(k[:8])), nil
}

func timerKey(kind allaboard.TimerKind, group int64, event int) []byte {
	return append(key(group, event), kind...)
}

// timerIndexKey orders timers by time; times before 1970 do not occur.
func timerIndexKey(tm allaboard.Timer) []byte {
	return append(key(tm.At.UnixNano(), tm.Group, tm.Event), tm.Kind...)
}
