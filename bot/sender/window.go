package sender

import (
	"cmp"
	"fmt"
	"slices"
	"unique"

	"allaboard"
)

// The sender holds in full only what it may send in the next moments: of
// each class and group (a window key: a message's place in its chat, and
// Outgoing.Fair) the oldest perKey messages. Of the rest of the outbox it
// keeps a head each, what the order of a chat needs (40 bytes, against 366
// for a queued notice held in full), and it reads them back from the store
// by id when the window runs low: a key's held messages fall below half
// with more of the key waiting. A backlog of 10,000 private cards is then
// 10,000 heads and a few hundred messages, and a refill is a pass over the
// heads in memory and reads by id (BenchmarkRefill: 2.3 ms at 10,000), not
// a read of the outbox.
//
// What is held keeps the rules pick and attempt follow over the whole
// queue:
//   - a chat's messages go in their order: a message is held only if every
//     message of its chat that goes before it is held too. Its place is its
//     own (ahead: urgent first, then by class), or the better one of a
//     newer message under the same ref, which it goes before (pick);
//   - a key with messages waiting holds its oldest ones: what is queued for
//     it later waits behind them;
//   - Prepare and superseded see every message queued for the chat after
//     the one sent, held or not (later).

// Window sizes.
const (
	// perKey is how many messages of one class and group are held. Sending
	// is 30 a second at most, shared by groups and classes; a key refilled at
	// half its window has a few seconds' worth of its share at hand, so a
	// refill costs little against the requests it feeds, and 100 groups'
	// fan-outs hold at most 3,200 messages, not all of them.
	perKey = 32
	// perChat is how many messages of one place (class, urgent or not) are
	// held for one chat: a chat takes a message a second at most, a group 20
	// a minute, so more would fill a key's window with messages that cannot
	// go yet while other chats' could.
	perChat = 4
)

// head is what the sender keeps of a queued message it does not hold.
type head struct {
	id       uint64
	chat     int64
	fair     int64
	ref      unique.Handle[string] // noRef: none
	order    uint8                 // orderOf
	inPlace  bool
	editOnly bool
	message  bool
}

// noRef is a head's ref when it has none.
var noRef unique.Handle[string]

func headOf(m allaboard.Outgoing) head {
	h := head{id: m.ID, chat: m.ChatID, fair: m.Fair(), order: orderOf(m), inPlace: m.InPlace(), editOnly: m.EditOnly, message: m.IsMessage()}
	if m.Ref != "" {
		h.ref = unique.Make(m.Ref)
	}
	return h
}

// supersedes is Outgoing.Supersedes for heads.
func (h head) supersedes(older head) bool {
	return older.inPlace && h.chat == older.chat && h.ref == older.ref && h.message && (!h.editOnly || older.editOnly)
}

// orderOf places m among its chat's messages: lower goes first (ahead).
func orderOf(m allaboard.Outgoing) uint8 {
	o := uint8(m.Class.Rank()) // 0 to 3
	if !m.Urgent {
		o += 4
	}
	return o
}

// wkey is a window key: a message's place in its chat, and its group.
type wkey struct {
	place uint8
	fair  int64
}

type refGroup struct {
	chat int64
	ref  unique.Handle[string]
}

// admission is what to hold of all the queued messages, oldest first.
type admission struct {
	hold   []bool
	keys   []wkey         // each one's
	low    map[wkey]int   // keys with messages left in the store: refill once fewer are held
	capped map[int64]bool // chats with messages left for want of perChat room: refill once one of theirs goes
}

// What admit keeps of a chat and of a key as it goes: indexed by chat and by
// group only, so that a pass over 10,000 heads is a few map look-ups each.
type (
	chatState struct {
		groups  int32    // its first ref group in refs; -1: none
		left    bool     // some of its messages are left in the store
		best    uint8    // the best place among them
		heldFor [8]uint8 // held, by place
	}
	refState struct {
		ref   unique.Handle[string]
		place uint8
		next  int32 // the chat's next ref group; -1: none
	}
	keyState struct {
		held [8]int // by place
		over [8]bool
	}
)

