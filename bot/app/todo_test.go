package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// slip is the to-do most tests announce: #1, due Friday noon, four days
// after t0.
const slip = "/todo Sign the permission slip by Fri 12:00"

// friday is its deadline.
var friday = time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)

// A to-do's card shows its text, its deadline and ☑️ Done · 👀 Seen · 🙁
// Can't, and counts who did it, its host not among them. Each member stands
// in one of three states: not seen, seen but not done (still chased: the
// chase aims at done), done (no longer chased); the host's status card
// lists them so, and hears once everyone did it.
func TestTodoThreeStates(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	k.start(ann)
	k.sent()

	out := k.announce(p, slip)
	e := k.event(p.g, 1)
	if !e.IsTodo() || e.Title != "Sign the permission slip" || !e.When.Equal(friday) {
		t.Fatalf("to-do %+v, want the slip due Friday noon", e)
	}
	c := card(t, out, p.g, 1)
	if !containsAll(c.Text, []string{"☑️ <b>To-do</b> (#1)", "Sign the permission slip", "⏰ By Fri 6 Mar 2026", "12:00", "Host: Hanna", "☑️ 0 of 2 done"}) ||
		buttonTexts(c) != "☑️ Done|👀 Seen|🙁 Can't" {
		t.Fatalf("the to-do's card: %q with %q", c.Text, buttonTexts(c))
	}
	if got := k.press(p.host, p.g, button(t, c, "Done")); !strings.Contains(got, "collecting this to-do") {
		t.Fatalf("the host's own press: %q", got)
	}

	k.tick(k.now)
	msgs := k.sent()
	reminded := chased(msgs)
	private, mention := reminded[ann.ID], reminded[bob.ID]
	if !containsAll(private.Text, []string{"New to-do in", "Sign the permission slip", "By Fri 6 Mar"}) || buttonTexts(private) != "☑️ Done|👀 Seen|🙁 Can't|📅 Add to calendar" {
		t.Fatalf("Ann's private card: %q with %q", private.Text, buttonTexts(private))
	}
	if !containsAll(mention.Text, []string{"Bob", "please do this by Fri 6 Mar", "Sign the permission slip", "Tap ☑️ Done"}) || !strings.Contains(buttonTexts(mention), "☑️ Done") {
		t.Fatalf("Bob's mention: %q with %q", mention.Text, buttonTexts(mention))
	}
	if s := statusCard(t, msgs, p.host, 1); !containsAll(s.Text, []string{"⏰ By", "Not seen yet", "Ann", "Bob"}) {
		t.Fatalf("the status card before anyone saw it: %q", s.Text)
	}

	// Seen: noted, and still chased.
	if got := k.press(ann, dm(ann), button(t, private, "Seen")); !strings.Contains(got, "remind you until it's done") {
		t.Fatalf("Seen answered %q", got)
	}
	r := k.response(p.g, 1, ann)
	if !r.SawIt(k.event(p.g, 1)) || r.DidIt(e) || r.Due.IsZero() {
		t.Fatalf("Ann saw it: %+v; want seen, not done, still chased", r)
	}
	msgs = k.sent()
	if s := statusCard(t, msgs, p.host, 1); !containsAll(s.Text, []string{"Seen, not done yet</b>: Ann", "Not seen yet</b>: Bob"}) {
		t.Fatalf("the status card with Ann seen: %q", s.Text)
	}
	k.tick(r.Due)
	if again := chased(k.sent())[ann.ID]; !containsAll(again.Text, []string{"Still to do", "Sign the permission slip"}) {
		t.Fatalf("Ann, seen, isn't reminded to do it: %q", again.Text)
	}

	// Done: no longer chased, counted.
	if got := k.press(bob, p.g, button(t, mention, "Done")); !strings.Contains(got, "Done — thank you") {
		t.Fatalf("Done answered %q", got)
	}
	if r := k.response(p.g, 1, bob); !r.DidIt(e) || !r.Due.IsZero() {
		t.Fatalf("Bob did it: %+v", r)
	}
	msgs = k.sent()
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "☑️ 1 of 2 done") {
		t.Fatalf("the card's counts: %q", c.Text)
	}
	if got := k.press(bob, p.g, button(t, mention, "Can't")); !strings.Contains(got, "done it already") {
		t.Fatalf("Can't after Done: %q", got)
	}
	k.press(ann, dm(ann), button(t, private, "Done"))
	msgs = k.sent()
	if got := to(msgs, p.host.ID, "Everyone has done it", "All 2 members"); len(got) != 1 {
		t.Fatalf("the host wasn't told everyone did it: %q", texts(to(msgs, p.host.ID)))
	}
	if s := statusCard(t, msgs, p.host, 1); !strings.Contains(s.Text, "<b>Done</b>: Ann, Bob") {
		t.Fatalf("the status card once all did it: %q", s.Text)
	}
	if own := to(msgs, ann.ID, "You've done it"); len(own) != 1 {
		t.Fatalf("Ann's card doesn't say she did it: %q", texts(to(msgs, ann.ID)))
	}
}

