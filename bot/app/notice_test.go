package app_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// statusCard is the host's latest status card of event num among msgs.
func statusCard(tb testing.TB, msgs []allaboard.Outgoing, host *app.User, num int) allaboard.Outgoing {
	tb.Helper()
	for i := len(msgs) - 1; i >= 0; i-- {
		if m := msgs[i]; m.ChatID == host.ID && strings.HasPrefix(m.Ref, "status:") && strings.HasSuffix(m.Ref, ":"+itoa(int64(num))) {
			return m
		}
	}
	tb.Fatalf("no status card of #%d to %s among %q", num, host.FirstName, texts(msgs))
	return allaboard.Outgoing{}
}

// A notice that ends with its day is about that day: its card shows the
// text whole, the day and ✅ Got it alone, with the counts; everyone is
// chased for it, by private message or a mention that carries the text, and
// once all have confirmed, the host hears that everyone knows.
func TestNoticeIsConfirmedByEveryone(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	k.start(ann)
	k.sent()

	out := k.announce(p, "/announce School is closed (heating failure), please arrange care on Friday")
	e := k.event(p.g, 1)
	if !e.IsNotice() || e.Title != "School is closed (heating failure), please arrange care on Friday" ||
		!e.When.Equal(time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)) || !e.End.Equal(time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("notice %+v, want the text whole, about Fri 6 Mar", e)
	}
	c := card(t, out, p.g, 1)
	if !containsAll(c.Text, []string{"📣 <b>Notice</b> (#1)", "heating failure", "📅 Fri 6 Mar 2026", "Host: Hanna", "✅ 1 of 3 confirmed"}) ||
		strings.Contains(c.Text, "📍") || len(c.Buttons) != 1 || len(c.Buttons[0]) != 1 || !strings.Contains(c.Buttons[0][0].Text, "Got it") {
		t.Fatalf("the notice's card: %q with %+v", c.Text, c.Buttons)
	}

	k.tick(k.now)
	msgs := k.sent()
	reminded := chased(msgs)
	private, mention := reminded[ann.ID], reminded[bob.ID]
	if private.ChatID != ann.ID || !containsAll(private.Text, []string{"New in", "heating failure", "📅 Fri 6 Mar"}) || strings.Contains(private.Text, "calendar") {
		t.Fatalf("Ann's private reminder: %q", private.Text)
	}
	for _, row := range private.Buttons {
		for _, b := range row {
			if !strings.Contains(b.Text, "Got it") && !strings.Contains(b.Text, "Add to calendar") { // it is about a day
				t.Errorf("a button %q on a notice's private card", b.Text)
			}
		}
	}
	if mention.ChatID != p.g.ID || !containsAll(mention.Text, []string{"Bob", "please confirm", "heating failure", "📅 Fri 6 Mar"}) {
		t.Fatalf("Bob's mention: %q", mention.Text)
	}

	k.press(ann, dm(ann), button(t, private, "Got it"))
	k.press(bob, p.g, button(t, mention, "Got it"))
	msgs = k.sent()
	if got := to(msgs, p.host.ID, "Everyone knows", "School is closed"); len(got) != 1 {
		t.Fatalf("the host was not told everyone knows: %q", texts(msgs))
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "✅ 3 of 3 confirmed") {
		t.Fatalf("the card's counts: %q", c.Text)
	}
}

