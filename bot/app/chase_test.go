package app_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// After /event every known member but the host is due a reminder at once:
// those who opened a chat with the bot get it privately, the others are
// mentioned in the group, at most five to a message.
func TestAnnouncementChasesEveryoneButTheHost(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dora", "Emil", "Fay", "Gus", "Ida")
	byDM, byMention := p.members[:2], p.members[2:]
	k.start(byDM...)
	k.sent()
	k.announce(p, picnic)

	if r := k.response(p.g, 1, p.host); !r.Due.IsZero() || r.Acked != 1 {
		t.Errorf("the host is chased for her own announcement: %+v", r)
	}
	for _, u := range p.members {
		if got, want := k.response(p.g, 1, u).Due, t0; !got.Equal(want) {
			t.Errorf("%s's first reminder is due %v, want at once (%v)", u.FirstName, got, want)
		}
	}

	k.tick(t0)
	msgs := k.sent()
	reminded := chased(msgs)
	if _, ok := reminded[p.host.ID]; ok {
		t.Errorf("the host was reminded of her own announcement")
	}
	for _, u := range byDM {
		m, ok := reminded[u.ID]
		if !ok || m.ChatID != u.ID || !containsAll(m.Text, []string{"New in", "Class 2b parents", "Picnic", "Park"}) {
			t.Errorf("%s, who opened a chat with the bot, got %+v, want the card in private", u.FirstName, m)
		}
		if got, want := k.response(p.g, 1, u).LastVia, allaboard.ViaDM; got != want {
			t.Errorf("%s was last reminded via %q, want %q", u.FirstName, got, want)
		}
	}
	var inGroup []allaboard.Outgoing
	for _, m := range msgs {
		if m.Chase != nil && m.ChatID == p.g.ID {
			inGroup = append(inGroup, m)
		}
	}
	if got, want := len(inGroup), 2; got != want {
		t.Fatalf("%d mention messages for %d members, want %d (at most five to a message)", got, len(byMention), want)
	}
	for _, m := range inGroup {
		if n := strings.Count(m.Text, "tg://user?id="); n > 5 || n != len(m.Chase.Users) {
			t.Errorf("a reminder mentions %d members (tagged %d), want at most 5: %q", n, len(m.Chase.Users), m.Text)
		}
		if !strings.Contains(m.Text, "please confirm") || button(t, m, "Got it") == "" {
			t.Errorf("a mention doesn't ask to confirm with a button: %q", m.Text)
		}
	}
	for _, u := range byMention {
		m, ok := reminded[u.ID]
		if !ok || m.ChatID != p.g.ID || !strings.Contains(m.Text, "tg://user?id="+itoa(u.ID)+`">`+u.FirstName) {
			t.Errorf("%s, who never opened a chat with the bot, is not mentioned in the group: %+v", u.FirstName, m)
		}
		if got, want := k.response(p.g, 1, u).LastVia, allaboard.ViaGroup; got != want {
			t.Errorf("%s was last reminded via %q, want %q", u.FirstName, got, want)
		}
	}
	for _, u := range p.members {
		r := k.response(p.g, 1, u)
		if got, want := r.Pings, 1; got != want {
			t.Errorf("%s was pinged %d times, want %d", u.FirstName, got, want)
		}
		if got, want := r.Due, t0.Add(15*time.Minute); !got.Equal(want) {
			t.Errorf("%s's next reminder is due %v, want %v", u.FirstName, got, want)
		}
	}
}

// A member who never answers is reminded at 0, 15 min, 1 h, 4 h, then daily;
// with the fourth reminder, and only then, the host is asked to call them.
func TestChaseFollowsTheScheduleAndHandsOffOnce(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.start(ann)
	k.announce(p, picnic)

	handOffs := 0
	for _, step := range []struct {
		name      string
		pings     int
		next      time.Duration // after the announcement
		handedOff bool
	}{
		{"at once", 1, 15 * time.Minute, false},
		{"after 15 minutes", 2, time.Hour, false},
		{"after an hour", 3, 4 * time.Hour, false},
		{"after 4 hours the host is told", 4, 24 * time.Hour, true},
		{"a day later", 5, 48 * time.Hour, true},
		{"then daily", 6, 72 * time.Hour, true},
	} {
		k.tick(k.response(p.g, 1, ann).Due)
		msgs := k.sent()
		if len(to(msgs, ann.ID, "Picnic")) != 1 {
			t.Errorf("%s: Ann got no reminder", step.name)
		}
		handOffs += len(to(msgs, p.host.ID, "Ann", "hasn't confirmed", "Picnic", "please contact them personally"))
		r := k.response(p.g, 1, ann)
		if got, want := r.Pings, step.pings; got != want {
			t.Errorf("%s: %d pings, want %d", step.name, got, want)
		}
		if got, want := r.Due, t0.Add(step.next); !got.Equal(want) {
			t.Errorf("%s: next reminder due %v, want %v", step.name, got, want)
		}
		if got, want := handOffs, map[bool]int{false: 0, true: 1}[step.handedOff]; got != want {
			t.Errorf("%s: the host was asked %d times to contact Ann, want %d", step.name, got, want)
		}
	}
}

