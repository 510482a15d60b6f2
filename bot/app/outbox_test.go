package app_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// What the bot decided to send: the outbox, delivered (or not) as the sender
// would, and ways to pick messages out of it.

// pending is the outbox as the sender would send it now: reminders written
// from the state now, those nobody needs left out, merged ones once.
func (k *kit) pending() []allaboard.Outgoing {
	k.tb.Helper()
	var out []allaboard.Outgoing
	queue := k.queue()
	var absorbed []uint64
	for i, m := range queue {
		if slices.Contains(absorbed, m.ID) {
			continue
		}
		w, more, ok := k.write(m, queue[i+1:])
		if ok {
			out = append(out, w...)
			absorbed = append(absorbed, more...)
		}
	}
	return out
}

// queue is the outbox as stored.
func (k *kit) queue() []allaboard.Outgoing {
	k.tb.Helper()
	out, err := k.db.Outbox()
	if err != nil {
		k.tb.Fatal(err)
	}
	return out
}

// write is m as the sender would send it, written by the writer (in parts
// if it is long), with the later messages it takes in; ok is false if it
// would not be sent.
func (k *kit) write(m allaboard.Outgoing, later []allaboard.Outgoing) ([]allaboard.Outgoing, []uint64, bool) {
	k.tb.Helper()
	w, absorbed, ok, err := k.writer.Write(m, later)
	if err != nil {
		k.tb.Fatal(err)
	}
	return w, absorbed, ok
}

// sent delivers everything in the outbox but the messages in keep, as the
// sender would, and returns what it delivered.
func (k *kit) sent(keep ...allaboard.Outgoing) []allaboard.Outgoing {
	k.tb.Helper()
	var out []allaboard.Outgoing
	for {
		queue := k.queue()
		i := slices.IndexFunc(queue, func(m allaboard.Outgoing) bool {
			return !slices.ContainsFunc(keep, func(c allaboard.Outgoing) bool { return c.ID == m.ID })
		})
		if i < 0 {
			return out
		}
		w, absorbed, ok := k.write(queue[i], queue[i+1:])
		if !ok {
			k.finish(queue[i], allaboard.Dropped)
			continue
		}
		k.complete(w[len(w)-1], allaboard.Delivered)
		for _, id := range absorbed {
			if j := slices.IndexFunc(queue, func(m allaboard.Outgoing) bool { return m.ID == id }); j >= 0 {
				k.finish(queue[j], allaboard.Dropped)
			}
		}
		out = append(out, w...)
	}
}

// complete takes one message (as pending wrote it) out of the outbox with an
// outcome, and has the app act on it; what it took in goes with it.
func (k *kit) complete(m allaboard.Outgoing, o allaboard.Outcome) {
	k.tb.Helper()
	queue := k.queue()
	if i := slices.IndexFunc(queue, func(q allaboard.Outgoing) bool { return q.ID == m.ID }); i >= 0 && queue[i].Written() {
		if _, absorbed, ok := k.write(queue[i], queue[i+1:]); ok {
			defer func() {
				for _, id := range absorbed {
					k.finish(allaboard.Outgoing{ID: id}, allaboard.Dropped)
				}
			}()
		}
	}
	k.finish(m, o)
}

// finish takes one message out of the outbox with an outcome; the app sees m.
func (k *kit) finish(m allaboard.Outgoing, o allaboard.Outcome) {
	k.tb.Helper()
	d := allaboard.Delivery{Outcome: o}
	if o == allaboard.Delivered {
		k.msgID++
		d.MessageID = k.msgID
	}
	after := func(tx allaboard.Tx, _ allaboard.Outgoing, d allaboard.Delivery) error {
		return k.app.Chase.AfterDelivery(tx, m, d)
	}
	if err := k.db.Complete(m.ID, d, after); err != nil {
		k.tb.Fatal(err)
	}
}

// to keeps the messages to one chat whose text contains every one of words.
func to(msgs []allaboard.Outgoing, chat int64, words ...string) []allaboard.Outgoing {
	var out []allaboard.Outgoing
	for _, m := range msgs {
		if m.ChatID == chat && containsAll(m.Text, words) {
			out = append(out, m)
		}
	}
	return out
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// button is the data of the button labelled label on m.
func button(tb testing.TB, m allaboard.Outgoing, label string) string {
	tb.Helper()
	for _, row := range m.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, label) && b.Data != "" {
				return b.Data
			}
		}
	}
	tb.Fatalf("no button %q on %q", label, m.Text)
	return ""
}

// card is the latest card of event num in g's outbox messages: the one with its buttons.
func card(tb testing.TB, msgs []allaboard.Outgoing, g *app.Chat, num int) allaboard.Outgoing {
	tb.Helper()
	prefix := "card:" + strconv.Itoa(num) + ":"
	for i := len(msgs) - 1; i >= 0; i-- {
		if m := msgs[i]; m.ChatID == g.ID && strings.HasPrefix(m.Ref, prefix) && len(m.Buttons) > 0 {
			return m
		}
	}
	tb.Fatalf("no card of event #%d in the group among %d messages", num, len(msgs))
	return allaboard.Outgoing{}
}

// chased is everyone a batch of messages reminds (their chase tags).
func chased(msgs []allaboard.Outgoing) map[int64]allaboard.Outgoing {
	out := map[int64]allaboard.Outgoing{}
	for _, m := range msgs {
		if m.Chase == nil {
			continue
		}
		for _, u := range m.Chase.Users {
			out[u] = m
		}
	}
	return out
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// texts are the messages' texts, for failure messages.
func texts(msgs []allaboard.Outgoing) []string {
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = m.Text
	}
	return out
}