// A new text asks everyone to confirm again; its maker is asked privately
// whether it was only a typo fix, and nobody is reminded meanwhile. A typo
// fix counts the earlier confirmations for the new text; the other answer
// keeps everyone asked.
func TestNoticeTextChangeAndTypoFix(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Undo = 2 * time.Minute })
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	k.start(ann, bob)
	k.sent()
	k.announce(p, "/announce Lice in class 2b: please check your child's hair")
	k.tick(k.now.Add(3 * time.Minute))
	msgs := k.sent()
	k.press(ann, dm(ann), button(t, chased(msgs)[ann.ID], "Got it"))
	k.sent()

	out := k.announce(p, "/edit 1 text Lice in class 2b: please check your child's hair tonight")
	if e := k.event(p.g, 1); e.Material != 2 || k.response(p.g, 1, ann).Confirmed(e) {
		t.Fatalf("a new text: material %d, Ann still confirmed: %+v", e.Material, k.response(p.g, 1, ann))
	}
	ask := to(out, p.host.ID, "only a typo fix")
	if len(ask) != 1 {
		t.Fatalf("the host wasn't asked about a typo fix: %q", texts(out))
	}
	if c := card(t, out, p.g, 1); !containsAll(c.Text, []string{"Changed", "📣 New text", "tonight"}) {
		t.Fatalf("the new card: %q", c.Text)
	}
	if r := k.response(p.g, 1, ann); !r.Due.After(k.now) {
		t.Fatalf("Ann is reminded at %v, before the host could say it was a typo", r.Due)
	}
	if got := k.press(p.host, dm(p.host), button(t, ask[0], "typo")); !strings.Contains(got, "typo fix") {
		t.Fatalf("the typo button answers %q", got)
	}
	msgs = k.sent()
	e := k.event(p.g, 1)
	if !k.response(p.g, 1, ann).Confirmed(e) || k.response(p.g, 1, bob).Confirmed(e) {
		t.Fatalf("after a typo fix: Ann %+v, Bob %+v; want Ann counted, Bob still asked", k.response(p.g, 1, ann), k.response(p.g, 1, bob))
	}
	if asked := to(msgs, p.host.ID, "only a typo fix"); len(asked) != 1 || len(asked[0].Buttons) != 0 || !strings.Contains(asked[0].Text, "needn't again") {
		t.Fatalf("the question, once answered: %q", texts(msgs))
	}
	k.tick(k.now.Add(3 * time.Minute))
	if got := chased(k.sent()); got[ann.ID].Text != "" || got[bob.ID].Text == "" {
		t.Fatalf("after the typo fix, reminded: %v; want Bob only", got)
	}
	k.say(p.g, p.host, "/history 1")
	if h := to(k.sent(), p.g.ID, "History", "typo fix"); len(h) != 1 || !strings.Contains(h[0].Text, "hair tonight") {
		t.Fatalf("the history doesn't show the typo fix")
	}

	// Another new text, and "ask everyone again": Ann confirms it anew.
	out = k.announce(p, "/edit 1 text Lice in class 2b and 2c: please check tonight")
	ask = to(out, p.host.ID, "only a typo fix")
	if got := k.press(p.host, dm(p.host), button(t, ask[0], "Ask everyone")); !strings.Contains(got, "Everyone confirms") {
		t.Fatalf("the other button answers %q", got)
	}
	if e := k.event(p.g, 1); k.response(p.g, 1, ann).Confirmed(e) || e.Rev != 4 {
		t.Fatalf("asked again, Ann counts as confirmed (rev %d)", e.Rev)
	}
	// A typo fix said too late, after yet another change, marks nothing.
	k.announce(p, "/edit 1 text Lice in class 2b and 2c: please check tonight!")
	if got := k.press(p.host, dm(p.host), button(t, ask[0], "typo")); !strings.Contains(got, "changed since") {
		t.Fatalf("a typo fix of an earlier text answers %q", got)
	}
	if e := k.event(p.g, 1); e.Rev != 5 || e.Material != 5 {
		t.Fatalf("a late typo fix changed the notice: rev %d, material %d", e.Rev, e.Material)
	}
}

// A notice about a day is chased until that day is over, and then no
// longer: its card comes down from the pins, and it can't be changed.
func TestDatedNoticeStopsAfterItsDay(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, "/announce No swimming tomorrow | tomorrow")
	e := k.event(p.g, 1)
	end := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	if !e.End.Equal(end) {
		t.Fatalf("about %v to %v, want Tue 3 Mar", e.When, e.End)
	}
	var unpinned bool
	for at := k.now; at.Before(end.Add(48 * time.Hour)); at = at.Add(30 * time.Minute) {
		k.tick(at)
		msgs := k.sent()
		for _, m := range msgs {
			if m.Chase != nil && !at.Before(end) {
				t.Fatalf("reminded at %v, after its day: %q", at, m.Text)
			}
		}
		if slices.Contains(ops(msgs, p.g.ID), "unpin card:1:1") {
			if at.Before(end) {
				t.Fatalf("the card came down at %v, before its day was over", at)
			}
			unpinned = true
		}
	}
	if !unpinned {
		t.Fatal("the card stayed pinned after its day")
	}
	if r := k.response(p.g, 1, ann); !r.Due.IsZero() || r.Pings < 3 {
		t.Fatalf("Ann's chase: %+v; want reminders until the day was over, none due after", r)
	}
	out := k.announce(p, "/edit 1 text No swimming this week")
	if len(out) != 1 || !strings.Contains(out[0].Text, "is closed") {
		t.Fatalf("a change after its day: %q", texts(out))
	}
}