// No reminder goes in quiet hours: what falls due then waits for the morning,
// unless it is the first and the event starts before the morning.
func TestQuietHoursMoveRemindersToTheMorning(t *testing.T) {
	monday := func(h, m int) time.Time { return time.Date(2026, 3, 2, h, m, 0, 0, time.UTC) }
	tuesday8 := time.Date(2026, 3, 3, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		at       time.Time // when the event is announced
		when     string
		ticks    int // reminders sent before looking
		wantDue  time.Time
		wantSent int
	}{
		{"announced in quiet hours, the first reminder waits for the morning", monday(22, 0), "2026-03-12 15:00", 0, tuesday8, 0},
		{"the 15-minute step falls in quiet hours and waits for the morning", monday(20, 50), "2026-03-12 15:00", 1, tuesday8, 1},
		{"an event before the morning gets its first reminder at once", monday(22, 0), "2026-03-03 07:00", 0, monday(22, 0), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Defaults.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour} })
			k.now = tc.at
			p := k.parentsGroup("Ann")
			ann := p.members[0]
			k.start(ann)
			k.announce(p, "/event Picnic | "+tc.when+" | Park")
			sent := 0
			for range tc.ticks {
				k.tick(k.response(p.g, 1, ann).Due)
				sent += len(to(k.sent(), ann.ID, "Picnic"))
			}
			if got, want := k.response(p.g, 1, ann).Due, tc.wantDue; !got.Equal(want) {
				t.Errorf("Ann's reminder is due %v, want %v", got, want)
			}
			if got, want := sent, tc.wantSent; got != want {
				t.Errorf("%d reminders sent, want %d", got, want)
			}
			if tc.wantDue.After(k.now) {
				k.tick(tc.wantDue.Add(-time.Minute))
				if n := len(to(k.sent(), ann.ID, "Picnic")); n != 0 {
					t.Errorf("%d reminders went in quiet hours", n)
				}
			}
		})
	}
}

// Confirming, by any of its ways, stops the member's chase; nothing more is sent to them.
func TestConfirmingStopsTheChase(t *testing.T) {
	for _, tc := range []struct {
		name    string
		confirm func(k *kit, p parents, ann *app.User, msgs []allaboard.Outgoing)
		rsvp    allaboard.RSVP
	}{
		{"Got it on the private card", func(k *kit, p parents, ann *app.User, msgs []allaboard.Outgoing) {
			k.press(ann, dm(ann), button(k.tb, to(msgs, ann.ID, "Picnic")[0], "Got it"))
		}, allaboard.NoAnswer},
		{"Going on the group card", func(k *kit, p parents, ann *app.User, msgs []allaboard.Outgoing) {
			k.press(ann, p.g, button(k.tb, card(k.tb, msgs, p.g, 1), "Going"))
		}, allaboard.Going},
		{"Can't on the private card", func(k *kit, p parents, ann *app.User, msgs []allaboard.Outgoing) {
			k.press(ann, dm(ann), button(k.tb, to(msgs, ann.ID, "Picnic")[0], "Can't"))
		}, allaboard.CantGo},
		{"/ack in the group", func(k *kit, p parents, ann *app.User, msgs []allaboard.Outgoing) {
			k.say(p.g, ann, "/ack 1")
		}, allaboard.NoAnswer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben")
			ann := p.members[0]
			k.start(ann, p.members[1]) // Ben privately: in the group he'd be named three times at most
			msgs := k.announce(p, picnic)
			k.tick(t0)
			msgs = append(msgs, k.sent()...)

			k.now = t0.Add(5 * time.Minute)
			tc.confirm(k, p, ann, msgs)
			r := k.response(p.g, 1, ann)
			if !r.Due.IsZero() || r.Acked != 1 || r.RSVP != tc.rsvp {
				t.Errorf("after confirming, Ann's response is %+v, want acked 1, answer %q, nothing due", r, tc.rsvp)
			}
			card := card(t, k.sent(), p.g, 1)
			if !strings.Contains(card.Text, "2 of 3 confirmed") {
				t.Errorf("the group card doesn't count Ann: %q", card.Text)
			}
			for _, at := range []time.Duration{15 * time.Minute, time.Hour, 4 * time.Hour, 24 * time.Hour} {
				k.tick(t0.Add(at))
				if got := to(k.sent(), ann.ID); len(got) > 0 {
					t.Errorf("Ann confirmed, and was still sent %q", got[0].Text)
				}
			}
			if got, want := k.response(p.g, 1, p.members[1]).Pings, 5; got != want {
				t.Errorf("Ben, who didn't confirm, was pinged %d times, want %d", got, want)
			}
		})
	}
}

