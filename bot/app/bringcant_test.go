package app_test

import (
	"strings"
	"testing"

	"allaboard/bot/app"
	"allaboard/bot/wire"
)

// claimItem has u open event num's list from the card's button and claim
// item.
func (k *kit) claimItem(p parents, num int, u *app.User, item string) {
	k.tb.Helper()
	k.say(dm(u), u, "/start "+wire.BringPayload(p.g.ID, num))
	l := lastTo(k.tb, k.sent(), u.ID, "Who brings what")
	if got := k.press(u, dm(u), button(k.tb, l, "✋ "+item)); !strings.Contains(got, "You're bringing "+item) {
		k.tb.Fatalf("%s claiming %s: %q", u.FirstName, item, got)
	}
	k.sent()
}

// After a move, a member who answers Can't releases their claims: what
// they had not confirmed for the new date the group hears is needed again,
// as when they release it with the button; what they had confirmed only
// their hosts hear of, as with the button. Leaving the group is the same.
func TestBringCantAfterMoveIsNeededAgain(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem")
	ann, ben, cem := p.members[0], p.members[1], p.members[2]
	k.start(ann, ben, cem)
	k.announce(p, picnic)
	k.announce(p, "/bring 1 cake, juice, drivers x2, plates")
	k.claimItem(p, 1, ann, "cake")
	k.claimItem(p, 1, ben, "juice")
	k.claimItem(p, 1, ben, "drivers")
	k.claimItem(p, 1, cem, "plates")
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	ask := lastTo(t, k.sent(), ann.ID, "still on?")
	k.press(ann, dm(ann), button(t, ask, "Yes, still on"))
	k.sent()

	cant := wire.PressData{Group: p.g.ID, Event: 1, Rev: k.event(p.g, 1).Material, Act: wire.ActCant}.Encode()
	k.press(ben, p.g, cant)
	msgs := k.sent()
	if !said(msgs, p.host.ID, "Ben can't come to <b>Picnic</b> (#1), so juice, drivers are free again") {
		t.Fatalf("the host was not told what Ben released: %q", texts(msgs))
	}
	if again := to(msgs, p.g.ID, "Needed again for <b>Picnic</b> (#1) (Fri 13 Mar 15:00): juice, drivers (2 of 2)"); len(again) != 1 {
		t.Fatalf("the group was not told once what Ben's Can't released: %q", texts(to(msgs, p.g.ID)))
	}

	k.press(ann, p.g, cant)
	msgs = k.sent()
	if !said(msgs, p.host.ID, "Ann can't come to <b>Picnic</b> (#1), so cake is free again") || said(msgs, p.g.ID, "Needed again") {
		t.Fatalf("a claim confirmed for the new date, released by Can't: %q", texts(msgs))
	}

	k.observe(&app.Message{Chat: p.g, From: cem, LeftChatMember: cem})
	msgs = k.sent()
	if !said(msgs, p.host.ID, "Cem left the group, so plates for <b>Picnic</b> (#1) is free again") ||
		len(to(msgs, p.g.ID, "Needed again for <b>Picnic</b> (#1) (Fri 13 Mar 15:00): plates")) != 1 {
		t.Fatalf("the group was not told once what Cem's leaving released: %q", texts(msgs))
	}
}
