package app_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/wire"
	"allaboard/internal/icstest"
	"allaboard/scheduler/recur"
)

// A weekly series: its first date is announced at once with the rule and the
// next date on its card; once that date is over, the next is announced as an
// event of its own, where nobody's answer to the last one counts.
func TestSeriesAnnouncesItsNextDateWhenTheLastIsOver(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna", "Ben")
	anna := p.members[0]
	out := k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // Mon 2 Mar 10:00
	first := card(t, out, p.g, 1)
	if !strings.Contains(first.Text, "🔁 every Tue 17:00 · next Tue 10 Mar") || !strings.Contains(first.Text, "Tue 3 Mar") {
		t.Fatalf("first card:\n%s", first.Text)
	}
	k.press(anna, p.g, button(t, first, "Going"))
	if r := k.response(p.g, 1, anna); r.Acked == 0 || r.RSVP != allaboard.Going {
		t.Fatalf("Anna's answer to the first date: %+v", r)
	}
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if s.Current != 1 || s.Rule.RRule != "FREQ=WEEKLY;BYDAY=TU" || s.Rule.Length != time.Hour {
		t.Fatalf("series %+v", s)
	}

	k.tick(time.Date(2026, 3, 3, 17, 30, 0, 0, time.UTC)) // under way: the next is not announced yet
	k.sent()
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Event(p.g.ID, 2); err == nil {
			t.Error("the next date was announced before the last was over")
		}
		return nil
	})
	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC)) // over
	out = k.sent()
	second := card(t, out, p.g, 2)
	if !strings.Contains(second.Text, "Tue 10 Mar") || !strings.Contains(second.Text, "next Tue 17 Mar") {
		t.Errorf("second card:\n%s", second.Text)
	}
	e := k.event(p.g, 2)
	if e.Series != 1 || !e.Occurs.Equal(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)) || e.Title != "Swimming" {
		t.Errorf("second date %+v", e)
	}
	if r := k.response(p.g, 2, anna); r.Acked != 0 || r.RSVP != "" {
		t.Errorf("Anna's answer carried over to the next date: %+v", r)
	}
	if r := k.response(p.g, 2, anna); r.Due.IsZero() {
		t.Errorf("Anna is not asked to confirm the next date: %+v", r)
	}
}

// A date more than a week away is announced a week before it starts.
func TestSeriesAnnouncesADateAWeekAhead(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, "/event Parents' evening | every first Monday 19:00 | School hall") // Mon 2 Mar: today
	k.tick(time.Date(2026, 3, 2, 19, 0, 0, 0, time.UTC))
	k.sent()
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if s.Current != 1 {
		t.Fatalf("the next date (Mon 6 Apr) was announced four weeks ahead: %+v", s)
	}
	k.tick(time.Date(2026, 3, 30, 19, 0, 0, 0, time.UTC))
	k.sent()
	if e := k.event(p.g, 2); !e.When.Equal(time.Date(2026, 4, 6, 19, 0, 0, 0, time.UTC)) {
		t.Errorf("a week before: %+v", e)
	}
}

// A rule that can't be used is refused with why, and nothing is announced.
func TestSeriesRuleRefused(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	out := k.announce(p, "/event Swimming | every Tue 5 | City pool")
	if len(to(out, p.g.ID, "morning or the afternoon")) != 1 {
		t.Errorf("no reason given: %q", texts(out))
	}
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Event(p.g.ID, 1); err == nil {
			t.Error("announced anyway")
		}
		return nil
	})
}

