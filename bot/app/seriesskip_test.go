package app_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
)

// series is series num of g as stored.
func (k *kit) series(g *app.Chat, num int) allaboard.Series {
	k.tb.Helper()
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(g.ID, num); return err })
	return s
}

// A date of a series not yet announced (the holidays) is called off by its
// day: the group is told once, in one line, the card's next date passes
// over it, whoever has the series in a calendar gets its new file, and the
// date is never announced: the one after it comes in its own time.
func TestSeriesSkipsADateBeforeItIsAnnounced(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali", "Bea")
	ali := p.members[0]
	k.start(ali)
	k.sent()
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar
	k.tick(k.now)
	k.press(ali, dm(ali), button(t, privateCard(t, k.sent(), ali.ID), "Add to calendar"))
	oneFile(t, k.sent(), ali.ID)
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	berlin := func(day, hour int) time.Time { return time.Date(2026, 3, day, hour, 0, 0, 0, loc) }

	k.say(p.g, p.host, "/cancel 1 Tue 10 Mar")
	out := k.sent()
	told := to(out, p.g.ID, "no session")
	if len(told) != 1 || told[0].Text != "🔁 <b>Swimming</b>: no session on Tue 10 Mar." {
		t.Fatalf("the group was told %q; all: %q", texts(told), texts(out))
	}
	if q := to(out, p.g.ID, "repeats"); len(q) != 0 {
		t.Errorf("asked only this date or all, for a date not announced: %q", texts(q))
	}
	if c := card(t, out, p.g, 1); !strings.Contains(c.Text, "next Tue 17 Mar") {
		t.Errorf("the card of the current date:\n%s", c.Text)
	}
	if f := oneFile(t, out, ali.ID); len(f.ExDates) != 1 || !f.ExDates[0].Equal(berlin(10, 17)) {
		t.Errorf("Ali's new file: exceptions %v, want Tue 10 Mar 17:00", f.ExDates)
	}
	if e := k.event(p.g, 1); e.Cancelled || e.Rev != 1 {
		t.Errorf("the current date changed: %+v", e)
	}

	k.tick(berlin(3, 18)) // #1 is over: Tue 10 Mar would be announced now
	out = k.sent()
	noEvent(t, k, p.g, 2, "the date called off")
	k.tick(berlin(10, 17)) // a week before Tue 17 Mar
	out = append(out, k.sent()...)
	if e := k.event(p.g, 2); !e.When.Equal(berlin(17, 17)) {
		t.Errorf("the date after the one called off: %+v", e)
	}
	if again := to(out, p.g.ID, "no session"); len(again) != 0 {
		t.Errorf("the group was told again: %q", texts(again))
	}
}

// A day that is no date of the series, a past one, one that can't be read,
// or a member who may not, change nothing, and say why.
func TestSeriesSkipRefused(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	anna := p.members[0]
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar
	for _, c := range []struct {
		who  *app.User
		send string
		want string
	}{
		{p.host, "/cancel 1 Wed 11 Mar", "<b>Swimming</b> doesn't take place on Wed 11 Mar: its dates are every Tue 17:00."},
		{p.host, "/cancel 1 yesterday", "is in the past"},
		{p.host, "/cancel 1 24 Feb", "is in the past"}, // not a date of next year
		{p.host, "/cancel 1 someday", "couldn't read"},
		{anna, "/cancel 1 Tue 10 Mar", "only the host"},
	} {
		k.say(p.g, c.who, c.send)
		if out := k.sent(); len(to(out, p.g.ID, c.want)) != 1 {
			t.Errorf("%s: %q, want %q", c.send, texts(out), c.want)
		}
	}
	if s := k.series(p.g, 1); len(s.Except) != 0 || s.Rev != 1 {
		t.Errorf("the series changed: %+v", s)
	}

	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC)) // #2 Tue 10 Mar
	k.sent()
	k.say(p.g, p.host, "/cancel 2 Tue 3 Mar") // today's date, over
	if out := k.sent(); len(to(out, p.g.ID, "already started")) != 1 {
		t.Errorf("a date over: %q", texts(out))
	}
	if e := k.event(p.g, 1); e.Cancelled {
		t.Errorf("a date over was cancelled")
	}
}

// The day of a date announced already asks, as /cancel <n> does, whether
// it is that date only or all that follow; a day that could be either of
// two is asked about, and the choice carries the command out.
func TestSeriesCancelByDay(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar; today is Mon 2 Mar
	k.say(p.g, p.host, "/cancel 1 Tue 3 Mar")
	if q := to(k.sent(), p.g.ID, "repeats. Cancel only Tue 3 Mar"); len(q) != 1 {
		t.Fatalf("no question for the date announced")
	}
	k.say(p.g, p.host, "/cancel 1 next Tue")
	q := to(k.sent(), p.g.ID, "next Tue")
	if len(q) != 1 {
		t.Fatal("no question which Tuesday")
	}
	k.press(p.host, p.g, button(t, q[0], "Tue 10 Mar"))
	if told := to(k.sent(), p.g.ID, "no session on Tue 10 Mar"); len(told) != 1 {
		t.Errorf("the Tuesday chosen was not called off")
	}
	if s := k.series(p.g, 1); len(s.Except) != 1 || !s.Except[0].Equal(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)) {
		t.Errorf("exceptions %v", s.Except)
	}
	if k.event(p.g, 1).Cancelled {
		t.Error("the date announced was cancelled without asking")
	}
}

// An event that doesn't repeat is cancelled by its own day, and another
// day says which is its own.
func TestCancelByDayOfASingleEvent(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, picnic) // Thu 12 Mar 15:00
	k.say(p.g, p.host, "/cancel 1 Wed 11 Mar")
	if out := k.sent(); len(to(out, p.g.ID, "<b>Picnic</b> is on Thu 12 Mar 15:00, not Wed 11 Mar", "/cancel 1")) != 1 {
		t.Errorf("another day: %q", texts(out))
	}
	if k.event(p.g, 1).Cancelled {
		t.Fatal("cancelled on another day")
	}
	k.say(p.g, p.host, "/cancel 1 12 Mar")
	out := k.sent()
	if !k.event(p.g, 1).Cancelled {
		t.Errorf("not cancelled on its own day: %q", texts(out))
	}
}

// The example of /cancel's usage, in each language, reads as Tuesday 22
// December in a group of that language.
func TestCancelDayExampleReadsInEveryLanguage(t *testing.T) {
	code := regexp.MustCompile(`<code>/cancel 2 ([^<]*)</code>`)
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	for _, l := range lang.All() {
		m := code.FindStringSubmatch(l.T("reply_cancel_usage_day", nil))
		if m == nil {
			t.Errorf("%s: no example", l.Code())
			continue
		}
		r, err := allaboard.ReadDay(m[1], now, time.UTC, allaboard.ReadOpts{Lang: l.Code()})
		if err != nil || len(r.Ask) != 0 || !r.Start.Equal(time.Date(2026, 12, 22, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: %q reads %v, %v (asks %v)", l.Code(), m[1], r.Start, err, r.Why)
		}
	}
}
