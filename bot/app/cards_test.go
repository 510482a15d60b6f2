package app_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"allaboard"
	"allaboard/bot/app"
)

// ops are the ops among msgs on chat, as "pin card:1:2" or "delete #7".
func ops(msgs []allaboard.Outgoing, chat int64) []string {
	var out []string
	for _, m := range msgs {
		switch {
		case m.ChatID != chat || m.Op == "":
		case m.MessageID != 0:
			out = append(out, fmt.Sprintf("%s #%d", m.Op, m.MessageID))
		default:
			out = append(out, fmt.Sprintf("%s %s", m.Op, m.Ref))
		}
	}
	return out
}

// retired are the edit-only messages among msgs, by the card they retire.
func retired(msgs []allaboard.Outgoing) map[string]allaboard.Outgoing {
	out := map[string]allaboard.Outgoing{}
	for _, m := range msgs {
		if m.EditOnly {
			out[m.Ref] = m
		}
	}
	return out
}

// refMessage is the message the sender would act on for ref in chat.
func (k *kit) refMessage(chat int64, ref string) int {
	k.tb.Helper()
	id, err := k.db.RefMessage(chat, ref)
	if err != nil {
		k.tb.Fatal(err)
	}
	return id
}

// Each material change posts a new card; once it is delivered the earlier
// cards lose their buttons, say they are outdated and what they said, link
// to it, and it is pinned in place of the previous one.
func TestANewVersionRetiresTheEarlierCards(t *testing.T) {
	const super = -1001234567890
	k := newKit(t, nil)
	p := k.parentsIn(super, "Ann")
	first := k.announce(p, picnic)
	if got, want := ops(first, p.g.ID), []string{"pin card:1:1"}; !slices.Equal(got, want) {
		t.Errorf("after the announcement: ops %q, want %q", got, want)
	}

	k.say(p.g, p.host, "/edit 1 where Beach")
	if slices.ContainsFunc(k.queue(), func(m allaboard.Outgoing) bool { return m.EditOnly || m.Op != "" }) {
		t.Fatal("earlier cards are retired before the new card is delivered")
	}
	moved := k.sent()
	second := k.refMessage(p.g.ID, "card:1:2")
	old, ok := retired(moved)["card:1:1"]
	if !ok || len(retired(moved)) != 1 {
		t.Fatalf("retired %v, want card:1:1", retired(moved))
	}
	link := fmt.Sprintf(`href="https://t.me/c/1234567890/%d"`, second)
	if len(old.Buttons) != 0 || !containsAll(old.Text, []string{"Outdated", link, "Picnic", "Park"}) || strings.Contains(old.Text, "Beach") {
		t.Errorf("the first card was edited to %q with buttons %v", old.Text, old.Buttons)
	}
	if got, want := ops(moved, p.g.ID), []string{"pin card:1:2", "unpin card:1:1"}; !slices.Equal(got, want) {
		t.Errorf("after the move: ops %q, want %q", got, want)
	}

	k.say(p.g, p.host, "/edit 1 title Big picnic") // cosmetic: the card is edited, not retired
	if cosmetic := k.sent(); len(retired(cosmetic)) != 0 || len(ops(cosmetic, p.g.ID)) != 0 {
		t.Errorf("a new title retired cards %v or made ops %q", retired(cosmetic), ops(cosmetic, p.g.ID))
	}
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	again := k.sent()
	third := k.refMessage(p.g.ID, "card:1:4")
	link = fmt.Sprintf(`href="https://t.me/c/1234567890/%d"`, third)
	r := retired(again)
	if len(r) != 2 {
		t.Fatalf("retired %v, want both earlier cards", r)
	}
	if m := r["card:1:2"]; !containsAll(m.Text, []string{"Outdated", link, "Big picnic", "Beach", "Thu 12 Mar 15:00"}) {
		t.Errorf("the second card says %q, want it as it last stood, linking to the third", m.Text)
	}
	if m := r["card:1:1"]; !containsAll(m.Text, []string{link, "Picnic", "Park"}) || strings.Contains(m.Text, "Big") {
		t.Errorf("the first card says %q, want it as it stood, linking to the third", m.Text)
	}
	if got, want := ops(again, p.g.ID), []string{"pin card:1:4", "unpin card:1:2"}; !slices.Equal(got, want) {
		t.Errorf("after the second change: ops %q, want %q", got, want)
	}
}