// A new time or place resets everyone's confirmation and restarts the chase,
// except for the one who made the change; a new title or notes asks no one again.
func TestMaterialEditsRestartTheChaseCosmeticOnesDoNot(t *testing.T) {
	edited := t0.Add(30 * time.Minute)
	for _, tc := range []struct {
		name     string
		by       string // "host" or "admin"
		edit     string
		material bool
		shown    string // in the reminder (material) or the group's note (cosmetic)
	}{
		{"a new place", "host", "/edit 1 where Café Blue", true, "Park → Café Blue"},
		{"a new time", "host", "/edit 1 when 2026-03-13 16:00", true, "→ Fri 13 Mar 16:00"},
		{"a cancellation", "host", "/cancel 1", true, "CANCELLED"},
		{"a new place by an admin", "admin", "/edit 1 where Café Blue", true, "Park → Café Blue"},
		{"a new title", "host", "/edit 1 title Spring picnic", false, "Picnic → Spring picnic"},
		{"new notes", "host", "/edit 1 notes Bring a blanket", false, "📝 Bring a blanket"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben", "Cem")
			ann, ben, cem := p.members[0], p.members[1], p.members[2]
			k.admin(p.g, cem)
			k.start(ann, cem)
			msgs := k.announce(p, picnic)
			k.tick(t0)
			msgs = append(msgs, k.sent()...)
			k.press(ann, dm(ann), button(t, to(msgs, ann.ID, "Picnic")[0], "Got it"))
			k.press(cem, dm(cem), button(t, to(msgs, cem.ID, "Picnic")[0], "Going"))
			k.sent()
			benBefore := k.response(p.g, 1, ben)

			k.now = edited
			by := map[string]*app.User{"host": p.host, "admin": cem}[tc.by]
			k.say(p.g, by, tc.edit)
			msgs = k.sent()
			e := k.event(p.g, 1)

			if !tc.material {
				if got, want := e.Material, 1; got != want {
					t.Errorf("the event's material revision is %d, want %d", got, want)
				}
				if len(to(msgs, p.g.ID, "no need to confirm again", tc.shown)) != 1 {
					t.Errorf("the group isn't told what changed with %q", tc.shown)
				}
				if r := k.response(p.g, 1, ann); r.Acked != 1 || !r.Due.IsZero() {
					t.Errorf("Ann's confirmation was reset by a cosmetic change: %+v", r)
				}
				if r := k.response(p.g, 1, ben); !r.Due.Equal(benBefore.Due) || r.Pings != benBefore.Pings {
					t.Errorf("Ben's chase changed with a cosmetic change: %+v, was %+v", r, benBefore)
				}
				return
			}
			if got, want := e.Material, 2; got != want {
				t.Fatalf("the event's material revision is %d, want %d", got, want)
			}
			if r := k.response(p.g, 1, by); r.Acked != 2 || !r.Due.IsZero() {
				t.Errorf("%s, who made the change, is chased for it: %+v", by.FirstName, r)
			}
			chasedNow := []*app.User{ann, ben, cem, p.host}
			chasedNow = slices.DeleteFunc(chasedNow, func(u *app.User) bool { return u == by })
			for _, u := range chasedNow {
				r := k.response(p.g, 1, u)
				if r.Confirmed(e) || !r.Due.Equal(edited) || r.Pings != 0 {
					t.Errorf("%s isn't asked again at once: %+v", u.FirstName, r)
				}
			}
			k.tick(edited)
			msgs = k.sent()
			if got := to(msgs, ann.ID, "confirm", tc.shown); len(got) != 1 {
				t.Errorf("Ann isn't reminded of what changed (%q): %q", tc.shown, texts(to(msgs, ann.ID)))
			}
			if _, ok := chased(msgs)[by.ID]; ok {
				t.Errorf("%s was reminded of their own change", by.FirstName)
			}
		})
	}
}

