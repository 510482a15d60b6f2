package sender

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"allaboard"
)

// late is a reminder whose words are written when it is sent.
func late(id uint64, chat int64, users ...int64) allaboard.Outgoing {
	m := msg(id, chat)
	m.Text, m.Late = "", true
	m.Chase = &allaboard.ChaseTag{Group: chat, Event: 1, Rev: 1, Users: users}
	return m
}

// mergeAll is a Prepare that names everyone still to be reminded, taking in
// every later reminder; it drops a reminder whose users all confirmed.
func mergeAll(confirmed ...int64) Prepare {
	return func(m allaboard.Outgoing, later []allaboard.Outgoing) ([]allaboard.Outgoing, []uint64, bool, error) {
		var users []int64
		var absorbed []uint64
		keep := func(us []int64) {
			for _, u := range us {
				if !slices.Contains(confirmed, u) {
					users = append(users, u)
				}
			}
		}
		keep(m.Chase.Users)
		for _, n := range later {
			if n.Late && n.ChatID == m.ChatID {
				keep(n.Chase.Users)
				absorbed = append(absorbed, n.ID)
			}
		}
		if len(users) == 0 {
			return nil, nil, false, nil
		}
		tag := *m.Chase
		tag.Users = users
		m.Chase, m.Text = &tag, "remind "+string(rune('0'+len(users)))
		return []allaboard.Outgoing{m}, absorbed, true, nil
	}
}

func TestPrepareWritesLateMessagesWhenTheirTurnComes(t *testing.T) {
	tests := []struct {
		name      string
		confirmed []int64
		answer    error
		prepErr   error
		requests  []string
		done      []completed // in order
		left      []uint64
		afterTag  []int64 // the users After saw, when it was called for message 1
	}{
		{name: "written from the state then, taking in later reminders",
			requests: []string{`send -100 "remind 3"`},
			done: []completed{{1, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
				{2, allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "merged into an earlier message"}}},
			left: []uint64{1, 2}, afterTag: []int64{7, 8, 9}},
		{name: "members who confirmed meanwhile are left out", confirmed: []int64{8},
			requests: []string{`send -100 "remind 2"`},
			done: []completed{{1, allaboard.Delivery{Outcome: allaboard.Delivered, MessageID: 101}},
				{2, allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "merged into an earlier message"}}},
			left: []uint64{1, 2}, afterTag: []int64{7, 9}},
		{name: "nobody left to remind: nothing is sent", confirmed: []int64{7, 8, 9},
			done: []completed{{1, allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "out of date"}}},
			left: []uint64{1}},
		{name: "a transient failure keeps both, to be merged again", answer: apiError(502, "Bad Gateway", 0),
			requests: []string{`send -100 "remind 3"`}},
		{name: "the group is gone: the merged reminder's members are followed up", answer: apiError(403, "Forbidden: bot was kicked from the supergroup chat", 0),
			requests: []string{`send -100 "remind 3"`},
			done: []completed{{1, allaboard.Delivery{Outcome: allaboard.Removed, Detail: "Forbidden: bot was kicked from the supergroup chat"}},
				{2, allaboard.Delivery{Outcome: allaboard.Dropped, Detail: "merged into an earlier message"}}},
			left: []uint64{1, 2}, afterTag: []int64{7, 8, 9}},
		{name: "the state can't be read: tried again later", prepErr: errors.New("disk on fire")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Limits{}, late(1, -100, 7, 8), late(2, -100, 9))
			var seen []int64
			h.s.after = func(_ allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
				if m.ID == 1 && d.Outcome != allaboard.Dropped {
					seen = m.Chase.Users
				}
				return nil
			}
			h.s.prepare = mergeAll(tt.confirmed...)
			if tt.prepErr != nil {
				h.s.prepare = func(m allaboard.Outgoing, _ []allaboard.Outgoing) ([]allaboard.Outgoing, []uint64, bool, error) {
					return nil, nil, false, tt.prepErr
				}
			}
			h.api.answers = []error{tt.answer}

			left := h.attempt(h.box.queue[0], slices.Clone(h.box.queue[1:]))

			if !slices.Equal(h.api.requests, tt.requests) {
				t.Errorf("requests %q, want %q", h.api.requests, tt.requests)
			}
			if !slices.Equal(h.box.done, tt.done) {
				t.Errorf("completed %+v, want %+v", h.box.done, tt.done)
			}
			if !slices.Equal(left, tt.left) {
				t.Errorf("left the queue: %v, want %v", left, tt.left)
			}
			if !slices.Equal(seen, tt.afterTag) {
				t.Errorf("After saw the reminder naming %v, want %v", seen, tt.afterTag)
			}
			if len(tt.left) == 0 && !h.s.retryAt[-100].After(h.now) {
				t.Errorf("the chat may go again at once after a failure")
			}
		})
	}
}

