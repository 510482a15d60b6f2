package sender

import "allaboard"

// supersededBy is the delivery of a message a newer one replaces in place:
// it leaves the outbox without a request.
var supersededBy = allaboard.Delivery{Outcome: allaboard.Delivered, Detail: "superseded by a newer version"}

// dropSuperseded completes at once the messages kept in queue that one just
// read (more) supersedes. The store took them out when the newer one was
// queued, keeping them aside until they are completed, as the sender may
// be sending one: held till their turn, only to be dropped then, they
// would take memory here and there.
func (s *Sender) dropSuperseded(queue, more []allaboard.Outgoing) []allaboard.Outgoing {
	var newest map[refKey]allaboard.Outgoing
	for _, n := range more {
		if n.Ref == "" || !n.IsMessage() {
			continue
		}
		if newest == nil {
			newest = map[refKey]allaboard.Outgoing{}
		}
		// One that would post supersedes all that an edit-only one does.
		k := refKey{n.ChatID, n.Ref}
		if seen, ok := newest[k]; !ok || seen.EditOnly {
			newest[k] = n
		}
	}
	if newest == nil {
		return queue
	}
	kept := queue[:0]
	for _, m := range queue {
		if m.InPlace() && newest[refKey{m.ChatID, m.Ref}].Supersedes(m) { // none: the zero message supersedes nothing
			s.completed(m, supersededBy)
			delete(s.parts, m.ID)
			continue
		}
		kept = append(kept, m)
	}
	clear(queue[len(kept):]) // let go of what was dropped
	return kept
}