// A notice without a day is chased as an event three days away would be,
// the host handed the list after a quarter of that, and retired a week after
// its last change, unless the host keeps it open.
func TestUndatedNoticeRetiredAfterAWeekUnlessKept(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Preset = allaboard.Normal }) // the bot's default
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.sent()
	k.announce(p, "/announce Lice in class 2b: please check your child's hair")
	out := k.announce(p, "/announce The library is closed for stocktaking")
	kept := statusCard(t, out, p.host, 2)
	if got := k.press(p.host, dm(p.host), button(t, kept, "Keep open")); !strings.Contains(got, "Kept open") {
		t.Fatalf("keeping it open answers %q", got)
	}
	if !k.event(p.g, 2).Kept {
		t.Fatal("the notice isn't kept")
	}

	var reminders []time.Duration
	handedOff := time.Duration(0)
	for at := k.now; at.Before(t0.Add(8 * 24 * time.Hour)); at = at.Add(15 * time.Minute) {
		k.tick(at)
		for _, m := range k.sent() {
			if m.Chase != nil && m.Chase.Event == 1 {
				reminders = append(reminders, at.Sub(t0))
			}
			if m.ChatID == p.host.ID && strings.Contains(m.Text, "contact them personally") && strings.Contains(m.Text, "Lice") && handedOff == 0 {
				handedOff = at.Sub(t0)
			}
		}
	}
	want := []time.Duration{0, time.Hour, 4 * time.Hour, 24 * time.Hour, 48 * time.Hour}
	if len(reminders) != len(want) {
		t.Fatalf("reminded after %v, want %v", reminders, want)
	}
	for i := range want {
		if reminders[i] != want[i] {
			t.Fatalf("reminded after %v, want %v", reminders, want)
		}
	}
	if handedOff != 18*time.Hour {
		t.Fatalf("the host was handed the list after %v, want 18h (a quarter of three days)", handedOff)
	}
	if e := k.event(p.g, 1); !e.Started(k.now) {
		t.Fatal("the notice is still open after a week")
	}
	if e := k.event(p.g, 2); e.Started(k.now) {
		t.Fatal("the notice kept open closed")
	}
	k.say(p.g, p.host, "/events")
	list := to(k.sent(), p.host.ID, "Coming up")
	if len(list) != 1 || strings.Contains(list[0].Text, "Lice") || !containsAll(list[0].Text, []string{"library", "📌 Kept open"}) {
		t.Fatalf("/events after a week: %q", texts(list))
	}
}

// The examples /announce and /edit show a notice's day with, in each
// language, are read as the day they say, in a group of that language.
func TestNoticeExamplesReadInEveryLanguage(t *testing.T) {
	code := regexp.MustCompile(`<code>/(announce|edit \d+) ([^<]*)</code>`)
	for _, l := range lang.All() {
		t.Run(l.Code(), func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Defaults.Language = l.Code() })
			p := k.parentsGroup("Ann")
			k.now = t0.AddDate(0, 0, 3) // a Thursday, named alone by no example: on the day it names, a weekday alone asks which week
			examples := code.FindAllStringSubmatch(l.T("announce_usage", nil), -1)
			if len(examples) != 2 {
				t.Fatalf("%d examples of /announce, want one ending with a day and one with it after |", len(examples))
			}
			for i, ex := range examples {
				k.announce(p, "/announce "+ex[2])
				if e := k.event(p.g, i+1); !e.IsNotice() || !e.Dated() {
					t.Fatalf("%q: %+v, want a notice about a day", ex[2], e)
				}
			}
			edits := code.FindAllStringSubmatch(render.NoticeEditUsage(l, 1), -1)
			if len(edits) != 3 {
				t.Fatalf("%d examples of /edit, want three", len(edits))
			}
			for _, ex := range edits {
				k.announce(p, "/edit 1 "+ex[2])
			}
			if e := k.event(p.g, 1); e.Dated() || e.Rev != 4 || !strings.Contains(e.Title, strings.Fields(edits[0][2])[1]) {
				t.Fatalf("after the /edit examples: %+v, want a new text, a new day, then none", e)
			}
		})
	}
}

