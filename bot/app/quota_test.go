package app_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// said is whether a message to chat among msgs contains s.
func said(msgs []allaboard.Outgoing, chat int64, s string) bool {
	for _, m := range msgs {
		if m.ChatID == chat && strings.Contains(m.Text, s) {
			return true
		}
	}
	return false
}

// One member announces at most allaboard.HostEventsPerDay events a day in a
// group; others still may, and the next day they may again.
func TestQuotaOnNewEventsPerHost(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	for i := range allaboard.HostEventsPerDay {
		k.announce(p, fmt.Sprintf("/event Party %d | 2026-03-12 15:00 | Park", i))
	}
	msgs := k.announce(p, "/event One too many | 2026-03-12 15:00 | Park")
	if !said(msgs, p.g.ID, "as many as I take from one person") {
		t.Fatalf("the %dth event in a day was not refused: %+v", allaboard.HostEventsPerDay+1, msgs)
	}
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Event(p.g.ID, allaboard.HostEventsPerDay+1); err == nil {
			t.Error("the refused event was created")
		}
		return nil
	})
	ann := p.members[0]
	k.say(p.g, ann, "/event Picnic by Ann | 2026-03-12 15:00 | Park")
	if msgs := k.sent(); !said(msgs, p.g.ID, "Picnic by Ann") {
		t.Error("another member could not announce an event")
	}
	k.now = k.now.Add(24 * time.Hour)
	if msgs := k.announce(p, "/event Next day | 2026-03-12 15:00 | Park"); !said(msgs, p.g.ID, "Next day") {
		t.Error("the host still may not announce an event a day later")
	}
}

// A group takes at most allaboard.GroupEventsPerDay new events a day.
func TestQuotaOnNewEventsPerGroup(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem", "Dora")
	hosts := append([]*app.User{p.host}, p.members...)
	for i := range allaboard.GroupEventsPerDay {
		k.say(p.g, hosts[i%len(hosts)], fmt.Sprintf("/event Party %d | 2026-03-12 15:00 | Park", i))
		k.sent()
	}
	k.say(p.g, p.members[3], "/event One too many | 2026-03-12 15:00 | Park")
	if msgs := k.sent(); !said(msgs, p.g.ID, "This group has had 30 new events") {
		t.Errorf("the group's %dth event in a day was not refused: %+v", allaboard.GroupEventsPerDay+1, msgs)
	}
}

// An event changes at most allaboard.EventChangesPerHour times an hour:
// each change asks everyone to confirm again.
func TestQuotaOnChangesPerEvent(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	for i := range allaboard.EventChangesPerHour {
		k.say(p.g, p.host, fmt.Sprintf("/edit 1 where Park %d", i))
		k.sent()
	}
	k.say(p.g, p.host, "/edit 1 where Beach")
	if msgs := k.sent(); !said(msgs, p.g.ID, "has changed 10 times in the last hour") {
		t.Fatalf("the %dth change in an hour was not refused: %+v", allaboard.EventChangesPerHour+1, msgs)
	}
	if got := k.event(p.g, 1).Where; got == "Beach" {
		t.Error("the refused change was made")
	}
	k.now = k.now.Add(time.Hour)
	k.say(p.g, p.host, "/edit 1 where Beach")
	k.sent()
	if got := k.event(p.g, 1).Where; got != "Beach" {
		t.Errorf("an hour later the place is %q, want the change made", got)
	}
}

// A member sending commands faster than allaboard.CommandsPerMinute is told
// once to wait, then ignored until the minute is over.
func TestQuotaOnCommandsPerMember(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	admit := func() bool {
		var ok bool
		k.turnBy(p.g.ID, ann.ID, nil, func(a *app.App, t *app.Turn) error {
			var err error
			ok, err = a.Events.Admit(t, &app.Message{Chat: p.g, From: ann, Command: "events"})
			return err
		})
		return ok
	}
	for i := range allaboard.CommandsPerMinute {
		if !admit() {
			t.Fatalf("command %d of a minute refused", i+1)
		}
	}
	if admit() || !said(k.sent(), p.g.ID, "a lot of commands at once") {
		t.Fatal("one command too many was carried out, or Ann was not told to wait")
	}
	if admit() || len(k.sent()) != 0 {
		t.Error("a second command too many was carried out, or Ann was told again")
	}
	k.now = k.now.Add(time.Minute)
	if !admit() {
		t.Error("a minute later Ann's command is still refused")
	}
}

// Presses faster than allaboard.PressesPerMinute are answered with a
// request to slow down and do nothing.
func TestQuotaOnPressesPerMember(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, picnic)
	for range allaboard.PressesPerMinute {
		k.press(ann, p.g, "stale:data")
	}
	if got := k.press(ann, p.g, "stale:data"); !strings.Contains(got, "Slow down") {
		t.Errorf("press %d of a minute answered %q, want to slow down", allaboard.PressesPerMinute+1, got)
	}
}

// Quotas a test raises (Config.Quotas) are the ones applied: the crash test
// changes an event dozens of times in minutes.
func TestRaisedQuotas(t *testing.T) {
	k := newKit(t, func(c *app.Config) {
		c.Quotas = allaboard.Quotas{HostEventsPerDay: 2, GroupEventsPerDay: 3, EventChangesPerHour: 25, CommandsPerMinute: 100, PressesPerMinute: 100}
	})
	p := k.parentsGroup("Ann")
	k.announce(p, picnic)
	for i := range 25 {
		k.say(p.g, p.host, fmt.Sprintf("/edit 1 where Park %d", i))
		if msgs := k.sent(); said(msgs, p.g.ID, "has changed") {
			t.Fatalf("change %d of 25 allowed was refused: %+v", i+1, msgs)
		}
	}
	k.say(p.g, p.host, "/edit 1 where Beach")
	if msgs := k.sent(); !said(msgs, p.g.ID, "has changed 25 times in the last hour") {
		t.Errorf("the 26th change was not refused: %+v", msgs)
	}
	k.announce(p, "/event Second | 2026-03-12 15:00 | Park")
	if msgs := k.announce(p, "/event Third | 2026-03-12 15:00 | Park"); !said(msgs, p.g.ID, "as many as I take from one person") {
		t.Errorf("the host's 3rd event in a day was not refused with the quota at 2: %+v", msgs)
	}
}
