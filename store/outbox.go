package store

import (
	"fmt"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
)

// Outbox returns every message waiting to be sent, oldest first.
func (db *DB) Outbox() ([]allaboard.Outgoing, error) { return db.OutboxAfter(0) }

// OutboxAfter returns the messages waiting to be sent that were queued after
// the one with id after, oldest first.
func (db *DB) OutboxAfter(after uint64) ([]allaboard.Outgoing, error) {
	var out []allaboard.Outgoing
	err := db.OutboxEach(after, func(m allaboard.Outgoing) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// OutboxEach passes fn the messages waiting to be sent that were queued
// after the one with id after, oldest first, one at a time: a sender that
// holds only what is due next reads the rest without holding it all at once.
// fn runs inside a read transaction and must not write.
func (db *DB) OutboxEach(after uint64, fn func(allaboard.Outgoing) error) error {
	err := db.view(func(btx *bbolt.Tx) error {
		box := btx.Bucket(bucketOutbox)
		c := box.Cursor()
		for k, _ := c.Seek(itob(int64(after + 1))); k != nil; k, _ = c.Next() {
			var m allaboard.Outgoing
			if _, err := getRecord(box, k, &m); err != nil {
				return err
			}
			if err := fn(m); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: read outbox: %w", err)
	}
	return nil
}

// OutboxGet returns the messages with the given ids that still wait to be
// sent, in the order asked; those sent or taken out since are left out.
func (db *DB) OutboxGet(ids []uint64) ([]allaboard.Outgoing, error) {
	out := make([]allaboard.Outgoing, 0, len(ids))
	err := db.view(func(btx *bbolt.Tx) error {
		box := btx.Bucket(bucketOutbox)
		for _, id := range ids {
			var m allaboard.Outgoing
			if ok, err := getRecord(box, itob(int64(id)), &m); err != nil {
				return err
			} else if ok {
				out = append(out, m)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read outbox: %w", err)
	}
	return out, nil
}

// OutboxLen is how many messages wait to be sent, without reading them.
func (db *DB) OutboxLen() (int, error) {
	var n int
	err := db.view(func(btx *bbolt.Tx) error {
		n = btx.Bucket(bucketOutbox).Stats().KeyN
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: count outbox: %w", err)
	}
	return n, nil
}

// OutboxBytes is the size of the messages waiting to be sent as stored
// (their records, without bbolt's pages around them), without reading them.
func (db *DB) OutboxBytes() (int, error) {
	var n int
	err := db.view(func(btx *bbolt.Tx) error {
		return btx.Bucket(bucketOutbox).ForEach(func(_, v []byte) error {
			n += len(v)
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("store: size outbox: %w", err)
	}
	return n, nil
}

// OutboxEpoch changes whenever a commit changed or took out messages already
// queued (a group moved or forgotten): what a reader kept may be stale. An
// edit replaced by a newer one (coalesce.go) does not change it: a reader
// learns of it by reading the newer entry, which supersedes the one it
// kept by the rule that replaced it.
func (db *DB) OutboxEpoch() uint64 { return db.outboxEpoch.Load() }

// outboxTx queues messages to be sent after the commit, and notes what the
// sender must hear about: new messages, or ones changed or taken out.
type outboxTx struct {
	btx      *bbolt.Tx
	enqueued bool // put messages in the outbox
	rewrote  bool // changed or took out messages already there
	// unreadFrom is the first id this transaction queued (0: none yet):
	// those from it on no one has read.
	unreadFrom uint64
}

var _ allaboard.OutboxTx = (*outboxTx)(nil)

func (t *outboxTx) Enqueue(m allaboard.Outgoing) error {
	b := t.btx.Bucket(bucketOutbox)
	seq, err := b.NextSequence()
	if err != nil {
		return fmt.Errorf("store: enqueue: %w", err)
	}
	m.ID = seq
	if t.unreadFrom == 0 {
		t.unreadFrom = seq
	}
	if err := putRecord(b, itob(int64(seq)), m); err != nil {
		return fmt.Errorf("store: enqueue to %d: %w", m.ChatID, err)
	}
	t.enqueued = true
	if m.Ref == "" || !m.IsMessage() {
		return nil // ops replace nothing, and are never replaced
	}
	if err := t.coalesce(m); err != nil {
		return fmt.Errorf("store: enqueue to %d: %w", m.ChatID, err)
	}
	return nil
}

// rewriteOutbox passes every waiting message to fix, storing what it changed
// and deleting what it does not keep, those replaced but not yet completed
// too (coalesce.go), and indexes the edits again.
func (t *outboxTx) rewriteOutbox(fix func(*allaboard.Outgoing) (keep bool)) error {
	t.rewrote = true
	for _, name := range [][]byte{bucketOutbox, bucketReplaced} {
		if err := rewriteAll(t.btx.Bucket(name), fix); err != nil {
			return err
		}
	}
	return t.indexEdits()
}

// Complete takes a message out of the outbox with its delivery result, records
// the message id under its Ref (an op's Ref names a message made before), and
// runs after (if set) in the same transaction so the rest of the bot can act
// on the outcome. A message already completed is ignored; one that a newer
// edit replaced while the sender may have held it is completed still
// (coalesce.go).
func (db *DB) Complete(id uint64, d allaboard.Delivery, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	return db.CompleteAll([]allaboard.Completion{{ID: id, Delivery: d}}, after)
}

// CompleteAll is Complete for several messages in one transaction: one
// write to disk for many deliveries.
func (db *DB) CompleteAll(done []allaboard.Completion, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	return db.Update(func(t allaboard.Tx) error {
		var last time.Time
		for _, c := range done {
			if err := complete(t.(*tx), c, after); err != nil {
				return err
			}
			if c.Sent.After(last) {
				last = c.Sent
			}
		}
		if last.IsZero() {
			return nil
		}
		return forgetSends(t.(*tx).btx.Bucket(bucketSends), last.Add(-keepSends))
	})
}

// keepSends is how long requests to Telegram are remembered: longer than
// any of its limits' windows.
const keepSends = 2 * time.Minute

// forgetSends deletes the requests recorded before cutoff: the oldest first,
// so the work follows what is deleted.
func forgetSends(b *bbolt.Bucket, cutoff time.Time) error {
	c := b.Cursor()
	for k, _ := c.First(); k != nil && btoi(k[:8]) < cutoff.UnixNano(); k, _ = c.First() {
		if err := c.Delete(); err != nil {
			return fmt.Errorf("store: forget old sends: %w", err)
		}
	}
	return nil
}

// RecentSends returns the requests to Telegram recorded with deliveries
// since a time, oldest first.
func (db *DB) RecentSends(since time.Time) ([]allaboard.Send, error) {
	var out []allaboard.Send
	since = later(since, time.Unix(0, 0)) // keys order only times after 1970
	err := db.view(func(btx *bbolt.Tx) error {
		c := btx.Bucket(bucketSends).Cursor()
		for k, _ := c.Seek(key(since.UnixNano())); k != nil; k, _ = c.Next() {
			out = append(out, allaboard.Send{At: time.Unix(0, btoi(k[:8])), Chat: btoi(k[8:16])})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read recent sends: %w", err)
	}
	return out, nil
}

func complete(t *tx, c allaboard.Completion, after func(allaboard.Tx, allaboard.Outgoing, allaboard.Delivery) error) error {
	id, d := c.ID, c.Delivery
	m, ok, err := t.take(id)
	if err != nil {
		return fmt.Errorf("store: complete message %d: %w", id, err)
	}
	if !ok {
		return nil
	}
	if !c.Sent.IsZero() {
		if err := t.btx.Bucket(bucketSends).Put(key(c.Sent.UnixNano(), m.ChatID), nil); err != nil {
			return fmt.Errorf("store: record a send: %w", err)
		}
	}
	if d.Outcome == allaboard.Delivered && m.IsMessage() && m.Ref != "" && d.MessageID != 0 {
		if err := t.btx.Bucket(bucketRefs).Put(refKey(m.ChatID, m.Ref), itob(int64(d.MessageID))); err != nil {
			return fmt.Errorf("store: record ref %q: %w", m.Ref, err)
		}
	}
	if after != nil {
		return after(t, m, d)
	}
	return nil
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
