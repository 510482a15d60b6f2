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

// pending is the outbox: what the bot has decided to send and not yet sent.
func (k *kit) pending() []allaboard.Outgoing {
	k.tb.Helper()
	out, err := k.db.Outbox()
	if err != nil {
		k.tb.Fatal(err)
	}
	return out
}

// sent delivers everything in the outbox but the messages in keep, and
// returns what it delivered, as the sender would.
func (k *kit) sent(keep ...allaboard.Outgoing) []allaboard.Outgoing {
	k.tb.Helper()
	var out []allaboard.Outgoing
	for _, m := range k.pending() {
		if slices.ContainsFunc(keep, func(c allaboard.Outgoing) bool { return c.ID == m.ID }) {
			continue
		}
		k.complete(m, allaboard.Delivered)
		out = append(out, m)
	}
	return out
}

// complete takes one message out of the outbox with an outcome.
func (k *kit) complete(m allaboard.Outgoing, o allaboard.Outcome) {
	k.tb.Helper()
	d := allaboard.Delivery{Outcome: o}
	if o == allaboard.Delivered {
		k.msgID++
		d.MessageID = k.msgID
	}
	if err := k.db.Complete(m.ID, d, k.app.AfterDelivery); err != nil {
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
		if m := msgs[i]; m.ChatID == g.ID && strings.HasPrefix(m.Ref, prefix) {
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
