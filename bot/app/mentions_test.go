package app_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"allaboard"
)

// mentions are the chase mentions among msgs in chat.
func mentions(msgs []allaboard.Outgoing, chat int64) []allaboard.Outgoing {
	var out []allaboard.Outgoing
	for _, m := range msgs {
		if m.ChatID == chat && m.Chase != nil {
			out = append(out, m)
		}
	}
	return out
}

// deleted are the messages msgs delete in chat, as ops reads them.
func deleted(ids ...int) []string {
	var out []string
	for _, id := range ids {
		out = append(out, fmt.Sprintf("delete #%d", id))
	}
	return out
}

// A new round's mention takes over from the last one, which is deleted once
// the new one is in the group; the last goes when everyone it names has
// confirmed.
func TestANewMentionTakesOverFromTheLastOne(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	k.announce(p, picnic)

	k.tick(t0)
	round1 := k.sent()
	if len(mentions(round1, p.g.ID)) != 1 || len(ops(round1, p.g.ID)) != 0 {
		t.Fatalf("first round: %d mentions, ops %q; want one mention, nothing deleted", len(mentions(round1, p.g.ID)), ops(round1, p.g.ID))
	}
	first := k.response(p.g, 1, ann).Mention
	if first == 0 || k.response(p.g, 1, ben).Mention != first {
		t.Fatalf("the mention naming Ann and Ben isn't recorded for both: %d, %d", first, k.response(p.g, 1, ben).Mention)
	}

	k.tick(t0.Add(15 * time.Minute))
	round2 := k.sent()
	ms := mentions(round2, p.g.ID)
	second := k.response(p.g, 1, ann).Mention
	if len(ms) != 1 || second == first || second == 0 {
		t.Fatalf("second round: %d mentions, Ann's mention %d (first %d)", len(ms), second, first)
	}
	if got, want := ops(round2, p.g.ID), deleted(first); !slices.Equal(got, want) {
		t.Errorf("second round: ops %q, want %q", got, want)
	}
	if i, j := slices.IndexFunc(round2, func(m allaboard.Outgoing) bool { return m.Chase != nil }), slices.IndexFunc(round2, func(m allaboard.Outgoing) bool { return m.Op != "" }); i > j {
		t.Errorf("the old mention was deleted before the new one was posted")
	}

	k.press(ann, p.g, button(t, ms[0], "Got it"))
	if got := ops(k.sent(), p.g.ID); len(got) != 0 {
		t.Errorf("Ann confirmed; ops %q, want the mention kept for Ben", got)
	}
	k.press(ben, p.g, button(t, ms[0], "Got it"))
	if got, want := ops(k.sent(), p.g.ID), deleted(second); !slices.Equal(got, want) {
		t.Errorf("both confirmed: ops %q, want %q", got, want)
	}
	if r := k.response(p.g, 1, ben); r.Mention != 0 {
		t.Errorf("Ben's mention %d is still recorded after it was deleted", r.Mention)
	}
}

// More members than fit in one mention: the messages of one round all
// stand, and each is deleted when the next round takes over from it.
func TestMentionsOfOneRoundAllStand(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dora", "Emil", "Fay", "Gus")
	k.announce(p, picnic)

	k.tick(t0)
	round1 := k.sent()
	if n := len(mentions(round1, p.g.ID)); n != 2 {
		t.Fatalf("%d mentions for 7 members, want 2", n)
	}
	if got := ops(round1, p.g.ID); len(got) != 0 {
		t.Fatalf("first round: ops %q, want no mention deleted", got)
	}
	var before []int
	for _, u := range p.members {
		if id := k.response(p.g, 1, u).Mention; !slices.Contains(before, id) {
			before = append(before, id)
		}
	}
	slices.Sort(before)

	k.tick(t0.Add(15 * time.Minute))
	round2 := k.sent()
	if got, want := ops(round2, p.g.ID), deleted(before...); !slices.Equal(got, want) {
		t.Errorf("second round: ops %q, want %q", got, want)
	}
}

// A member who is mentioned alone later (a late joiner) leaves the others'
// mention standing: it still reminds them.
func TestAMentionOfOthersStands(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()
	first := k.response(p.g, 1, ann).Mention

	k.now = t0.Add(5 * time.Minute)
	cem := person(30, "Cem")
	k.join(p.g, cem)
	k.tick(k.response(p.g, 1, cem).Due)
	msgs := k.sent()
	if len(mentions(msgs, p.g.ID)) != 1 || len(ops(msgs, p.g.ID)) != 0 {
		t.Errorf("Cem's mention: %d mentions, ops %q; want Ann's mention (%d) kept", len(mentions(msgs, p.g.ID)), ops(msgs, p.g.ID), first)
	}
}

// When the event starts nobody is chased: the mentions still standing go,
// and its card is unpinned.
func TestTheStartClearsMentionsAndUnpins(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()
	mention := k.response(p.g, 1, p.members[0]).Mention

	k.tick(k.event(p.g, 1).When)
	got := ops(k.sent(), p.g.ID)
	for _, want := range []string{"unpin card:1:1", fmt.Sprintf("delete #%d", mention)} {
		if !slices.Contains(got, want) {
			t.Errorf("at the start: ops %q, want %q among them", got, want)
		}
	}
}
