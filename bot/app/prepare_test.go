package app_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// Reminders wait in the outbox for their turn, and are written only when the
// sender takes them: from the state then, not from the state when queued.
func TestQueuedRemindersAreWrittenFromTheStateWhenSent(t *testing.T) {
	for _, tc := range []struct {
		name string
		// meanwhile happens while the reminders wait; Ann has opened a chat
		// with the bot, Ben and Cem have not.
		meanwhile func(k *kit, p parents)
		dm        bool     // a private reminder to Ann still goes
		mentions  []string // who the group's reminder names; nil: none goes
		says      string   // what the group's reminder says, if it goes
	}{
		{"nothing", func(*kit, parents) {}, true, []string{"Ben", "Cem"}, "please confirm"},
		{"Ben left", func(k *kit, p parents) {
			k.observe(&app.Message{Chat: p.g, From: p.members[1], LeftChatMember: p.members[1]})
		}, true, []string{"Cem"}, "please confirm"},
		{"Ben and Cem confirmed", func(k *kit, p parents) {
			k.say(p.g, p.members[1], "/ack 1")
			k.say(p.g, p.members[2], "/ack 1")
		}, true, nil, ""},
		{"Ann confirmed", func(k *kit, p parents) {
			k.say(dm(p.members[0]), p.members[0], "/events")
			k.say(p.g, p.members[0], "/ack 1")
		},
			false, []string{"Ben", "Cem"}, "please confirm"},
		{"Ben had the bot forget him", func(k *kit, p parents) {
			k.say(dm(p.members[1]), p.members[1], "/forget me")
			forget(k, p.members[1])
		},
			true, []string{"Cem"}, "please confirm"},
		{"the event moved: the new version's chase sends its own", func(k *kit, p parents) {
			k.say(p.g, p.host, "/edit 1 where Beach")
		}, false, nil, ""},
		{"the event was cancelled: the cancellation's chase sends its own", func(k *kit, p parents) {
			k.say(p.g, p.host, "/cancel 1")
		}, false, nil, ""},
		{"the event started", func(k *kit, p parents) { k.now = time.Date(2026, 3, 12, 15, 0, 0, 0, time.UTC) }, false, nil, ""},
		{"the bot was removed", func(k *kit, p parents) {
			k.turn(func(a *app.App, t *app.Turn) error {
				return a.Roster.OnMyChatMember(t, &app.MemberUpdate{Chat: *p.g, From: *p.host,
					OldChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "administrator"},
					NewChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "kicked"}})
			})
		}, false, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben", "Cem")
			ann := p.members[0]
			k.start(ann)
			k.announce(p, picnic)
			k.tick(t0)
			queued := chaseReminders(k.queue())
			if len(queued) != 2 {
				t.Fatalf("%d reminders queued, want 2 (Ann privately, Ben and Cem in the group)", len(queued))
			}

			tc.meanwhile(k, p)
			var dms, group []allaboard.Outgoing
			for _, m := range chaseReminders(k.pending()) {
				if m.ChatID == ann.ID {
					dms = append(dms, m)
				} else if m.ChatID == p.g.ID {
					group = append(group, m)
				}
			}
			if got := len(dms) == 1; got != tc.dm {
				t.Errorf("a private reminder to Ann goes: %v, want %v (%q)", got, tc.dm, texts(dms))
			}
			if tc.mentions == nil {
				if len(group) > 0 {
					t.Errorf("a reminder goes to the group: %q, want none", texts(group))
				}
				return
			}
			if len(group) != 1 {
				t.Fatalf("%d reminders go to the group, want 1: %q", len(group), texts(group))
			}
			for _, name := range []string{"Ben", "Cem"} {
				want := strings.Contains(strings.Join(tc.mentions, ","), name)
				if got := strings.Contains(group[0].Text, name); got != want {
					t.Errorf("the group's reminder names %s: %v, want %v: %q", name, got, want, group[0].Text)
				}
			}
			if !strings.Contains(group[0].Text, tc.says) {
				t.Errorf("the group's reminder %q doesn't say %q", group[0].Text, tc.says)
			}
			if got, want := len(group[0].Chase.Users), len(tc.mentions); got != want {
				t.Errorf("the reminder is tagged for %d members, want %d: a failure would follow up the wrong ones", got, want)
			}
		})
	}
}

// forget has u confirm that the bot should forget them.
func forget(k *kit, u *app.User) {
	k.tb.Helper()
	for _, m := range k.pending() {
		if m.ChatID == u.ID && m.Ref == allaboard.ForgetRef {
			k.press(u, dm(u), button(k.tb, m, "Yes"))
			return
		}
	}
	k.tb.Fatalf("no question before forgetting %s", u.FirstName)
}

// reminders are the chase reminders among msgs.
func chaseReminders(msgs []allaboard.Outgoing) []allaboard.Outgoing {
	var out []allaboard.Outgoing
	for _, m := range msgs {
		if m.Chase != nil {
			out = append(out, m)
		}
	}
	return out
}

// Mentions about one event waiting for the same group go as one message, up
// to five names; a private reminder repeated by a later one goes once.
func TestQueuedRemindersMerge(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Chase = []time.Duration{0, time.Minute} })
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dan", "Eve", "Fay", "Gus")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	k.tick(t0.Add(time.Minute)) // the next round, while the first still waits

	var dms, group []allaboard.Outgoing
	for _, m := range chaseReminders(k.pending()) {
		switch m.ChatID {
		case ann.ID:
			dms = append(dms, m)
		case p.g.ID:
			group = append(group, m)
		}
	}
	if len(dms) != 1 {
		t.Errorf("%d private reminders go to Ann, want 1", len(dms))
	}
	named := map[string]int{}
	for _, m := range group {
		if n := len(m.Chase.Users); n > 5 {
			t.Errorf("a reminder names %d members, want at most 5", n)
		}
		for _, u := range p.members[1:] {
			if strings.Contains(m.Text, u.FirstName) {
				named[u.FirstName]++
			}
		}
	}
	if len(group) != 2 {
		t.Errorf("%d reminders go to the group, want 2 (six members, five to a message): %q", len(group), texts(group))
	}
	for _, u := range p.members[1:] {
		if named[u.FirstName] != 1 {
			t.Errorf("%s is named %d times, want once", u.FirstName, named[u.FirstName])
		}
	}
}

// The mention that replaces an undeliverable private reminder is urgent: it
// goes before the group's other waiting messages.
func TestFallbackMentionIsUrgent(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)
	k.tick(t0)
	for _, m := range chaseReminders(k.pending()) {
		if m.ChatID == ann.ID {
			k.complete(m, allaboard.Blocked)
		}
	}
	var fallback []allaboard.Outgoing
	for _, m := range chaseReminders(k.queue()) {
		if m.ChatID == p.g.ID && slices.Contains(m.Chase.Users, ann.ID) {
			fallback = append(fallback, m)
		}
	}
	if len(fallback) != 1 || !fallback[0].Urgent {
		t.Fatalf("Ann's fallback mention: %+v, want one, urgent", fallback)
	}
}
