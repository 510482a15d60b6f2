package app_test

import (
	"regexp"
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// A to-do is an event in all the rest: a co-host collects it with the host
// (not counted, not asked; asked again once they step down), guests narrow
// whom it is for, a member who has
// the bot forget them leaves no answer to it, it counts towards the day's
// announcements, and /cancel asks everyone, done or not, to confirm that
// it is called off.
func TestTodosAreEventsInAllTheRest(t *testing.T) {
	k := newKit(t, nil)
	p, ann, ben, cat := familyGroup(k)
	k.announce(p, slip)
	k.say(p.g, p.host, "/cohost 1 @ann")
	msgs := k.sent()
	if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "☑️ 0 of 2 done") {
		t.Fatalf("a co-host counted: %q", c.Text)
	}
	if !said(msgs, ann.ID, "Status") {
		t.Fatalf("the co-host got no status card: %q", texts(to(msgs, ann.ID)))
	}
	if got := k.press(ann, p.g, button(t, card(t, msgs, p.g, 1), "Done")); !strings.Contains(got, "collecting this to-do") {
		t.Fatalf("the co-host's press: %q", got)
	}

	k.tick(k.now)
	first := chased(k.sent())
	if got := first[ann.ID]; got.Text != "" {
		t.Fatalf("the co-host is asked to do it: %q", got.Text)
	}
	k.say(p.g, ann, "/cohost 1 remove @ann") // she steps down: asked like everyone
	if c := card(t, k.sent(), p.g, 1); !strings.Contains(c.Text, "☑️ 0 of 3 done") {
		t.Fatalf("a co-host stepped down, not counted: %q", c.Text)
	}
	if r := k.response(p.g, 1, ann); r.Due.IsZero() {
		t.Fatalf("Ann, no longer a co-host, isn't chased: %+v", r)
	}
	k.press(ben, dm(ben), button(t, first[ben.ID], "Done"))
	k.say(p.g, cat, "/ack 1") // /ack is Seen for a to-do
	k.sent()
	if r := k.response(p.g, 1, cat); !r.SawIt(k.event(p.g, 1)) || r.Due.IsZero() {
		t.Fatalf("Cat's /ack: %+v; want seen, still chased", r)
	}
	k.say(dm(cat), cat, "/forget me")
	forget(k, cat)
	k.sent()
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Response(p.g.ID, 1, cat.ID); err == nil {
			t.Error("Cat was forgotten, and her answer to the to-do kept")
		}
		return nil
	})

	k.say(p.g, p.host, "/edit 1 guests @ben")
	msgs = k.sent()
	if e := k.event(p.g, 1); len(e.Guests) != 1 {
		t.Fatalf("guests %v, want Ben", e.Guests)
	}
	if c := card(t, msgs, p.g, 1); !containsAll(c.Text, []string{"☑️ 1 of 1 done", "For invited guests (1)"}) {
		t.Fatalf("the card for one guest: %q", c.Text)
	}

	for i := 1; i < allaboard.HostEventsPerDay; i++ {
		k.announce(p, "/todo Bring item "+itoa(int64(i))+" by Fri 12:00")
	}
	if msgs := k.announce(p, "/todo One too many by Fri 12:00"); !said(msgs, p.g.ID, "as many as I take from one person") {
		t.Fatalf("a to-do beyond the day's announcements was not refused: %q", texts(msgs))
	}

	out := k.announce(p, "/cancel 1")
	c := card(t, out, p.g, 1)
	if !containsAll(c.Text, []string{"CANCELLED", "Sign the permission slip"}) || buttonTexts(c) != "✅ Got it" {
		t.Fatalf("the cancelled to-do's card: %q with %q", c.Text, buttonTexts(c))
	}
	if e := k.event(p.g, 1); !e.Cancelled || k.response(p.g, 1, ben).Confirmed(e) {
		t.Fatalf("after /cancel: Ben, who had done it, must confirm it is called off")
	}
	k.tick(k.now)
	if m := to(k.sent(), ben.ID, "Called off", "Sign the permission slip"); len(m) != 1 {
		t.Fatalf("Ben isn't asked to confirm the to-do is called off: %q", texts(m))
	}
}

// A member's private /events shows the to-dos they still have to do, not
// those done nor those they collect.
func TestPrivateEventsShowsWhatIsLeftToDo(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, slip)
	photo := card(t, k.announce(p, "/todo Send a photo by Fri 12:00"), p.g, 2)
	k.say(p.g, ann, "/ack 1")
	k.press(ann, p.g, button(t, photo, "Done"))
	k.sent()
	k.say(dm(ann), ann, "/events")
	msgs := k.sent()
	if len(to(msgs, ann.ID, "Sign the permission slip")) != 1 || len(to(msgs, ann.ID, "Send a photo")) != 0 {
		t.Fatalf("Ann's /events: %q", texts(to(msgs, ann.ID)))
	}
	k.say(dm(p.host), p.host, "/events")
	if msgs := to(k.sent(), p.host.ID); len(msgs) != 1 || !strings.Contains(msgs[0].Text, "nothing to confirm") {
		t.Fatalf("the host's /events lists what she collects: %q", texts(msgs))
	}
}

// The examples /todo and /edit show, in each language, are read as to-dos
// with their deadlines, in a group of that language.
func TestTodoExamplesReadInEveryLanguage(t *testing.T) {
	code := regexp.MustCompile(`<code>/(todo|edit \d+) ([^<]*)</code>`)
	for _, l := range lang.All() {
		t.Run(l.Code(), func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Defaults.Language = l.Code() })
			p := k.parentsGroup("Ann")
			k.now = t0.AddDate(0, 0, 3) // a Thursday, named alone by no example: on the day it names, a weekday alone asks which week
			examples := code.FindAllStringSubmatch(render.TodoUsage(l), -1)
			if len(examples) != 3 {
				t.Fatalf("%d examples of /todo, want three", len(examples))
			}
			for i, ex := range examples {
				k.announce(p, "/todo "+ex[2])
				e := k.event(p.g, i+1)
				if !e.IsTodo() || !e.When.After(k.now) || strings.ContainsAny(e.Title, "|") || e.Title == ex[2] {
					t.Fatalf("%q: %+v, want a to-do and its deadline", ex[2], e)
				}
			}
			edits := code.FindAllStringSubmatch(render.TodoEditUsage(l, 1), -1)
			if len(edits) != 2 {
				t.Fatalf("%d examples of /edit, want two", len(edits))
			}
			before := k.event(p.g, 1)
			for _, ex := range edits {
				k.announce(p, "/edit 1 "+ex[2])
			}
			if e := k.event(p.g, 1); e.Rev != 3 || e.Title == before.Title || e.When.Equal(before.When) {
				t.Fatalf("after the /edit examples: %+v, want a new text and a new deadline", e)
			}
		})
	}
}
