package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/wire"
)

// movedPastTheNext announces a weekly swim, moves its first date (#1, Tue 3
// Mar) on its own to Wed 11 Mar, and lets the date after it (#2, Tue 10
// Mar) be announced a week ahead: two dates of the series stand.
func movedPastTheNext(t *testing.T, k *kit, p parents) {
	t.Helper()
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool")
	k.say(p.g, p.host, "/edit 1 when Wed 11 Mar 17:00-18:00")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1}.Encode())
	k.tick(time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC))
	if e := k.event(p.g, 2); e.Series != 1 || !e.When.Equal(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)) {
		t.Fatalf("the date after the one moved: %+v", e)
	}
}

// A change "for this and all following" of a date moved on its own past the
// next reaches the next, already announced, too: a new version of it, with
// a card of its own, which everyone confirms again; a Got it on its old card
// confirms nothing, and the host hears nothing of everyone knowing it.
func TestSeriesChangeForAllReachesTheDateAnnouncedAfter(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	anna := p.members[0]
	movedPastTheNext(t, k, p)
	old := card(t, k.sent(), p.g, 2)

	k.say(p.g, p.host, "/edit 1 where Lido")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1, All: true}.Encode())
	msgs := k.sent()
	e1, e2 := k.event(p.g, 1), k.event(p.g, 2)
	if e1.Where != "Lido" || e2.Where != "Lido" || e2.Material != 2 {
		t.Fatalf("after 'where Lido' for all from #1: #1 at %q, #2 at %q (version %d); want both at Lido, #2 a new version", e1.Where, e2.Where, e2.Material)
	}
	if c := card(t, msgs, p.g, 2); !strings.Contains(c.Text, "Lido") {
		t.Errorf("the new card of #2: %q", c.Text)
	}
	if got := k.press(anna, p.g, button(t, old, "Got it")); !strings.Contains(got, "out of date") {
		t.Errorf("Got it on #2's card at City pool answered %q", got)
	}
	if k.response(p.g, 2, anna).Confirmed(k.event(p.g, 2)) {
		t.Error("Got it on #2's card at City pool confirmed it at Lido")
	}
	if got := to(k.sent(), p.host.ID, "Everyone knows"); len(got) > 0 {
		t.Errorf("the host was told %q", got[0].Text)
	}
}

// A new time "for this and all following" moves the dates announced after
// it to their dates of the new rule, as many weeks on as they were; the
// date after those is announced in its time, none twice.
func TestSeriesMoveForAllMovesTheDateAnnouncedAfter(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	movedPastTheNext(t, k, p)
	k.sent()

	k.say(p.g, p.host, "/edit 1 when Wed 11 Mar 18:00-19:00")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1, All: true}.Encode())
	wed := func(day int) time.Time { return time.Date(2026, 3, day, 18, 0, 0, 0, time.UTC) }
	e2 := k.event(p.g, 2)
	if !e2.When.Equal(wed(18)) || !e2.End.Equal(wed(18).Add(time.Hour)) || !e2.Occurs.Equal(wed(18)) || e2.Material != 2 {
		t.Fatalf("#2 after every Wed 18:00 from #1: %v–%v (occurs %v, version %d); want Wed 18 Mar 18:00–19:00", e2.When, e2.End, e2.Occurs, e2.Material)
	}
	if c := card(t, k.sent(), p.g, 2); !strings.Contains(c.Text, "18 Mar") {
		t.Errorf("the new card of #2: %q", c.Text)
	}
	k.tick(wed(18).Add(time.Hour)) // #2 is over
	k.sent()
	if e3 := k.event(p.g, 3); !e3.When.Equal(wed(25)) {
		t.Errorf("the date after #2: %v, want Wed 25 Mar 18:00", e3.When)
	}
}

// A date called off "with all that follow" calls off the dates announced
// after it too: everyone is told, as of any cancellation.
func TestSeriesCancelForAllCancelsTheDateAnnouncedAfter(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	movedPastTheNext(t, k, p)
	k.sent()

	k.say(p.g, p.host, "/cancel 1")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1, All: true}.Encode())
	if e2 := k.event(p.g, 2); !e2.Cancelled {
		t.Fatalf("#2 after the series was called off from #1: %+v", e2)
	}
	if c := card(t, k.sent(), p.g, 2); !strings.Contains(c.Text, "CANCELLED") {
		t.Errorf("the card of #2: %q", c.Text)
	}
}