// A notice is an event in all the rest: a household confirms it as one, a
// member who has the bot forget them leaves no answer to it, it counts
// towards the day's announcements, and /cancel asks everyone to confirm
// that it is called off.
func TestNoticesAreEventsInAllTheRest(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, cat := familyGroup(k)
	linkFamily(k, p, ann, ben)
	k.sent()
	k.announce(p, "/announce The library is closed for stocktaking")
	k.tick(k.now)
	msgs := k.sent()
	k.press(ann, dm(ann), button(t, chased(msgs)[ann.ID], "Got it"))
	k.sent()
	if e, r := k.event(p.g, 1), k.response(p.g, 1, ben); !r.Confirmed(e) || r.FamilyBy != ann.ID {
		t.Fatalf("Ann confirmed for her family, but Ben: %+v", r)
	}

	k.say(p.g, cat, "/ack 1")
	k.sent()
	k.say(dm(cat), cat, "/forget me")
	forget(k, cat)
	k.sent()
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Response(p.g.ID, 1, cat.ID); err == nil {
			t.Error("Cat was forgotten, and her answer to the notice kept")
		}
		return nil
	})

	for i := 1; i < allaboard.HostEventsPerDay; i++ {
		k.announce(p, "/announce Notice number "+itoa(int64(i)))
	}
	if msgs := k.announce(p, "/announce One too many"); !said(msgs, p.g.ID, "as many as I take from one person") {
		t.Fatalf("a notice beyond the day's announcements was not refused: %q", texts(msgs))
	}

	out := k.announce(p, "/cancel 1")
	if c := card(t, out, p.g, 1); !containsAll(c.Text, []string{"CANCELLED", "library"}) {
		t.Fatalf("the cancelled notice's card: %q", c.Text)
	}
	if e := k.event(p.g, 1); !e.Cancelled || k.response(p.g, 1, ann).Confirmed(e) {
		t.Fatalf("after /cancel: %+v; Ann must confirm it is called off", e)
	}
	k.tick(k.now)
	if m := to(k.sent(), ann.ID, "Called off", "library"); len(m) != 1 || m[0].Chase == nil || m[0].Chase.Event != 1 {
		t.Fatalf("Ann isn't asked to confirm the notice is called off: %q", texts(m))
	}
}

// A day that could be either of two is asked about, in the group, with a
// button each; the notice is posted about the day chosen, its text as typed.
func TestNoticeDayAskedAbout(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	if out := k.announce(p, "/announce"); len(out) != 1 || !strings.Contains(out[0].Text, "/announce School is closed on Monday") {
		t.Fatalf("/announce alone: %q", texts(out))
	}
	out := k.announce(p, "/announce Swimming is cancelled next Friday")
	if len(out) != 1 || buttonTexts(out[0]) != "Fri 6 Mar|Fri 13 Mar" || !strings.Contains(out[0].Text, "Fri 13 Mar 2026") {
		t.Fatalf("the question: %q with %q", texts(out), buttonTexts(out[0]))
	}
	if k.eventCount(p.g) != 0 {
		t.Fatal("a notice was posted before the day was chosen")
	}
	k.press(p.host, p.g, button(t, out[0], "Fri 13 Mar"))
	k.sent()
	e := k.event(p.g, 1)
	if e.Title != "Swimming is cancelled next Friday" || !e.When.Equal(time.Date(2026, 3, 13, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("posted %q about %v, want the text as typed, about Fri 13 Mar", e.Title, e.When)
	}
}

// /edit changes what each kind has: a notice's text and day, an event's
// title, time, place and notes; asked for another, it says how.
func TestEditKnowsWhatANoticeHas(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.announce(p, "/announce Swimming is cancelled")
	if out := k.announce(p, "/edit 1 text Picnic!"); len(out) != 1 || !strings.Contains(out[0].Text, "“text”") || k.event(p.g, 1).Rev != 1 {
		t.Fatalf("an event's text: %q", texts(out))
	}
	if out := k.announce(p, "/edit 2 where Pool"); len(out) != 1 || !strings.Contains(out[0].Text, "/edit 2 text") || k.event(p.g, 2).Rev != 1 {
		t.Fatalf("a notice's place: %q", texts(out))
	}
	k.announce(p, "/edit 2 title Swimming is cancelled today")
	k.announce(p, "/edit 2 day Friday")
	if e := k.event(p.g, 2); e.Title != "Swimming is cancelled today" || !e.When.Equal(time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)) || e.Rev != 3 {
		t.Fatalf("after a new title and day: %+v", e)
	}
}

