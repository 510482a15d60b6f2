package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/app"
)

// When the only member who hadn't confirmed leaves, everyone left knows:
// the leaver must not linger as a member "not seen yet" (the stored count is
// kept in step until Telegram's is read again).
func TestEveryoneKnowsWhenTheLastPendingMemberLeaves(t *testing.T) {
	k := newKit(t, nil) // Telegram counts exactly the members the bot knows
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.announce(p, picnic)
	k.tick(t0)
	k.say(p.g, ann, "/ack 1")
	k.sent()

	k.now = t0.Add(5 * time.Minute)
	k.turn(func(a *app.App, t *app.Turn) error {
		return a.Roster.OnChatMember(t, &app.MemberUpdate{Chat: *p.g, From: *ben,
			OldChatMember: app.ChatMember{User: ben, Status: "member"},
			NewChatMember: app.ChatMember{User: ben, Status: "left"}})
	})
	msgs := k.sent()
	k.tick(k.now) // the recount after the leave
	msgs = append(msgs, k.sent()...)

	if got := to(msgs, p.host.ID, "Everyone knows ✅", "Picnic"); len(got) != 1 {
		t.Errorf("everyone left in the group has confirmed; the host was told so %d times, want once", len(got))
	}
	status := to(msgs, p.host.ID, "Status")
	if len(status) == 0 {
		t.Fatal("the host's status card was not updated")
	}
	if last := status[len(status)-1].Text; strings.Contains(last, "hasn't been seen") {
		t.Errorf("the host's status card, after the recount, still reports an unknown member:\n%s", last)
	}
}