// Changing or cancelling a date of a series asks the host whether it is for
// that date only or for all that follow: one date moved stays a date of the
// series (a calendar moves just it), one cancelled is skipped, and a change
// from a date on changes the series.
func TestSeriesChangeOneOrAll(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	anna := p.members[0]
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar
	series := func() (s allaboard.Series) {
		k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
		return s
	}
	scope := func(command, label string) {
		t.Helper()
		out := k.announce(p, command)
		q := to(out, p.g.ID, "repeats")
		if len(q) != 1 {
			t.Fatalf("%s: no question whether for one date or all: %q", command, texts(out))
		}
		if a := k.press(anna, p.g, button(t, q[0], label)); a == "" {
			t.Errorf("Anna could answer the host's question")
		}
		k.press(p.host, p.g, button(t, q[0], label))
	}

	// Only this date: moved to another place; the series keeps its own.
	scope("/edit 1 where Lido", "Only Tue 3 Mar")
	if e := k.event(p.g, 1); e.Where != "Lido" || e.Rev != 2 {
		t.Errorf("#1 after the change of one date: %+v", e)
	}
	if s := series(); s.Where != "City pool" {
		t.Errorf("changing one date changed the series: %+v", s)
	}
	out := k.sent()
	if c := card(t, out, p.g, 1); !strings.Contains(c.Text, "Lido") {
		t.Errorf("no new card for the moved date:\n%s", c.Text)
	}

	// The next date, cancelled alone: skipped, and the one after announced.
	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC))
	k.sent()
	scope("/cancel 2", "Only Tue 10 Mar")
	if e := k.event(p.g, 2); !e.Cancelled {
		t.Errorf("#2 not cancelled: %+v", e)
	}
	if s := series(); len(s.Except) != 1 || !s.Except[0].Equal(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)) {
		t.Errorf("the date called off is not an exception: %+v", s.Except)
	}
	if c := card(t, k.sent(), p.g, 2); !strings.Contains(c.Text, "CANCELLED") {
		t.Errorf("the date called off was not announced as cancelled:\n%s", c.Text)
	}
	k.tick(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC))
	third := card(t, k.sent(), p.g, 3)
	if e := k.event(p.g, 3); !e.When.Equal(time.Date(2026, 3, 17, 17, 0, 0, 0, time.UTC)) {
		t.Fatalf("after the date called off: %+v", e)
	}

	// From Tue 17 Mar on: Wednesdays at 18:00. Everyone confirms again.
	k.press(anna, p.g, button(t, third, "Got it"))
	if r := k.response(p.g, 3, anna); !r.Confirmed(k.event(p.g, 3)) {
		t.Fatalf("Anna's Got it: %+v", r)
	}
	scope("/edit 3 when Wed 18 Mar 18:00-19:00", "This and all following")
	e := k.event(p.g, 3)
	if !e.When.Equal(time.Date(2026, 3, 18, 18, 0, 0, 0, time.UTC)) || !e.Occurs.Equal(e.When) {
		t.Errorf("#3 moved for all: %+v", e)
	}
	if r := k.response(p.g, 3, anna); r.Confirmed(e) {
		t.Errorf("Anna's confirmation of the old time stands: %+v", r)
	}
	if s := series(); s.Rule.RRule != "FREQ=WEEKLY;BYDAY=WE" || !s.Rule.Start.Equal(e.When) {
		t.Errorf("the series from 18 Mar on: %+v", s.Rule)
	}
	k.sent()
	k.tick(time.Date(2026, 3, 18, 19, 0, 0, 0, time.UTC))
	if e := k.event(p.g, 4); !e.When.Equal(time.Date(2026, 3, 25, 18, 0, 0, 0, time.UTC)) {
		t.Errorf("the date after the change: %+v", e)
	}
}