// admit works out what to hold of all, the queued messages oldest first.
func admit(all []head, perKey, perChat int) admission {
	a := admission{hold: make([]bool, len(all)), keys: make([]wkey, len(all)), low: map[wkey]int{}, capped: map[int64]bool{}}
	index := make(map[int64]int32, len(all)/2) // chat → in chats
	var chats []chatState
	var refs []refState
	at := make([]int32, len(all)) // each one's chat, in chats
	// An older message under a ref goes before the newer ones, with the best
	// place among them.
	for i, h := range all {
		c, ok := index[h.chat]
		if !ok {
			c = int32(len(chats))
			index[h.chat] = c
			chats = append(chats, chatState{groups: -1})
		}
		at[i] = c
		if h.ref == noRef {
			continue
		}
		g := chats[c].groups
		for g >= 0 && refs[g].ref != h.ref {
			g = refs[g].next
		}
		if g < 0 {
			refs = append(refs, refState{ref: h.ref, place: h.order, next: chats[c].groups})
			chats[c].groups = int32(len(refs) - 1)
		} else {
			refs[g].place = min(refs[g].place, h.order)
		}
	}
	keys := map[int64]*keyState{} // by group
	for i, h := range all {
		c := &chats[at[i]]
		k := wkey{h.order, h.fair}
		if h.ref != noRef {
			g := c.groups
			for refs[g].ref != h.ref {
				g = refs[g].next
			}
			k.place = refs[g].place
		}
		a.keys[i] = k
		ks := keys[k.fair]
		if ks == nil {
			ks = &keyState{}
			keys[k.fair] = ks
		}
		switch {
		case c.left && c.best <= k.place: // an older one of its chat goes first, and is left
		case ks.held[k.place] >= perKey:
			ks.over[k.place] = true
		case int(c.heldFor[k.place]) >= perChat:
			a.capped[h.chat] = true
		default:
			a.hold[i] = true
			ks.held[k.place]++
			c.heldFor[k.place]++
			continue
		}
		if !c.left || k.place < c.best {
			c.left, c.best = true, k.place
		}
	}
	// A held message that a newer one of its chat, left in the store, goes
	// before is left too.
	for i := range all {
		if c := chats[at[i]]; a.hold[i] && c.left && c.best < a.keys[i].place {
			a.hold[i] = false
			keys[a.keys[i].fair].held[a.keys[i].place]--
		}
	}
	for fair, ks := range keys {
		for place, over := range ks.over {
			if over {
				a.low[wkey{uint8(place), fair}] = min(max(perKey/2, 1), ks.held[place])
			}
		}
	}
	return a
}

// heads are the heads of all queued messages, held or not, oldest first.
func (s *Sender) heads() []head {
	all := make([]head, 0, len(s.queue)+len(s.waiting))
	w := s.waiting
	for _, m := range s.queue {
		for len(w) > 0 && w[0].id < m.ID {
			all, w = append(all, w[0]), w[1:]
		}
		all = append(all, headOf(m))
	}
	return append(all, w...)
}

// refill works out afresh what to hold, reads from the store what it is to
// hold and does not, and lets go of what it is not to hold.
func (s *Sender) refill() error {
	s.refills++
	all := s.heads()
	a := admit(all, s.perKey, s.perChat)
	var need []uint64
	for i, h := range all {
		if _, ok := s.keyOf[h.id]; a.hold[i] && !ok {
			need = append(need, h.id)
		}
	}
	got, err := s.box.OutboxGet(need)
	if err != nil {
		return fmt.Errorf("refill the sender's window: %w", err)
	}
	queue, waiting := make([]allaboard.Outgoing, 0, len(s.queue)+len(got)), make([]head, 0, len(all))
	old := s.queue
	clear(s.keyOf)
	clear(s.held)
	s.refillDue = false
	for i, h := range all {
		var m allaboard.Outgoing
		switch {
		case len(old) > 0 && old[0].ID == h.id:
			m, old = old[0], old[1:]
		case a.hold[i] && len(got) > 0 && got[0].ID == h.id:
			m, got = got[0], got[1:]
		case a.hold[i]:
			// Taken out of the store since it was read: replaced by a newer
			// edit. What is held may now be worked out otherwise.
			s.refillDue = true
			continue
		default:
			waiting = append(waiting, h)
			continue
		}
		if !a.hold[i] {
			waiting = append(waiting, h)
			continue
		}
		queue = append(queue, m)
		s.keyOf[h.id] = a.keys[i]
		s.held[a.keys[i]]++
	}
	s.queue, s.waiting, s.low, s.capped = queue, waiting, a.low, a.capped
	return nil
}

