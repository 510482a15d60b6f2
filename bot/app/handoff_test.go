package app_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// Four members who haven't confirmed when the host is to be told: the host
// gets one message listing all four, with a "✅ I've told …" button each;
// once the host has told them all, and everyone else confirmed, everyone
// knows. A forged press, or one by someone else, changes nothing.
func TestOneHandOffPerRoundAndIveToldThem(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dan", "Eve")
	ann, eve := p.members[0], p.members[4]
	k.announce(p, picnic)
	k.tick(t0)
	k.say(p.g, eve, "/ack 1")
	var msgs []allaboard.Outgoing
	for _, d := range []time.Duration{15 * time.Minute, time.Hour, 4 * time.Hour} { // the 4th reminder
		k.tick(t0.Add(d))
		msgs = append(msgs, k.sent()...)
	}
	handOffs := to(msgs, p.host.ID, "📞", "please contact them personally")
	if len(handOffs) != 1 {
		t.Fatalf("%d hand-off messages to the host, want one for the round: %q", len(handOffs), texts(to(msgs, p.host.ID)))
	}
	h := handOffs[0]
	for _, u := range p.members[:4] {
		if !strings.Contains(h.Text, u.FirstName) {
			t.Errorf("the hand-off doesn't list %s: %q", u.FirstName, h.Text)
		}
	}
	if len(h.Buttons) != 4 {
		t.Fatalf("%d buttons under the hand-off, want 4: %+v", len(h.Buttons), h.Buttons)
	}

	// Forged and foreign presses change nothing.
	data := h.Buttons[0][0].Data
	for _, tc := range []struct {
		name string
		by   *app.User
		data string
	}{
		{"a member for themselves", ann, data},
		{"another member", eve, data},
		{"made-up data", p.host, "t:-100:1:1:99999x"},
		{"another version", p.host, strings.Replace(data, ":1:1:", ":1:7:", 1)},
	} {
		k.press(tc.by, dm(tc.by), tc.data)
		if k.response(p.g, 1, ann).Confirmed(k.event(p.g, 1)) {
			t.Fatalf("%s: Ann counts as knowing", tc.name)
		}
	}

	for _, row := range h.Buttons {
		if got := k.press(p.host, dm(p.host), row[0].Data); !strings.Contains(got, "Noted") {
			t.Errorf("the host's press was answered %q", got)
		}
	}
	msgs = k.sent()
	if got := to(msgs, p.host.ID, "Everyone knows"); len(got) != 1 {
		t.Errorf("no 'Everyone knows' after the host told the last four: %q", texts(to(msgs, p.host.ID)))
	}
	r := k.response(p.g, 1, ann)
	if r.ToldBy != p.host.ID || !r.Due.IsZero() {
		t.Errorf("Ann's response = %+v, want told by the host and no longer chased", r)
	}
	if s := to(msgs, p.host.ID, "Status"); len(s) == 0 || !strings.Contains(s[len(s)-1].Text, "told by") {
		t.Errorf("the status card doesn't say who was told: %q", texts(s))
	}

	// A new time asks them again, like everyone.
	k.now = t0.Add(time.Hour)
	k.say(p.g, p.host, "/edit 1 when 2026-03-13 15:00")
	if r := k.response(p.g, 1, ann); r.Confirmed(k.event(p.g, 1)) || r.ToldBy != 0 {
		t.Errorf("after a move Ann still counts as told: %+v", r)
	}
}

// A long list of whom to call comes in several messages of at most twenty,
// each with its own buttons: Telegram takes only so many under one.
func TestALongHandOffComesInParts(t *testing.T) {
	k := newKit(t, nil)
	var names []string
	for i := range 30 {
		names = append(names, fmt.Sprintf("Parent%02d", i))
	}
	p := k.parentsGroup(names...)
	k.announce(p, picnic)
	k.tick(t0)
	var msgs []allaboard.Outgoing
	for _, d := range []time.Duration{15 * time.Minute, time.Hour, 4 * time.Hour} {
		k.tick(t0.Add(d))
		msgs = append(msgs, k.sent()...)
	}
	handOffs := to(msgs, p.host.ID, "📞", "please contact them personally")
	if len(handOffs) != 2 {
		t.Fatalf("%d hand-off messages for 30 members, want 2", len(handOffs))
	}
	told := map[string]bool{}
	for _, h := range handOffs {
		if len(h.Buttons) > 20 {
			t.Errorf("a hand-off with %d buttons", len(h.Buttons))
		}
		for _, row := range h.Buttons {
			told[row[0].Data] = true
		}
	}
	if len(told) != 30 {
		t.Errorf("%d members have a button, want all 30", len(told))
	}
}