// A date of a series goes into a calendar as the whole series: its rule,
// the date called off as an exception, the date moved on its own as a
// change of that one date.
func TestSeriesCalendarFile(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali")
	ali := p.members[0]
	k.start(ali)
	k.sent()
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar
	k.say(p.g, p.host, "/edit 1 where Lido")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1}.Encode())
	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC)) // #2 Tue 10 Mar
	k.say(p.g, p.host, "/cancel 2")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 2}.Encode())
	k.tick(time.Date(2026, 3, 10, 17, 0, 0, 0, time.UTC)) // #3 Tue 17 Mar
	k.tick(k.now)                                         // Ali's reminder, with his card
	c := privateCard(t, k.sent(), ali.ID)
	k.press(ali, dm(ali), button(t, c, "Add to calendar"))
	f := oneFile(t, k.sent(), ali.ID)
	if f.RRule != "FREQ=WEEKLY;BYDAY=TU" || f.Location != "City pool" || !f.Start.Equal(time.Date(2026, 3, 3, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("the series: RRULE %q at %q from %v", f.RRule, f.Location, f.Start)
	}
	if len(f.ExDates) != 1 || !f.ExDates[0].Equal(time.Date(2026, 3, 10, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("exceptions %v, want Tue 10 Mar 17:00 CET", f.ExDates)
	}
	if len(f.Overrides) != 1 || f.Overrides[0].Location != "Lido" || !f.Overrides[0].RecurrenceID.Equal(time.Date(2026, 3, 3, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("changed dates %+v, want Tue 3 Mar at the Lido", f.Overrides)
	}
}

// Guided creation asks whether the event repeats; every 2 weeks makes a
// series from the date chosen.
func TestGuidedCreationMakesASeries(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	host := p.host
	k.guided(host, "/event", "Event")
	k.step(host, "Football")
	q := k.step(host, "Sat 10:00-11:30")
	if !strings.Contains(q.Text, "Does it repeat?") {
		t.Fatalf("after the time: %q", q.Text)
	}
	q = k.tap(host, q, "Every 2 weeks")
	q = k.step(host, "Sports ground")
	q = k.tap(host, q, "Skip")
	preview := k.tap(host, q, "The whole group")
	if !strings.Contains(preview.Text, "🔁 every other Sat 10:00 · next Sat 21 Mar") {
		t.Errorf("the preview does not say it repeats:\n%s", preview.Text)
	}
	k.press(host, dm(host), button(t, preview, "Post to"))
	c := card(t, k.sent(), p.g, 1)
	if !strings.Contains(c.Text, "🔁 every other Sat 10:00 · next Sat 21 Mar") {
		t.Errorf("the card of the first date:\n%s", c.Text)
	}
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if s.Rule.RRule != "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA" || s.Rule.Length != 90*time.Minute || s.Where != "Sports ground" {
		t.Errorf("series %+v", s)
	}
}

// Cancelled with all that follow, the series ends: its card says it was
// the last date, and no date comes after it.
func TestSeriesCancelledFromADateOn(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, "/event Swimming | every Tue 17:00 | City pool")
	k.say(p.g, p.host, "/cancel 1")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1, All: true}.Encode())
	if c := card(t, k.sent(), p.g, 1); !strings.Contains(c.Text, "CANCELLED") || !strings.Contains(c.Text, "🔁 every Tue 17:00 · the last date") {
		t.Errorf("the card of the date called off with all that follow:\n%s", c.Text)
	}
	k.tick(time.Date(2026, 3, 10, 18, 0, 0, 0, time.UTC))
	k.sent()
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Event(p.g.ID, 2); err == nil {
			t.Error("a date was announced after the series was called off")
		}
		s, err := tx.Series(p.g.ID, 1)
		if err != nil {
			return err
		}
		if e := k.event(p.g, 1); !s.EndsBefore.Equal(e.Occurs) { // its calendar file ends before it
			t.Errorf("the series ends before %v, want before the date called off, %v", s.EndsBefore, e.Occurs)
		}
		return nil
	})
}

// A series in one sentence: the rule is its time.
func TestSeriesInASentence(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	out := k.announce(p, "/event Swimming every Tue 17:00 at the City pool")
	if c := card(t, out, p.g, 1); !strings.Contains(c.Text, "🔁 every Tue 17:00") || !strings.Contains(c.Text, "📍 City pool") {
		t.Errorf("card:\n%s", c.Text)
	}
	if e := k.event(p.g, 1); e.Title != "Swimming" || e.Series != 1 {
		t.Errorf("event %+v", e)
	}
	// Without a place it is not taken for a single event titled "Swimming every".
	out = k.announce(p, "/event Football every Sat 10:00")
	k.view(func(tx allaboard.Tx) error {
		if _, err := tx.Event(p.g.ID, 2); err == nil {
			t.Errorf("announced without a place: %q", texts(out))
		}
		return nil
	})
}

