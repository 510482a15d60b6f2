package sender

import (
	"encoding/json"
	"hash/fnv"

	"allaboard"
)

// What the sender knows of the messages kept in place under refs: which
// message each is and what it shows, so that an edit that would change
// nothing is not sent, and one of a message that is gone is not tried.
// Deliveries not yet recorded are kept in memory (Sender.refs); the rest is
// the store's (Outbox.RefSum), less the messages deleted since (deleted).

// Unchanged is the Detail of an edit completed without a request: the
// message already shows what it would write.
const Unchanged = "unchanged: not sent"

// kept is the message under a ref: its id (0: none, or gone) and the sum
// of what it shows (0: not known).
type kept struct {
	id  int
	sum uint64
}

type msgKey struct {
	chat int64
	id   int
}

// refBook is the part of the store's transaction that records what
// deliveries tell of the messages under refs, with the deliveries.
type refBook interface {
	// KeepRef records message id under (chat, ref) with the sum of what it
	// shows; id 0 forgets the ref.
	KeepRef(chat int64, ref string, id int, sum uint64) error
	// ForgetMessage forgets every ref in chat naming message id: it was deleted.
	ForgetMessage(chat int64, id int) error
}

// refChange is what a delivery tells of the messages under refs.
type refChange struct {
	keep    bool // record kept under the message's Ref
	kept    kept // id 0: the message is gone
	deleted int  // a message deleted: forget it under every ref
}

// refKept is the message under (chat, ref): one delivered but not yet
// recorded, or the one the store has unless it was deleted since.
func (s *Sender) refKept(chat int64, ref string) (kept, error) {
	if k, ok := s.refs[refKey{chat, ref}]; ok {
		return k, nil
	}
	id, sum, err := s.box.RefSum(chat, ref)
	if err != nil || s.deleted[msgKey{chat, id}] {
		return kept{}, err
	}
	return kept{id, sum}, nil
}

// learn notes what m's delivery d tells of the messages under refs, for
// the requests made until it is recorded, and returns it to be recorded.
func (s *Sender) learn(m allaboard.Outgoing, d allaboard.Delivery) refChange {
	var c refChange
	switch {
	case m.Op != "":
		// Deleted, or not found (an op that found no message is Dropped
		// with the one it named): gone either way.
		gone := d.Outcome == allaboard.Dropped || d.Outcome == allaboard.Delivered && m.Op == allaboard.OpDelete
		if gone && d.MessageID != 0 {
			c.deleted = d.MessageID
			s.forgetMessage(m.ChatID, d.MessageID)
		}
	case !m.IsMessage() || m.Ref == "":
	case d.Outcome == allaboard.Delivered && d.MessageID != 0:
		c = refChange{keep: true, kept: kept{d.MessageID, contentSum(m)}}
	case s.noEdit[m.ID]:
		c = refChange{keep: true} // its message is gone, and it posted none
	}
	if c.keep {
		s.refs[refKey{m.ChatID, m.Ref}] = c.kept
	}
	delete(s.noEdit, m.ID)
	return c
}

// forgetMessage notes that message id in chat is gone, under whatever ref.
func (s *Sender) forgetMessage(chat int64, id int) {
	s.deleted[msgKey{chat, id}] = true
	for k, v := range s.refs {
		if k.chat == chat && v.id == id {
			s.refs[k] = kept{}
		}
	}
}

// record writes what a delivery told of the messages under refs in tx, the
// transaction that records the delivery, if the store keeps it.
func record(tx allaboard.Tx, m allaboard.Outgoing, c refChange) error {
	book, ok := tx.(refBook)
	switch {
	case !ok:
		return nil
	case c.keep:
		return book.KeepRef(m.ChatID, m.Ref, c.kept.id, c.kept.sum)
	case c.deleted != 0:
		return book.ForgetMessage(m.ChatID, c.deleted)
	}
	return nil
}

// contentSum is a short hash of what m shows once sent: everything an edit
// to it would send but the message it edits; 0 for a document, whose
// caption an edit of text cannot change.
func contentSum(m allaboard.Outgoing) uint64 {
	if !m.IsMessage() || m.Document != nil {
		return 0
	}
	c := editMessage(m, 0)
	c.ChatID = 0
	b, err := json.Marshal(c)
	if err != nil {
		return 0
	}
	h := fnv.New64a()
	h.Write(b)
	return max(h.Sum64(), 1) // 0 is "not known"
}