func TestUrgentMessagesGoFirstInTheirChat(t *testing.T) {
	urgent := msg(4, -100)
	urgent.Urgent = true
	queue := []allaboard.Outgoing{msg(1, -100), msg(2, 7), msg(3, -100), urgent, msg(5, -100)}
	h := newHarness(t, Limits{PerChat: Rate{N: 1, Per: time.Second}}, queue...)

	var order []uint64
	for range queue {
		i, wait := h.s.pick(h.box.queue, h.now)
		if i < 0 {
			h.now = h.now.Add(wait)
			i, _ = h.s.pick(h.box.queue, h.now)
		}
		m := h.box.queue[i]
		order = append(order, m.ID)
		h.attempt(m, slices.Clone(h.box.queue[i+1:]))
	}
	if want := []uint64{4, 2, 1, 3, 5}; !slices.Equal(order, want) {
		t.Errorf("sent in the order %v, want %v: the urgent message first in its group, the rest in order", order, want)
	}
}

// What comes after delivery acts for the chat the attempt went to, even if
// the stored entry was readdressed meanwhile (a group became a supergroup
// while the request was in flight).
func TestAfterDeliverySeesTheChatTheAttemptWentTo(t *testing.T) {
	m := msg(1, -100)
	h := newHarness(t, Limits{}, m)
	var seen int64
	h.s.after = func(_ allaboard.Tx, got allaboard.Outgoing, _ allaboard.Delivery) error {
		seen = got.ChatID
		return nil
	}
	h.box.queue[0].ChatID = -1001 // readdressed in the store while in flight
	h.api.answers = []error{apiError(400, "Bad Request: group chat was upgraded to a supergroup chat", 0)}
	h.attempt(m, nil)
	if seen != -100 {
		t.Errorf("after delivery saw chat %d, want -100, where the attempt went", seen)
	}
}

// A long message is written once and goes in parts, one per turn of its
// chat; the last part takes it out of the outbox, and a part that must be
// tried again is, without writing the message anew.
func TestALongMessageGoesInParts(t *testing.T) {
	long := late(1, 7)
	h := newHarness(t, Limits{}, long)
	writes := 0
	h.s.prepare = func(m allaboard.Outgoing, _ []allaboard.Outgoing) ([]allaboard.Outgoing, []uint64, bool, error) {
		writes++
		parts := []allaboard.Outgoing{m, m, m}
		for i := range parts {
			parts[i].Text = fmt.Sprintf("part %d of write %d", i+1, writes)
		}
		return parts, nil, true, nil
	}
	h.api.answers = []error{nil, apiError(502, "Bad Gateway", 0), nil, nil}
	var left []uint64
	for range 4 {
		left = h.attempt(long, nil)
	}
	want := []string{`send 7 "part 1 of write 1"`, `send 7 "part 2 of write 1"`, `send 7 "part 2 of write 1"`, `send 7 "part 3 of write 1"`}
	if !slices.Equal(h.api.requests, want) {
		t.Errorf("requests %q, want %q", h.api.requests, want)
	}
	if !slices.Equal(left, []uint64{1}) || len(h.box.queue) != 0 {
		t.Errorf("after the last part %v left the queue and %d stay, want the message gone", left, len(h.box.queue))
	}
	if writes != 1 {
		t.Errorf("the message was written %d times, want once", writes)
	}
}
