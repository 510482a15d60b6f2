package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/app"
)

// A member who can't do a to-do's new text, pressing ☑️ Done on the card of
// its old text, has done the old text at most: it counts for nothing, they
// are told the card is out of date, they still can't, and the host hears
// nothing of everyone having done it.
func TestTodoDoneOnOldTextCountsNothingAfterCant(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	old := card(t, k.announce(p, slip), p.g, 1)
	cur := card(t, k.announce(p, "/edit 1 text Sign the permission slip AND pay 10 EUR"), p.g, 1)
	k.sent()
	if got := k.press(ann, p.g, button(t, cur, "Can't")); !strings.Contains(got, "can't") {
		t.Fatalf("Can't on the new card: %q", got)
	}
	got := k.press(ann, p.g, button(t, old, "Done"))
	if !strings.Contains(got, "out of date") {
		t.Errorf("Done on the old text's card answered %q, want out of date", got)
	}
	e, r := k.event(p.g, 1), k.response(p.g, 1, ann)
	if r.DidIt(e) || !r.CantDo(e) {
		t.Errorf("after Done on the old text's card Ann did it %v, can't %v; want not done, still can't", r.DidIt(e), r.CantDo(e))
	}
	if got := to(k.sent(), p.host.ID, "Everyone"); len(got) > 0 {
		t.Errorf("the host was told %q", got[0].Text)
	}
}

// Done on the card of an earlier deadline, same text, still counts: what
// was done is what the to-do asks.
func TestTodoDoneOnOldDeadlineCountsAfterCant(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	old := card(t, k.announce(p, slip), p.g, 1)
	cur := card(t, k.announce(p, "/edit 1 when Sat 12:00"), p.g, 1)
	k.press(ann, p.g, button(t, cur, "Can't"))
	k.sent()
	if got := k.press(ann, p.g, button(t, old, "Done")); !strings.Contains(got, "Done") {
		t.Errorf("Done on the earlier deadline's card answered %q", got)
	}
	if e, r := k.event(p.g, 1), k.response(p.g, 1, ann); !r.DidIt(e) {
		t.Errorf("Done on the earlier deadline's card did not count: %+v", r)
	}
	if got := to(k.sent(), p.host.ID, "Everyone"); len(got) != 1 {
		t.Errorf("the host was told everyone did it %d times, want once", len(got))
	}
}

// An admin, not the host, who changes a to-do has seen the new version but
// not done it: they stay chased for done like everyone else, and are
// reminded before the deadline — not at once, for the change was their news.
func TestTodoAdminWhoEditsIsStillChasedForDone(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann := p.members[0]
	k.start(ann)
	k.admin(p.g, ann)
	k.announce(p, slip)
	k.tick(k.now)
	k.sent()
	k.say(p.g, ann, "/edit 1 when Fri 18:00")
	k.sent()
	e, r := k.event(p.g, 1), k.response(p.g, 1, ann)
	if e.Material != 2 {
		t.Fatalf("the admin's change made no new version: %+v", e)
	}
	if r.DidIt(e) || !r.SawIt(e) || r.Due.IsZero() {
		t.Fatalf("Ann, admin, changed the to-do: did it %v, saw it %v, next reminder %v; want seen, not done, still chased", r.DidIt(e), r.SawIt(e), r.Due)
	}
	k.tick(k.now)
	if got := chased(k.sent())[ann.ID]; got.Text != "" {
		t.Errorf("Ann was reminded at once of the change she made: %q", got.Text)
	}
	deadline := time.Date(2026, 3, 6, 18, 0, 0, 0, time.UTC)
	for i := 0; i < 50 && !r.Due.IsZero() && r.Due.Before(deadline); i++ {
		k.tick(r.Due)
		if chased(k.sent())[ann.ID].Text != "" {
			return
		}
		r = k.response(p.g, 1, ann)
	}
	t.Errorf("Ann, who changed the to-do but never did it, was never reminded again")
}

// A member who joins after everyone had done a to-do must do it too: the
// host hears "Everyone has done it ✅" again once they have, and if they
// never do, the final list at the deadline names them.
func TestTodoLateJoinerAfterEveryoneDidIt(t *testing.T) {
	for _, does := range []bool{true, false} {
		k := newKit(t, nil)
		p := k.parentsGroup("Ann")
		ann := p.members[0]
		k.press(ann, p.g, button(t, card(t, k.announce(p, slip), p.g, 1), "Done"))
		if got := to(k.sent(), p.host.ID, "Everyone has done it"); len(got) != 1 {
			t.Fatalf("the host was told everyone did it %d times, want once", len(got))
		}
		bob := person(30, "Bob")
		k.join(p.g, bob)
		if does {
			k.press(bob, p.g, button(t, card(t, k.sent(), p.g, 1), "Done"))
			if got := to(k.sent(), p.host.ID, "Everyone has done it"); len(got) != 1 {
				t.Errorf("after Bob, who joined late, did it too, the host was told everyone did %d times, want once", len(got))
			}
			k.tick(friday.Add(time.Minute))
			if got := to(k.sent(), p.host.ID, "deadline"); len(got) > 0 {
				t.Errorf("everyone did it, yet the host got %q", got[0].Text)
			}
			continue
		}
		k.sent()
		k.tick(friday.Add(time.Minute))
		final := to(k.sent(), p.host.ID, "The deadline of", "Bob")
		if len(final) != 1 || final[0].Ref != "" {
			t.Errorf("Bob joined after everyone did it and never did it; at the deadline the host got %d final lists naming him, want one", len(final))
		}
	}
}

// An admin who changes a to-do's text is asked whether it was only a typo
// fix; while they may still say so, nobody is reminded, they neither.
func TestTodoAdminWhoEditsTheTextWaitsForTheTypoQuestion(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Undo = time.Hour }) // longer than the first step
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	k.start(ann)
	k.admin(p.g, ann)
	k.announce(p, slip)
	k.tick(k.now)
	k.sent()
	k.say(p.g, ann, "/edit 1 text Sign the permission slip and pay 10 EUR")
	if got := to(k.sent(), ann.ID, "typo"); len(got) != 1 {
		t.Fatalf("Ann was not asked whether it was a typo fix")
	}
	a, b := k.response(p.g, 1, ann), k.response(p.g, 1, bob)
	if a.Due.IsZero() || b.Due.IsZero() || a.Due.Before(b.Due) {
		t.Errorf("Ann, who changed the text, is next reminded at %v, Bob at %v; want Ann not before Bob, who waits for her answer", a.Due, b.Due)
	}
}
