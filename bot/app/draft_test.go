package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// last is the newest message to chat containing words; the test fails without one.
func last(tb testing.TB, msgs []allaboard.Outgoing, chat int64, words ...string) allaboard.Outgoing {
	tb.Helper()
	got := to(msgs, chat, words...)
	if len(got) == 0 {
		tb.Fatalf("no message to %d with %q in %q", chat, words, texts(msgs))
	}
	return got[len(got)-1]
}

// step sends text in the host's private chat and returns what the bot said there.
func (k *kit) step(u *app.User, text string) allaboard.Outgoing {
	k.tb.Helper()
	k.say(dm(u), u, text)
	msgs := to(k.sent(), u.ID)
	if len(msgs) == 0 {
		k.tb.Fatalf("no answer to %q", text)
	}
	return msgs[len(msgs)-1]
}

// tap presses label on msg in the host's private chat and returns what the bot said next.
func (k *kit) tap(u *app.User, msg allaboard.Outgoing, label string) allaboard.Outgoing {
	k.tb.Helper()
	k.press(u, dm(u), button(k.tb, msg, label))
	msgs := to(k.sent(), u.ID)
	if len(msgs) == 0 {
		k.tb.Fatalf("no answer to a press on %q", label)
	}
	return msgs[len(msgs)-1]
}

func TestGuidedCreationPostsTheCardItPreviewed(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	host := p.host
	q := k.guided(host, "/event", "Event")
	if !containsAll(q.Text, []string{"Class 2b parents", "called"}) {
		t.Fatalf("one group: the first question is the title, got %q", q.Text)
	}
	q = k.step(host, "Picnic")
	q = k.tap(host, q, "Sat 7") // t0 is Monday 2 March
	q = k.step(host, "3:30")
	if got := to([]allaboard.Outgoing{q}, host.ID, "15:30", "03:30"); len(got) != 1 {
		t.Fatalf("an ambiguous time must offer both, got %q", q.Text)
	}
	q = k.tap(host, q, "15:30")
	q = k.step(host, "17:00") // until
	q = k.tap(host, q, "No")  // it does not repeat
	q = k.step(host, "Park")
	q = k.tap(host, q, "Skip")
	preview := k.tap(host, q, "The whole group")
	if !containsAll(preview.Text, []string{"Picnic", "(#1)", "Sat 7 Mar 2026, 15:30", "17:00", "Park", "Hanna"}) {
		t.Fatalf("preview = %q", preview.Text)
	}
	if n := k.eventCount(p.g); n != 0 {
		t.Fatalf("nothing is posted before the host says so: %d events", n)
	}
	k.press(host, dm(host), button(t, preview, "Post to Class 2b parents"))
	msgs := k.sent()
	card := last(t, msgs, p.g.ID, "Picnic")
	// The card is the preview, and the counts, which the preview can't have.
	want := preview.Text[len(render.FlowPreview.In(lang.English))+1:]
	if counts, ok := strings.CutPrefix(card.Text, want); !ok || !strings.HasPrefix(counts, "\n✅ 1 of ") || strings.Count(counts, "\n") != 1 {
		t.Fatalf("the group's card\n%q\nis not the preview\n%q with the counts", card.Text, want)
	}
	if e := k.event(p.g, 1); e.Host != host.ID || !e.End.Equal(time.Date(2026, 3, 7, 17, 0, 0, 0, time.UTC)) {
		t.Fatalf("event = %+v", e)
	}
	if r := k.response(p.g, 1, p.members[0]); r.Due.IsZero() {
		t.Fatalf("Ann is not chased: %+v", r)
	}
	if got := k.press(host, dm(host), button(t, preview, "Post to")); got != render.StaleButton.In(lang.English) {
		t.Fatalf("posting twice: %q", got)
	}
}

func TestGuidedCreationAsksWhichGroup(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.group(-200, "Football team", p.host)
	k.sent()
	q := k.guided(p.host, "/event", "Event")
	if q.Text != render.FlowWhichGroup.In(lang.English) {
		t.Fatalf("two groups: %q", q.Text)
	}
	if got := k.press(p.host, dm(p.host), "f:g:-300"); got != render.FlowNotYours.In(lang.English) {
		t.Fatalf("a forged group: %q", got)
	}
	q = k.tap(p.host, q, "Football team")
	if !containsAll(q.Text, []string{"Football team", "called"}) {
		t.Fatalf("after the group: %q", q.Text)
	}

	// Ann is in one group only: she skips the choice.
	ann := p.members[0]
	k.start(ann)
	k.sent()
	if q := k.guided(ann, "/event", "Event"); !containsAll(q.Text, []string{"Class 2b parents", "called"}) {
		t.Fatalf("Ann: %q", q.Text)
	}
	// A stranger shares none.
	stranger := person(50, "Zoe")
	if q := k.step(stranger, "/event"); q.Text != render.FlowNoGroup.In(lang.English) {
		t.Fatalf("stranger: %q", q.Text)
	}
}