// A monthly series moved from a date on keeps its week of the month from
// the new date: the first Monday moved to Wednesday the 11th is every
// second Wednesday.
func TestSeriesMonthlyMovedForAll(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, "/event Parents' evening | every first Monday 19:00 | School hall") // Mon 2 Mar
	k.say(p.g, p.host, "/edit 1 when Wed 11 Mar 19:00")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1, All: true}.Encode())
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if s.Rule.RRule != "FREQ=MONTHLY;BYDAY=2WE" {
		t.Errorf("rule %q, want every second Wednesday", s.Rule.RRule)
	}
}

// A co-host of one date co-hosts the dates after it.
func TestSeriesKeepsItsCoHosts(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := &app.User{ID: p.members[0].ID, FirstName: "Ann", UserName: "ann"}
	k.say(p.g, ann, "hi")
	k.announce(p, "/event Swimming | every Tue 17:00 | City pool")
	k.say(p.g, p.host, "/cohost 1 @ann")
	k.sent()
	k.tick(time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC))
	if got := k.event(p.g, 2).CoHosts; len(got) != 1 || got[0] != ann.ID {
		t.Errorf("co-hosts of the next date %v, want Ann", got)
	}
}

// The series /event's usage shows, in each language, is read as one in a
// group of that language: a weekly series on Tuesdays at 17:00.
func TestSeriesExampleReadsInEveryLanguage(t *testing.T) {
	code := regexp.MustCompile(`<code>/event ([^<]*)</code>`)
	for _, l := range lang.All() {
		t.Run(l.Code(), func(t *testing.T) {
			k := newKit(t, func(c *app.Config) { c.Defaults.Language = l.Code() })
			p := k.parentsGroup("Ann")
			examples := code.FindAllStringSubmatch(l.T("reply_event_usage", map[string]any{"Examples": ""}), -1)
			if len(examples) != 3 {
				t.Fatalf("%d examples of /event, want the parts, an event and a series", len(examples))
			}
			series := examples[2][1]
			k.announce(p, "/event "+series)
			e := k.event(p.g, 1)
			if e.Series != 1 || e.When.Weekday() != time.Tuesday || e.When.Hour() != 17 {
				t.Fatalf("%q: %+v, want the first date of a series on Tuesdays at 17:00", series, e)
			}
		})
	}
}

// Cancelled from the host's status card, a date of a series asks the same
// question as /cancel: that date alone is skipped (the next one comes in
// its time), or with all that follow, the series ends.
func TestSeriesCancelledFromTheStatusCard(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	out := k.announce(p, "/event Swimming | every Tue 17:00 | City pool")
	k.tick(t0)
	status := to(append(out, k.sent()...), p.host.ID, "Status", "Swimming")
	if len(status) == 0 {
		t.Fatal("no status card")
	}
	k.press(p.host, dm(p.host), button(t, status[len(status)-1], "Cancel the event"))
	ask := to(k.sent(), p.host.ID, "Cancel only Tue 3 Mar, or this and all following")
	if len(ask) != 1 || buttonTexts(ask[0]) != "Only Tue 3 Mar|This and all following|Keep it" {
		t.Fatalf("the question: %q with %q", texts(ask), buttonTexts(ask[0]))
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "Only Tue 3 Mar"))
	k.sent()
	var s allaboard.Series
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if !k.event(p.g, 1).Cancelled || s.Ended || !s.Skipped(k.event(p.g, 1).Occurs) {
		t.Fatalf("after cancelling only Tue 3 Mar: %+v", s)
	}
	k.tick(time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC))
	msgs := k.sent()
	k.tick(time.Date(2026, 3, 3, 17, 0, 1, 0, time.UTC))
	msgs = append(msgs, k.sent()...)
	if e := k.event(p.g, 2); e.Series != 1 || e.When.Day() != 10 {
		t.Fatalf("the next date after one skipped: %+v", e)
	}
	status = to(msgs, p.host.ID, "Status", "(#2)")
	if len(status) == 0 {
		t.Fatalf("no status card of the next date among %q", texts(msgs))
	}
	k.press(p.host, dm(p.host), button(t, status[len(status)-1], "Cancel the event"))
	ask = to(k.sent(), p.host.ID, "Cancel only Tue 10 Mar")
	if len(ask) != 1 {
		t.Fatalf("the question about #2: %q", texts(ask))
	}
	k.press(p.host, dm(p.host), button(t, ask[0], "This and all following"))
	k.sent()
	k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
	if !k.event(p.g, 2).Cancelled || !s.Ended {
		t.Fatalf("after cancelling Tue 10 Mar and all following: %+v", s)
	}
}

