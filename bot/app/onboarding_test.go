package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// Onboarding says how: the welcome and both /helps say how to announce; a
// member who opens the private chat from the group is told they're set (not
// the host's pitch); a chatty message in private gets a kind answer.
func TestOnboardingSaysHow(t *testing.T) {
	k := newKit(t, nil)
	host := &app.User{ID: 1, FirstName: "Hanna"}
	k.start(host)
	g := k.group(-100, "Class 2b parents", host)
	msgs := k.sent()
	if got := to(msgs, g.ID, "Hello", "/event"); len(got) != 1 {
		t.Errorf("the welcome doesn't say how to announce: %q", texts(to(msgs, g.ID)))
	}
	for _, chat := range []*app.Chat{g, dm(host)} {
		k.say(chat, host, "/help")
		if got := to(k.sent(), chat.ID, "/event"); len(got) != 1 {
			t.Errorf("/help in %d doesn't say how to announce", chat.ID)
		}
	}

	ann := &app.User{ID: 11, FirstName: "Ann"}
	k.join(g, ann)
	k.sent()
	k.say(dm(ann), ann, "/start hello") // the group's "open a private chat" button
	msgs = to(k.sent(), ann.ID)
	if len(msgs) == 0 || !strings.Contains(msgs[0].Text, "You're set") {
		t.Fatalf("Ann, coming from the group, got %q", texts(msgs))
	}
	for _, m := range msgs {
		for _, row := range m.Buttons {
			for _, b := range row {
				if strings.Contains(b.Text, "Add me to a group") {
					t.Errorf("Ann got the host's pitch: %q", m.Text)
				}
			}
		}
	}
	if u := k.user(ann); !u.Reachable() {
		t.Errorf("Ann isn't reachable privately after /start: %+v", u)
	}

	k.say(dm(ann), ann, "hi, is the party still on?")
	if got := to(k.sent(), ann.ID, "can't read chat", "/events"); len(got) != 1 {
		t.Errorf("a chatty message got no kind answer")
	}
}

// A group whose time zone nobody chose is told which one the bot assumed.
func TestTheWelcomeSaysWhichZoneWasAssumed(t *testing.T) {
	for _, tc := range []struct {
		zone string
		says bool
	}{{"", true}, {"Europe/Berlin", false}} {
		k := newKit(t, func(c *app.Config) { c.Defaults.Zone = tc.zone })
		host := &app.User{ID: 1, FirstName: "Hanna"}
		g := k.group(-100, "Class 2b parents", host)
		got := len(to(k.sent(), g.ID, "Hello", "I read and show times in", "/settings timezone")) == 1
		if got != tc.says {
			t.Errorf("zone %q: the welcome says which zone: %v, want %v", tc.zone, got, tc.says)
		}
	}
}

// /edit as a reply to an event's card picks that event, even when the
// sender hosts several.
func TestEditAsAReplyToTheCard(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	k.announce(p, "/event Concert | 2026-03-13 18:00 | Hall")
	id, err := k.db.RefMessage(p.g.ID, allaboard.CardRef(k.event(p.g, 1)))
	if err != nil || id == 0 {
		t.Fatalf("the Picnic's card: message %d, %v", id, err)
	}
	k.observe(&app.Message{Chat: p.g, From: p.host, Command: "edit", Args: "where Beach", ReplyTo: id})
	if got := k.event(p.g, 1).Where; got != "Beach" {
		t.Errorf("the Picnic is at %q, want Beach: the reply picks the event", got)
	}
	if got := k.event(p.g, 2).Where; got != "Hall" {
		t.Errorf("the Concert moved to %q", got)
	}
}

// The zone the bot assumed can be changed with two taps, by an admin.
func TestTheAssumedZoneIsChangedWithATap(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Zone = "" })
	host := &app.User{ID: 1, FirstName: "Hanna"}
	g := k.group(-100, "Class 2b parents", host)
	ann := &app.User{ID: 11, FirstName: "Ann"}
	k.join(g, ann)
	welcome := to(k.sent(), g.ID, "Hello")
	if len(welcome) != 1 {
		t.Fatal("no welcome")
	}
	change := button(t, welcome[0], "Change the time zone")
	if got := k.press(ann, g, change); got != "Only the group's admins can change its time zone." {
		t.Errorf("a member's tap on the welcome's zone button is answered %q", got)
	}
	if got := to(k.sent(), g.ID, "Which time zone"); len(got) != 0 {
		t.Errorf("a member's tap filled the group with the zones")
	}
	k.admin(g, host)
	k.press(host, g, change)
	choices := to(k.sent(), g.ID, "Which time zone")
	if len(choices) != 1 {
		t.Fatal("no choice of zones")
	}
	if got := k.press(ann, g, button(t, choices[0], "Europe/Berlin")); got != "Only the group's admins can change its time zone." {
		t.Errorf("a member's tap on a zone is answered %q", got)
	}
	if got := k.chat(g).Settings.Zone; got != "" {
		t.Errorf("a member changed the zone to %q", got)
	}
	k.press(host, g, button(t, choices[0], "Europe/Berlin"))
	if got := k.chat(g).Settings.Zone; got != "Europe/Berlin" {
		t.Errorf("zone = %q, want Europe/Berlin", got)
	}
	if got := k.press(host, g, "z:-100:Mars/Olympus"); !strings.Contains(got, "no longer in use") {
		t.Errorf("a made-up zone was taken: %q", got)
	}
}

// The question before forgetting doesn't stand forever: a tap on it more
// than 10 minutes later deletes nothing.
func TestTheQuestionBeforeForgettingExpires(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.say(dm(ann), ann, "/forget me")
	ask := to(k.sent(), ann.ID, "Delete everything")
	if len(ask) != 1 {
		t.Fatal("no question before forgetting")
	}
	answers := k.turn(func(a *app.App, tt *app.Turn) error {
		return a.Cards.OnPress(tt, &app.Press{ID: "q", From: ann, Data: button(t, ask[0], "Yes"), Chat: dm(ann), Sent: t0.Add(-11 * time.Minute)})
	})
	if len(answers) != 1 || !strings.Contains(answers[0].Text, "over 10 minutes old") {
		t.Errorf("a late tap was answered %+v", answers)
	}
	if u := k.user(ann); u.ID != ann.ID {
		t.Errorf("Ann was forgotten by a tap on an old question")
	}
}
