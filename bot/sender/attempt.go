package sender

import (
	"time"

	"allaboard"
)

// attempt sends m and reports whether it left the outbox. later are the
// messages queued after m, which may make sending m pointless.
func (s *Sender) attempt(m allaboard.Outgoing, later []allaboard.Outgoing) bool {
	if superseded(m, later) {
		return s.complete(m, allaboard.Delivery{Outcome: allaboard.Delivered, Detail: "superseded by a newer version"})
	}
	d, f := s.send(m)
	if f != nil && f.Transient {
		s.failures[m.ChatID]++
		wait := f.RetryAfter
		if wait == 0 {
			wait = s.backoff.Delay(s.failures[m.ChatID])
		}
		s.retryAt[m.ChatID] = s.now().Add(wait)
		s.log.Warn("will retry a message", "chat", m.ChatID, "in", wait.Round(time.Millisecond), "reason", f.Delivery.Detail)
		return false
	}
	delete(s.failures, m.ChatID)
	delete(s.retryAt, m.ChatID)
	if f != nil {
		d = f.Delivery
	}
	return s.complete(m, d)
}

// complete takes m out of the outbox with its delivery, and reports whether
// that was recorded.
func (s *Sender) complete(m allaboard.Outgoing, d allaboard.Delivery) bool {
	if err := s.box.Complete(m.ID, d, s.after); err != nil {
		// Telegram has it but we could not record that: it may go twice.
		s.log.Error("cannot record a delivery", "chat", m.ChatID, "err", err)
		s.retryAt[m.ChatID] = s.now().Add(s.backoff.Max)
		return false
	}
	delete(s.noEdit, m.ID)
	switch {
	case d.Outcome == allaboard.Delivered:
		s.log.Debug("delivered", "chat", m.ChatID, "message", d.MessageID)
	case d.Outcome == allaboard.Rejected:
		s.log.Error("Telegram refused a message", "chat", m.ChatID, "reason", d.Detail)
	default:
		s.log.Info("message not delivered", "chat", m.ChatID, "outcome", d.Outcome, "reason", d.Detail)
	}
	return true
}

// superseded reports whether a later message replaces m in place, so m need
// not be sent at all.
func superseded(m allaboard.Outgoing, later []allaboard.Outgoing) bool {
	if m.Ref == "" || m.Fresh {
		return false
	}
	for _, n := range later {
		if n.ChatID == m.ChatID && n.Ref == m.Ref {
			return true
		}
	}
	return false
}
