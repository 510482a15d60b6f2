package sender

import "allaboard"

// supersededBy is the delivery of a message a newer one replaces in place:
// it leaves the outbox without a request.
var supersededBy = allaboard.Delivery{Outcome: allaboard.Delivered, Detail: "superseded by a newer version"}

// dropSuperseded completes at once the held messages that one just read
// (more) supersedes, and forgets the heads of those it does. The store took
// them out when the newer one was queued, keeping aside those the sender
// may hold until they are completed, as it may be sending one: kept till
// their turn, only to be dropped then, they would take memory here and
// there.
func (s *Sender) dropSuperseded(more []head) {
	var newest map[refGroup]head
	for _, n := range more {
		if n.ref == noRef || !n.message {
			continue
		}
		if newest == nil {
			newest = map[refGroup]head{}
		}
		// One that would post supersedes all that an edit-only one does.
		k := refGroup{n.chat, n.ref}
		if seen, ok := newest[k]; !ok || seen.editOnly {
			newest[k] = n
		}
	}
	if newest == nil {
		return
	}
	var gone []uint64
	for _, m := range s.queue {
		if h := headOf(m); newest[refGroup{h.chat, h.ref}].supersedes(h) { // none: the zero head supersedes nothing
			gone = append(gone, s.completed(m, supersededBy)...)
			delete(s.parts, m.ID)
		}
	}
	s.remove(gone)
	kept := s.waiting[:0]
	for _, h := range s.waiting {
		if !newest[refGroup{h.chat, h.ref}].supersedes(h) {
			kept = append(kept, h)
		}
	}
	clear(s.waiting[len(kept):])
	s.waiting = kept
}
