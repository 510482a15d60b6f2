package allaboard_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

// A to-do is its text and its deadline, after now; it closes at the
// deadline, is chased until then, and its hosts are not asked to do it.
func TestTodoCloses(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	host := allaboard.User{ID: 1, FirstName: "Ms", LastName: "Weber"}
	now := time.Date(2026, 12, 14, 9, 0, 0, 0, berlin) // a Monday
	deadline := time.Date(2026, 12, 18, 12, 0, 0, 0, berlin)
	e, r, err := allaboard.NewTodo(-5, 1, host, "  Sign the permission slip  ", deadline, now)
	if err != nil || !r.Material || !e.IsTodo() || e.Title != "Sign the permission slip" || e.Task != 1 {
		t.Fatalf("to-do %+v, %+v, %v", e, r, err)
	}
	if !e.Closes().Equal(deadline) || !e.ChaseEnd(now).Equal(deadline) || e.Started(deadline.Add(-time.Second)) || !e.Started(deadline) {
		t.Fatal("a to-do is chased until its deadline, and no longer")
	}
	if e.Invited(host.ID) || !e.Invited(7) {
		t.Fatal("a to-do is for the members, not for its host")
	}
	if !e.HasField(allaboard.FieldText) || !e.HasField(allaboard.FieldWhen) || e.HasField(allaboard.FieldWhere) {
		t.Fatal("a to-do has its text and its deadline")
	}
	if _, _, err := allaboard.NewTodo(-5, 2, host, "Too late", now.Add(-time.Minute), now); !errors.Is(err, allaboard.ErrWhenPast) {
		t.Fatalf("a deadline gone by: %v", err)
	}
	if _, _, err := allaboard.NewTodo(-5, 2, host, " ", deadline, now); err == nil {
		t.Fatal("a to-do without a text")
	}
	if over := e.Over(deadline.Add(time.Hour)); !over.Equal(deadline) {
		t.Fatalf("a to-do is over at %v, want its deadline", over)
	}
}

// Each member stands in one of three states, or said they can't: a new
// deadline keeps what was done and asks again those who couldn't; a new
// text asks everyone again, unless it was only a typo fix.
func TestTodoStates(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Hanna"}
	now := time.Date(2026, 12, 14, 9, 0, 0, 0, time.UTC)
	e, r1, _ := allaboard.NewTodo(-5, 1, host, "Sign the permission slip", now.Add(72*time.Hour), now)
	revs := []allaboard.Revision{r1}
	var unseen, seen, done, cant allaboard.Response
	seen.Saw(e.Material, now)
	seen.Due = now.Add(time.Hour)
	seen.Saw(e.Material, now) // seeing again changes nothing
	done.MarkDone(e.Task, 0, now)
	cant.SayCant(e.Material, now)
	for _, tc := range []struct {
		name                        string
		r                           allaboard.Response
		saw, didIt, cantDo, settled bool
	}{
		{"not seen", unseen, false, false, false, false},
		{"seen, not done", seen, true, false, false, false},
		{"done", done, false, true, false, true},
		{"can't", cant, true, false, true, true},
	} {
		if tc.r.SawIt(e) != tc.saw || tc.r.DidIt(e) != tc.didIt || tc.r.CantDo(e) != tc.cantDo || tc.r.Confirmed(e) != tc.settled {
			t.Errorf("%s: saw %v, did %v, can't %v, settled %v", tc.name, tc.r.SawIt(e), tc.r.DidIt(e), tc.r.CantDo(e), tc.r.Confirmed(e))
		}
	}
	if seen.Due.IsZero() {
		t.Fatal("seeing a to-do stopped its chase: it aims at done")
	}

	// A new deadline: what was done stands, a "can't" is asked again.
	r2, err := e.Apply(host, now, []allaboard.Edit{{Field: allaboard.FieldWhen, When: allaboard.Span{Start: now.Add(96 * time.Hour)}}})
	if err != nil || !r2.Material {
		t.Fatalf("moving the deadline: %+v, %v", r2, err)
	}
	revs = append(revs, r2)
	if !done.Confirmed(e) || cant.Confirmed(e) || seen.SawIt(e) {
		t.Fatalf("after a new deadline: done %v, can't %v, seen %v", done.Confirmed(e), cant.Confirmed(e), seen.SawIt(e))
	}

	// A new text: everyone again; marked a typo fix, what was done counts.
	r3, err := e.Apply(host, now, []allaboard.Edit{{Field: allaboard.FieldText, Text: "Sign the permision slip and bring €5"}})
	if err != nil || e.Task != 3 || done.Confirmed(e) {
		t.Fatalf("a new text: task %d, still done %v, %v", e.Task, done.Confirmed(e), err)
	}
	revs = append(revs, r3)
	if _, _, err := e.MarkMinor(host, now, 3, revs); err != nil || e.Task != 1 || !done.Confirmed(e) {
		t.Fatalf("a typo fix of a to-do: task %d, done counts %v, %v", e.Task, done.Confirmed(e), err)
	}

	// Done after saying can't: the can't goes.
	cant.MarkDone(e.Task, 0, now)
	if !cant.DidIt(e) || cant.RSVP != allaboard.NoAnswer {
		t.Fatalf("done after can't: %+v", cant)
	}
	// Cancelled, everyone confirms that they know, done or not.
	if _, err := e.Cancel(host, now); err != nil || done.Confirmed(e) {
		t.Fatalf("a cancelled to-do counts what was done as knowing: %v", err)
	}
}

