package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/wire"
)

// lastTo is the latest copy of a list (or question) sent to a member: the
// message to them whose text has the words.
func lastTo(tb testing.TB, msgs []allaboard.Outgoing, chat int64, words ...string) allaboard.Outgoing {
	tb.Helper()
	got := to(msgs, chat, words...)
	if len(got) == 0 {
		tb.Fatalf("nothing to %d saying %q among %q", chat, words, texts(msgs))
	}
	return got[len(got)-1]
}

// A host puts items on an event's list; the card shows what is still
// needed, with a button that opens the list; members claim items on their
// own copy, a count item takes several claims, a full item takes no more;
// the host's status card says who brings what. Forged data is refused.
func TestBringClaims(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dan")
	ann, ben, cem, dan := p.members[0], p.members[1], p.members[2], p.members[3]
	k.start(ann, ben, cem, dan)
	k.sent()
	k.announce(p, picnic)

	k.say(p.g, ann, "/bring 1 cake")
	if msgs := k.sent(); !said(msgs, p.g.ID, "only the host") || len(k.event(p.g, 1).Bring.Items) != 0 {
		t.Fatalf("a member changed the list: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/bring 1 cake, x2")
	if msgs := k.sent(); !said(msgs, p.g.ID, "“x2” has no name") {
		t.Fatalf("a bad line was not explained: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/bring 1")
	if msgs := k.sent(); !said(msgs, p.g.ID, "<code>/bring 2 cake") {
		t.Fatalf("/bring without items did not explain itself: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/bring 1 cake, <b>juice</b>, drivers x2")
	msgs := k.sent()
	if !said(msgs, p.g.ID, "What to bring to <b>Picnic</b> (#1): cake, &lt;b&gt;juice&lt;/b&gt;, drivers ×2") {
		t.Fatalf("the group was not told what to bring (escaped): %q", texts(msgs))
	}
	c := card(t, msgs, p.g, 1)
	if !strings.Contains(c.Text, "🧺 Still needed: cake, &lt;b&gt;juice&lt;/b&gt;, drivers (2 of 2)") {
		t.Fatalf("the card does not say what is needed: %q", c.Text)
	}
	url := ""
	for _, row := range c.Buttons {
		for _, b := range row {
			if strings.Contains(b.Text, "Who brings what") {
				url = b.URL
			}
		}
	}
	if !strings.HasSuffix(url, "?start="+wire.BringPayload(p.g.ID, 1)) {
		t.Fatalf("the card's list button opens %q", url)
	}

	// Each opens the list from the card's button and claims.
	k.say(dm(ann), ann, "/start "+wire.BringPayload(p.g.ID, 1))
	list := lastTo(t, k.sent(), ann.ID, "Who brings what")
	if got := k.press(ann, dm(ann), button(t, list, "✋ cake")); !strings.Contains(got, "You're bringing cake") {
		t.Fatalf("claiming the cake: %q", got)
	}
	msgs = k.sent()
	if list = lastTo(t, msgs, ann.ID, "Who brings what"); !strings.Contains(list.Text, "cake — you") || !strings.Contains(buttonTexts(list), "Undo: cake") {
		t.Fatalf("Ann's list after claiming: %q %s", list.Text, buttonTexts(list))
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "Still needed: &lt;b&gt;juice&lt;/b&gt;, drivers (2 of 2)") {
		t.Fatalf("the card after a claim: %q", c.Text)
	}
	for _, u := range []struct {
		name string
		id   int64
	}{{"Ben", ben.ID}, {"Cem", cem.ID}} {
		who := ben
		if u.id == cem.ID {
			who = cem
		}
		k.say(dm(who), who, "/start "+wire.BringPayload(p.g.ID, 1))
		l := lastTo(t, k.sent(), who.ID, "Who brings what")
		if got := k.press(who, dm(who), button(t, l, "✋ drivers")); !strings.Contains(got, "You're bringing drivers") {
			t.Fatalf("%s claiming a drive: %q", u.name, got)
		}
	}
	msgs = k.sent()
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "Still needed: &lt;b&gt;juice&lt;/b&gt;") || strings.Contains(c.Text, "drivers") {
		t.Fatalf("the card after two drivers: %q", c.Text)
	}
	k.say(dm(dan), dan, "/start "+wire.BringPayload(p.g.ID, 1))
	l := lastTo(t, k.sent(), dan.ID, "Who brings what")
	if strings.Contains(buttonTexts(l), "drivers") {
		t.Fatalf("a full item can still be claimed: %s", buttonTexts(l))
	}
	drivers := k.event(p.g, 1).Bring.Items[2].ID
	full := wire.BringPress{Group: p.g.ID, Event: 1, Item: drivers, Rev: 1, Act: wire.BringClaim}.Encode()
	if got := k.press(dan, dm(dan), full); !strings.Contains(got, "already bringing drivers") {
		t.Fatalf("a third driver: %q", got)
	}
	for data, want := range map[string]string{
		wire.BringPress{Group: p.g.ID, Event: 1, Item: 99, Rev: 1, Act: wire.BringClaim}.Encode(): "no longer on the list",
		wire.BringPress{Group: p.g.ID, Event: 1, Item: 1, Rev: 9, Act: wire.BringClaim}.Encode():  "no longer in use",
		"b:-100:1:1:1:q": "no longer in use",
	} {
		if got := k.press(dan, dm(dan), data); !strings.Contains(got, want) {
			t.Errorf("forged %q: %q, want %q", data, got, want)
		}
	}
	k.sent()
	if e := k.event(p.g, 1); len(e.Bring.Items[0].Claims) != 1 || len(e.Bring.Items[2].Claims) != 2 {
		t.Fatalf("claims %+v", e.Bring.Items)
	}

	k.say(dm(p.host), p.host, "/status")
	msgs = k.sent()
	if !said(msgs, p.host.ID, "• cake — Ann") || !said(msgs, p.host.ID, "• drivers ×2 — Ben, Cem") {
		t.Fatalf("the host does not see who brings what: %q", texts(to(msgs, p.host.ID)))
	}

	// Ann undoes hers: no news for the group, the card shows it needed.
	k.say(dm(ann), ann, "/start "+wire.BringPayload(p.g.ID, 1))
	list = lastTo(t, k.sent(), ann.ID, "Who brings what")
	if got := k.press(ann, dm(ann), button(t, list, "Undo: cake")); !strings.Contains(got, "no longer bringing cake") {
		t.Fatalf("undoing the cake: %q", got)
	}
	msgs = k.sent()
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "Still needed: cake") || said(msgs, p.g.ID, "Needed again") {
		t.Fatalf("after Ann undid hers: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/bring 1 -<b>juice</b>")
	if msgs := k.sent(); !said(msgs, p.g.ID, "What to bring to <b>Picnic</b> (#1): cake, drivers ×2") {
		t.Fatalf("juice was not taken off: %q", texts(msgs))
	}

	// Ben leaves the group: his drive is free again, and the host hears it.
	k.observe(&app.Message{Chat: p.g, From: ben, LeftChatMember: ben})
	msgs = k.sent()
	if !said(msgs, p.host.ID, "Ben left the group, so drivers for <b>Picnic</b> (#1) is free again") {
		t.Fatalf("the host was not told Ben's drive is free: %q", texts(msgs))
	}
	if got := k.event(p.g, 1).Bring.Claimants(); len(got) != 1 || got[0] != cem.ID {
		t.Fatalf("claimants after Ben left: %v", got)
	}
}

// When the event moves, each member with a claim is asked privately
// whether they still bring it; the host sees their claims as asked again
// until they answer; one released is announced as needed again; a member
// who can't come has theirs released and the host told; the day before,
// the group hears once what is still missing.
func TestBringAfterMove(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem")
	ann, ben, cem := p.members[0], p.members[1], p.members[2]
	k.start(ann, ben, cem)
	k.sent()
	k.announce(p, picnic)
	k.say(p.g, p.host, "/bring 1 cake, juice, drivers x2")
	k.sent()
	for _, c := range []struct {
		who  int
		item string
	}{{0, "cake"}, {1, "drivers"}, {2, "juice"}, {2, "drivers"}} {
		u := p.members[c.who]
		k.say(dm(u), u, "/start "+wire.BringPayload(p.g.ID, 1))
		l := lastTo(t, k.sent(), u.ID, "Who brings what")
		k.press(u, dm(u), button(t, l, "✋ "+c.item))
		k.sent()
	}

	k.say(p.g, p.host, "/edit 1 title Spring picnic")
	if msgs := k.sent(); len(to(msgs, ann.ID, "still on?")) != 0 {
		t.Fatalf("a new title asked the claims again: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	msgs := k.sent()
	asks := map[int64]allaboard.Outgoing{}
	for _, u := range p.members {
		asks[u.ID] = lastTo(t, msgs, u.ID, "has moved to", "— still on?")
	}
	if !strings.Contains(asks[cem.ID].Text, "You're bringing juice, drivers — still on?") {
		t.Fatalf("Cem's question: %q", asks[cem.ID].Text)
	}
	if !said(msgs, p.host.ID, "cake — Ann (asked again)") {
		t.Fatalf("the host's status shows a claim for the old date as standing: %q", texts(to(msgs, p.host.ID)))
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "Asked again after the change: cake, juice, drivers") ||
		strings.Contains(c.Text, "covered") || strings.Contains(c.Text, "Still needed") {
		t.Fatalf("the card shows claims for the old date as standing, or their places as free: %q", c.Text)
	}

	// Ann still brings the cake; Ben releases his drive: the group hears it
	// is needed again, once.
	if got := k.press(ann, dm(ann), button(t, asks[ann.ID], "Yes, still on")); !strings.Contains(got, "see you there") {
		t.Fatalf("Ann's yes: %q", got)
	}
	msgs = k.sent()
	if !said(msgs, ann.ID, "You're bringing cake to") || !said(msgs, p.host.ID, "cake — Ann\n") {
		t.Fatalf("after Ann's yes: %q", texts(msgs))
	}
	if got := k.press(ben, dm(ben), button(t, asks[ben.ID], "No, release it")); !strings.Contains(got, "Released") {
		t.Fatalf("Ben's no: %q", got)
	}
	msgs = k.sent()
	if again := to(msgs, p.g.ID, "Needed again for <b>Spring picnic</b> (#1)", "drivers (1 of 2)"); len(again) != 1 {
		t.Fatalf("the group was not told once that a drive is needed again: %q", texts(msgs))
	}
	if len(k.event(p.g, 1).Bring.Of(ben.ID)) != 0 {
		t.Fatal("Ben still brings something")
	}
	// A stale answer on the question does nothing more.
	if got := k.press(ben, dm(ben), button(t, asks[ben.ID], "No, release it")); !strings.Contains(got, "Released") {
		t.Fatalf("Ben's second no: %q", got)
	}
	if msgs := k.sent(); said(msgs, p.g.ID, "Needed again") {
		t.Fatalf("a second no announced again: %q", texts(msgs))
	}

	// Cem can't come: his claims go, the host is told.
	e := k.event(p.g, 1)
	cant := wire.PressData{Group: p.g.ID, Event: 1, Rev: e.Material, Act: wire.ActCant}.Encode()
	k.press(cem, p.g, cant)
	msgs = k.sent()
	if !said(msgs, p.host.ID, "Cem can't come to <b>Spring picnic</b> (#1), so juice, drivers are free again") {
		t.Fatalf("the host was not told what Cem released: %q", texts(msgs))
	}
	if len(k.event(p.g, 1).Bring.Of(cem.ID)) != 0 {
		t.Fatal("Cem still brings something")
	}

	// The day before, once: what is still missing.
	var all []allaboard.Outgoing
	for at := k.now; at.Before(time.Date(2026, 3, 13, 14, 0, 0, 0, time.UTC)); at = at.Add(2 * time.Hour) {
		k.tick(at)
		all = append(all, k.sent()...)
	}
	if missing := to(all, p.g.ID, "Still missing: juice, drivers (2 of 2)"); len(missing) != 1 {
		t.Fatalf("the group was told %d times what is missing: %q", len(missing), texts(to(all, p.g.ID)))
	}
}

// A list nobody signed up for asks nobody again when the event moves, and
// announces nothing as needed again; but the day before, the group hears
// once what is still missing: all of it.
func TestBringNothingClaimed(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.start(p.members[0])
	k.sent()
	k.announce(p, picnic)
	k.say(p.g, p.host, "/bring 1 cake")
	k.sent()
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	var all []allaboard.Outgoing
	all = append(all, k.sent()...)
	for at := k.now; at.Before(time.Date(2026, 3, 13, 14, 0, 0, 0, time.UTC)); at = at.Add(2 * time.Hour) {
		k.tick(at)
		all = append(all, k.sent()...)
	}
	for _, m := range all {
		if strings.Contains(m.Text, "still on?") || strings.Contains(m.Text, "Needed again") {
			t.Fatalf("sent for a list nobody signed up for: %q", m.Text)
		}
	}
	if missing := to(all, p.g.ID, "Still missing: cake"); len(missing) != 1 {
		t.Fatalf("the group was told %d times that the cake is missing: %q", len(missing), texts(to(all, p.g.ID)))
	}
}

// In guided creation the preview offers a list of what to bring: typed as
// /bring reads it, refused with a reason if it can't be used, shown on the
// preview as the group's card will show it, and posted with the event.
func TestGuidedCreationAsksWhatToBring(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	host := p.host
	k.guided(host, "/event", "Event")
	k.tap(host, k.step(host, "Picnic"), "Sat 7")
	q := k.tap(host, k.step(host, "15:00"), "Skip") // until
	k.tap(host, q, "No")                            // it does not repeat
	q = k.step(host, "Park")
	q = k.tap(host, q, "Skip") // notes
	preview := k.tap(host, q, "The whole group")
	if strings.Contains(preview.Text, "🧺") {
		t.Fatalf("a preview without a list shows one: %q", preview.Text)
	}
	q = k.tap(host, preview, "Add what to bring")
	if !strings.Contains(q.Text, "What should people bring?") {
		t.Fatalf("the question: %q", q.Text)
	}
	if q = k.step(host, "cake, x2"); !strings.Contains(q.Text, "“x2” has no name") {
		t.Fatalf("a bad list was not explained: %q", q.Text)
	}
	preview = k.step(host, "cake, drivers x2")
	if !strings.Contains(preview.Text, "🧺 Still needed: cake, drivers (2 of 2)") || !strings.Contains(buttonTexts(preview), "Change what to bring") {
		t.Fatalf("the preview does not show the list: %q %s", preview.Text, buttonTexts(preview))
	}
	k.press(host, dm(host), button(t, preview, "Post to Class 2b parents"))
	msgs := k.sent()
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "🧺 Still needed: cake, drivers (2 of 2)") || !strings.Contains(buttonTexts(c), "Who brings what") {
		t.Fatalf("the posted card has no list: %q %s", c.Text, buttonTexts(c))
	}
	if items := k.event(p.g, 1).Bring.Items; len(items) != 2 || items[1].Wanted() != 2 {
		t.Fatalf("the event's list: %+v", items)
	}
}

// A parent who reads only their own card learns of the list too: it says
// there is one, with the button that opens it; what is still needed, which
// every claim changes, is the group card's.
func TestAMembersOwnCardShowsTheList(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.start(p.members...)
	k.announce(p, "/event Party | 2026-03-08 15:00 | Jump House")
	k.announce(p, "/bring 1 cake, juice")
	k.tick(t0)
	own := to(k.sent(), p.members[0].ID, "Party", "There's a list of what to bring")
	if len(own) != 1 || !strings.Contains(buttonTexts(own[0]), "Who brings what") || strings.Contains(own[0].Text, "Still needed") {
		t.Fatalf("Anna's own card: %q with %q", texts(own), buttonTexts(own[0]))
	}
}