// The chase follows the time left to the deadline, as for an event: one
// due this afternoon is chased every quarter of an hour at first and handed
// to the host after a quarter of the time left; one three weeks away
// gently. At the deadline the chase stops and the host gets the final list.
func TestTodoPaceFollowsTheDeadline(t *testing.T) {
	for _, tc := range []struct {
		name          string
		todo          string
		deadline      time.Time
		second        time.Duration // after the first reminder
		handOff       time.Duration // after the announcement
		reminded, max int           // reminders to Ann after the first, before the deadline: at least, at most
	}{
		{"today", "/todo Bring the slip back by 16:00", t0.Add(6 * time.Hour), 15 * time.Minute, 90 * time.Minute, 3, 3},
		{"in three weeks", "/todo Send a photo for the yearbook by 23 Mar 10:00", t0.Add(21 * 24 * time.Hour), 4 * time.Hour, 21 * 24 * time.Hour / 4, 5, 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Defaults.Preset = allaboard.Normal }) // the bot's default
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.start(ann)
			k.sent()
			k.announce(p, tc.todo)
			if e := k.event(p.g, 1); !e.When.Equal(tc.deadline) {
				t.Fatalf("due %v, want %v", e.When, tc.deadline)
			}
			k.tick(t0)
			k.sent()
			r := k.response(p.g, 1, ann)
			if got := r.Due.Sub(t0); got != tc.second {
				t.Fatalf("the second reminder %v after the first, want %v", got, tc.second)
			}
			if got := r.HandOffAt.Sub(t0); got != tc.handOff {
				t.Fatalf("the hand-off %v after the announcement, want %v", got, tc.handOff)
			}
			var handOff, final time.Time
			reminded := 0
			for at := t0.Add(time.Minute); !at.After(tc.deadline.Add(time.Hour)); at = at.Add(5 * time.Minute) {
				k.tick(at)
				for _, m := range k.sent() {
					switch {
					case m.Chase != nil && m.ChatID == ann.ID:
						if !at.Before(tc.deadline) {
							t.Fatalf("Ann reminded at %v, after the deadline", at)
						}
						reminded++
					case m.ChatID == p.host.ID && strings.Contains(m.Text, "please contact them personally"):
						handOff = at
					case m.ChatID == p.host.ID && strings.Contains(m.Text, "has passed"):
						final = at
						if !containsAll(m.Text, []string{"1 member hasn't done it", "Ann"}) {
							t.Fatalf("the final list: %q", m.Text)
						}
					}
				}
			}
			if handOff.IsZero() || !handOff.Before(tc.deadline) {
				t.Fatalf("the host was handed Ann at %v, want before the deadline %v", handOff, tc.deadline)
			}
			if final.IsZero() || final.Before(tc.deadline) || final.Sub(tc.deadline) > 5*time.Minute {
				t.Fatalf("the final list came at %v, want at the deadline %v", final, tc.deadline)
			}
			if reminded < tc.reminded || reminded > tc.max {
				t.Fatalf("Ann was reminded %d times, want %d to %d", reminded, tc.reminded, tc.max)
			}
			if r := k.response(p.g, 1, ann); !r.Due.IsZero() {
				t.Fatalf("still chased after the deadline: %+v", r)
			}
		})
	}
}