// admitNew holds the few messages just read, more, without working out the
// whole window afresh, if each may simply join it: nothing of its chat
// waits in the store, it goes after what is held under its ref, and its key
// has room. Otherwise (ok false) the window is to be refilled: a reply to
// someone new goes at once, a fan-out is a refill.
func (s *Sender) admitNew(more []head) (ok bool, err error) {
	if s.refillDue || len(more) > s.perKey {
		return false, nil
	}
	keys := make([]wkey, len(more))
	for i, n := range more {
		if slices.ContainsFunc(s.waiting, func(h head) bool { return h.chat == n.chat }) {
			return false, nil
		}
		// Those of its chat held, and those read before it, with the key
		// each is held under.
		var chat []head
		var placed []wkey
		for _, m := range s.queue {
			if m.ChatID == n.chat {
				chat, placed = append(chat, headOf(m)), append(placed, s.keyOf[m.ID])
			}
		}
		for j, m := range more[:i] {
			if m.chat == n.chat {
				chat, placed = append(chat, m), append(placed, keys[j])
			}
		}
		k := wkey{n.order, n.fair}
		for j, h := range chat {
			if n.ref != noRef && h.ref == n.ref {
				if n.order < placed[j].place {
					return false, nil // it would move ahead what goes before it
				}
				k.place = placed[j].place
			}
		}
		inKey, inChat := s.held[k], 0
		for j := range chat {
			if placed[j].place == k.place {
				inChat++
			}
		}
		for _, c := range keys[:i] {
			if c == k {
				inKey++
			}
		}
		if _, over := s.low[k]; over || inKey >= s.perKey || inChat >= s.perChat {
			return false, nil
		}
		keys[i] = k
	}
	ids := make([]uint64, len(more))
	for i, n := range more {
		ids[i] = n.id
	}
	got, err := s.box.OutboxGet(ids)
	if err != nil {
		return false, err
	}
	for _, m := range got { // those taken out since are not there: replaced
		k := keys[slices.Index(ids, m.ID)]
		s.queue = append(s.queue, m)
		s.keyOf[m.ID] = k
		s.held[k]++
	}
	return true, nil
}

// remove takes the messages that left the outbox out of the window, and
// notes when it must be refilled.
func (s *Sender) remove(gone []uint64) {
	if len(gone) == 0 {
		return
	}
	unheld := false
	for _, id := range gone {
		k, ok := s.keyOf[id]
		if !ok {
			unheld = true // taken in from the store by Prepare (later)
			continue
		}
		delete(s.keyOf, id)
		s.held[k]--
		if low, ok := s.low[k]; ok && s.held[k] < low {
			s.refillDue = true
		}
	}
	s.queue = slices.DeleteFunc(s.queue, func(m allaboard.Outgoing) bool {
		if !slices.Contains(gone, m.ID) {
			return false
		}
		s.refillDue = s.refillDue || s.capped[m.ChatID]
		return true
	})
	if unheld {
		s.waiting = slices.DeleteFunc(s.waiting, func(h head) bool { return slices.Contains(gone, h.id) })
	}
	if len(s.queue) == 0 && len(s.waiting) > 0 {
		s.refillDue = true
	}
}

// later are the messages queued for m's chat after m, held or not: what
// may make sending m pointless, or Prepare take in. Only these are read
// from the store, and only for a message that may need them.
func (s *Sender) later(m allaboard.Outgoing) ([]allaboard.Outgoing, error) {
	if !m.InPlace() && (!m.Written() || s.prepare == nil) {
		return nil, nil
	}
	var out []allaboard.Outgoing
	for _, n := range s.queue {
		if n.ChatID == m.ChatID && n.ID > m.ID {
			out = append(out, n)
		}
	}
	var ids []uint64
	for _, h := range s.waiting {
		if h.chat == m.ChatID && h.id > m.ID {
			ids = append(ids, h.id)
		}
	}
	if len(ids) == 0 {
		return out, nil
	}
	more, err := s.box.OutboxGet(ids)
	if err != nil {
		return nil, fmt.Errorf("read what is queued for chat %d: %w", m.ChatID, err)
	}
	out = append(out, more...)
	slices.SortFunc(out, func(a, b allaboard.Outgoing) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}