// The tally of an open to-do counts who did it, and who can't; a household
// counts as one, done once one of it did it; its host is not counted.
func TestTodoTally(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Hanna"}
	now := time.Date(2026, 12, 14, 9, 0, 0, 0, time.UTC)
	e, _, _ := allaboard.NewTodo(-5, 1, host, "Sign the permission slip", now.Add(72*time.Hour), now)
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}}
	for _, id := range []int64{11, 12, 13, 14} {
		r.Members = append(r.Members, allaboard.Member{Group: -5, User: id})
	}
	done := allaboard.Response{User: 11}
	done.MarkDone(e.Task, 0, now)
	family := allaboard.Response{User: 12}
	family.MarkDone(e.Task, 11, now)
	cant := allaboard.Response{User: 13}
	cant.SayCant(e.Material, now)
	r.Resp[11], r.Resp[12], r.Resp[13] = done, family, cant
	if got := r.Tally(); !got.Todo || got.Confirmed != 2 || got.CantGo != 1 || got.Members != 4 || got.Families != 0 {
		t.Fatalf("tally %+v; want 2 of 4 done, 1 can't", got)
	}
	r.Households = []allaboard.Household{{Group: -5, Members: []int64{11, 12}}}
	if got := r.Tally(); got.Families != 3 || got.FamiliesConfirmed != 1 {
		t.Fatalf("tally by family %+v; want 1 of 3 families done", got)
	}
	if !done.Own(e) || family.Own(e) {
		t.Fatal("done by a member of the household is not their own")
	}
}

// A deadline reads as a time; a day alone is due by its end.
func TestReadDeadline(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 14, 9, 0, 0, 0, berlin) // a Monday
	for _, tc := range []struct{ text, want string }{
		{"Fri 12:00", "2026-12-18 12:00"},
		{"Friday", "2026-12-19 00:00"},
		{"today", "2026-12-15 00:00"},
		{"16:00", "2026-12-14 16:00"},
		{"15.12.", "2026-12-16 00:00"},
		{"Fri 12:00-14:00", "2026-12-18 12:00"},
	} {
		r, err := allaboard.ReadDeadline(tc.text, now, berlin, allaboard.ReadOpts{})
		if err != nil || len(r.Ask) > 0 || r.Start.In(berlin).Format("2006-01-02 15:04") != tc.want || !r.End.IsZero() {
			t.Errorf("ReadDeadline(%q) = %+v, %v; want %s", tc.text, r, err, tc.want)
		}
	}
	if _, err := allaboard.ReadDeadline("today 8:00", now, berlin, allaboard.ReadOpts{}); !errors.Is(err, allaboard.ErrWhenPast) {
		t.Errorf("a time gone by: %v", err)
	}
	r, err := allaboard.ReadDeadline("next Fri", now, berlin, allaboard.ReadOpts{})
	if err != nil || len(r.Ask) != 2 {
		t.Fatalf("next Fri: %+v, %v; want a question", r, err)
	}
	typed := allaboard.DeadlineTyped(r.Ask[1], berlin)
	back, err := allaboard.ReadDeadline(typed, now, berlin, allaboard.ReadOpts{})
	if err != nil || !back.Start.Equal(r.Ask[1].End) {
		t.Fatalf("a day chosen, %q, reads back as %v, %v; want the end of it", typed, back.Start, err)
	}
	if got := allaboard.DeadlineTyped(allaboard.Span{Start: time.Date(2026, 12, 18, 12, 0, 0, 0, berlin)}, berlin); got != "Fri 18 Dec 2026 12:00" {
		t.Fatalf("a time typed back: %q", got)
	}
}

// A to-do is split from its deadline at "|" or at the last word for "by"
// in any of the nine languages, where the rest reads as a deadline.
func TestSplitDeadline(t *testing.T) {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	now := time.Date(2026, 12, 14, 9, 0, 0, 0, berlin)
	reads := func(s string) bool {
		_, err := allaboard.ReadDeadline(s, now, berlin, allaboard.ReadOpts{})
		return err == nil
	}
	for _, tc := range []struct{ text, what, when string }{
		{"Sign the permission slip by Fri 12:00", "Sign the permission slip", "Fri 12:00"},
		{"€5 for Ms Weber's gift by Wednesday.", "€5 for Ms Weber's gift", "Wednesday"},
		{"Bring the book by the library by Friday", "Bring the book by the library", "Friday"},
		{"Send a photo for the yearbook | 15.12.", "Send a photo for the yearbook", "15.12."},
		{"Unterschrift bis Freitag 12 Uhr", "Unterschrift", "Freitag 12 Uhr"},
		{"Signer l'autorisation avant vendredi 12h", "Signer l'autorisation", "vendredi 12h"},
		{"Firmar el permiso antes del viernes", "Firmar el permiso", "del viernes"},
		{"Firmare il modulo entro venerdì", "Firmare il modulo", "venerdì"},
		{"Assinar a autorização até sexta", "Assinar a autorização", "sexta"},
		{"Toestemming tekenen uiterlijk vrijdag 12:00", "Toestemming tekenen", "vrijdag 12:00"},
		{"Подписать разрешение до пятницы 12:00", "Подписать разрешение", "пятницы 12:00"},
		{"Підписати дозвіл до п'ятниці", "Підписати дозвіл", "п'ятниці"},
		{"Line one\nline two by Fri 12:00", "Line one\nline two", "Fri 12:00"},
	} {
		what, when, ok := allaboard.SplitDeadline(tc.text, reads)
		if !ok || what != tc.what || when != tc.when {
			t.Errorf("SplitDeadline(%q) = %q, %q, %v; want %q, %q", tc.text, what, when, ok, tc.what, tc.when)
		}
	}
	for _, text := range []string{"Sign the permission slip", "Bring it by bike", "by Friday", ""} {
		if what, when, ok := allaboard.SplitDeadline(text, reads); ok {
			t.Errorf("SplitDeadline(%q) = %q, %q; want no deadline", text, what, when)
		}
	}
}
