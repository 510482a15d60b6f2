package allaboard_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

// A notice is its text, and perhaps a day: it closes at the end of that day,
// or a week after its last important change unless kept; its members are
// chased until then, without a day as for an event three days away.
func TestNoticeCloses(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	host := allaboard.User{ID: 1, FirstName: "Ms", LastName: "Weber"}
	now := time.Date(2026, 12, 10, 18, 0, 0, 0, berlin) // a Thursday evening
	monday := allaboard.DaySpan(time.Date(2026, 12, 14, 9, 0, 0, 0, berlin), berlin)
	if want := time.Date(2026, 12, 15, 0, 0, 0, 0, berlin); !monday.Start.Equal(want.AddDate(0, 0, -1)) || !monday.End.Equal(want) {
		t.Fatalf("Monday is %v to %v", monday.Start, monday.End)
	}
	if !monday.WholeDay(berlin) || (allaboard.Span{Start: monday.Start, End: monday.Start.Add(time.Hour)}).WholeDay(berlin) {
		t.Fatal("WholeDay tells a whole day wrong")
	}

	dated, r, err := allaboard.NewNotice(-5, 1, host, "  School is closed on Monday  ", monday, now)
	if err != nil || !r.Material || dated.Title != "School is closed on Monday" || !dated.IsNotice() || !dated.Dated() {
		t.Fatalf("notice %+v, %+v, %v", dated, r, err)
	}
	if got := dated.Closes(); !got.Equal(monday.End) {
		t.Fatalf("a dated notice closes at %v, want the end of its day %v", got, monday.End)
	}
	if !dated.ChaseEnd(now).Equal(monday.End) || dated.Started(monday.End.Add(-time.Minute)) || !dated.Started(monday.End) {
		t.Fatal("a dated notice is chased until its day is over, and no longer")
	}

	undated, _, err := allaboard.NewNotice(-5, 2, host, "Lice in class 2b: please check your child's hair", allaboard.Span{}, now)
	if err != nil || undated.Dated() {
		t.Fatalf("undated notice %+v, %v", undated, err)
	}
	week := now.Add(allaboard.NoticeOpen)
	if !undated.Closes().Equal(week) || undated.Started(week.Add(-time.Second)) || !undated.Started(week) {
		t.Fatalf("an undated notice closes at %v, want a week on, %v", undated.Closes(), week)
	}
	if late := now.Add(6 * 24 * time.Hour); !undated.ChaseEnd(now).Equal(now.Add(allaboard.NoticePace)) || !undated.ChaseEnd(late).Equal(week) {
		t.Fatalf("chase ends %v and %v, want three days on, and the close for a late joiner", undated.ChaseEnd(now), undated.ChaseEnd(late))
	}
	undated.Kept = true
	if !undated.Closes().IsZero() || undated.Started(now.AddDate(1, 0, 0)) || !undated.ChaseEnd(now).Equal(now.Add(allaboard.NoticePace)) {
		t.Fatal("a kept notice should stay open, its members chased at the same pace")
	}
	if over := undated.Over(now.AddDate(1, 0, 0)); !over.IsZero() {
		t.Fatalf("a kept notice is over at %v", over)
	}
	undated.Kept = false
	if over := undated.Over(week.Add(time.Hour)); !over.Equal(week) {
		t.Fatalf("a closed notice is over at %v, want %v", over, week)
	}

	// A change of the text opens a new week; the day can go, and come back.
	later := now.Add(5 * 24 * time.Hour)
	rev, err := undated.Apply(host, later, []allaboard.Edit{{Field: allaboard.FieldText, Text: "Lice in class 2b and 2c"}})
	if err != nil || !rev.Material || !undated.Closes().Equal(later.Add(allaboard.NoticeOpen)) {
		t.Fatalf("text change %+v, %v; closes %v", rev, err, undated.Closes())
	}
	if _, err := dated.Apply(host, now, []allaboard.Edit{{Field: allaboard.FieldWhen}}); err != nil || dated.Dated() {
		t.Fatalf("removing the day: %v, dated %v", err, dated.Dated())
	}
	revs := []allaboard.Revision{r}
	if v := dated.AsOf(append(revs, allaboard.Revision{N: 2, Material: true, Changes: []allaboard.Change{{Field: allaboard.FieldWhen, Old: "x"}}}), 2); v.Dated() || !v.IsNotice() || v.Title != dated.Title {
		t.Fatalf("as of the change, %+v", v)
	}
	for _, f := range []allaboard.Field{allaboard.FieldTitle, allaboard.FieldWhere, allaboard.FieldNotes} {
		if _, err := dated.Apply(host, now, []allaboard.Edit{{Field: f, Text: "x"}}); err == nil {
			t.Errorf("a notice took a change of %s", f)
		}
	}
	if _, _, err := allaboard.NewNotice(-5, 3, host, " ", allaboard.Span{}, now); !errors.Is(err, allaboard.ErrEmpty) {
		t.Fatalf("an empty notice: %v", err)
	}
}

