package app_test

import (
	"errors"
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// Only the host or a group admin changes or cancels an event; anyone else is
// refused, and nothing changes: no revision, no one asked again.
func TestOnlyTheHostOrAnAdminChangesAnEvent(t *testing.T) {
	for _, tc := range []struct {
		name    string
		by      string // "member", "host" or "admin"
		command string
		allowed bool
	}{
		{"a member moves it", "member", "/edit 1 when 2026-03-13 15:00", false},
		{"a member changes the place", "member", "/edit 1 where Beach", false},
		{"a member renames it", "member", "/edit 1 title Beach party", false},
		{"a member cancels it", "member", "/cancel 1", false},
		{"the host changes the place", "host", "/edit 1 where Beach", true},
		{"the host cancels it", "host", "/cancel 1", true},
		{"an admin changes the place", "admin", "/edit 1 where Beach", true},
		{"an admin cancels it", "admin", "/cancel 1", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben", "Ada")
			ann, ben, ada := p.members[0], p.members[1], p.members[2]
			k.admin(p.g, ada)
			k.announce(p, picnic)
			k.say(p.g, ann, "/ack 1")
			k.sent()
			before := k.event(p.g, 1)

			by := map[string]*app.User{"member": ben, "host": p.host, "admin": ada}[tc.by]
			k.say(p.g, by, tc.command)
			msgs := k.sent()
			e := k.event(p.g, 1)
			refused := to(msgs, p.g.ID, "only the host, Hanna, a co-host or a group admin can change <b>Picnic</b> (#1).")
			if !tc.allowed {
				if len(refused) != 1 || len(msgs) != 1 {
					t.Errorf("%s wasn't refused, or more happened: %q", by.FirstName, texts(msgs))
				}
				if e.Rev != before.Rev || e.Where != before.Where || !e.When.Equal(before.When) || e.Title != before.Title || e.Cancelled {
					t.Errorf("the event changed: %+v, was %+v", e, before)
				}
				if r := k.response(p.g, 1, ann); !r.Confirmed(e) || !r.Due.IsZero() {
					t.Errorf("Ann's confirmation was reset: %+v", r)
				}
				return
			}
			if len(refused) > 0 {
				t.Errorf("%s was refused", by.FirstName)
			}
			if got, want := e.Rev, 2; got != want {
				t.Errorf("the event is at revision %d, want %d", got, want)
			}
			if len(to(msgs, p.g.ID, "Picnic")) == 0 {
				t.Errorf("the group wasn't shown the change: %q", texts(msgs))
			}
			if r := k.response(p.g, 1, ann); r.Confirmed(e) {
				t.Errorf("Ann's confirmation of the old version still counts: %+v", r)
			}
		})
	}
}

// Anyone sees the settings; only admins change them, and only to a value
// that can be used. The host of an upcoming event is told what they choose
// instead.
func TestOnlyAdminsChangeSettings(t *testing.T) {
	for _, tc := range []struct {
		name, by, value string
		reply           string
		changed         bool
	}{
		{"a member", "member", "0,30m,2h", "only the group's admins can change its settings", false},
		{"the host of an event", "host", "0,30m,2h", "Hosts choose the pace of their own event (<code>/edit 1 pace urgent</code>)", false},
		{"an admin", "admin", "0,30m,2h", "<b>chase</b> is now <code>0,30m,2h</code>", true},
		{"an admin, with steps too close", "admin", "0,1m,1h", "Nothing changed", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ada")
			ann, ada := p.members[0], p.members[1]
			k.admin(p.g, ada)
			k.announce(p, picnic)

			k.say(p.g, ann, "/settings chase")
			if got := to(k.sent(), p.g.ID, "<b>chase</b> is <code>0,15m,1h,4h,24h</code>"); len(got) != 1 {
				t.Errorf("a member can't see the chase setting")
			}
			by := map[string]*app.User{"member": ann, "host": p.host, "admin": ada}[tc.by]
			k.say(p.g, by, "/settings chase "+tc.value)
			if got := to(k.sent(), p.g.ID, tc.reply); len(got) != 1 {
				t.Errorf("%s was not told %q", by.FirstName, tc.reply)
			}
			want := "0,15m,1h,4h,24h"
			if tc.changed {
				want = tc.value
			}
			if got := allaboard.FormatSchedule(k.chat(p.g).Settings.Chase); got != want {
				t.Errorf("the chase schedule is %s, want %s", got, want)
			}
		})
	}
}

