package store

import (
	"bytes"
	"fmt"
	"strings"

	"allaboard"

	"go.etcd.io/bbolt"
)

// groupTx moves and deletes everything kept about a group, or about a user
// in every group. That touches every kind of record: it works on their
// buckets directly, and through the parts that keep state (the outbox's
// flags) or helpers of their own.
type groupTx struct {
	btx        *bbolt.Tx
	outbox     *outboxTx
	chats      *chatTx
	households *householdTx
}

var _ allaboard.GroupTx = (*groupTx)(nil)

// MoveGroup moves everything kept under a group to the supergroup it became.
// A record already kept under the new id wins over the moved one; the old
// chat record stays behind as a pointer to the new id.
func (t *groupTx) MoveGroup(from, to int64) error {
	if from == to {
		return nil // nothing to move: and moving a group onto itself would delete its counter
	}
	if err := t.moveGroup(from, to); err != nil {
		return fmt.Errorf("store: move group %d to %d: %w", from, to, err)
	}
	return nil
}

func (t *groupTx) moveGroup(from, to int64) error {
	b := t.btx
	err := moveKeyed(b.Bucket(bucketEvents), from, to, nil, func(e *allaboard.Event) error { e.Group = to; return nil })
	if err != nil {
		return err
	}
	if err := moveKeyed[allaboard.Revision](b.Bucket(bucketRevisions), from, to, nil, nil); err != nil {
		return err
	}
	if err := t.moveSeq(from, to); err != nil {
		return err
	}
	due := b.Bucket(bucketDue)
	err = moveKeyed(b.Bucket(bucketResponses), from, to,
		func(r allaboard.Response) error { return due.Delete(dueKey(r)) },
		func(r *allaboard.Response) error {
			r.Group, r.Mention = to, 0 // the old group's messages stay there
			if r.Due.IsZero() {
				return nil
			}
			return due.Put(dueKey(*r), nil)
		})
	if err != nil {
		return err
	}
	if err := moveNamed(b.Bucket(bucketNamed), from, to); err != nil {
		return err
	}
	if err := t.households.moveFamilies(from, to); err != nil {
		return err
	}
	if err := moveKeyed(b.Bucket(bucketSeries), from, to, nil, func(s *allaboard.Series) error { s.Group = to; return nil }); err != nil {
		return err
	}
	ms := b.Bucket(bucketMemberships)
	err = moveKeyed(b.Bucket(bucketMembers), from, to,
		func(m allaboard.Member) error { return ms.Delete(key(m.User, from)) },
		func(m *allaboard.Member) error {
			m.Group = to
			if m.Left {
				return nil
			}
			return ms.Put(key(m.User, to), nil)
		})
	if err != nil {
		return err
	}
	timers := b.Bucket(bucketTimers)
	err = moveKeyed(b.Bucket(bucketTimerKeys), from, to,
		func(tm allaboard.Timer) error { return timers.Delete(timerIndexKey(tm)) },
		func(tm *allaboard.Timer) error {
			tm.Group = to
			return timers.Put(timerIndexKey(*tm), nil)
		})
	if err != nil {
		return err
	}
	if err := t.moveRefs(from, to); err != nil {
		return err
	}
	if err := t.moveOutbox(from, to); err != nil {
		return err
	}
	return t.moveChat(from, to)
}

// moveKeyed moves the records whose keys start with the group id from to the
// same keys under to. unindex (if set) sees each record as it was, fix (if
// set) rewrites the ones that move. A record already under the new key wins
// and the moved one is dropped.
func moveKeyed[T any](b *bbolt.Bucket, from, to int64, unindex func(T) error, fix func(*T) error) error {
	keys, err := keysWithPrefix(b, itob(from))
	if err != nil {
		return err
	}
	return eachKey(b, keys, func(k []byte, rec T) error {
		if unindex != nil {
			if err := unindex(rec); err != nil {
				return err
			}
		}
		if err := b.Delete(k); err != nil {
			return err
		}
		newKey := append(itob(to), k[8:]...)
		if b.Get(newKey) != nil {
			return nil
		}
		if fix != nil {
			if err := fix(&rec); err != nil {
				return err
			}
		}
		return putRecord(b, newKey, rec)
	})
}

// moveSeq keeps the higher of the two groups' event numbers.
func (t *groupTx) moveSeq(from, to int64) error {
	b := t.btx.Bucket(bucketEventSeq)
	old := b.Get(itob(from))
	if old == nil {
		return nil
	}
	if cur := b.Get(itob(to)); cur == nil || btoi(cur) < btoi(old) {
		if err := b.Put(itob(to), bytes.Clone(old)); err != nil {
			return err
		}
	}
	return b.Delete(itob(from))
}

// moveRefs forgets the messages in the old group, which can no longer be
// edited, and renames the hosts' status cards about it.
func (t *groupTx) moveRefs(from, to int64) error {
	b := t.btx.Bucket(bucketRefs)
	if err := deletePrefix(b, itob(from)); err != nil {
		return err
	}
	oldPrefix, newPrefix := allaboard.StatusPrefix(from), allaboard.StatusPrefix(to)
	keys, err := keysWhere(b, func(k []byte) bool { return strings.HasPrefix(string(k[8:]), oldPrefix) })
	if err != nil {
		return err
	}
	for _, k := range keys {
		v := bytes.Clone(b.Get(k))
		if err := b.Delete(k); err != nil {
			return err
		}
		ref := newPrefix + strings.TrimPrefix(string(k[8:]), oldPrefix)
		newKey := refKey(btoi(k[:8]), ref)
		if b.Get(newKey) != nil {
			continue // a card about the event kept under the new id
		}
		if err := b.Put(newKey, v); err != nil {
			return err
		}
	}
	return nil
}

// moveOutbox readdresses the messages still to be sent. Ops on messages in
// the old group are dropped: those messages stay behind, and an id there
// names another message in the supergroup.
func (t *groupTx) moveOutbox(from, to int64) error {
	oldPrefix, newPrefix := allaboard.StatusPrefix(from), allaboard.StatusPrefix(to)
	return t.outbox.rewriteOutbox(func(m *allaboard.Outgoing) (keep bool) {
		if m.ChatID == from && m.Op != "" {
			return false
		}
		if m.ChatID == from {
			m.ChatID = to
		}
		if m.Chase != nil && m.Chase.Group == from {
			m.Chase.Group = to
		}
		if rest, ok := strings.CutPrefix(m.Ref, oldPrefix); ok {
			m.Ref = newPrefix + rest
		}
		return true
	})
}

// moveChat keeps the group's record under the new id and leaves a pointer
// behind, so that buttons on old messages still find the group.
func (t *groupTx) moveChat(from, to int64) error {
	old, err := t.chats.Chat(from)
	if err != nil {
		return err
	}
	moved := old
	moved.ID, moved.Kind, moved.MovedTo = to, allaboard.Supergroup, 0
	if cur, err := t.chats.Chat(to); err == nil && cur.Title != "" {
		moved.Title = cur.Title
	}
	if err := t.chats.SaveChat(moved); err != nil {
		return err
	}
	return t.chats.SaveChat(allaboard.Chat{ID: from, Kind: old.Kind, Title: old.Title, MovedTo: to})
}

// moveNamed readdresses the index of whom a group's records name. It is
// keyed by user, so this looks at every entry: groups move rarely.
func moveNamed(b *bbolt.Bucket, from, to int64) error {
	keys, err := keysWhere(b, func(k []byte) bool { return btoi(k[8:16]) == from })
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
		if err := b.Put(key(btoi(k[:8]), to), nil); err != nil {
			return err
		}
	}
	return nil
}
