package app_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// family is a parents' group where Ann and Ben, who both opened a chat with
// the bot and have usernames, are about to be one family; Cat is on her own.
func familyGroup(k *kit) (p parents, ann, ben, cat *app.User) {
	k.tb.Helper()
	p = k.parentsGroup("Ann", "Ben", "Cat")
	ann, ben, cat = p.members[0], p.members[1], p.members[2]
	ann.UserName, ben.UserName = "ann", "ben"
	k.join(p.g, ann, ben) // the bot learns their usernames
	k.start(ann, ben)
	k.sent()
	return p, ann, ben, cat
}

// linkFamily has Ann ask Ben in the group and Ben say yes under the question.
func linkFamily(k *kit, p parents, ann, ben *app.User) {
	k.tb.Helper()
	k.say(p.g, ann, "/family @ben")
	asks := to(k.sent(), ben.ID, "Ann", "one family")
	if len(asks) != 1 {
		k.tb.Fatalf("Ben got %d questions about being one family with Ann, want 1", len(asks))
	}
	if got := k.press(ben, dm(ben), button(k.tb, asks[0], "Yes")); !strings.Contains(got, "one family") {
		k.tb.Fatalf("Ben's yes was answered %q", got)
	}
}

func (k *kit) household(g *app.Chat, u *app.User) (allaboard.Household, bool) {
	k.tb.Helper()
	var h allaboard.Household
	found := true
	k.view(func(tx allaboard.Tx) (err error) {
		h, err = tx.Household(g.ID, u.ID)
		if errors.Is(err, allaboard.ErrNotFound) {
			found = false
			return nil
		}
		return err
	})
	return h, found
}

// One confirms → neither is chased further, the other is told who confirmed
// for them, and the host's card counts one family. A later change chases both
// again, until one of them confirms it.
func TestFamilyConfirmsOnceForBoth(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, cat := familyGroup(k)
	linkFamily(k, p, ann, ben)
	msgs := k.sent()
	if got := to(msgs, ann.ID, "Ben said yes"); len(got) != 1 {
		t.Errorf("Ann was told %d times that Ben said yes, want once", len(got))
	}

	msgs = k.announce(p, picnic)
	k.tick(t0)
	msgs = append(msgs, k.sent()...)
	if len(to(msgs, ann.ID, "Picnic")) == 0 || len(to(msgs, ben.ID, "Picnic")) == 0 {
		t.Fatal("before either confirmed, Ann and Ben were not both reminded")
	}

	k.now = t0.Add(5 * time.Minute)
	k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "Picnic")[0], "Got it"))
	msgs = k.sent()
	r := k.response(p.g, 1, ben)
	if !r.Confirmed(k.event(p.g, 1)) || r.Acked != 0 || r.FamilyBy != ann.ID || !r.Due.IsZero() {
		t.Errorf("after Ann confirmed, Ben's response is %+v, want confirmed for him by Ann, nothing due", r)
	}
	if got := to(msgs, ben.ID, "Ann confirmed", "Picnic", "for your family"); len(got) != 1 {
		t.Errorf("Ben got %d notes that Ann confirmed for the family, want 1", len(got))
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "2 of 3 families confirmed") {
		t.Errorf("the group card doesn't count Ann and Ben as one family that knows: %q", c.Text)
	}
	status := to(msgs, p.host.ID, "Status")
	if len(status) == 0 || !strings.Contains(status[len(status)-1].Text, "2 of 3 families confirmed") {
		t.Fatalf("the host's status card doesn't count one family: %v", status)
	}
	if last := status[len(status)-1].Text; !strings.Contains(last, "Ben (Ann for the family)") {
		t.Errorf("the host's status card doesn't say Ann confirmed for Ben:\n%s", last)
	}

	for _, at := range []time.Duration{15 * time.Minute, time.Hour, 4 * time.Hour, 24 * time.Hour} {
		k.tick(t0.Add(at))
		sent := k.sent()
		for _, u := range []*app.User{ann, ben} {
			if got := to(sent, u.ID); len(got) > 0 {
				t.Errorf("%s's family confirmed, and %s was still sent %q", ann.FirstName, u.FirstName, got[0].Text)
			}
		}
		if got := to(sent, p.g.ID, "Ben"); len(got) > 0 {
			t.Errorf("Ben was still mentioned in the group: %q", got[0].Text)
		}
	}
	if r := k.response(p.g, 1, cat); r.Pings < 2 || r.Due.IsZero() {
		t.Errorf("Cat, who didn't confirm, is no longer chased: %+v", r)
	}

	// A new time: neither has seen it, so both are chased again.
	k.now = t0.Add(25 * time.Hour)
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	k.tick(k.now)
	msgs = k.sent()
	e := k.event(p.g, 1)
	for _, u := range []*app.User{ann, ben} {
		if k.response(p.g, 1, u).Confirmed(e) {
			t.Errorf("after the move, %s counts as knowing the new time", u.FirstName)
		}
		if len(to(msgs, u.ID, "Picnic")) == 0 {
			t.Errorf("after the move, %s was not reminded", u.FirstName)
		}
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "1 of 3 families confirmed") {
		t.Errorf("after the move, the group card counts: %q", c.Text)
	}
	k.press(ben, p.g, button(t, card(t, msgs, p.g, 1), "Got it"))
	if r := k.response(p.g, 1, ann); !r.Confirmed(e) || r.FamilyBy != ben.ID {
		t.Errorf("after Ben confirmed the new time, Ann's response is %+v, want confirmed for her by Ben", r)
	}
}