// Changed step by step from the status card, a date of a series is saved
// for that date alone or for all that follow, as /edit asks.
func TestSeriesChangedStepByStep(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	out := k.announce(p, "/event Swimming | every Tue 17:00 | City pool")
	k.tick(t0)
	status := to(append(out, k.sent()...), p.host.ID, "Status")
	if len(status) == 0 {
		t.Fatal("no status card")
	}
	change := func(place, save string) {
		t.Helper()
		k.press(p.host, dm(p.host), button(t, status[len(status)-1], "Change"))
		ask := to(k.sent(), p.host.ID, "What do you want to change")
		if len(ask) != 1 {
			t.Fatal("no question which field to change")
		}
		k.press(p.host, dm(p.host), button(t, ask[0], "Place"))
		k.say(dm(p.host), p.host, place)
		preview := to(k.sent(), p.host.ID, "This is what the group will see", place, "Change only Tue 3 Mar, or this and all following dates?")
		if len(preview) != 1 || !strings.HasPrefix(buttonTexts(preview[0]), "Only Tue 3 Mar|This and all following|") {
			t.Fatalf("the preview of a date of a series: %q with %q", texts(preview), buttonTexts(preview[0]))
		}
		k.press(p.host, dm(p.host), button(t, preview[0], save))
		k.sent()
	}
	series := func() (s allaboard.Series) {
		k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
		return s
	}
	change("Lido", "Only Tue 3 Mar")
	if e, s := k.event(p.g, 1), series(); e.Where != "Lido" || s.Where != "City pool" {
		t.Fatalf("saved for Tue 3 Mar only: the date at %q, the series at %q", e.Where, s.Where)
	}
	change("Beach", "This and all following")
	if e, s := k.event(p.g, 1), series(); e.Where != "Beach" || s.Where != "Beach" {
		t.Fatalf("saved for all following: the date at %q, the series at %q", e.Where, s.Where)
	}
}

// noEvent fails the test if event num of g was announced.
func noEvent(t *testing.T, k *kit, g *app.Chat, num int, why string) {
	t.Helper()
	k.view(func(tx allaboard.Tx) error {
		if e, err := tx.Event(g.ID, num); err == nil {
			t.Errorf("%s: #%d announced (%v)", why, num, e.When)
		}
		return nil
	})
}