// Done by one of a household is done for the family: the other is no
// longer chased and is told who did it; the card counts one family.
func TestTodoHouseholdDoneOnce(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, cat := familyGroup(k)
	linkFamily(k, p, ann, ben)
	k.sent()
	out := k.announce(p, slip)
	if c := card(t, out, p.g, 1); !strings.Contains(c.Text, "☑️ 0 of 2 families done") {
		t.Fatalf("the card counts families: %q", c.Text)
	}
	k.tick(k.now)
	msgs := k.sent()
	if got := k.press(ann, dm(ann), button(t, chased(msgs)[ann.ID], "Done")); !strings.Contains(got, "thank you") {
		t.Fatalf("Ann's Done: %q", got)
	}
	e := k.event(p.g, 1)
	r := k.response(p.g, 1, ben)
	if !r.DidIt(e) || r.DoneBy != ann.ID || !r.Due.IsZero() {
		t.Fatalf("Ben after Ann did it: %+v; want done by Ann, not chased", r)
	}
	msgs = k.sent()
	if note := to(msgs, ben.ID, "Ann has done this for your family", "Sign the permission slip"); len(note) != 1 {
		t.Fatalf("Ben wasn't told: %q", texts(to(msgs, ben.ID)))
	}
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "☑️ 1 of 2 families done") {
		t.Fatalf("the card: %q", c.Text)
	}
	if s := statusCard(t, msgs, p.host, 1); !strings.Contains(s.Text, "Ben (Ann for the family)") {
		t.Fatalf("the status card: %q", s.Text)
	}
	if got := k.press(ben, p.g, button(t, card(t, msgs, p.g, 1), "Done")); !strings.Contains(got, "Ann has done it for your family already") {
		t.Fatalf("Ben's Done after Ann's: %q", got)
	}
	if r := k.response(p.g, 1, ben); r.DoneBy != ann.ID {
		t.Fatalf("Ben's press made it his own: %+v", r)
	}
	// Seen by one is not seen by the other.
	k.press(cat, p.g, button(t, card(t, msgs, p.g, 1), "Seen"))
	if r := k.response(p.g, 1, cat); !r.SawIt(e) || r.DidIt(e) {
		t.Fatalf("Cat: %+v", r)
	}
}