// /forget deletes a group only when an admin asks and an admin confirms.
func TestOnlyAnAdminMakesTheBotForgetAGroup(t *testing.T) {
	for _, tc := range []struct {
		name       string
		asks, taps string // "member" or "admin"; taps "" for no question expected
		forgotten  bool
	}{
		{"a member asks", "member", "", false},
		{"an admin asks, a member taps yes", "admin", "member", false},
		{"an admin asks and taps yes", "admin", "admin", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ada")
			ann, ada := p.members[0], p.members[1]
			k.admin(p.g, ada)
			k.announce(p, picnic)

			who := map[string]*app.User{"member": ann, "admin": ada}
			k.say(p.g, who[tc.asks], "/forget")
			msgs := k.sent()
			ask := to(msgs, p.g.ID, "Delete everything I keep about this group?")
			if tc.taps == "" {
				if len(ask) > 0 || len(to(msgs, p.g.ID, "only the group's admins can make me forget this group")) != 1 {
					t.Errorf("a member's /forget wasn't refused: %q", texts(msgs))
				}
			} else {
				if len(ask) != 1 {
					t.Fatalf("an admin's /forget asked no question: %q", texts(msgs))
				}
				k.press(who[tc.taps], p.g, button(t, ask[0], "Yes, delete everything"))
			}
			var err error
			k.view(func(tx allaboard.Tx) error {
				_, err = tx.Event(p.g.ID, 1)
				return nil
			})
			if got := errors.Is(err, allaboard.ErrNotFound); got != tc.forgotten {
				t.Errorf("the group's event is gone: %v, want %v (%v)", got, tc.forgotten, err)
			}
		})
	}
}

// A button the bot didn't make, or one that doesn't stand for the latest
// version of an event the presser can see, confirms nothing.
func TestForgedOrStaleButtonsConfirmNothing(t *testing.T) {
	otto := person(40, "Otto") // never seen in the group
	for _, tc := range []struct {
		name    string
		from    *app.User // nil: Ann
		in      string    // where the button was: "group" or "private"
		data    string
		answer  string
		confirm bool
	}{
		{"the latest card (the control)", nil, "group", "e:-100:1:2:a", "Thanks! You've confirmed", true},
		{"data the bot never made", nil, "group", "hello", "This button is no longer in use", false},
		{"a malformed revision", nil, "group", "e:-100:1:x:a", "This button is no longer in use", false},
		{"an unknown action", nil, "group", "e:-100:1:2:z", "This button is no longer in use", false},
		{"a revision not made yet", nil, "group", "e:-100:1:3:a", "This button is no longer in use", false},
		{"an event that doesn't exist", nil, "group", "e:-100:7:1:a", "This button is no longer in use", false},
		{"the card before the move", nil, "group", "e:-100:1:1:a", "out of date", false},
		{"Going on the card before the move", nil, "private", "e:-100:1:1:g", "out of date", false},
		{"an event in another group", nil, "group", "e:-200:1:1:a", "a group I haven't seen you in", false},
		{"a presser never seen in the group", otto, "private", "e:-100:1:2:a", "a group I haven't seen you in", false},
		{"a bot", &app.User{ID: 41, FirstName: "Spam", IsBot: true}, "group", "e:-100:1:2:a", "This button is no longer in use", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben")
			ann := p.members[0]
			k.announce(p, picnic)
			k.say(p.g, p.host, "/edit 1 where Beach")
			zed := person(50, "Zed")
			k.start(zed)
			other := k.group(-200, "Football club", zed)
			k.say(other, zed, "/event Match | 2026-03-14 11:00 | Pitch")
			k.sent()

			from := tc.from
			if from == nil {
				from = ann
			}
			in := map[string]*app.Chat{"group": p.g, "private": dm(from)}[tc.in]
			if got := k.press(from, in, tc.data); !strings.Contains(got, tc.answer) {
				t.Errorf("the press was answered %q, want %q", got, tc.answer)
			}
			e := k.event(p.g, 1)
			if got := k.response(p.g, 1, from).Confirmed(e); got != tc.confirm {
				t.Errorf("%s confirmed the latest version: %v, want %v", from.FirstName, got, tc.confirm)
			}
			if r := k.response(other, 1, from); r.Acked != 0 || r.RSVP != allaboard.NoAnswer {
				t.Errorf("%s answered the other group's event: %+v", from.FirstName, r)
			}
			if got := to(k.sent(), p.g.ID, "Picnic", "2 of 3 confirmed"); len(got) > 0 != tc.confirm {
				t.Errorf("the group's card counts the press: %v, want %v", len(got) > 0, tc.confirm)
			}
		})
	}
}
