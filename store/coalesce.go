package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// One queued entry per message. A message kept in place (a group's card
// re-counted, a host's status card, the roll call) is edited by the entries
// under its Ref, each written when it is sent, from the state then: the
// newest says all that the older ones would. So queuing an entry replaces
// the older queued ones it supersedes (allaboard.Outgoing.Supersedes, the
// sender's rule), found through an index rather than by reading the outbox:
// under chat | ref, the ids of the entries a newer one may replace (at most
// a posting edit and an edit-only one after it) and of those replaced that
// the sender may still complete.
//
// The sender keeps what it read in memory, and may be sending an entry as it
// is replaced: one that it may have read (not queued by the replacing
// transaction) is kept aside until completed, its delivery recorded as
// before: the message id it got under its Ref, the request, what follows. Completing an entry under a
// ref ends the wait of those replaced before it (the sender goes through one
// ref's entries in order); at open none waits.

// coalesce takes out the queued entries that n, just queued, supersedes,
// and lists n if it may be superseded in turn.
func (t *outboxTx) coalesce(n allaboard.Outgoing) error {
	box, edits := t.btx.Bucket(bucketOutbox), t.btx.Bucket(bucketEdits)
	k := refKey(n.ChatID, n.Ref)
	var keep []uint64
	for _, id := range idList(edits.Get(k)) {
		var m allaboard.Outgoing
		queued, err := getRecord(box, itob(int64(id)), &m)
		switch {
		case err != nil:
			return err
		case !queued:
			if t.btx.Bucket(bucketReplaced).Get(itob(int64(id))) != nil {
				keep = append(keep, id) // replaced already: it waits to be completed
			}
		case m.ChatID != n.ChatID || m.Ref != n.Ref || !m.InPlace():
			// Not an edit of this message: the index was wrong; drop it.
		case n.Supersedes(m):
			kept, err := t.replace(id)
			if err != nil {
				return err
			}
			if kept {
				keep = append(keep, id)
			}
		default:
			keep = append(keep, id)
		}
	}
	if n.InPlace() {
		keep = append(keep, n.ID)
	}
	return putIDs(edits, k, keep)
}

// replace takes a queued entry out of the outbox. One that others may have
// read is kept aside until it is completed; kept says so.
func (t *outboxTx) replace(id uint64) (kept bool, err error) {
	box, k := t.btx.Bucket(bucketOutbox), itob(int64(id))
	if t.unreadFrom == 0 || id < t.unreadFrom {
		if err := t.btx.Bucket(bucketReplaced).Put(k, bytes.Clone(box.Get(k))); err != nil {
			return false, err
		}
		kept = true
	}
	return kept, box.Delete(k)
}

// take takes an entry out for its completion: from the outbox, or from those
// replaced while others may have held them. ok is false if it is neither
// (completed already, or deleted with its group or user).
func (t *outboxTx) take(id uint64) (m allaboard.Outgoing, ok bool, err error) {
	for _, name := range [][]byte{bucketOutbox, bucketReplaced} {
		b := t.btx.Bucket(name)
		switch ok, err = getRecord(b, itob(int64(id)), &m); {
		case err != nil:
			return m, false, err
		case ok:
			if err := b.Delete(itob(int64(id))); err != nil {
				return m, false, err
			}
			return m, true, t.unlist(m)
		}
	}
	return m, false, nil
}

// unlist keeps the index in step with m, completed: m leaves it, and so do
// the entries replaced before it under its ref, which nothing completes now.
func (t *outboxTx) unlist(m allaboard.Outgoing) error {
	if m.Ref == "" {
		return nil
	}
	edits, k := t.btx.Bucket(bucketEdits), refKey(m.ChatID, m.Ref)
	v := edits.Get(k)
	if v == nil {
		return nil
	}
	box, replaced := t.btx.Bucket(bucketOutbox), t.btx.Bucket(bucketReplaced)
	var keep []uint64
	for _, id := range idList(v) {
		switch {
		case id == m.ID:
		case id < m.ID && box.Get(itob(int64(id))) == nil:
			if err := replaced.Delete(itob(int64(id))); err != nil {
				return err
			}
		default:
			keep = append(keep, id)
		}
	}
	return putIDs(edits, k, keep)
}

// indexEdits builds the index afresh, replacing as Enqueue does what a newer
// entry supersedes: for a database kept by a version without the index, and
// after queued entries were readdressed or deleted (rewriteOutbox).
func (t *outboxTx) indexEdits() error {
	if err := t.btx.DeleteBucket(bucketEdits); err != nil {
		return fmt.Errorf("store: index edits: %w", err)
	}
	edits, err := t.btx.CreateBucket(bucketEdits)
	if err != nil {
		return fmt.Errorf("store: index edits: %w", err)
	}
	err = t.btx.Bucket(bucketReplaced).ForEach(func(k, v []byte) error {
		var m allaboard.Outgoing
		if err := decode(k, v, &m); err != nil {
			return err
		}
		rk := refKey(m.ChatID, m.Ref)
		return edits.Put(rk, append(bytes.Clone(edits.Get(rk)), k...))
	})
	if err != nil {
		return fmt.Errorf("store: index edits: %w", err)
	}
	box := t.btx.Bucket(bucketOutbox)
	keys, err := keysWhere(box, func([]byte) bool { return true })
	if err != nil {
		return err
	}
	// In order: an entry replaces only older ones, already gone through.
	err = eachKey(box, keys, func(_ []byte, m allaboard.Outgoing) error {
		if m.Ref == "" || !m.IsMessage() {
			return nil
		}
		return t.coalesce(m)
	})
	if err != nil {
		return fmt.Errorf("store: index edits: %w", err)
	}
	return nil
}

// dropReplaced forgets the replaced entries kept for a sender that may hold
// them: at open, none does.
func (t *outboxTx) dropReplaced() error {
	b := t.btx.Bucket(bucketReplaced)
	keys, err := keysWhere(b, func([]byte) bool { return true })
	if err != nil {
		return err
	}
	return eachKey(b, keys, func(k []byte, m allaboard.Outgoing) error {
		if err := b.Delete(k); err != nil {
			return err
		}
		return t.unlist(m)
	})
}

func idList(v []byte) []uint64 { // 8-byte ids
	ids := make([]uint64, 0, len(v)/8)
	for ; len(v) >= 8; v = v[8:] {
		ids = append(ids, binary.BigEndian.Uint64(v))
	}
	return ids
}

// putIDs keeps a list of ids under k, or nothing if it is empty.
func putIDs(b *bbolt.Bucket, k []byte, ids []uint64) error {
	if len(ids) == 0 {
		return b.Delete(k)
	}
	v := make([]byte, 0, 8*len(ids))
	for _, id := range ids {
		v = binary.BigEndian.AppendUint64(v, id)
	}
	return b.Put(k, v)
}