// Can't stops the chase; a member the bot can write to is asked privately
// why, and their next message reaches the host, once. One who can't be
// written to is not asked.
func TestTodoCantWithAReason(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann, bob := p.members[0], p.members[1]
	k.start(ann)
	k.sent()
	out := k.announce(p, slip)
	c := card(t, out, p.g, 1)
	if got := k.press(ann, p.g, button(t, c, "Can't")); !strings.Contains(got, "you can't") {
		t.Fatalf("Can't answered %q", got)
	}
	e := k.event(p.g, 1)
	if r := k.response(p.g, 1, ann); !r.CantDo(e) || !r.Due.IsZero() {
		t.Fatalf("Ann can't: %+v; want no longer chased", r)
	}
	msgs := k.sent()
	if ask := to(msgs, ann.ID, "Want to tell Hanna why?"); len(ask) != 1 {
		t.Fatalf("Ann wasn't asked why: %q", texts(to(msgs, ann.ID)))
	}
	if c := card(t, msgs, p.g, 1); !containsAll(c.Text, []string{"☑️ 0 of 2 done", "🙁 1 can't"}) {
		t.Fatalf("the card: %q", c.Text)
	}
	if s := statusCard(t, msgs, p.host, 1); !strings.Contains(s.Text, "Can't</b>: Ann") {
		t.Fatalf("the status card: %q", s.Text)
	}

	k.say(dm(ann), ann, "We are away that week <visiting grandma>")
	msgs = k.sent()
	reason := to(msgs, p.host.ID, "Ann", "can't do", "Sign the permission slip", "We are away that week &lt;visiting grandma&gt;")
	if len(reason) != 1 || !strings.Contains(reason[0].Text, "tg://user?id=11") {
		t.Fatalf("the reason didn't reach the host: %q", texts(to(msgs, p.host.ID)))
	}
	if done := to(msgs, ann.ID, "Passed on to Hanna"); len(done) != 1 {
		t.Fatalf("Ann wasn't told: %q", texts(to(msgs, ann.ID)))
	}
	k.say(dm(ann), ann, "And another thing")
	if got := to(k.sent(), p.host.ID, "can't do"); len(got) != 0 {
		t.Fatalf("a second message was passed on as the reason too: %q", texts(got))
	}

	// Asked again, after an hour the question lapses.
	k.say(p.g, p.host, "/edit 1 deadline 9 Mar 12:00")
	k.press(ann, p.g, button(t, card(t, k.sent(), p.g, 1), "Can't"))
	k.sent()
	k.now = k.now.Add(allaboard.ReasonKeep)
	k.say(dm(ann), ann, "Sorry, still away")
	if got := to(k.sent(), p.host.ID, "can't do"); len(got) != 0 {
		t.Fatalf("a message after the question lapsed was passed on: %q", texts(got))
	}

	k.press(bob, p.g, button(t, c, "Can't"))
	if msgs := k.sent(); len(to(msgs, bob.ID)) != 0 {
		t.Fatalf("Bob, whom the bot can't write to, was asked privately: %q", texts(to(msgs, bob.ID)))
	}
}

// A new deadline keeps what was done, and tells everyone not done yet of
// it, asking those who couldn't again; a new text asks everyone again,
// unless its maker says it was only a typo fix.
func TestTodoDeadlineMovedKeepsDone(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob", "Cem")
	ann, bob, cem := p.members[0], p.members[1], p.members[2]
	k.start(ann, bob, cem)
	k.sent()
	k.announce(p, slip)
	k.tick(k.now)
	msgs := k.sent()
	cards := chased(msgs)
	k.press(ann, dm(ann), button(t, cards[ann.ID], "Done"))
	k.press(bob, dm(bob), button(t, cards[bob.ID], "Seen"))
	k.press(cem, dm(cem), button(t, cards[cem.ID], "Can't"))
	k.sent()

	k.now = k.now.Add(time.Hour)
	out := k.announce(p, "/edit 1 deadline 9 Mar 12:00")
	e := k.event(p.g, 1)
	if !e.When.Equal(time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC)) {
		t.Fatalf("due %v, want Mon 9 Mar 12:00", e.When)
	}
	if c := card(t, out, p.g, 1); !containsAll(c.Text, []string{"Changed", "⏰ Fri 6 Mar", "→ Mon 9 Mar", "☑️ 1 of 3 done"}) {
		t.Fatalf("the new card: %q", c.Text)
	}
	if a := k.response(p.g, 1, ann); !a.DidIt(e) || !a.Due.IsZero() {
		t.Fatalf("Ann, done before the move: %+v", a)
	}
	if c := k.response(p.g, 1, cem); c.CantDo(e) || c.Due.IsZero() {
		t.Fatalf("Cem, who couldn't by Friday: %+v; want asked again", c)
	}
	k.tick(k.now)
	msgs = append(out, k.sent()...)
	if got := to(msgs, ann.ID); len(got) != 0 {
		t.Fatalf("Ann, done, was told of the new deadline: %q", texts(got))
	}
	for _, u := range []*app.User{bob, cem} {
		if got := to(msgs, u.ID, "Still to do", "⏰ Fri 6 Mar 12:00 → Mon 9 Mar 12:00"); len(got) != 1 {
			t.Fatalf("%s wasn't told of the new deadline: %q", u.FirstName, texts(to(msgs, u.ID)))
		}
	}
	k.press(bob, dm(bob), button(t, to(msgs, bob.ID, "Still to do")[0], "Seen"))
	k.sent()

	// A new text: everyone again; a typo fix: what was done counts.
	out = k.announce(p, "/edit 1 text Sign the permision slip")
	if k.response(p.g, 1, ann).DidIt(k.event(p.g, 1)) {
		t.Fatal("a new text kept what was done")
	}
	ask := to(out, p.host.ID, "only a typo fix")
	if len(ask) != 1 {
		t.Fatalf("the host wasn't asked about a typo fix: %q", texts(out))
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "typo"))
	e = k.event(p.g, 1)
	if a := k.response(p.g, 1, ann); !a.DidIt(e) || !a.Due.IsZero() {
		t.Fatalf("after a typo fix Ann: %+v; want done, not chased", a)
	}
	if b := k.response(p.g, 1, bob); !b.SawIt(e) || b.DidIt(e) || b.Due.IsZero() {
		t.Fatalf("after a typo fix Bob: %+v; want seen, still chased", b)
	}
}

