package sender

import (
	"time"

	"allaboard"
)

var replyRank = allaboard.ClassReply.Rank()

// rank orders messages: lower goes first. An urgent message (a last-minute
// mention) goes with the news, whatever its class.
func rank(m allaboard.Outgoing) int {
	r := m.Class.Rank()
	if m.Urgent {
		r = min(r, allaboard.ClassNews.Rank())
	}
	return r
}

// ahead reports whether m goes before n in their chat: urgent first, then by
// rank; the older first among equals.
func ahead(m, n allaboard.Outgoing) bool { return orderOf(m) < orderOf(n) }

// candidate is the one message of a chat that may go next.
type candidate struct {
	chat int64
	i    int // in the queue
	rank int // of the message that made it the candidate
}

// pick returns the index of the message to send now, or -1 and how long to
// wait for one. Each chat has one candidate: its first message by ahead, or
// an older one editing the same message, which must go before it. Of the
// candidates that may go now, the best ranked goes; among equals, the one
// whose group (Outgoing.Fair) was served longest ago, so one group's fan-out
// does not starve another's.
func (s *Sender) pick(queue []allaboard.Outgoing, now time.Time) (int, time.Duration) {
	if now.Before(s.holdAll) {
		return -1, s.holdAll.Sub(now)
	}
	// The candidates, in the order of their chats' oldest messages; slot
	// finds a chat's. Both are kept between calls to spare the allocations.
	clear(s.slot)
	cands, multi := s.cands[:0], false
	for i, m := range queue {
		j, seen := s.slot[m.ChatID]
		switch {
		case !seen:
			s.slot[m.ChatID] = len(cands)
			cands = append(cands, candidate{chat: m.ChatID, i: i, rank: rank(m)})
		case ahead(m, queue[cands[j].i]):
			cands[j].i, cands[j].rank, multi = i, rank(m), true
		default:
			multi = true
		}
	}
	s.cands = cands
	if multi {
		// An older message under the same ref goes first, with the rank of
		// the one it stands before: edits of one message are never reordered.
		for i, m := range queue {
			if c := &cands[s.slot[m.ChatID]]; i < c.i && m.Ref != "" && m.Ref == queue[c.i].Ref {
				c.i = i
			}
		}
	}
	s.forgetPast(queue, now)

	best, wait := -1, time.Hour
	var bestRank int
	var bestServed uint64
	for _, c := range cands {
		m := queue[c.i]
		t := later(s.retryAt[c.chat], s.limits.next(c.chat, now, c.rank == replyRank))
		if c.rank != replyRank && !m.Fresh && allaboard.IsStatusRef(m.Ref) {
			t = later(t, s.edited[refKey{c.chat, m.Ref}].Add(s.limits.limits.Status))
		}
		if t.After(now) {
			wait = min(wait, t.Sub(now))
			continue
		}
		served := s.served[m.Fair()]
		if best < 0 || c.rank < bestRank || c.rank == bestRank && served < bestServed {
			best, bestRank, bestServed = c.i, c.rank, served
		}
	}
	if best < 0 {
		return -1, wait
	}
	return best, 0
}
