package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// Prune works in small write transactions, so that the bot's own writes
// never wait long behind it; it finds what to delete in read transactions,
// which don't block writers.
const (
	pruneBatch = 32   // events deleted per write
	keyBatch   = 4096 // update ids deleted per write
)

// pruneRound is how many events are found per read, bounding the memory a
// first prune of a large database takes; a variable for tests.
var pruneRound = 1024

// PruneStats counts what Prune deleted.
type PruneStats struct {
	Events    int // with their history, responses, timers and refs
	Revisions int
	Responses int
	Refs      int // messages the bot no longer edits
	Updates   int // processed update ids
	PassOns   int // members' messages that waited too long to be passed on
}

// Any reports whether anything was deleted.
func (s PruneStats) Any() bool { return s != PruneStats{} }

func (s *PruneStats) add(o PruneStats) {
	s.Events += o.Events
	s.Revisions += o.Revisions
	s.Responses += o.Responses
	s.Refs += o.Refs
	s.Updates += o.Updates
	s.PassOns += o.PassOns
}

// eventID names an event.
type eventID struct {
	group int64
	num   int
}

// Prune deletes the events that have been over (see allaboard.Event.Over)
// for longer than keep, with their history, responses, timers and the refs
// of their messages in the group and in private chats. The groups' event
// counters stay, so that no number is given out again. It also forgets
// update ids applied long ago, and members' messages that waited too long to
// be passed on to a host.
func (db *DB) Prune(now time.Time, keep time.Duration) (PruneStats, error) {
	var total PruneStats
	n, err := db.pruneOldUpdates(now)
	total.Updates = n
	if err != nil {
		return total, err
	}
	if total.PassOns, err = db.prunePassOns(now); err != nil {
		return total, err
	}
	cutoff := now.Add(-keep)
	for {
		over, err := db.eventsOver(now, cutoff, pruneRound)
		if err != nil || len(over) == 0 {
			return total, err
		}
		left, err := db.leftovers(over)
		if err != nil {
			return total, err
		}
		before := total.Events
		for batch := range slices.Chunk(over, pruneBatch) {
			st, err := db.pruneEvents(batch, left, now, cutoff)
			total.add(st)
			if err != nil {
				return total, err
			}
		}
		if len(over) < pruneRound || total.Events == before {
			return total, nil
		}
	}
}

// pruneOldUpdates forgets the update ids that ApplyUpdates would.
func (db *DB) pruneOldUpdates(now time.Time) (int, error) {
	var old [][]byte
	err := db.view(func(btx *bbolt.Tx) error {
		old = oldUpdates(btx.Bucket(bucketUpdates), now.Add(-keepUpdateIDs))
		return nil
	})
	for batch := range slices.Chunk(old, keyBatch) {
		if err != nil {
			break
		}
		err = db.update(func(btx *bbolt.Tx) error { return deleteKeys(btx.Bucket(bucketUpdates), batch) })
	}
	if err != nil {
		return 0, fmt.Errorf("store: prune update ids: %w", err)
	}
	return len(old), nil
}

// eventsOver finds up to limit events over before cutoff.
func (db *DB) eventsOver(now, cutoff time.Time, limit int) ([]eventID, error) {
	var out []eventID
	err := db.view(func(btx *bbolt.Tx) error {
		return eachRecord(btx.Bucket(bucketEvents), nil, func(e allaboard.Event) {
			if over := e.Over(now); len(out) < limit && !over.IsZero() && over.Before(cutoff) {
				out = append(out, eventID{e.Group, e.Num})
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: find events to prune: %w", err)
	}
	return out, nil
}

// leftovers are the keys naming an event outside its own group's prefix:
// the refs of its messages (in members' private chats too) and its entries
// in the due and timer indexes. One pass over each bucket finds them all,
// which is cheap for a daily job.
type leftovers map[eventID]map[string][][]byte // event → bucket → keys

func (db *DB) leftovers(events []eventID) (leftovers, error) {
	left := leftovers{}
	for _, id := range events {
		left[id] = map[string][][]byte{}
	}
	find := func(btx *bbolt.Tx, bucket []byte, names func(k []byte) (eventID, bool)) {
		c := btx.Bucket(bucket).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if id, ok := names(k); ok && left[id] != nil {
				left[id][string(bucket)] = append(left[id][string(bucket)], bytes.Clone(k))
			}
		}
	}
	err := db.view(func(btx *bbolt.Tx) error {
		find(btx, bucketRefs, func(k []byte) (eventID, bool) {
			if len(k) < 8 {
				return eventID{}, false
			}
			group, num, ok := allaboard.RefEvent(btoi(k[:8]), string(k[8:]))
			return eventID{group, num}, ok
		})
		// Both indexes begin with a time, then group | event.
		indexed := func(k []byte) (eventID, bool) {
			if len(k) < 20 {
				return eventID{}, false
			}
			return eventID{btoi(k[8:16]), int(int32(binary.BigEndian.Uint32(k[16:20])))}, true
		}
		find(btx, bucketDue, indexed)
		find(btx, bucketTimers, indexed)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: find what refers to events to prune: %w", err)
	}
	return left, nil
}

// pruneEvents deletes a batch of events in one transaction, each only if it
// is still over before cutoff.
func (db *DB) pruneEvents(batch []eventID, left leftovers, now, cutoff time.Time) (PruneStats, error) {
	var st PruneStats
	err := db.update(func(btx *bbolt.Tx) error {
		st = PruneStats{}
		t := &eventTx{tightly(btx)}
		for _, id := range batch {
			e, err := t.Event(id.group, id.num)
			if errors.Is(err, allaboard.ErrNotFound) {
				continue // its group was forgotten meanwhile
			} else if err != nil {
				return err
			}
			if over := e.Over(now); over.IsZero() || !over.Before(cutoff) {
				continue
			}
			if err := t.pruneEvent(id, left[id], &st); err != nil {
				return fmt.Errorf("store: prune event %d/%d: %w", id.group, id.num, err)
			}
		}
		return nil
	})
	if err != nil {
		return PruneStats{}, err
	}
	return st, nil
}

func (t *eventTx) pruneEvent(id eventID, left map[string][][]byte, st *PruneStats) error {
	prefix := key(id.group, id.num)
	revs, _ := keysWithPrefix(t.btx.Bucket(bucketRevisions), prefix)
	responses, _ := keysWithPrefix(t.btx.Bucket(bucketResponses), prefix)
	if err := t.DeleteEvent(id.group, id.num); err != nil {
		return err
	}
	timers := t.btx.Bucket(bucketTimers)
	err := deleteRecords(t.btx.Bucket(bucketTimerKeys), prefix, func(tm allaboard.Timer) error { return timers.Delete(timerIndexKey(tm)) })
	if err != nil {
		return err
	}
	for _, name := range [][]byte{bucketRefs, bucketDue, bucketTimers} {
		if err := deleteKeys(t.btx.Bucket(name), left[string(name)]); err != nil {
			return err
		}
	}
	st.Events++
	st.Revisions += len(revs)
	st.Responses += len(responses)
	st.Refs += len(left[string(bucketRefs)])
	return nil
}