// A change of a notice's text alone, still its latest, can be marked a typo
// fix: whoever confirmed the version before counts as confirming it.
func TestNoticeTypoFix(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Ms"}
	now := time.Date(2026, 12, 10, 18, 0, 0, 0, time.UTC)
	e, r1, _ := allaboard.NewNotice(-5, 1, host, "Shcool closed", allaboard.Span{}, now)
	r2, err := e.Apply(host, now, []allaboard.Edit{{Field: allaboard.FieldText, Text: "School closed"}})
	if err != nil || !r2.Material || e.Material != 2 {
		t.Fatalf("text change %+v, %v", r2, err)
	}
	revs := []allaboard.Revision{r1, r2}
	if _, _, err := e.MarkMinor(host, now, 1, revs); !errors.Is(err, allaboard.ErrNotMinor) {
		t.Fatalf("marking an older revision: %v", err)
	}
	r3, prev, err := e.MarkMinor(host, now, 2, revs)
	if err != nil || prev != 1 || r3.Material || r3.N != 3 || e.Material != 2 || e.Rev != 3 {
		t.Fatalf("marked %+v, prev %d, %v; event rev %d material %d", r3, prev, err, e.Rev, e.Material)
	}
	if _, _, err := e.MarkMinor(host, now, 2, append(revs, r3)); !errors.Is(err, allaboard.ErrNotMinor) {
		t.Fatalf("marking twice: %v", err)
	}

	confirmed := allaboard.Response{Acked: 1, Due: now}
	family := allaboard.Response{Family: 1, Due: now}
	pending := allaboard.Response{Due: now}
	for _, r := range []*allaboard.Response{&confirmed, &family, &pending} {
		r.Carry(prev, 2)
	}
	if !confirmed.Confirmed(e) || !confirmed.Due.IsZero() || !family.Confirmed(e) || !family.Due.IsZero() {
		t.Fatalf("those who knew the version before still must confirm: %+v %+v", confirmed, family)
	}
	if pending.Confirmed(e) || pending.Due.IsZero() {
		t.Fatalf("one who never confirmed is no longer chased: %+v", pending)
	}

	// A change of the day with the text is no typo fix.
	e2, q1, _ := allaboard.NewNotice(-5, 2, host, "Closed", allaboard.Span{}, now)
	day := allaboard.DaySpan(now.Add(48*time.Hour), time.UTC)
	q2, _ := e2.Apply(host, now, []allaboard.Edit{{Field: allaboard.FieldText, Text: "Closed!"}, {Field: allaboard.FieldWhen, When: day}})
	if _, _, err := e2.MarkMinor(host, now, 2, []allaboard.Revision{q1, q2}); !errors.Is(err, allaboard.ErrNotMinor) {
		t.Fatalf("marking a change of the day: %v", err)
	}
}

