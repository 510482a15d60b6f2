package app_test

import (
	"testing"

	"allaboard"
)

// What the sender needs to put people before bulk: replies to the person
// who acted, the news for the others with its group's share, reminders
// after, digests last.
func TestMessagesAreClassedForTheSender(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ali", "Bea")
	k.start(p.members[0])
	k.sent()

	k.say(p.g, p.host, picnic)
	k.tick(k.now)
	seen := map[string]bool{}
	for _, m := range k.queue() {
		switch {
		case m.ChatID == p.g.ID && m.Ref == allaboard.CardRef(k.event(p.g, 1)):
			seen["group card"] = true
			if m.Class != allaboard.ClassReply {
				t.Errorf("the card in the group where the host typed is %v, want a reply", m.Class)
			}
		case m.ChatID == p.members[0].ID:
			seen["member's card"] = true
			if m.Class != allaboard.ClassNews || m.Fair() != p.g.ID {
				t.Errorf("Ali's first card is class %v for %d, want news for the group %d", m.Class, m.Fair(), p.g.ID)
			}
		}
	}
	if len(seen) != 2 {
		t.Fatalf("queued %+v, want the group card and Ali's card", k.queue())
	}
	if q := k.queue(); q[len(q)-1].Class != allaboard.ClassNews {
		t.Errorf("the roll call the scheduler posts is %v, want news", q[len(q)-1].Class)
	}
	k.sent()

	k.tick(k.now.Add(k.event(p.g, 1).When.Sub(k.now) / 2))
	for _, m := range k.queue() {
		if m.ChatID == p.members[0].ID && m.Chase != nil && m.Class != allaboard.ClassChase {
			t.Errorf("a later reminder to Ali is %v, want a chase", m.Class)
		}
	}
	k.sent()

	k.say(dm(p.members[0]), p.members[0], "/events")
	q := k.queue()
	if len(q) == 0 || q[len(q)-1].ChatID != p.members[0].ID || q[len(q)-1].Class != allaboard.ClassReply {
		t.Errorf("the answer to Ali's /events is not a reply to Ali: %+v", q)
	}
}
