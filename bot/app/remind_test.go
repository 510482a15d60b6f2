package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// thursday is when the party in the reminder tests starts: three days after t0.
var thursday = time.Date(2026, 3, 5, 15, 0, 0, 0, time.UTC)

// withReminders reminds a day and two hours before each event.
func withReminders(c *app.Config) {
	c.Defaults.Reminders = []time.Duration{24 * time.Hour, 2 * time.Hour}
}

// partyGroup is a group whose members have answered the party every way:
// Gina going, Max maybe (never opened a chat with the bot), Cara can't come,
// Abe confirmed without answering, Nate and Una (no chat either) silent; the
// host is going.
func partyGroup(k *kit) (p parents, remind, leave []*app.User) {
	k.tb.Helper()
	p = k.parentsGroup("Gina", "Max", "Cara", "Abe", "Nate", "Una")
	gina, maxi, cara, abe, nate, una := p.members[0], p.members[1], p.members[2], p.members[3], p.members[4], p.members[5]
	k.start(gina, cara, abe, nate)
	msgs := k.announce(p, "/event Party | 2026-03-05 15:00 | Jump House")
	c := card(k.tb, msgs, p.g, 1)
	for _, a := range []struct {
		u     *app.User
		label string
	}{{p.host, "Going"}, {gina, "Going"}, {maxi, "Maybe"}, {cara, "Can't"}, {abe, "Got it"}} {
		k.press(a.u, p.g, button(k.tb, c, a.label))
	}
	k.tick(t0)
	k.sent()
	return p, []*app.User{gina, maxi, nate, una}, []*app.User{p.host, cara, abe}
}

// reminders are the messages among msgs that remind of an event before it starts.
func reminders(msgs []allaboard.Outgoing) []allaboard.Outgoing {
	var out []allaboard.Outgoing
	for _, m := range msgs {
		if strings.Contains(m.Text, "⏰") {
			out = append(out, m)
		}
	}
	return out
}

// A day and two hours before the party, those going or maybe going and those
// who haven't confirmed are reminded, once each: privately if the bot can
// write to them. In the group only those who haven't confirmed are named,
// while they may be (Una, named with the news and in a chase reminder, once
// more); when nobody is, the group gets the reminder naming nobody, with the
// counts. Those who confirmed and aren't coming, and the host, are left alone.
func TestRemindersBeforeTheEvent(t *testing.T) {
	k := newKit(t, withReminders)
	p, remind, leave := partyGroup(k)
	maxi, una := remind[1], remind[3]
	for _, step := range []struct {
		name   string
		at     time.Time
		starts string
		una    bool // Una is named
	}{
		{"a day before", thursday.Add(-24 * time.Hour), "starts tomorrow at 15:00", true},
		{"two hours before", thursday.Add(-2 * time.Hour), "starts in 2 hours", false},
	} {
		k.tick(step.at.Add(-time.Minute))
		if got := reminders(k.sent()); len(got) > 0 {
			t.Errorf("%s: a reminder went early: %q", step.name, got[0].Text)
		}
		k.tick(step.at)
		msgs := reminders(k.sent())
		for _, u := range remind {
			if !k.user(u).Reachable() {
				continue
			}
			if private := to(msgs, u.ID, "Party", step.starts); len(private) != 1 || strings.Contains(strings.Join(texts(msgs), " "), "id="+itoa(u.ID)+`"`) {
				t.Errorf("%s: %s got %d private reminders, want one, and no mention", step.name, u.FirstName, len(private))
			}
		}
		if named := to(msgs, p.g.ID, "tg://user?id="+itoa(una.ID)+`">Una`, "Party", step.starts, "Jump House", "confirm you've seen it"); len(named) != 1 && step.una ||
			len(named) > 0 && !step.una {
			t.Errorf("%s: Una was named in %d reminders, want her named: %v", step.name, len(named), step.una)
		}
		if r := k.response(p.g, 1, una); r.Named > allaboard.MaxNamed {
			t.Errorf("%s: Una was named %d times", step.name, r.Named)
		}
		if got := to(msgs, p.g.ID, "id="+itoa(maxi.ID)+`"`); len(got) > 0 {
			t.Errorf("%s: Max, who confirmed, is named in the group: %q", step.name, got[0].Text)
		}
		nobody := to(msgs, p.g.ID, "Party", step.starts, "Jump House", "2 going · 🤔 1 maybe")
		if len(nobody) != 1 && !step.una || len(nobody) > 0 && step.una ||
			len(nobody) == 1 && (strings.Contains(nobody[0].Text, "tg://user") || len(nobody[0].Buttons) == 0) {
			t.Errorf("%s: the group's reminders naming nobody: %q, want one with the counts and buttons: %v", step.name, texts(nobody), !step.una)
		}
		if len(nobody) == 1 { // its Got it confirms what it shows, as the card's does
			k.press(una, p.g, button(t, nobody[0], "Got it"))
			if r := k.response(p.g, 1, una); !r.Confirmed(k.event(p.g, 1)) {
				t.Errorf("%s: Una tapped Got it on the group's reminder and isn't counted", step.name)
			}
		}
		if got := to(msgs, remind[2].ID, "Please confirm"); len(got) != 1 {
			t.Errorf("%s: Nate, who hasn't confirmed, isn't asked to in his reminder", step.name)
		}
		if got := to(msgs, remind[0].ID, "Please confirm"); len(got) > 0 {
			t.Errorf("%s: Gina, who confirmed, is asked to again", step.name)
		}
		for _, u := range leave {
			if got := to(msgs, u.ID); len(got) > 0 || strings.Contains(strings.Join(texts(msgs), " "), "id="+itoa(u.ID)+`"`) {
				t.Errorf("%s: %s was reminded", step.name, u.FirstName)
			}
		}
		k.tick(step.at.Add(time.Minute))
		if got := reminders(k.sent()); len(got) > 0 {
			t.Errorf("%s: a reminder went twice: %q", step.name, got[0].Text)
		}
	}
}

