package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
)

// A private reminder Telegram won't deliver becomes a mention in the group,
// and the member is reminded by mention from then on; a member who confirmed
// meanwhile is left alone.
func TestUndeliveredPrivateReminderBecomesAMention(t *testing.T) {
	for _, tc := range []struct {
		name    string
		outcome allaboard.Outcome
		check   func(u allaboard.User) bool
	}{
		{"never started the bot", allaboard.NotStarted, func(u allaboard.User) bool { return !u.Started && !u.Blocked }},
		{"blocked the bot", allaboard.Blocked, func(u allaboard.User) bool { return u.Blocked }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben")
			ann, ben := p.members[0], p.members[1]
			k.start(ann, ben)
			k.sent()
			k.announce(p, picnic)
			k.tick(t0)
			reminders := chased(k.pending())
			// Ben confirms in the group before his reminder fails too.
			k.say(p.g, ben, "/ack 1")
			for _, u := range []int64{ann.ID, ben.ID} {
				if m := reminders[u]; m.ChatID != u {
					t.Fatalf("user %d's reminder went to %d, want a private message", u, m.ChatID)
				}
				k.complete(reminders[u], tc.outcome)
			}

			if u := k.user(ann); !tc.check(u) || u.Reachable() {
				t.Errorf("after %v Ann is recorded as %+v", tc.outcome, u)
			}
			msgs := k.sent()
			mentions := chased(msgs)
			m, ok := mentions[ann.ID]
			if !ok || m.ChatID != p.g.ID || !containsAll(m.Text, []string{"tg://user?id=11", "Ann", "please confirm", "Picnic"}) {
				t.Errorf("Ann isn't mentioned in the group after her reminder failed: %q", texts(msgs))
			}
			if _, ok := mentions[ben.ID]; ok || len(to(msgs, p.g.ID, "Ben", "please confirm")) > 0 {
				t.Errorf("Ben confirmed, and was mentioned anyway: %q", texts(msgs))
			}
			if got, want := k.response(p.g, 1, ann).LastVia, allaboard.ViaGroup; got != want {
				t.Errorf("Ann was last reminded via %q, want %q", got, want)
			}

			// The next reminder goes to the group straight away.
			k.tick(t0.Add(15 * time.Minute))
			msgs = k.sent()
			if got := to(msgs, ann.ID); len(got) > 0 {
				t.Errorf("the bot wrote to Ann privately again: %q", texts(got))
			}
			if m := chased(msgs)[ann.ID]; m.ChatID != p.g.ID {
				t.Errorf("Ann's second reminder went to %d, want the group", m.ChatID)
			}
		})
	}
}

// A mention the group can't receive (the bot was removed, or the chat is gone)
// makes its members unreachable, and the host is asked at once to contact
// them; a member who confirmed meanwhile is not among them.
func TestUndeliverableMentionHandsOffAtOnce(t *testing.T) {
	for _, outcome := range []allaboard.Outcome{allaboard.Removed, allaboard.ChatNotFound} {
		t.Run(outcome.String(), func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Cem", "Dora")
			cem, dora := p.members[0], p.members[1]
			k.announce(p, picnic)
			k.tick(t0)
			mention := chased(k.pending())[dora.ID]
			if mention.ChatID != p.g.ID || len(mention.Chase.Users) != 2 {
				t.Fatalf("want one mention of both in the group, got %+v", mention)
			}
			k.say(p.g, cem, "/ack 1")
			k.sent(mention)
			k.now = t0.Add(time.Minute)
			k.complete(mention, outcome)

			msgs := k.sent()
			handOffs := to(msgs, p.host.ID, "hasn't confirmed", "please contact them personally")
			if len(handOffs) != 1 || !containsAll(handOffs[0].Text, []string{"Dora", "Picnic"}) {
				t.Errorf("the host isn't asked once to contact Dora: %q", texts(handOffs))
			}
			for _, m := range handOffs {
				if strings.Contains(m.Text, "Cem") {
					t.Errorf("Cem confirmed, and the host was asked to contact him: %q", m.Text)
				}
			}
			if r := k.response(p.g, 1, dora); !r.Unreachable || !r.HandedOff {
				t.Errorf("Dora isn't marked unreachable: %+v", r)
			}
			if r := k.response(p.g, 1, cem); r.Unreachable || r.HandedOff {
				t.Errorf("Cem, who confirmed, is marked unreachable: %+v", r)
			}
			for _, m := range msgs {
				if m.ChatID == p.g.ID {
					t.Errorf("the bot still writes to a group it can't reach: %q", m.Text)
				}
			}
		})
	}
}