// The host, handed whom to call, can mark one done: the slip came in at
// the school gate. The family counts as done with them.
func TestTodoHostMarksDoneFromTheHandOff(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	ann := p.members[0]
	k.announce(p, "/todo Bring the slip back by 16:00")
	var handOff allaboard.Outgoing
	for at := t0; at.Before(t0.Add(2 * time.Hour)); at = at.Add(5 * time.Minute) {
		k.tick(at)
		if h := to(k.sent(), p.host.ID, "haven't done", "please contact them personally"); len(h) > 0 {
			handOff = h[0]
		}
	}
	if handOff.Text == "" || !strings.Contains(handOff.Text, "Tap ☑️ for each one") {
		t.Fatal("no hand-off about the to-do")
	}
	if got := k.press(p.host, dm(p.host), button(t, handOff, "Ann has done it")); !strings.Contains(got, "Noted: Ann has done it") {
		t.Fatalf("the host's mark: %q", got)
	}
	e := k.event(p.g, 1)
	if r := k.response(p.g, 1, ann); !r.DidIt(e) || r.ToldBy != p.host.ID || !r.Due.IsZero() {
		t.Fatalf("Ann: %+v", r)
	}
	if s := statusCard(t, k.sent(), p.host, 1); !strings.Contains(s.Text, "Ann (marked by Hanna)") {
		t.Fatalf("the status card: %q", s.Text)
	}
	if got := k.press(p.host, dm(p.host), button(t, handOff, "Ann has done it")); !strings.Contains(got, "already") {
		t.Fatalf("marked twice: %q", got)
	}
}