// A date moved on its own past the next one keeps its place in the series
// (its RECURRENCE-ID), and the next date still comes in its own time: a
// week before it, not once the moved date is over; and moving the first
// date again announces nothing early.
func TestSeriesDateMovedPastTheNext(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool") // #1 Tue 3 Mar
	k.say(p.g, p.host, "/edit 1 when Wed 11 Mar 17:00-18:00")
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1}.Encode())
	k.sent()
	tue := func(day int) time.Time { return time.Date(2026, 3, day, 17, 0, 0, 0, time.UTC) }
	if e := k.event(p.g, 1); !e.When.Equal(time.Date(2026, 3, 11, 17, 0, 0, 0, time.UTC)) || !e.Occurs.Equal(tue(3)) {
		t.Fatalf("#1 moved alone: %+v", e)
	}

	k.tick(tue(3).Add(-time.Minute))
	noEvent(t, k, p.g, 2, "more than a week before Tue 10 Mar")
	k.tick(tue(3)) // a week before Tue 10 Mar
	k.sent()
	if e := k.event(p.g, 2); e.Series != 1 || !e.When.Equal(tue(10)) || !e.Occurs.Equal(tue(10)) {
		t.Fatalf("the date after the one moved: %+v", e)
	}

	k.say(p.g, p.host, "/edit 1 where Lido") // the moved date again, alone
	k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: 1}.Encode())
	k.tick(tue(3).Add(time.Minute))
	k.sent()
	noEvent(t, k, p.g, 3, "a change of the first date while the second is announced")
	if e := k.event(p.g, 1); !e.Occurs.Equal(tue(3)) || e.Where != "Lido" {
		t.Errorf("#1 after its second change: %+v", e)
	}

	k.tick(tue(10).Add(time.Hour)) // Tue 10 Mar is over
	k.sent()
	if e := k.event(p.g, 3); !e.When.Equal(tue(17)) {
		t.Errorf("the date after Tue 10 Mar: %+v", e)
	}
}

// A date of a series the bot announces by itself in the group's quiet
// hours (the last date ended at 22:30) goes without a sound, as does
// everything else sent then; outside quiet hours it rings as any card.
func TestSeriesDateAnnouncedQuietlyInQuietHours(t *testing.T) {
	k := newKit(t, func(c *app.Config) { c.Defaults.Quiet = allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour} })
	p := k.parentsGroup("Anna")
	k.start(p.members[0])
	k.sent()
	k.announce(p, "/event Choir | every Tue 19:00-22:30 | School hall")
	q := k.parentsIn(-200) // only its host: Anna is reminded of one date
	k.announce(q, "/event Swimming | every Tue 17:00-18:00 | City pool")

	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC))
	if c := card(t, k.sent(), q.g, 2); c.Silent {
		t.Errorf("a date announced at 18:00 went without a sound")
	}
	k.tick(time.Date(2026, 3, 3, 22, 30, 0, 0, time.UTC))
	out := k.sent()
	if c := card(t, out, p.g, 2); !c.Silent {
		t.Errorf("the date announced at 22:30 rings the group")
	}
	for _, m := range out {
		if rings := !m.Silent && m.Op == "" && (m.Ref == "" || m.Fresh); rings { // edits and pins make no sound
			t.Errorf("rings at 22:30, in quiet hours: to %d %q", m.ChatID, m.Text)
		}
	}
}

// A series limited to a number of dates keeps that number when it moves to
// another weekday from a date on: the dates before the change count.
func TestSeriesCountKeptWhenMovedForAll(t *testing.T) {
	for _, c := range []struct {
		name  string
		from  int    // the date changed
		when  string // its new time
		dates []int  // the March days of the dates from it on
	}{
		{"from the first", 1, "Wed 4 Mar 17:00", []int{4, 11, 18}},
		{"from the second", 2, "Wed 11 Mar 17:00", []int{11, 18}},
	} {
		t.Run(c.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Anna")
			k.announce(p, "/event Swimming | every Tue 17:00 3 times | City pool") // Tue 3, 10, 17 Mar
			if c.from == 2 {
				k.tick(time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC))
				k.sent()
			}
			k.say(p.g, p.host, fmt.Sprintf("/edit %d when %s", c.from, c.when))
			k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: c.from, All: true}.Encode())
			k.sent()
			var s allaboard.Series
			k.view(func(tx allaboard.Tx) (err error) { s, err = tx.Series(p.g.ID, 1); return err })
			starts, err := recur.RRule{}.Starts(s.Rule, s.Rule.Start.Add(-time.Second), 10)
			if err != nil {
				t.Fatal(err)
			}
			var days []int
			for _, d := range starts {
				days = append(days, d.Day())
			}
			if !slices.Equal(days, c.dates) {
				t.Errorf("rule %q: dates %v, want %v", s.Rule.RRule, days, c.dates)
			}
		})
	}
}