// Nobody is linked without saying yes: asking alone links nobody; a no
// links nobody; a press by anyone but the one asked — on the real question
// or with made-up data — does nothing.
func TestFamilyNeedsTheOthersYes(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, cat := familyGroup(k)
	cat.UserName = "cat"
	k.join(p.g, cat)
	k.say(p.g, ann, "/family @ben")
	ask := to(k.sent(), ben.ID, "one family")[0]
	yes := button(t, ask, "Yes")

	k.announce(p, picnic)
	k.tick(t0)
	k.sent()
	k.say(p.g, ann, "/ack 1")
	k.sent()
	if r := k.response(p.g, 1, ben); r.Confirmed(k.event(p.g, 1)) {
		t.Fatalf("Ben never said yes, and Ann's confirmation counted for him: %+v", r)
	}

	for _, tc := range []struct {
		name string
		who  *app.User
		data string
	}{
		{"Cat presses Ben's yes", cat, yes},
		{"Ann presses Ben's yes", ann, yes},
		{"Cat forges an invitation from Ann to her", cat, wire.FamilyPress{Group: p.g.ID, From: ann.ID, Yes: true}.Encode()},
		{"Ben forges one from Cat, who never asked", ben, wire.FamilyPress{Group: p.g.ID, From: cat.ID, Yes: true}.Encode()},
		{"Ben's yes about another group", ben, wire.FamilyPress{Group: -200, From: ann.ID, Yes: true}.Encode()},
		{"garbage", ben, "h:-100:abc:y"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := k.press(tc.who, p.g, tc.data)
			if strings.Contains(got, "one family now") {
				t.Errorf("the press was answered %q", got)
			}
			for _, u := range []*app.User{ann, ben, cat} {
				if h, ok := k.household(p.g, u); ok {
					t.Errorf("%s is linked: %+v", u.FirstName, h)
				}
			}
		})
	}

	k.press(ben, dm(ben), button(t, ask, "No"))
	msgs := k.sent()
	if _, ok := k.household(p.g, ben); ok {
		t.Error("Ben said no, and is linked")
	}
	if got := to(msgs, ann.ID, "Ben said no"); len(got) != 1 {
		t.Errorf("Ann was told %d times that Ben said no, want once", len(got))
	}
	if got := k.press(ben, dm(ben), yes); strings.Contains(got, "one family now") {
		t.Errorf("a yes after the no linked them: %q", got)
	}
	if _, ok := k.household(p.g, ben); ok {
		t.Error("a yes pressed after the no linked Ben")
	}
}

// A member the bot can't write to is asked in the group, naming them; the
// others pressing there do nothing, their own yes links them.
func TestFamilyAskedInTheGroupWhenNotReachable(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Dan")
	ann, dan := p.members[0], p.members[1]
	dan.UserName = "dan"
	k.join(p.g, dan)
	k.sent()
	k.say(p.g, ann, "/family @dan")
	asks := to(k.sent(), p.g.ID, "Dan", "one family")
	if len(asks) != 1 {
		t.Fatalf("Dan, who never opened a chat with the bot, was asked %d times in the group, want once", len(asks))
	}
	k.press(p.host, p.g, button(t, asks[0], "Yes"))
	if _, ok := k.household(p.g, dan); ok {
		t.Fatal("the host's press on Dan's question linked Dan")
	}
	k.press(dan, p.g, button(t, asks[0], "Yes"))
	if h, ok := k.household(p.g, ann); !ok || len(h.Members) != 2 {
		t.Fatalf("Dan said yes, and Ann's household is %+v", h)
	}
}

// Linking after one has confirmed counts that confirmation for the other;
// /family leave unlinks, and the counts go back to members.
func TestFamilyLinkAfterConfirmingAndLeave(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, _ := familyGroup(k)
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()
	k.say(p.g, ann, "/ack 1")
	k.sent()
	linkFamily(k, p, ann, ben)
	msgs := k.sent()
	if r := k.response(p.g, 1, ben); !r.Confirmed(k.event(p.g, 1)) || !r.Due.IsZero() {
		t.Errorf("linked with Ann, who had confirmed, Ben's response is %+v", r)
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "2 of 3 families confirmed") {
		t.Errorf("once linked, the group card counts: %q", c.Text)
	}

	k.say(p.g, ben, "/family leave")
	msgs = k.sent()
	if _, ok := k.household(p.g, ann); ok {
		t.Error("Ben left, and Ann is still in a household on her own")
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "3 of 4 confirmed") {
		t.Errorf("after Ben left the family, the group card counts: %q", c.Text)
	}
}