// In a basic group there is no link to a message: the card says where the
// latest one is in words.
func TestARetiredCardInABasicGroupHasNoLink(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.say(p.g, p.host, "/edit 1 where Beach")
	old := retired(k.sent())["card:1:1"]
	if !strings.Contains(old.Text, "see the latest card below") || strings.Contains(old.Text, "<a ") {
		t.Errorf("the first card says %q", old.Text)
	}
}

// Two quick changes: the card of the middle version, delivered after the
// next change was made, retires and pins nothing itself.
func TestACardOvertakenBeforeDeliveryLeavesItToTheNewest(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.say(p.g, p.host, "/edit 1 where Beach")
	k.say(p.g, p.host, "/edit 1 where Café")
	msgs := k.sent()
	if got, want := ops(msgs, p.g.ID), []string{"pin card:1:3", "unpin card:1:2"}; !slices.Equal(got, want) {
		t.Errorf("ops %q, want %q", got, want)
	}
	r := retired(msgs)
	if len(r) != 2 || !strings.Contains(r["card:1:2"].Text, "Beach") || !strings.Contains(r["card:1:1"].Text, "Park") {
		t.Errorf("retired %v, want both earlier cards once", r)
	}
}

// A button on an outdated card, kept by a client, confirms nothing and
// answers nothing: an alert says what changed instead of a toast.
func TestAPressOnAnOutdatedCardConfirmsNothing(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.start(ben)
	k.sent()
	old := card(t, k.announce(p, picnic), p.g, 1)
	k.say(p.g, p.host, "/edit 1 where Beach")
	latest := card(t, k.sent(), p.g, 1)

	for _, press := range []struct {
		who   *app.User
		label string
		words []string
	}{
		{ann, "Got it", []string{"out of date", "nothing was confirmed", "Park → Beach"}},
		{ann, "Going", []string{"out of date", "Park → Beach"}},
		{ben, "Got it", []string{"out of date", "privately", "Park → Beach"}},
	} {
		a := k.pressed(press.who, p.g, button(t, old, press.label))
		if !a.ShowAlert || !containsAll(a.Text, press.words) {
			t.Errorf("%s pressed %s on the old card: %+v, want an alert saying %q", press.who.FirstName, press.label, a, press.words)
		}
		if n := len(utf16.Encode([]rune(a.Text))); n > 200 {
			t.Errorf("the answer has %d UTF-16 units, Telegram takes 200", n)
		}
		if r := k.response(p.g, 1, press.who); r.Acked != 0 || r.RSVP != allaboard.NoAnswer {
			t.Errorf("%s's press on the old card counted: %+v", press.who.FirstName, r)
		}
		after := k.sent()
		if len(to(after, p.g.ID)) != 0 || len(to(after, p.host.ID)) != 0 {
			t.Errorf("a press on the old card changed what the group or the host sees: %q", texts(after))
		}
		if press.who == ben && len(to(after, ben.ID, "out of date", "Beach")) != 1 {
			t.Errorf("Ben, who opened a chat with the bot, wasn't sent the latest card: %q", texts(after))
		}
	}
	// The latest card's buttons do confirm.
	if a := k.pressed(ann, p.g, button(t, latest, "Got it")); a.ShowAlert || k.response(p.g, 1, ann).Acked == 0 {
		t.Errorf("Ann pressed Got it on the latest card: %+v, response %+v", a, k.response(p.g, 1, ann))
	}
}

// An op that finds the group became a supergroup does not follow it there:
// its message stayed behind, and the id would name another message.
func TestAnOpDoesNotFollowAMigration(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.say(p.g, p.host, picnic)
	k.complete(card(t, k.pending(), p.g, 1), allaboard.Delivered)
	i := slices.IndexFunc(k.queue(), func(m allaboard.Outgoing) bool { return m.Op == allaboard.OpPin })
	if i < 0 {
		t.Fatal("no pin queued after the card was delivered")
	}
	pin := k.queue()[i]
	const super = -1009876543210
	d := allaboard.Delivery{Outcome: allaboard.Migrated, NewChatID: super}
	err := k.db.Complete(pin.ID, d, func(tx allaboard.Tx, m allaboard.Outgoing, d allaboard.Delivery) error {
		return k.app.Chase.AfterDelivery(tx, m, d)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := ops(k.queue(), super); len(got) != 0 {
		t.Errorf("ops readdressed to the supergroup: %q", got)
	}
	if k.chat(p.g).MovedTo != super {
		t.Errorf("the group did not move: %+v", k.chat(p.g))
	}
}
