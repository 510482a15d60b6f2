package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// A to-do step by step: what everyone should do, by when (a day's button is
// due by its end, a day and time typed at that time), whom it is for, the
// preview as the card will be, a fix, and posting.
func TestGuidedTodo(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	q := k.step(p.host, "/todo") // what it is goes without asking
	if q = k.step(p.host, strings.Repeat("x", allaboard.MaxText+1)); !containsAll(q.Text, []string{"⚠️", "text", "at most"}) {
		t.Fatalf("a text too long: %q", q.Text)
	}
	q = k.step(p.host, "Sign the permission slip")
	if !strings.Contains(q.Text, "By when?") || !strings.Contains(buttonTexts(q), "Tomorrow") || strings.Contains(buttonTexts(q), "No particular day") {
		t.Fatalf("the deadline question: %q with %q", q.Text, buttonTexts(q))
	}
	q = k.tap(p.host, q, "Tomorrow")
	preview := k.tap(p.host, q, "The whole group")
	if !containsAll(preview.Text, []string{"☑️ <b>To-do</b> (#1)", "Sign the permission slip", "⏰ By Tue 3 Mar 2026"}) ||
		strings.Contains(preview.Text, "00:00") || strings.Contains(buttonTexts(preview), "Going") {
		t.Fatalf("preview = %q", preview.Text)
	}
	q = k.tap(p.host, preview, "Fix something")
	if got := buttonTexts(q); got != "☑️ Text|⏰ Deadline" {
		t.Fatalf("a to-do's parts to fix: %q", got)
	}
	if got := k.press(p.host, dm(p.host), "f:x:where"); got != render.StaleButton.In(lang.English) {
		t.Fatalf("fixing a to-do's place: %q", got)
	}
	q = k.tap(p.host, q, "Deadline")
	if q = k.step(p.host, "yesterday 12:00"); !strings.Contains(q.Text, "⚠️") {
		t.Fatalf("a deadline gone by: %q", q.Text)
	}
	preview = k.step(p.host, "Fri 12:00")
	if !strings.Contains(preview.Text, "⏰ By Fri 6 Mar 2026") || !strings.Contains(preview.Text, "12:00") {
		t.Fatalf("preview after the fix = %q", preview.Text)
	}
	k.press(p.host, dm(p.host), button(t, preview, "Post to"))
	out := k.sent()
	e := k.event(p.g, 1)
	if !e.IsTodo() || e.Title != "Sign the permission slip" || !e.When.Equal(time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)) {
		t.Fatalf("posted %+v", e)
	}
	if c := card(t, out, p.g, 1); buttonTexts(c) != "☑️ Done|👀 Seen|🙁 Can't" {
		t.Fatalf("the posted card: %q with %q", c.Text, buttonTexts(c))
	}
}

// A typed day that could be either of two is asked about; the one chosen
// is due by its end.
func TestGuidedTodoAsksWhichWeek(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.guided(p.host, "/event", "To-do")
	k.step(p.host, "Bring a photo")
	q := k.step(p.host, "next Fri")
	if got := buttonTexts(q); got != "Fri 6 Mar|Fri 13 Mar" {
		t.Fatalf("the question %q has buttons %q, want the two Fridays", q.Text, got)
	}
	q = k.tap(p.host, q, "Fri 13 Mar")
	k.tap(p.host, q, "The whole group")
	k.press(p.host, dm(p.host), "f:p:")
	k.sent()
	if e := k.event(p.g, 1); !e.When.Equal(time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("due %v, want the end of Fri 13 Mar", e.When)
	}
}

// The status card's Change button changes a to-do step by step: a new
// deadline, saved as one new version, keeps what was done.
func TestGuidedChangeOfATodo(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	out := k.announce(p, slip)
	k.press(ann, p.g, button(t, card(t, out, p.g, 1), "Done"))
	k.sent()
	q := k.tap(p.host, statusCard(t, out, p.host, 1), "Change")
	if got := buttonTexts(q); got != "☑️ Text|⏰ Deadline" {
		t.Fatalf("a to-do's parts to change: %q", got)
	}
	k.tap(p.host, q, "Deadline")
	preview := k.step(p.host, "9 Mar 12:00")
	k.press(p.host, dm(p.host), button(t, preview, "Save"))
	k.sent()
	e := k.event(p.g, 1)
	if !e.When.Equal(time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)) || e.Material != 2 || !e.End.IsZero() {
		t.Fatalf("after the guided change: %+v", e)
	}
	if r := k.response(p.g, 1, ann); !r.DidIt(e) {
		t.Fatalf("a new deadline undid what Ann did: %+v", r)
	}
}
