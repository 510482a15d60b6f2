package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// guided starts guided creation in u's private chat with text (/event, or
// a start payload), answers its first question with the button kind
// ("Event" or "Notice"), and returns the next question.
func (k *kit) guided(u *app.User, text, kind string) allaboard.Outgoing {
	k.tb.Helper()
	return k.tap(u, k.step(u, text), kind)
}

// Guided creation asks first what it is: an event goes on to its title, a
// notice to its text, a to-do to what everyone should do.
func TestGuidedCreationAsksWhatItIs(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	q := k.step(p.host, "/event")
	if q.Text != render.FlowKind.In(lang.English) || buttonTexts(q) != "📅 Event|📣 Notice|☑️ To-do by a date" {
		t.Fatalf("the first question: %q with %q", q.Text, buttonTexts(q))
	}
	if got := k.press(p.host, dm(p.host), "f:i:party"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("a forged kind: %q", got)
	}
	if next := k.tap(p.host, q, "Event"); !containsAll(next.Text, []string{"New event for", "called"}) {
		t.Fatalf("after Event: %q", next.Text)
	}
	q = k.step(p.host, "/event")
	if next := k.tap(p.host, q, "Notice"); !containsAll(next.Text, []string{"New notice for", "Class 2b parents", "What should everyone know"}) {
		t.Fatalf("after Notice: %q", next.Text)
	}
	if got := k.press(p.host, dm(p.host), button(t, q, "Event")); got != render.StaleButton.In(lang.English) {
		t.Fatalf("the first question answered twice: %q", got)
	}
	q = k.step(p.host, "/event")
	if next := k.tap(p.host, q, "To-do"); !containsAll(next.Text, []string{"New to-do for", "Class 2b parents", "What should everyone do"}) {
		t.Fatalf("after To-do: %q", next.Text)
	}

	// With two groups, which group comes after what it is.
	k.group(-200, "Football team", p.host)
	k.sent()
	if q := k.guided(p.host, "/event", "Notice"); q.Text != "📣 Which group is the notice for?" {
		t.Fatalf("two groups: %q", q.Text)
	}
	if q := k.guided(p.host, "/event", "To-do"); q.Text != "☑️ Which group is the to-do for?" {
		t.Fatalf("two groups, a to-do: %q", q.Text)
	}
	// /announce and /todo in private said what it is: not asked again.
	if q := k.step(p.host, "/announce"); q.Text != "📣 Which group is the notice for?" {
		t.Fatalf("/announce in private: %q", q.Text)
	}
	if q := k.step(p.host, "/todo"); q.Text != "☑️ Which group is the to-do for?" {
		t.Fatalf("/todo in private: %q", q.Text)
	}
}

// A notice step by step: its text, a day (or none), whom it is for, the
// preview as the card will be, a fix, and posting.
func TestGuidedNotice(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	q := k.guided(p.host, "/event", "Notice")
	if q = k.step(p.host, strings.Repeat("x", allaboard.MaxText+1)); !containsAll(q.Text, []string{"⚠️", "text", "at most"}) {
		t.Fatalf("a text too long: %q", q.Text)
	}
	q = k.step(p.host, "School is closed: heating failure. Please arrange care.")
	if !strings.Contains(q.Text, "Is it about a day?") || !strings.Contains(buttonTexts(q), "No particular day") {
		t.Fatalf("the day question: %q with %q", q.Text, buttonTexts(q))
	}
	q = k.tap(p.host, q, "Tomorrow")
	preview := k.tap(p.host, q, "The whole group")
	if !containsAll(preview.Text, []string{"📣 <b>Notice</b> (#1)", "heating failure", "📅 Tue 3 Mar 2026"}) || strings.Contains(buttonTexts(preview), "Going") {
		t.Fatalf("preview = %q", preview.Text)
	}
	q = k.tap(p.host, preview, "Fix something")
	if got := buttonTexts(q); got != "📣 Text|📅 Day" {
		t.Fatalf("a notice's parts to fix: %q", got)
	}
	if got := k.press(p.host, dm(p.host), "f:x:where"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("fixing a notice's place: %q", got)
	}
	q = k.tap(p.host, q, "Day")
	preview = k.tap(p.host, q, "No particular day")
	if strings.Contains(preview.Text, "📅") {
		t.Fatalf("preview without a day: %q", preview.Text)
	}
	k.press(p.host, dm(p.host), button(t, preview, "Post to"))
	k.sent()
	e := k.event(p.g, 1)
	if !e.IsNotice() || e.Dated() || e.Title != "School is closed: heating failure. Please arrange care." {
		t.Fatalf("posted %+v", e)
	}
}

// A typed day that could be either of two is asked about, day by day.
func TestGuidedNoticeAsksWhichWeek(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "Notice")
	k.step(p.host, "Swimming is cancelled")
	q := k.step(p.host, "next Fri")
	if got := buttonTexts(q); got != "Fri 6 Mar|Fri 13 Mar" || !strings.Contains(q.Text, "<code>Fri 13 Mar 2026</code>") {
		t.Fatalf("the question %q has buttons %q, want the two Fridays", q.Text, got)
	}
	q = k.tap(p.host, q, "Fri 13 Mar")
	preview := k.tap(p.host, q, "The whole group")
	if !strings.Contains(preview.Text, "📅 Fri 13 Mar 2026") {
		t.Fatalf("preview = %q", preview.Text)
	}
}

// The status card's Change button changes a notice step by step: its text,
// saved as one new version, which asks everyone again (and its maker whether
// it was a typo).
func TestGuidedChangeOfANotice(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	out := k.announce(p, "/announce Swimming is cancelled")
	q := k.tap(p.host, statusCard(t, out, p.host, 1), "Change")
	if got := buttonTexts(q); got != "📣 Text|📅 Day" {
		t.Fatalf("a notice's parts to change: %q", got)
	}
	k.tap(p.host, q, "Text")
	preview := k.step(p.host, "Swimming is cancelled this week")
	k.press(p.host, dm(p.host), button(t, preview, "Save"))
	out = k.sent()
	if e := k.event(p.g, 1); e.Title != "Swimming is cancelled this week" || e.Material != 2 {
		t.Fatalf("after the guided change: %+v", e)
	}
	if len(to(out, p.host.ID, "only a typo fix")) != 1 {
		t.Fatalf("no question about a typo: %q", texts(out))
	}
	if e := k.event(p.g, 1); e.Dated() || !e.Created.Equal(t0) || e.When != (time.Time{}) {
		t.Fatalf("the change gave it a day: %+v", e)
	}
}
