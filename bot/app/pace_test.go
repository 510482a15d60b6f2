package app_test

import (
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// A host chooses how hard their own event is chased: /edit <n> pace urgent
// re-plans the reminders of everyone who hasn't confirmed it, and the
// hand-off, for that event alone; the status card says so; "group" gives it
// the group's pace again.
func TestAHostChoosesThePaceOfTheirOwnEvent(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Preset = allaboard.Normal })
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.announce(p, "/event Concert | 2026-03-12 18:00 | Hall")
	k.tick(t0)
	k.sent()
	// Ten days ahead, normally: again after 4 hours, the host told after a quarter of the time left.
	normal, concert := k.response(p.g, 1, ann), k.response(p.g, 2, ann)
	if got, want := normal.Due, t0.Add(4*time.Hour); !got.Equal(want) {
		t.Fatalf("Ann's next reminder is due %v, want %v", got, want)
	}

	k.say(p.g, p.host, "/edit 1 pace urgent")
	msgs := k.sent()
	if len(to(msgs, p.g.ID, "<b>Picnic</b> (#1) is now chased at its own pace: <code>urgent</code> (reminders twice as often")) != 1 {
		t.Errorf("the group isn't told the Picnic's pace: %q", texts(msgs))
	}
	if len(to(msgs, p.host.ID, "Status", "⏱ Own pace: <code>urgent</code>")) != 1 {
		t.Errorf("the host's status card doesn't show the pace: %q", texts(msgs))
	}
	if got := k.event(p.g, 1); got.Pace != allaboard.Urgent || got.Rev != 1 {
		t.Errorf("the Picnic is %+v, want urgent and no new version", got)
	}
	urgent := k.response(p.g, 1, ann)
	if got, want := urgent.Due, t0.Add(2*time.Hour); !got.Equal(want) {
		t.Errorf("at the urgent pace Ann's next reminder is due %v, want %v", got, want)
	}
	if !urgent.HandOffAt.Before(normal.HandOffAt) {
		t.Errorf("the host is told at %v, not sooner than %v", urgent.HandOffAt, normal.HandOffAt)
	}
	if got := k.response(p.g, 2, ann); !got.Due.Equal(concert.Due) || !got.HandOffAt.Equal(concert.HandOffAt) {
		t.Errorf("the Concert's chase moved too: %+v, was %+v", got, concert)
	}
	k.tick(t0.Add(2 * time.Hour))
	if got := to(k.sent(), ann.ID, "Picnic"); len(got) != 1 {
		t.Errorf("Ann got %d reminders of the Picnic after 2 hours, want 1", len(got))
	}

	k.say(p.g, p.host, "/edit 1 pace group")
	if got := to(k.sent(), p.g.ID, "<b>Picnic</b> (#1) follows the group's pace again: <code>normal</code> (reminders follow the time left"); len(got) != 1 {
		t.Errorf("the group isn't told the Picnic follows the group's pace")
	}
	if got := k.event(p.g, 1).Pace; got != "" {
		t.Errorf("the Picnic's pace is %q, want the group's", got)
	}
}

// What /edit pace answers when it can't be done: nothing changes.
func TestAPaceThatCantBeSet(t *testing.T) {
	for _, tc := range []struct {
		name, by, command, reply string
	}{
		{"no pace", "host", "/edit 1 pace", "To choose how hard I chase whoever hasn't confirmed this event, for it alone: <code>/edit 1 pace gentle</code>"},
		{"not a pace", "host", "/edit 1 pace fast", "Nothing changed: &#34;fast&#34; is not a pace: choose gentle, normal or urgent."},
		{"cancelled", "host", "/edit 2 pace urgent", "is cancelled"},
		{"a member", "member", "/edit 1 pace urgent", "only the host, Hanna, a co-host or a group admin can change <b>Picnic</b> (#1)."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann")
			k.announce(p, picnic)
			k.announce(p, "/event Concert | 2026-03-12 18:00 | Hall")
			k.say(p.g, p.host, "/cancel 2")
			k.sent()
			by := map[string]*app.User{"host": p.host, "member": p.members[0]}[tc.by]
			k.say(p.g, by, tc.command)
			if got := k.sent(); len(to(got, p.g.ID, tc.reply)) != 1 {
				t.Errorf("%s was not told %q: %q", tc.command, tc.reply, texts(got))
			}
			if a, b := k.event(p.g, 1).Pace, k.event(p.g, 2).Pace; a != "" || b != "" {
				t.Errorf("the paces are %q and %q, want the group's", a, b)
			}
		})
	}
}

// The guided change sets the pace too: a button among the fields, three
// paces to choose from, the preview saying it; saving makes no new version.
func TestChangeThePaceStepByStep(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Preset = allaboard.Normal })
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	status := to(k.sent(), p.host.ID, "Status")
	k.press(p.host, dm(p.host), button(t, status[len(status)-1], "Change"))
	ask := to(k.sent(), p.host.ID, "What do you want to change")
	if len(ask) != 1 {
		t.Fatal("no question which field to change")
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "⏱ Pace"))
	paces := to(k.sent(), p.host.ID, "How hard shall I chase", "🏃 <b>Urgent</b>: reminders twice as often")
	if len(paces) != 1 {
		t.Fatal("no question how hard to chase")
	}
	k.press(p.host, dm(p.host), button(t, paces[0], "🏃 Urgent"))
	preview := to(k.sent(), p.host.ID, "This is what the group will see", "⏱ Own pace: <code>urgent</code>")
	if len(preview) != 1 {
		t.Fatal("the preview doesn't say the pace")
	}
	if got := k.event(p.g, 1).Pace; got != "" {
		t.Fatalf("the pace changed before saving: %q", got)
	}
	k.press(p.host, dm(p.host), button(t, preview[0], "Save the changes"))
	e := k.event(p.g, 1)
	if e.Pace != allaboard.Urgent || e.Rev != 1 {
		t.Errorf("after saving: pace %q, revision %d; want urgent, no new version", e.Pace, e.Rev)
	}
	if got, want := k.response(p.g, 1, ann).Due, t0.Add(2*time.Hour); !got.Equal(want) {
		t.Errorf("Ann's next reminder is due %v, want %v", got, want)
	}
}