// A cancelled event sends no reminders.
func TestCancelledEventSendsNoReminders(t *testing.T) {
	k := newKit(t, withReminders)
	p, _, _ := partyGroup(k)
	k.say(p.g, p.host, "/cancel 1")
	k.sent()
	for _, at := range []time.Time{thursday.Add(-24 * time.Hour), thursday.Add(-2 * time.Hour)} {
		k.tick(at)
		if got := reminders(k.sent()); len(got) > 0 {
			t.Errorf("a cancelled event sent a reminder at %v: %q", at, got[0].Text)
		}
	}
}

// When the event starts, its chase stops: a reminder still due then (the bot
// was down) doesn't go, nothing is due for anyone, and no one is reminded any more.
func TestEventStartStopsTheChase(t *testing.T) {
	for _, tc := range []struct {
		name string
		at   time.Time
	}{
		{"at the start", thursday},
		{"after the start", thursday.Add(3 * time.Hour)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, withReminders)
			p, remind, _ := partyGroup(k)
			// The bot is down from 09:00, before the reminder due at 10:00.
			k.tick(thursday.Add(-6 * time.Hour))
			k.sent()
			for _, u := range remind[2:] {
				if got, want := k.response(p.g, 1, u).Due, thursday.Add(-5*time.Hour); !got.Equal(want) {
					t.Fatalf("%s's next reminder before the start is due %v, want %v", u.FirstName, got, want)
				}
			}

			k.tick(tc.at)
			if got := chased(k.sent()); len(got) > 0 {
				t.Errorf("%d members were chased once the event had started", len(got))
			}
			for _, u := range append(p.members, p.host) {
				if r := k.response(p.g, 1, u); !r.Due.IsZero() {
					t.Errorf("%s is still due a reminder at %v", u.FirstName, r.Due)
				}
			}
			for _, later := range []time.Duration{time.Hour, 24 * time.Hour, 72 * time.Hour} {
				k.tick(tc.at.Add(later))
				if got := chased(k.sent()); len(got) > 0 {
					t.Errorf("%v after the start, %d members were chased", later, len(got))
				}
			}
		})
	}
}

// A reminder before the event counts as the chase reminder due within the
// hour after it, instead of doubling it; one due later still goes.
func TestReminderBeforeTheEventStandsInForAChaseReminderDueSoon(t *testing.T) {
	for _, tc := range []struct {
		name  string
		chase time.Duration // the second step, after the announcement at t0
		again bool          // the chase reminder still goes
	}{
		{"due half an hour after", 53*time.Hour + 30*time.Minute, false},
		{"due two hours after", 55 * time.Hour, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, func(c *app.Config) {
				withReminders(c)
				c.Defaults.Chase = []time.Duration{0, tc.chase, 100 * time.Hour}
			})
			p := k.parentsGroup("Nate")
			nate := p.members[0]
			k.start(nate)
			k.announce(p, "/event Party | 2026-03-05 15:00 | Jump House")
			k.tick(t0)
			k.sent()

			k.tick(thursday.Add(-24 * time.Hour))
			if got := to(k.sent(), nate.ID, "Please confirm"); len(got) != 1 {
				t.Fatalf("Nate got %d reminders a day before, want 1", len(got))
			}
			k.tick(t0.Add(tc.chase))
			if got := len(to(k.sent(), nate.ID)) > 0; got != tc.again {
				t.Errorf("a chase reminder went after the one before the event: %v, want %v", got, tc.again)
			}
		})
	}
}