// A day named inside a notice's text may or may not be what it is about:
// who announced it is asked, with a button for the day and one for none.
func TestADayInsideANoticeIsAskedAbout(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	text := "School is closed on Wednesday (heating failure), please arrange care"
	out := k.announce(p, "/announce "+text)
	if len(out) != 1 || buttonTexts(out[0]) != "📅 Wed 4 Mar|No day" || !strings.Contains(out[0].Text, "“Wednesday”") {
		t.Fatalf("the question: %q with %q", texts(out), buttonTexts(out[0]))
	}
	if k.eventCount(p.g) != 0 {
		t.Fatal("a notice was posted before the host said whether it is about a day")
	}
	if got := k.press(p.members[0], p.g, button(t, out[0], "No day")); !strings.Contains(got, "only") {
		t.Errorf("Ann answered the host's question and was told %q", got)
	}
	if got := k.press(p.host, p.g, button(t, out[0], "Wed 4 Mar")); got != "Wed 4 Mar 2026" {
		t.Errorf("the host chose the day and was told %q", got)
	}
	k.sent()
	if e := k.event(p.g, 1); e.Title != text || !e.When.Equal(time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("posted %q about %v, want the text as typed, about Wed 4 Mar", e.Title, e.When)
	}

	out = k.announce(p, "/announce Swimming on Friday is at the new pool from now on")
	if got := k.press(p.host, p.g, button(t, out[0], "No day")); got != "No day" {
		t.Errorf("the host chose no day and was told %q", got)
	}
	k.sent()
	if e := k.event(p.g, 2); e.Dated() || e.Title != "Swimming on Friday is at the new pool from now on" {
		t.Fatalf("posted %q about %v, want no day", e.Title, e.When)
	}
}

// An admin who fixes someone else's notice is asked about the typo like its
// host, and the answer is theirs to give (the adapter asks Telegram about
// them before the press: the kit fails the test if it would not).
func TestAnAdminsTypoFixOfSomeoneElsesNotice(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Undo = 2 * time.Minute })
	p := k.parentsGroup("Ann", "Ada")
	ann, ada := p.members[0], p.members[1]
	k.start(ann, ada)
	k.admin(p.g, ada)
	k.announce(p, "/announce Lice in class 2b: please check your child's hair")
	k.tick(k.now.Add(3 * time.Minute))
	k.press(ann, dm(ann), button(t, chased(k.sent())[ann.ID], "Got it"))
	k.sent()
	k.say(p.g, ada, "/edit 1 text Lice in class 2b: please check your childs hair")
	ask := to(k.sent(), ada.ID, "only a typo fix")
	if len(ask) != 1 {
		t.Fatalf("the admin who changed the text wasn't asked about a typo fix")
	}
	if got := k.press(ada, dm(ada), button(t, ask[0], "typo")); !strings.Contains(got, "typo fix") {
		t.Fatalf("the admin's typo button answers %q", got)
	}
	if e := k.event(p.g, 1); !k.response(p.g, 1, ann).Confirmed(e) {
		t.Errorf("after the admin's typo fix Ann's confirmation doesn't count: %+v", k.response(p.g, 1, ann))
	}
}