// When neither of a family confirms, the host's hand-off names the family,
// both of them, as one line, with a button for each.
func TestHandOffNamesTheFamily(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, _ := familyGroup(k)
	linkFamily(k, p, ann, ben)
	k.announce(p, picnic)
	var msgs []allaboard.Outgoing
	for _, at := range []time.Duration{0, 15 * time.Minute, time.Hour, 4 * time.Hour} {
		k.tick(t0.Add(at))
		msgs = append(msgs, k.sent()...)
	}
	got := to(msgs, p.host.ID, "please contact them personally")
	if len(got) != 1 {
		t.Fatalf("the host got %d hand-offs, want 1", len(got))
	}
	if !strings.Contains(got[0].Text, "Ann</a> (@ann) &amp; <a") || !strings.Contains(got[0].Text, "one family") || !strings.Contains(got[0].Text, "3 people") {
		t.Errorf("the hand-off doesn't name Ann and Ben as one family:\n%s", got[0].Text)
	}
	button(t, got[0], "told Ann")
	button(t, got[0], "told Ben")
}

// /forget me takes the member out of their family.
func TestForgetMeUnlinksTheFamily(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, _ := familyGroup(k)
	linkFamily(k, p, ann, ben)
	k.turn(func(a *app.App, t *app.Turn) error {
		return a.Cards.OnPress(t, &app.Press{ID: "q", From: ben, Data: "forget:me", Chat: dm(ben)})
	})
	if h, ok := k.household(p.g, ann); ok {
		t.Errorf("Ben was forgotten, and Ann's household is still %+v", h)
	}
}

// What /family and the private /event and /cancel answer, by what follows
// the command and where it is sent.
func TestFamilyAndDraftCommandReplies(t *testing.T) {
	anonymous := &app.User{ID: 1087968824, FirstName: "Group", UserName: "GroupAnonymousBot", IsBot: true}
	for _, tc := range []struct {
		in, text string
		from     *app.User // Ann if nil
		want     string
		first    string // sent before, in private
	}{
		{"group", "/family", nil, render.FamilyUsage.In(lang.English), ""},
		{"group", "/family  leave ", nil, render.FamilyNone.In(lang.English), ""},
		{"group", "/family LEAVE", nil, render.FamilyNone.In(lang.English), ""},
		{"group", "/family ben", nil, render.FamilyNoName.In(lang.English), ""},
		{"group", "/family @", nil, render.FamilyNoName.In(lang.English), ""},
		{"group", "/family @ben cat", nil, render.FamilyNoName.In(lang.English), ""},
		{"group", "/family @ben@cat", nil, render.FamilyNoName.In(lang.English), ""},
		{"group", "/family @nobody", nil, render.FamilyUnknown(lang.English, "nobody"), ""},
		{"group", "/family @Ann", nil, render.FamilySelf.In(lang.English), ""},
		{"group", "/family @ben", anonymous, render.FamilyPostAsSelf.In(lang.English), ""},
		{"group", "/family nonsense", anonymous, render.FamilyPostAsSelf.In(lang.English), ""},
		{"private", "/family", nil, render.FamilyPrivate.In(lang.English), ""},
		{"private", "/family @ben", nil, render.FamilyPrivate.In(lang.English), ""},
		{"private", "/family Leave", nil, render.FamilyLeftAll.In(lang.English), ""},
		{"private", "/event Picnic | Sat 3 | Park", nil, render.GroupOnly(lang.English, "event"), ""},
		{"private", "/cancel", nil, render.GroupOnly(lang.English, "cancel"), ""},
		{"private", "/cancel 1", nil, render.GroupOnly(lang.English, "cancel"), ""},
		{"private", "/cancel", nil, render.FlowGone.In(lang.English), "/event"},
		{"private", "/cancel 1", nil, render.FlowGone.In(lang.English), "/event"},
	} {
		t.Run(tc.in+" "+tc.text, func(t *testing.T) {
			k := newKit(t, nil)
			p, ann, _, _ := familyGroup(k)
			from := tc.from
			if from == nil {
				from = ann
			}
			if tc.first != "" {
				k.say(dm(from), from, tc.first)
				k.sent()
			}
			in := map[string]*app.Chat{"group": p.g, "private": dm(from)}[tc.in]
			k.say(in, from, tc.text)
			got := to(k.sent(), in.ID)
			if len(got) != 1 || got[0].Text != tc.want {
				t.Errorf("answered %q, want %q", texts(got), tc.want)
			}
		})
	}
}
