package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// Every post in the group whose ✅ Got it (or answers) confirms an event's
// latest version shows that version: the time with its end, the place, the
// notes that count, what changed; one that can't show it all in a message
// carries, instead, a link to read it privately.

// gotItConfirms presses Got it on m as u and reports whether u then counts
// as knowing event 1's latest version.
func gotItConfirms(t *testing.T, k *kit, p parents, u *app.User, m allaboard.Outgoing) bool {
	t.Helper()
	k.press(u, p.g, button(t, m, "Got it"))
	return k.response(p.g, 1, u).Confirmed(k.event(p.g, 1))
}

// The reminder naming nobody, two hours before, shows a new end time: its
// Got it confirms it.
func TestGroupReminderShowsANewEnd(t *testing.T) {
	k := newKit(t, withReminders)
	p := k.parentsGroup("Una", "Max")
	una, maxi := p.members[0], p.members[1]
	c := card(t, k.announce(p, "/event Party | 2026-03-05 15:00-17:00 | Jump House"), p.g, 1)
	k.press(una, p.g, button(t, c, "Got it"))
	k.press(maxi, p.g, button(t, c, "Going"))
	k.announce(p, "/edit 1 when 2026-03-05 15:00-19:00")
	for r := k.response(p.g, 1, una); !r.Due.IsZero() && r.Due.Before(thursday.Add(-2*time.Hour)); r = k.response(p.g, 1, una) {
		k.tick(r.Due) // named in the chase's mentions as often as she may be
		k.sent()
	}
	k.tick(thursday.Add(-24 * time.Hour))
	k.sent()
	k.tick(thursday.Add(-2 * time.Hour))
	got := to(k.sent(), p.g.ID, "⏰ <b>Reminder:</b>")
	if len(got) != 1 || !containsAll(got[0].Text, []string{"15:00–17:00 → Thu 5 Mar 15:00–19:00", "📍 Jump House", "1 going"}) {
		t.Fatalf("the group's reminder two hours before: %q", texts(got))
	}
	if !gotItConfirms(t, k, p, una, got[0]) {
		t.Errorf("Got it on the reminder showing the new end doesn't confirm it")
	}
}

// The reminder naming a member, two hours before, shows a move of twenty
// minutes, which "starts in 2 hours" hides.
func TestGroupReminderShowsASmallMove(t *testing.T) {
	k := newKit(t, withReminders)
	p := k.parentsGroup("Una", "Max")
	una, maxi := p.members[0], p.members[1]
	k.start(maxi)
	c := card(t, k.announce(p, "/event Party | 2026-03-05 15:00 | Jump House"), p.g, 1)
	k.press(una, p.g, button(t, c, "Got it"))
	k.press(maxi, p.g, button(t, c, "Going"))
	k.now = thursday.Add(-2*time.Hour - 30*time.Minute)
	k.announce(p, "/edit 1 when 2026-03-05 15:20")
	k.tick(thursday.Add(-2*time.Hour + 20*time.Minute)) // the reminder goes 2 hours before 15:20
	got := to(k.sent(), p.g.ID, "⏰", "Una", "starts in 2 hours")
	if len(got) != 1 || !strings.Contains(got[0].Text, "🕒 Thu 5 Mar 15:00 → Thu 5 Mar 15:20") {
		t.Fatalf("the reminder naming Una: %q", texts(got))
	}
	if !gotItConfirms(t, k, p, una, got[0]) {
		t.Errorf("Got it on the reminder showing 15:20 doesn't confirm it")
	}
}

// The reminder a day before shows notes the host marked important since
// Una confirmed.
func TestGroupReminderShowsImportantNotes(t *testing.T) {
	k := newKit(t, withReminders)
	p := k.parentsGroup("Una", "Max")
	una, maxi := p.members[0], p.members[1]
	k.start(maxi)
	c := card(t, k.announce(p, "/event Party | 2026-03-05 15:00 | Jump House"), p.g, 1)
	k.press(una, p.g, button(t, c, "Got it"))
	k.press(maxi, p.g, button(t, c, "Going"))
	markImportant(t, k, p, "/edit 1 notes Bring ID: adults without ID are turned away")
	for r := k.response(p.g, 1, una); !r.Due.IsZero() && r.Due.Before(thursday.Add(-24*time.Hour)); r = k.response(p.g, 1, una) {
		k.tick(r.Due)
		k.sent()
	}
	k.tick(thursday.Add(-24 * time.Hour))
	var got []allaboard.Outgoing
	for _, m := range to(k.sent(), p.g.ID, "⏰") {
		if len(m.Buttons) > 0 {
			got = append(got, m)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0].Text, "📝 Bring ID: adults without ID are turned away") {
		t.Fatalf("the group's reminder a day before: %q", texts(got))
	}
	if !gotItConfirms(t, k, p, una, got[0]) {
		t.Errorf("Got it on the reminder showing the notes doesn't confirm them")
	}
}