func TestGuidedCreationFromTheGroupsButton(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.say(p.g, p.host, "/event")
	link := last(t, k.sent(), p.g.ID, "step by step").Buttons[0][0].URL
	if want := "start=" + wire.NewEventPayload(p.g.ID); !containsAll(link, []string{want}) {
		t.Fatalf("link = %q, want %q", link, want)
	}
	if q := k.guided(p.host, "/start "+wire.NewEventPayload(p.g.ID), "Event"); !containsAll(q.Text, []string{"Class 2b parents", "called"}) {
		t.Fatalf("deep link: %q", q.Text)
	}
	if q := k.step(p.host, "/start "+wire.NewEventPayload(-555)); q.Text != render.FlowNotYours.In(lang.English) {
		t.Fatalf("a group they're not in: %q", q.Text)
	}
}

func TestGuidedCreationFullDateAtTheDayAndFix(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "Event")
	q := k.step(p.host, "Picnic")
	q = k.step(p.host, "Sat 15:00-17:00") // the whole time at once: no more time questions
	if q.Text != render.FlowRepeat.In(lang.English) {
		t.Fatalf("after a range: %q", q.Text)
	}
	q = k.tap(p.host, q, "No")
	q = k.step(p.host, "Park")
	q = k.step(p.host, "Bring a blanket")
	q = k.tap(p.host, q, "The whole group")
	if !containsAll(q.Text, []string{"15:00", "17:00", "Bring a blanket"}) {
		t.Fatalf("preview = %q", q.Text)
	}
	q = k.tap(p.host, q, "Fix something")
	q = k.tap(p.host, q, "Place")
	if q.Text != render.FlowWhere.In(lang.English) {
		t.Fatalf("fixing the place: %q", q.Text)
	}
	q = k.step(p.host, "Beach")
	if !containsAll(q.Text, []string{"Beach", "Bring a blanket"}) || containsAll(q.Text, []string{"Park"}) {
		t.Fatalf("after the fix, the preview again: %q", q.Text)
	}
}

func TestGuidedCreationCancelDiscardAndExpiry(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "Event")
	k.step(p.host, "/cancel")
	if q := k.step(p.host, "Picnic"); q.Text != render.PrivateHint.In(lang.English) {
		t.Fatalf("after /cancel: %q", q.Text)
	}
	k.guided(p.host, "/event", "Event")
	q := k.step(p.host, "Picnic")
	k.now = k.now.Add(allaboard.DraftLife)
	if got := k.press(p.host, dm(p.host), button(t, q, "Tomorrow")); got != render.FlowExpired.In(lang.English) {
		t.Fatalf("a day later: %q", got)
	}
	if q := k.step(p.host, "Saturday"); q.Text != render.PrivateHint.In(lang.English) {
		t.Fatalf("a message after expiry: %q", q.Text)
	}
	k.guided(p.host, "/event", "Event")
	k.step(p.host, "Picnic")
	if got := k.press(p.host, dm(p.host), "f:p:"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("a forged post at the day step: %q", got)
	}
	if got := k.press(p.host, dm(p.host), "f:c:3"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("a forged choice: %q", got)
	}
	if got := k.press(p.host, dm(p.host), "f:d:2020-01-01"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("a forged day: %q", got)
	}
	if got := k.press(p.host, dm(p.host), "f:z:"); got != render.FlowGone.In(lang.English) {
		t.Fatalf("discard: %q", got)
	}
	if n := k.eventCount(p.g); n != 0 {
		t.Fatalf("posted: %d events", n)
	}
}

// eventCount is how many events g has.
func (k *kit) eventCount(g *app.Chat) int {
	k.tb.Helper()
	var events []allaboard.Event
	k.view(func(tx allaboard.Tx) (err error) { events, err = tx.Events(g.ID); return err })
	return len(events)
}

func TestGuidedCreationSaysWhatItCannotUseAndWhereItPosted(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	host := p.host
	k.guided(host, "/event", "Event")
	if q := k.step(host, strings.Repeat("x", allaboard.MaxTitle+1)); !containsAll(q.Text, []string{"⚠️", "title", "at most"}) {
		t.Fatalf("a title too long: %q", q.Text)
	}
	q := k.step(host, "Picnic")
	if q = k.tap(host, q, "Other"); q.Text != render.FlowOtherDay.In(lang.English) {
		t.Fatalf("another day: %q", q.Text)
	}
	k.step(host, "Saturday")
	k.step(host, "15:00")
	if q = k.step(host, "14:00"); !containsAll(q.Text, []string{"not after the start", "Sat 7 Mar 2026, 15:00"}) {
		t.Fatalf("an end before the start: %q", q.Text)
	}
	q = k.step(host, "17:00")
	k.tap(host, q, "No")
	q = k.step(host, "Park")
	q = k.tap(host, q, "Skip")
	preview := k.tap(host, q, "The whole group")
	if got := k.press(host, dm(host), button(t, preview, "Post to")); got != "✅ Posted to Class 2b parents." {
		t.Fatalf("posting answered %q", got)
	}
}