// Whoever added a series to their calendar, from any of its dates, gets
// its new file when a later date is moved alone, called off alone, or the
// series changes from a later date on: once each time.
func TestSeriesCalendarFollowsEveryDate(t *testing.T) {
	k := berlinKit(t)
	p := k.parentsGroup("Ali")
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
	change := func(command string, num int, all bool) icstest.File {
		t.Helper()
		k.say(p.g, p.host, command)
		k.press(p.host, p.g, wire.ScopePress{Group: p.g.ID, Event: num, All: all}.Encode())
		f := oneFile(t, k.sent(), ali.ID)
		k.tick(k.now.Add(time.Minute)) // his reminder of the change: no second file
		if got := files(t, k.sent(), ali.ID); len(got) != 0 {
			t.Errorf("%s: %d more files", command, len(got))
		}
		return f
	}

	k.tick(berlin(3, 18)) // #2 Tue 10 Mar
	k.sent()
	f := change("/edit 2 when Thu 12 Mar 17:00-18:00", 2, false)
	if len(f.Overrides) != 1 || !f.Overrides[0].RecurrenceID.Equal(berlin(10, 17)) || !f.Overrides[0].Start.Equal(berlin(12, 17)) {
		t.Errorf("#2 moved alone: changed dates %+v", f.Overrides)
	}

	k.tick(berlin(12, 18)) // #3 Tue 17 Mar
	k.sent()
	f = change("/cancel 3", 3, false)
	if len(f.ExDates) != 1 || !f.ExDates[0].Equal(berlin(17, 17)) {
		t.Errorf("#3 called off alone: exceptions %v", f.ExDates)
	}

	k.tick(berlin(17, 17)) // #4 Tue 24 Mar
	k.sent()
	f = change("/edit 4 where Lido", 4, true)
	if f.Location != "Lido" {
		t.Errorf("the series at the Lido from #4 on: %q", f.Location)
	}
}

// A sign-up list goes on with the series: the next date asks for the same
// items, and nobody's claim of the last date counts for it.
func TestSeriesCarriesItsList(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Anna")
	anna := p.members[0]
	k.start(anna)
	k.sent()
	k.announce(p, "/event Swimming | every Tue 17:00-18:00 | City pool")
	k.say(p.g, p.host, "/bring 1 towels, drivers x2")
	k.say(dm(anna), anna, "/start "+wire.BringPayload(p.g.ID, 1))
	k.press(anna, dm(anna), button(t, lastTo(t, k.sent(), anna.ID, "Who brings what"), "✋ towels"))
	k.sent()
	if got := k.event(p.g, 1).Bring.Of(anna.ID); len(got) != 1 {
		t.Fatalf("Anna's claims on #1: %+v", got)
	}

	k.tick(time.Date(2026, 3, 3, 18, 0, 0, 0, time.UTC))
	c := card(t, k.sent(), p.g, 2)
	l := k.event(p.g, 2).Bring
	if len(l.Items) != 2 || l.Items[0].Name != "towels" || l.Items[1].Wanted() != 2 || len(l.Claimants()) != 0 {
		t.Errorf("the list of the next date: %+v", l)
	}
	if !strings.Contains(c.Text, "Still needed: towels, drivers (2 of 2)") {
		t.Errorf("the card of the next date:\n%s", c.Text)
	}
	k.view(func(tx allaboard.Tx) error {
		if tm, err := tx.Timer(allaboard.TimerBring, p.g.ID, 2); err != nil || !tm.At.Before(time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("no telling the day before what is missing: %+v %v", tm, err)
		}
		return nil
	})
}