// A change of notes is a note, unless the host says it is important: then
// everyone confirms it like a new time or place, and the reminders show it.
func TestImportantNotesAreConfirmedByEveryone(t *testing.T) {
	for _, tc := range []struct {
		name      string
		who       string // "host", "admin" or "member"
		important bool
		chased    bool
		answer    string
	}{
		{"the host says it's important", "host", true, true, "Everyone will be asked"},
		{"an admin says it's important", "admin", true, true, "Everyone will be asked"},
		{"the host says it's just a note", "host", false, false, "Kept as a note"},
		{"a member can't decide", "member", true, false, "Only the host or an admin"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben")
			ann, ben := p.members[0], p.members[1]
			k.start(ann)
			k.announce(p, picnic)
			k.tick(t0)
			k.say(p.g, ann, "/ack 1")
			k.say(p.g, ben, "/ack 1")
			k.sent()

			k.say(p.g, p.host, "/edit 1 notes Pick-up moved to 16:30!")
			msgs := k.sent()
			ask := to(msgs, p.g.ID, "Pick-up moved to 16:30!", "important")
			if len(ask) != 1 {
				t.Fatalf("the group wasn't told the new notes and asked: %q", texts(msgs))
			}
			by := map[string]*app.User{"host": p.host, "admin": ben, "member": ann}[tc.who]
			if tc.who == "admin" {
				k.admin(p.g, ben)
			}
			label := map[bool]string{true: "Important", false: "Just a note"}[tc.important]
			if got := k.press(by, p.g, button(t, ask[0], label)); !strings.Contains(got, tc.answer) {
				t.Errorf("the press was answered %q, want %q", got, tc.answer)
			}
			k.tick(k.now)
			msgs = k.sent()
			r := k.response(p.g, 1, ann)
			if got := !r.Confirmed(k.event(p.g, 1)); got != tc.chased {
				t.Fatalf("Ann must confirm again: %v, want %v", got, tc.chased)
			}
			if !tc.chased {
				return
			}
			if got := to(msgs, ann.ID, "Please confirm", "Pick-up moved to 16:30!"); len(got) != 1 {
				t.Errorf("Ann's reminder doesn't show the important notes: %q", texts(to(msgs, ann.ID)))
			}
			if got := to(msgs, p.g.ID, "Pick-up moved to 16:30!", "important"); len(got) != 1 || len(got[0].Buttons) != 0 {
				t.Errorf("the question wasn't closed: %+v", got)
			}
		})
	}
}

// A member has one reminder waiting to be sent at most: while a backlog
// holds the last one, the next is put off, not queued behind it; once the
// last has gone (or was dropped), the chase goes on.
func TestOneReminderWaitsPerMemberAtMost(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann := p.members[0]
	k.start(ann)
	k.sent()
	k.announce(p, picnic)
	k.tick(t0) // the first reminders are queued, and not sent: a backlog

	waiting := func() int {
		n := 0
		for _, m := range k.queue() {
			if m.Chase != nil && slices.Contains(m.Chase.Users, ann.ID) {
				n++
			}
		}
		return n
	}
	for range 5 {
		k.tick(k.response(p.g, 1, ann).Due)
	}
	if n := waiting(); n != 1 {
		t.Fatalf("%d reminders to Ann wait in the outbox after five more fell due, want 1", n)
	}
	if r := k.response(p.g, 1, ann); r.Pings != 1 {
		t.Errorf("Ann counts %d reminders, want 1: those not sent don't count", r.Pings)
	}

	k.sent()
	k.tick(k.response(p.g, 1, ann).Due)
	if n := waiting(); n != 1 {
		t.Errorf("%d reminders to Ann wait once the last has gone, want the next one", n)
	}
	if r := k.response(p.g, 1, ann); r.Pings != 2 {
		t.Errorf("Ann counts %d reminders, want 2", r.Pings)
	}
}
