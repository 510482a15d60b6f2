package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
)

// The host shares an event with a co-host, who may then change it, gets its
// status card, and is told whom to call along with the host; a member may
// not make co-hosts, and a co-host may step down.
func TestCoHosts(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben", "Cem")
	ann := &app.User{ID: p.members[0].ID, FirstName: "Ann", UserName: "ann"}
	ben, cem := p.members[1], &app.User{ID: p.members[2].ID, FirstName: "Cem", UserName: "cem"}
	k.say(p.g, ann, "hi")
	k.say(p.g, cem, "hi")
	k.start(ann)
	k.sent()
	k.announce(p, picnic)

	k.say(p.g, ben, "/cohost 1 @cem")
	if msgs := k.sent(); !said(msgs, p.g.ID, "only the host") || len(k.event(p.g, 1).CoHosts) != 0 {
		t.Fatalf("a member made a co-host: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/cohost 1 @nobody")
	if msgs := k.sent(); !said(msgs, p.g.ID, "I don't know @nobody") {
		t.Errorf("an unknown name was not explained: %q", texts(msgs))
	}

	k.say(p.g, p.host, "/cohost @Ann") // the one event Hanna hosts
	msgs := k.sent()
	if got := k.event(p.g, 1).CoHosts; len(got) != 1 || got[0] != ann.ID {
		t.Fatalf("co-hosts %v, want Ann", got)
	}
	if !said(msgs, p.g.ID, "Ann now co-hosts") || !said(msgs, ann.ID, "made you a co-host") || !said(msgs, ann.ID, "Status") {
		t.Errorf("the group or Ann was not told, or Ann got no status card: %q", texts(msgs))
	}
	k.say(p.g, p.host, "/cohost 1 @ann")
	if msgs := k.sent(); !said(msgs, p.g.ID, "already hosts") {
		t.Errorf("a second /cohost for Ann: %q", texts(msgs))
	}

	k.say(p.g, ann, "/edit 1 where Beach")
	k.sent()
	if got := k.event(p.g, 1).Where; got != "Beach" {
		t.Fatalf("the co-host's change was refused: the place is %q", got)
	}

	// Ben doesn't confirm: both hosts are told to call him.
	var all []allaboard.Outgoing
	for _, d := range []time.Duration{0, 15 * time.Minute, time.Hour, 4 * time.Hour} {
		k.tick(k.now.Add(d))
		all = append(all, k.sent()...)
	}
	for _, host := range []int64{p.host.ID, ann.ID} {
		h := to(all, host, "please contact them personally")
		if len(h) != 1 || !strings.Contains(h[0].Text, "Ben") {
			t.Errorf("host %d got %d hand-offs naming Ben, want one: %q", host, len(h), texts(to(all, host)))
		}
	}

	k.say(p.g, ann, "/cohost 1 remove @ann")
	if msgs := k.sent(); !said(msgs, p.g.ID, "no longer co-hosts") || len(k.event(p.g, 1).CoHosts) != 0 {
		t.Errorf("Ann could not step down: %q", texts(msgs))
	}
}