// markImportant has the host change event 1's notes and mark the change
// important: everyone is asked to confirm it; it returns what that sends.
func markImportant(t *testing.T, k *kit, p parents, edit string) []allaboard.Outgoing {
	t.Helper()
	for _, m := range k.announce(p, edit) {
		for _, row := range m.Buttons {
			for _, b := range row {
				if strings.Contains(b.Text, "Important") {
					k.press(p.host, p.g, b.Data)
				}
			}
		}
	}
	if e := k.event(p.g, 1); e.Material < 2 {
		t.Fatalf("the notes weren't marked important: %+v", e)
	}
	return k.sent()
}

// A chase mention of a member new to the event shows every line of its
// important notes, not the first alone.
func TestAMentionShowsAllTheNotesLines(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	bob := p.members[1]
	k.announce(p, picnic)
	markImportant(t, k, p, "/edit 1 notes Please note:\nadults without ID are turned away")
	k.tick(k.response(p.g, 1, bob).Due)
	m := chased(k.sent())[bob.ID]
	if !strings.Contains(m.Text, "📝 Please note:\nadults without ID are turned away") {
		t.Fatalf("Bob's mention: %q", m.Text)
	}
	k.press(bob, p.g, button(t, m, "Got it"))
	if !k.response(p.g, 1, bob).Confirmed(k.event(p.g, 1)) {
		t.Errorf("Got it on the mention doesn't confirm")
	}
}

// A long notice's mention shows its whole text, its last sentence too.
func TestALongNoticeMentionShowsItAll(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	bob := p.members[1]
	text := strings.Repeat("Lorem ipsum dolor sit amet. ", 62) + "PICK-UP MOVES TO 11:00"
	k.announce(p, "/announce "+text)
	k.tick(k.now)
	if m := chased(k.sent())[bob.ID]; !strings.Contains(m.Text, "PICK-UP MOVES TO 11:00") || button(t, m, "Got it") == "" {
		t.Errorf("the notice's mention is cut, or has no Got it: %q", m.Text)
	}
}

// Notes too long to show in a mention: it has no Got it, but a link to read
// them privately.
func TestAMentionTooLongHasNoGotIt(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Bob")
	bob := p.members[1]
	k.announce(p, picnic)
	// Within the notes' 2,000 characters, but emoji, which Telegram counts twice.
	markImportant(t, k, p, "/edit 1 notes Towels! "+strings.Repeat("🏊", 1970)+" ADULTS NEED ID")
	k.tick(k.response(p.g, 1, bob).Due)
	m := chased(k.sent())[bob.ID]
	if m.Text == "" || strings.Contains(m.Text, "ADULTS NEED ID") || len(m.Buttons) != 1 || !strings.Contains(m.Buttons[0][0].Text, "Read it all") ||
		!strings.HasSuffix(m.Buttons[0][0].URL, "?start=e-100_1") {
		t.Errorf("Bob's mention of notes too long for it: %q, buttons %+v", m.Text, m.Buttons)
	}
}

// A reminder naming nobody whose notes are too long for it carries none of
// the card's buttons, all of which confirm, but a link to read it privately.
func TestAGroupReminderTooLongHasNoAnswers(t *testing.T) {
	k := newKit(t, withReminders)
	p := k.parentsGroup("Una")
	una := p.members[0]
	c := card(t, k.announce(p, "/event Party | 2026-03-05 15:00 | Jump House"), p.g, 1)
	k.press(una, p.g, button(t, c, "Going"))
	msgs := markImportant(t, k, p, "/edit 1 notes Socks! "+strings.Repeat("🧦", 1990)) // emoji count twice
	k.press(una, p.g, button(t, card(t, msgs, p.g, 1), "Going"))
	k.tick(thursday.Add(-24 * time.Hour))
	got := to(k.sent(), p.g.ID, "⏰ <b>Reminder:</b>")
	if len(got) != 1 || len(got[0].Buttons) != 1 || got[0].Buttons[0][0].URL == "" || !strings.Contains(got[0].Text, "Too long") {
		t.Fatalf("the reminder too long for its notes: %q, buttons %+v", texts(got), got)
	}
}
