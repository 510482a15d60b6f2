package store

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"allaboard"

	"go.etcd.io/bbolt"
)

// DeleteGroup deletes everything kept about a group: its events and their
// history, responses, members, timers, the messages still to be sent about
// it, and its record along with those of the groups that became it. Members
// and authors in no other group are deleted too (dropUser): nobody's name is
// kept for a group that is gone.
func (t *groupTx) DeleteGroup(id int64) error {
	if err := t.deleteGroup(id); err != nil {
		return fmt.Errorf("store: delete group %d: %w", id, err)
	}
	return nil
}

func (t *groupTx) deleteGroup(id int64) error {
	b, prefix := t.btx, itob(id)
	alone, err := t.unname(id)
	if err != nil {
		return err
	}
	for u := range alone {
		if err := t.dropUser(u); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketEvents, bucketRevisions, bucketRefs, bucketQuestions, bucketSeries} {
		if err := deletePrefix(b.Bucket(name), prefix); err != nil {
			return err
		}
	}
	if err := b.Bucket(bucketEventSeq).Delete(prefix); err != nil {
		return err
	}
	if err := t.households.deleteFamilies(id); err != nil {
		return err
	}
	due := b.Bucket(bucketDue)
	err = deleteRecords(b.Bucket(bucketResponses), prefix, func(r allaboard.Response) error { return due.Delete(dueKey(r)) })
	if err != nil {
		return err
	}
	ms := b.Bucket(bucketMemberships)
	err = deleteRecords(b.Bucket(bucketMembers), prefix, func(m allaboard.Member) error { return ms.Delete(key(m.User, id)) })
	if err != nil {
		return err
	}
	timers := b.Bucket(bucketTimers)
	err = deleteRecords(b.Bucket(bucketTimerKeys), prefix, func(tm allaboard.Timer) error { return timers.Delete(timerIndexKey(tm)) })
	if err != nil {
		return err
	}
	status := allaboard.StatusPrefix(id)
	refs := b.Bucket(bucketRefs)
	keys, err := keysWhere(refs, func(k []byte) bool { return strings.HasPrefix(string(k[8:]), status) })
	if err != nil {
		return err
	}
	if err := deleteKeys(refs, keys); err != nil {
		return err
	}
	err = t.outbox.rewriteOutbox(func(m *allaboard.Outgoing) bool {
		return m.ChatID != id && !alone[m.ChatID] && (m.Chase == nil || m.Chase.Group != id) && !strings.HasPrefix(m.Ref, status)
	})
	if err != nil {
		return err
	}
	return deleteRecords(b.Bucket(bucketChats), nil, func(c allaboard.Chat) error {
		if c.ID == id || c.MovedTo == id {
			return errDelete
		}
		return errKeep
	})
}

// DeleteUser deletes everything kept about a user: their record, their
// memberships and responses, their private chat's messages, the mentions
// of them still to be sent and what they wrote to be passed on to a host. The events they host stay with their groups; in
// event histories their name is replaced.
func (t *groupTx) DeleteUser(id int64) error {
	if err := t.deleteUser(id); err != nil {
		return fmt.Errorf("store: delete user %d: %w", id, err)
	}
	return nil
}

func (t *groupTx) deleteUser(id int64) error {
	b, uid := t.btx, itob(id)
	if err := b.Bucket(bucketUsers).Delete(uid); err != nil {
		return err
	}
	if err := b.Bucket(bucketDrafts).Delete(uid); err != nil {
		return err
	}
	asked, err := keysWhere(b.Bucket(bucketQuestions), func(k []byte) bool { return bytes.Equal(k[8:], uid) })
	if err != nil {
		return err
	}
	if err := deleteKeys(b.Bucket(bucketQuestions), asked); err != nil {
		return err
	}
	// Through the index of the groups whose records name the user: the work
	// follows what there is about them, not the size of the database.
	named, err := keysWithPrefix(b.Bucket(bucketNamed), uid)
	if err != nil {
		return err
	}
	var groups []int64
	for _, k := range named {
		if err := t.forgetInGroup(id, btoi(k[8:16])); err != nil {
			return err
		}
		groups = append(groups, btoi(k[8:16]))
	}
	if err := t.households.forgetFamilies(id, groups); err != nil {
		return err
	}
	for _, name := range [][]byte{bucketNamed, bucketMemberships, bucketRefs, bucketPassOns} {
		if err := deletePrefix(b.Bucket(name), uid); err != nil {
			return err
		}
	}
	return t.outbox.rewriteOutbox(func(m *allaboard.Outgoing) bool {
		if m.ChatID == id {
			return false
		}
		if m.Chase == nil || !slices.Contains(m.Chase.Users, id) {
			return true
		}
		if !m.Late {
			// Written already, with their name: drop it rather than send
			// it; the others are reminded at their next ping.
			return false
		}
		// Written when sent: it reminds the others still.
		m.Chase.Users = slices.DeleteFunc(m.Chase.Users, func(u int64) bool { return u == id })
		return len(m.Chase.Users) > 0
	})
}

// forgetInGroup deletes the user's membership of a group and their
// responses to its events, and replaces their name in those events'
// histories.
func (t *groupTx) forgetInGroup(id, group int64) error {
	b := t.btx
	if err := b.Bucket(bucketMembers).Delete(key(group, id)); err != nil {
		return err
	}
	events, err := keysWithPrefix(b.Bucket(bucketEvents), itob(group))
	if err != nil {
		return err
	}
	responses, due, revisions := b.Bucket(bucketResponses), b.Bucket(bucketDue), b.Bucket(bucketRevisions)
	for _, ev := range events {
		if err := forgetClaims(b.Bucket(bucketEvents), ev, id); err != nil {
			return err
		}
		k := append(bytes.Clone(ev), itob(id)...)
		var r allaboard.Response
		if ok, err := getRecord(responses, k, &r); err != nil {
			return err
		} else if ok {
			if err := due.Delete(dueKey(r)); err != nil {
				return err
			}
			if err := responses.Delete(k); err != nil {
				return err
			}
		}
		revs, err := keysWithPrefix(revisions, ev)
		if err != nil {
			return err
		}
		err = eachKey(revisions, revs, func(k []byte, r allaboard.Revision) error {
			if r.By != id {
				return nil
			}
			r.By, r.ByName = 0, "" // the history says "a forgotten member"
			return putRecord(revisions, k, r)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// buildNamed fills the index of whom each group's records name, for a
// database kept by a version without it.
func buildNamed(btx *bbolt.Tx) error {
	named := btx.Bucket(bucketNamed)
	err := btx.Bucket(bucketMembers).ForEach(func(k, _ []byte) error {
		return named.Put(key(btoi(k[8:16]), btoi(k[:8])), nil)
	})
	if err != nil {
		return fmt.Errorf("store: index members: %w", err)
	}
	revs := btx.Bucket(bucketRevisions)
	return revs.ForEach(func(k, v []byte) error {
		var r allaboard.Revision
		if err := decode(k, v, &r); err != nil {
			return fmt.Errorf("store: index revisions: %w", err)
		}
		if r.By == 0 {
			return nil
		}
		return named.Put(key(r.By, btoi(k[:8])), nil)
	})
}

// forgetClaims takes the user's claims off the sign-up list of the event
// kept under k.
func forgetClaims(events *bbolt.Bucket, k []byte, id int64) error {
	var e allaboard.Event
	if ok, err := getRecord(events, k, &e); err != nil || !ok {
		return err
	}
	if !e.Bring.Forget(id) {
		return nil
	}
	return putRecord(events, k, e)
}
