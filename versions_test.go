package allaboard_test

import (
	"slices"
	"testing"
	"time"

	"allaboard"
)

// An earlier card is retired showing what it said: the event as it stood
// before the next material revision, cosmetic changes included.
func TestAsOfReplaysTheRevisions(t *testing.T) {
	host := allaboard.User{ID: 1, FirstName: "Hanna"}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)
	party := now.Add(11 * 24 * time.Hour)
	e, r1, err := allaboard.NewEvent(-5, 1, host, "Party", party, "Park", "Bring socks", now)
	if err != nil {
		t.Fatal(err)
	}
	revs := []allaboard.Revision{r1}
	for _, change := range []func() (allaboard.Revision, error){
		func() (allaboard.Revision, error) { return e.SetText(host, now, allaboard.FieldTitle, "Mia's party") },
		func() (allaboard.Revision, error) { return e.Move(host, now, party.Add(time.Hour)) },
		func() (allaboard.Revision, error) { return e.SetText(host, now, allaboard.FieldWhere, "Café") },
		func() (allaboard.Revision, error) { return e.Cancel(host, now) },
	} {
		r, err := change()
		if err != nil {
			t.Fatal(err)
		}
		revs = append(revs, r)
	}
	if got, want := allaboard.MaterialRevs(revs), []int{1, 3, 4, 5}; !slices.Equal(got, want) {
		t.Fatalf("material revisions %v, want %v", got, want)
	}
	tests := []struct {
		n         int
		title     string
		when      time.Time
		where     string
		cancelled bool
	}{
		{1, "Party", party, "Park", false},
		{2, "Mia's party", party, "Park", false},
		{3, "Mia's party", party.Add(time.Hour), "Park", false},
		{4, "Mia's party", party.Add(time.Hour), "Café", false},
		{5, "Mia's party", party.Add(time.Hour), "Café", true},
	}
	for _, tt := range tests {
		v := e.AsOf(revs, tt.n)
		if v.Title != tt.title || !v.When.Equal(tt.when) || v.Where != tt.where || v.Cancelled != tt.cancelled || v.Notes != "Bring socks" || v.Num != 1 || v.Group != -5 {
			t.Errorf("as of revision %d: %+v", tt.n, v)
		}
		if v.Rev != tt.n {
			t.Errorf("as of revision %d: Rev %d", tt.n, v.Rev)
		}
	}
}

func TestParseCardRef(t *testing.T) {
	e := allaboard.Event{Group: -5, Num: 12, Material: 3}
	if num, rev, ok := allaboard.ParseCardRef(allaboard.CardRef(e)); !ok || num != 12 || rev != 3 {
		t.Errorf("ParseCardRef(%q) = %d, %d, %v", allaboard.CardRef(e), num, rev, ok)
	}
	for _, ref := range []string{"", "card:1", "card:x:1", "status:-5:1", allaboard.RollCallRef, "card:1:2:3"} {
		if _, _, ok := allaboard.ParseCardRef(ref); ok {
			t.Errorf("ParseCardRef(%q) accepted it", ref)
		}
	}
}