// A notice's day is read as ReadWhen reads a day, in nine languages, and
// lasts the whole day; the text names its day after a joining word or by a
// day's name.
func TestReadDay(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 10, 22, 0, 0, 0, berlin) // Thursday 22:00
	opts := allaboard.ReadOpts{}
	for _, tc := range []struct{ text, want string }{
		{"today", "2026-12-10"},
		{"Mon 14 Dec", "2026-12-14"},
		{"Montag", "2026-12-14"},
		{"lundi", "2026-12-14"},
		{"tomorrow 9:00", "2026-12-11"},
		{"14.12.", "2026-12-14"},
		{"12 Mar", "2027-03-12"}, // not Tuesday ("mar") at noon
		{"3 Mar", "2027-03-03"},  // nor Tuesday at 3, asking morning or afternoon
		{"Dec 18", "2026-12-18"},
	} {
		r, err := allaboard.ReadDay(tc.text, now, berlin, opts)
		if err != nil || len(r.Ask) > 0 || r.Start.Format(time.DateOnly) != tc.want || !r.WholeDay(berlin) {
			t.Errorf("ReadDay(%q) = %+v, %v; want the whole of %s", tc.text, r, err, tc.want)
		}
	}
	if _, err := allaboard.ReadDay("yesterday", now, berlin, opts); !errors.Is(err, allaboard.ErrWhenPast) {
		t.Errorf("yesterday: %v", err)
	}
	r, err := allaboard.ReadDay("next Fri", now, berlin, opts)
	if err != nil || r.Why != allaboard.AskWhichWeek || len(r.Ask) != 2 || !r.Ask[1].WholeDay(berlin) {
		t.Fatalf("next Fri: %+v, %v; want a question between two whole days", r, err)
	}
	if typed := allaboard.DayTyped(r.Ask[1].Start, berlin); typed != "Fri 18 Dec 2026" {
		t.Fatalf("typed back %q", typed)
	}

	isDay := func(s string) bool {
		_, err := allaboard.ReadWhen(s, now, berlin, opts)
		return errors.Is(err, allaboard.ErrWhenNoTime)
	}
	for _, tc := range []struct{ text, want string }{
		{"School is closed on Monday", "Monday"},
		{"School is closed (heating failure), please arrange care on Mon 14 Dec.", "Mon 14 Dec"},
		{"Schule geschlossen am Montag", "Montag"},
		{"Bring your PE kit tomorrow!", "tomorrow"},
		{"École fermée lundi", "lundi"},
		{"Swimming is cancelled next Friday", "next Friday"},
		{"Heating failure.\nSchool is closed on\nMonday.", "Monday"},
		{"School is closed on Monday (heating failure) — please arrange care", ""}, // the day must end it
		{"Die Schule ist am Montag geschlossen", ""},
		{"Meeting in the hall at 5", ""},
		{"Please bring 5 pencils", ""},
		{"Please do", ""},
		{"Meet on Monday 8:00", ""}, // a time, not a day: /event's
		{"Thanks for a lovely party", ""},
		{"Closed | Monday", ""},
	} {
		if got := allaboard.DayInText(tc.text, isDay); got != tc.want {
			t.Errorf("DayInText(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"School is closed on Monday (heating failure) — please arrange care", "Monday"},
		{"Die Schule ist am Montag geschlossen", "Montag"},
		{"L'école est fermée lundi 14 décembre (chauffage), merci de prévoir une garde", "lundi 14 décembre"},
		{"Swimming next Friday is cancelled, sorry", "next Friday"},
		{"Meet on Monday 8:00 in the hall", "Monday"}, // the day, asked about: the time is the text's
		{"Meeting in the hall at 5", ""},
		{"Please bring 5 pencils on time", ""},
		{"Thanks for a lovely party", ""},
		{"Closed on Monday | ", ""},
	} {
		if got := allaboard.DayWithin(tc.text, isDay); got != tc.want {
			t.Errorf("DayWithin(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// An event, a notice about a day and a to-do go in a calendar; a notice
// about no day has no date to put there.
func TestWhatGoesInACalendar(t *testing.T) {
	at := time.Date(2026, 12, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		e    allaboard.Event
		want bool
	}{
		{allaboard.Event{When: at}, true},
		{allaboard.Event{Kind: allaboard.KindNotice, When: at, End: at.AddDate(0, 0, 1)}, true},
		{allaboard.Event{Kind: allaboard.KindNotice}, false},
		{allaboard.Event{Kind: allaboard.KindTodo, When: at}, true},
	} {
		if got := tc.e.HasCalendar(); got != tc.want {
			t.Errorf("%+v: in a calendar %v, want %v", tc.e, got, tc.want)
		}
	}
}
