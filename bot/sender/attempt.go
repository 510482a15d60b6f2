package sender

import (
	"slices"
	"time"

	"allaboard"
)

// attempt sends m and returns the ids of the messages that left the outbox:
// m's, unless it must be tried again, and any it absorbed. later are the
// messages queued for m's chat after m, which may make sending m pointless.
func (s *Sender) attempt(m allaboard.Outgoing, later []allaboard.Outgoing) []uint64 {
	s.turns++
	s.served[m.Fair()] = s.turns
	if superseded(m, later) {
		return s.completed(m, supersededBy)
	}
	if !m.Written() || s.prepare == nil {
		return s.deliver(m)
	}
	out, absorbed, ok, err := s.write(m, later)
	switch {
	case err != nil:
		s.retryAt[m.ChatID] = s.now().Add(s.backoff.Delay(1))
		s.log.Error("cannot write a message; will retry", "chat", m.ChatID, "err", err)
		return nil
	case !ok || len(out) == 0:
		return s.completed(m, allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "out of date"})
	case len(out) > 1:
		return s.deliverPart(m, out)
	}
	delete(s.parts, m.ID)
	gone := s.deliver(out[0])
	if len(gone) == 0 {
		return nil // to be tried again: what it absorbed stays queued, to be taken in again
	}
	for _, id := range absorbed {
		if i := slices.IndexFunc(later, func(n allaboard.Outgoing) bool { return n.ID == id }); i >= 0 {
			gone = append(gone, s.completed(later[i], allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "merged into an earlier message"})...)
		}
	}
	return gone
}

// write is m as it is to be sent: what is left of it if it went partly.
// A long message is written once, so that its parts don't shift between
// them; a restart writes it again, and sends it whole.
func (s *Sender) write(m allaboard.Outgoing, later []allaboard.Outgoing) ([]allaboard.Outgoing, []uint64, bool, error) {
	if rest, ok := s.parts[m.ID]; ok {
		return rest, nil, true, nil
	}
	return s.prepare(m, later)
}

// deliverPart sends the first of a long message's parts; the rest wait for
// the chat's next turn, so that its pace is kept. A part Telegram refuses
// ends the message.
func (s *Sender) deliverPart(m allaboard.Outgoing, parts []allaboard.Outgoing) []uint64 {
	d, retry := s.request(parts[0])
	switch {
	case retry:
		s.parts[m.ID] = parts
	case d.Outcome == allaboard.Delivered:
		s.parts[m.ID] = parts[1:]
	default:
		delete(s.parts, m.ID)
		return s.completedSent(parts[0], d, s.requested)
	}
	return nil
}

// deliver sends m and returns its id if it left the outbox.
func (s *Sender) deliver(m allaboard.Outgoing) []uint64 {
	d, retry := s.request(m)
	if retry {
		return nil
	}
	return s.completedSent(m, d, s.requested)
}

// request makes m's request; retry is set when it is to be tried again, after
// a wait noted for its chat.
func (s *Sender) request(m allaboard.Outgoing) (d allaboard.Delivery, retry bool) {
	s.requested = time.Time{}
	d, f := s.send(m)
	if f != nil && f.Transient {
		s.failures[m.ChatID]++
		wait := f.RetryAfter
		if wait == 0 {
			wait = s.backoff.Delay(s.failures[m.ChatID])
		}
		s.retryAt[m.ChatID] = s.now().Add(wait)
		s.log.Warn("will retry a message", "chat", m.ChatID, "in", wait.Round(time.Millisecond), "reason", f.Delivery.Detail)
		return d, true
	}
	delete(s.failures, m.ChatID)
	delete(s.retryAt, m.ChatID)
	if f != nil {
		d = f.Delivery
	}
	return d, false
}

// completed takes m out of the queue with its delivery, to be recorded with
// the next batch (see flush), and returns its id.
func (s *Sender) completed(m allaboard.Outgoing, d allaboard.Delivery) []uint64 {
	return s.completedSent(m, d, time.Time{})
}

// completedSent is completed for a message whose request Telegram answered
// at requested (zero: none was made).
func (s *Sender) completedSent(m allaboard.Outgoing, d allaboard.Delivery, requested time.Time) []uint64 {
	now := s.now()
	s.done = append(s.done, sent{m: m, d: d, at: now, requested: requested, ref: s.learn(m, d)})
	if d.Outcome == allaboard.Delivered && m.IsMessage() && allaboard.IsStatusRef(m.Ref) && !requested.IsZero() {
		s.edited[refKey{m.ChatID, m.Ref}] = now
	}
	switch {
	case d.Detail == Unchanged:
		s.log.Debug("not sent: the edit changes nothing", "chat", m.ChatID, "message", d.MessageID)
	case d.Outcome == allaboard.Delivered:
		s.log.Debug("delivered", "chat", m.ChatID, "message", d.MessageID)
	case d.Outcome == allaboard.Rejected:
		s.log.Error("Telegram refused a message", "chat", m.ChatID, "reason", d.Detail)
	case d.Outcome == allaboard.Dropped:
		s.log.Debug("not sent", "chat", m.ChatID, "reason", d.Detail)
	case d.Outcome == allaboard.NoRight:
		s.log.Info("not allowed in the chat", "chat", m.ChatID, "op", m.Op, "reason", d.Detail)
	default:
		s.log.Info("message not delivered", "chat", m.ChatID, "outcome", d.Outcome, "reason", d.Detail)
	}
	return []uint64{m.ID}
}

// superseded reports whether a later message replaces m in place, so m need
// not be sent at all (Outgoing.Supersedes).
func superseded(m allaboard.Outgoing, later []allaboard.Outgoing) bool {
	return m.InPlace() && slices.ContainsFunc(later, func(n allaboard.Outgoing) bool { return n.Supersedes(m) })
}