// A reminder before the deadline goes only to those who haven't done it
// (nor said they can't); the final list at the deadline names each family
// not done, can't marked, and goes silently in quiet hours.
func TestTodoReminderBeforeAndFinalList(t *testing.T) {
	k := newKit(t, func(c *app.Config) {
		withReminders(c)
		c.Defaults.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour}
	})
	p := k.parentsGroup("Ann", "Bob", "Cem", "Dan")
	ann, bob, cem, dan := p.members[0], p.members[1], p.members[2], p.members[3]
	k.start(ann, bob, cem)
	k.sent()
	k.announce(p, "/todo €5 for Ms Weber's gift by Wednesday")
	e := k.event(p.g, 1)
	if want := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC); !e.When.Equal(want) {
		t.Fatalf("due %v, want the end of Wednesday", e.When)
	}
	k.tick(t0)
	cards := chased(k.sent())
	k.press(ann, dm(ann), button(t, cards[ann.ID], "Done"))
	k.press(cem, dm(cem), button(t, cards[cem.ID], "Can't"))
	k.sent()

	var before, final []allaboard.Outgoing
	for at := t0.Add(time.Hour); !at.After(e.When.Add(10 * time.Minute)); at = at.Add(10 * time.Minute) {
		k.tick(at)
		for _, m := range k.sent() {
			if strings.Contains(m.Text, "Reminder:") || strings.Contains(m.Text, "reminder:") {
				before = append(before, m)
			}
			if m.ChatID == p.host.ID && strings.Contains(m.Text, "has passed") {
				final = append(final, m)
			}
		}
	}
	for _, m := range before {
		if m.ChatID == ann.ID || m.ChatID == cem.ID || strings.Contains(m.Text, "Cem") {
			t.Fatalf("a reminder before the deadline to one done or who can't: %q", m.Text)
		}
	}
	// Dan, whom the bot can't write to, was named in the group as often as
	// he may be by then: the group is reminded naming nobody, with the counts.
	group := to(before, p.g.ID, "is due by Wed 4 Mar")
	if len(to(before, bob.ID, "due by Wed 4 Mar")) == 0 || len(group) == 0 {
		t.Fatalf("Bob and the group weren't reminded before the deadline: %q", texts(before))
	}
	for _, m := range group {
		if strings.Contains(m.Text, "tg://user") || !strings.Contains(m.Text, "☑️ 1 of 4 done") {
			t.Errorf("the group's reminder before the deadline: %q, want the counts and no names", m.Text)
		}
	}
	if r := k.response(p.g, 1, dan); r.Named != allaboard.MaxNamed {
		t.Errorf("Dan was named %d times, want %d", r.Named, allaboard.MaxNamed)
	}
	if len(final) != 1 || !containsAll(final[0].Text, []string{"3 members haven't done it", "Bob", "Cem (can't)", "Dan"}) ||
		strings.Contains(final[0].Text, "Ann") || !final[0].Silent {
		t.Fatalf("the final list: %+v", final)
	}
}

// /todo without a deadline shows how; /events lists an open to-do with its
// counts; /history shows its deadline moving; it can't change once due.
func TestTodoCommands(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	for _, typed := range []string{"/todo", "/todo Sign the permission slip", "/todo Bring it by bike"} {
		if out := k.announce(p, typed); len(out) != 1 || !strings.Contains(out[0].Text, "/todo Sign the permission slip by Fri 12:00") {
			t.Fatalf("%s: %q", typed, texts(out))
		}
	}
	k.announce(p, slip)
	k.say(p.g, p.host, "/edit 1 deadline 9 Mar 12:00")
	k.sent()
	k.say(p.g, p.host, "/events")
	msgs := k.sent()
	if got := to(msgs, p.host.ID, "☑️ <b>Sign the permission slip</b> (#1)", "⏰ By Mon 9 Mar", "☑️ 0 of 1 done"); len(got) != 1 {
		t.Fatalf("/events: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/history 1")
	if h := to(k.sent(), p.g.ID, "History", "⏰ Fri 6 Mar 12:00 → Mon 9 Mar 12:00", "those not done yet were told"); len(h) != 1 {
		t.Fatal("/history doesn't show the deadline moving")
	}
	k.say(p.g, p.host, "/edit 1 where Park")
	if out := k.sent(); len(out) != 1 || !strings.Contains(out[0].Text, "/edit 1 deadline") {
		t.Fatalf("a place for a to-do: %q", texts(out))
	}
	k.tick(time.Date(2026, 3, 9, 12, 0, 0, 0, time.UTC))
	k.sent()
	k.say(p.g, p.host, "/edit 1 deadline Tue 12:00")
	if out := k.sent(); len(out) != 1 || !strings.Contains(out[0].Text, "deadline of") || !strings.Contains(out[0].Text, "has passed") {
		t.Fatalf("a change after the deadline: %q", texts(out))
	}
}
