package allaboard_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
)

func TestParseBring(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		add      []allaboard.ItemSpec
		remove   []string
		problem  allaboard.ProblemCode
	}{
		{name: "the issue's line", in: "cake, juice, plates x20, drivers x2",
			add: []allaboard.ItemSpec{{"cake", 1}, {"juice", 1}, {"plates", 20}, {"drivers", 2}}},
		{name: "a count written ×, *, X", in: "chairs ×3; cups *4\nnapkins X5",
			add: []allaboard.ItemSpec{{"chairs", 3}, {"cups", 4}, {"napkins", 5}}},
		{name: "one who brings twenty plates", in: "20 plates", add: []allaboard.ItemSpec{{"20 plates", 1}}},
		{name: "a name ending in x", in: "a box, wax", add: []allaboard.ItemSpec{{"a box", 1}, {"wax", 1}}},
		{name: "spaces tidied, empty entries skipped", in: "  big   cake ,, juice,", add: []allaboard.ItemSpec{{"big cake", 1}, {"juice", 1}}},
		{name: "HTML kept as typed", in: "<b>cake</b> & cream", add: []allaboard.ItemSpec{{"<b>cake</b> & cream", 1}}},
		{name: "removal", in: "-cake, juice", add: []allaboard.ItemSpec{{"juice", 1}}, remove: []string{"cake"}},
		{name: "nothing", in: " , ", problem: allaboard.ProblemBringEmpty},
		{name: "a count alone", in: "cake, x2", problem: allaboard.ProblemBringItem},
		{name: "a bare minus", in: "cake, -", problem: allaboard.ProblemBringItem},
		{name: "count 0", in: "drivers x0", problem: allaboard.ProblemBringCount},
		{name: "count over the most", in: "drivers x51", problem: allaboard.ProblemBringCount},
		{name: "the most people", in: "helpers x50", add: []allaboard.ItemSpec{{"helpers", 50}}},
		{name: "a long item", in: strings.Repeat("a", allaboard.MaxItemName+1), problem: allaboard.ProblemBringLong},
		{name: "too many items", in: strings.Repeat("a,", allaboard.MaxItems+1), problem: allaboard.ProblemBringTooMany},
		{name: "huge text", in: strings.Repeat("cake ", 300), problem: allaboard.ProblemBringTooLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := allaboard.ParseBring(tc.in)
			var p allaboard.Problem
			switch {
			case tc.problem != "" && (!errors.As(err, &p) || p.Code != tc.problem):
				t.Fatalf("ParseBring(%q) = %v; want problem %s", tc.in, err, tc.problem)
			case tc.problem != "":
				return
			case err != nil:
				t.Fatalf("ParseBring(%q): %v", tc.in, err)
			}
			if !slices.Equal(got.Add, tc.add) || !slices.Equal(got.Remove, tc.remove) {
				t.Fatalf("ParseBring(%q) = %+v; want add %v, remove %v", tc.in, got, tc.add, tc.remove)
			}
		})
	}
}

func TestListClaims(t *testing.T) {
	var l allaboard.List
	edit, err := allaboard.ParseBring("cake, drivers x2")
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Add(edit.Add); err != nil {
		t.Fatal(err)
	}
	cake, drivers := l.Items[0].ID, l.Items[1].ID
	const anna, ben, cleo = 1, 2, 3
	for _, c := range []struct {
		id   int
		user int64
	}{{cake, anna}, {drivers, anna}, {drivers, ben}} {
		if ok, err := l.Claim(c.id, c.user, 1); !ok || err != nil {
			t.Fatalf("claim %d by %d: %v, %v", c.id, c.user, ok, err)
		}
	}
	if _, err := l.Claim(drivers, cleo, 1); !errors.Is(err, allaboard.ErrItemFull) {
		t.Fatalf("a third driver: %v; want full", err)
	}
	if _, err := l.Claim(99, cleo, 1); !errors.Is(err, allaboard.ErrItemGone) {
		t.Fatalf("no such item: %v", err)
	}
	if again, err := l.Claim(cake, anna, 1); again || err != nil {
		t.Fatalf("claiming twice: %v, %v; want no second claim", again, err)
	}
	if len(l.Needed()) != 0 {
		t.Fatalf("needed %v; want nothing", l.Needed())
	}

	// The party moves (revision 2): every claim is asked again, and each
	// member says so for all of theirs.
	e := allaboard.Event{Material: 2, Moved: 2, Bring: l}
	if got := l.AskedAgain(e); !slices.Equal(got, []int64{anna, ben}) {
		t.Fatalf("asked again %v; want anna and ben", got)
	}
	if got := l.Confirm(ben, 2); len(got) != 1 {
		t.Fatalf("ben confirmed %v", got)
	}
	if got := l.AskedAgain(e); !slices.Equal(got, []int64{anna}) {
		t.Fatalf("asked again %v; want anna", got)
	}
	if c, _ := l.Items[1].Claimed(ben); !c.Stands(e) {
		t.Fatal("ben's confirmed claim does not stand")
	}
	if c, _ := l.Items[0].Claimed(anna); c.Stands(e) {
		t.Fatal("anna's claim for the old date stands")
	}
	released := l.ReleaseAll(anna)
	if len(released) != 2 || len(l.Needed()) != 2 || len(l.Of(anna)) != 0 {
		t.Fatalf("released %v, needed %v", released, l.Needed())
	}
	if l.Items[1].Free() != 1 {
		t.Fatalf("drivers free %d; want 1", l.Items[1].Free())
	}

	// Adding again: a new count, never below the claims; removal by name.
	if err := l.Add([]allaboard.ItemSpec{{"Drivers", 1}, {"juice", 1}}); err != nil {
		t.Fatal(err)
	}
	if len(l.Items) != 3 || l.Items[1].Wanted() != 1 {
		t.Fatalf("items %+v", l.Items)
	}
	if _, err := l.Remove("CAKE"); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Remove("cake"); err == nil {
		t.Fatal("removed cake twice")
	}
	if err := l.Add([]allaboard.ItemSpec{{"cake", 1}}); err != nil {
		t.Fatal(err)
	}
	if l.Items[len(l.Items)-1].ID == cake {
		t.Fatal("a new item took a removed one's id: an old button would claim it")
	}
	many := make([]allaboard.ItemSpec, allaboard.MaxItems)
	for i := range many {
		many[i] = allaboard.ItemSpec{Name: strings.Repeat("n", i+1), Want: 1}
	}
	if err := l.Add(many); err == nil {
		t.Fatal("a list went over the most items")
	}
}

// An event kept by an older version has no list, and one without a list is
// stored as it was.
func TestListOmittedWhenEmpty(t *testing.T) {
	e := allaboard.Event{Group: -1, Num: 1, Title: "Party", When: time.Date(2026, 12, 20, 15, 0, 0, 0, time.UTC)}
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "bring") {
		t.Fatalf("an event without a list is stored with one: %s", data)
	}
	var back allaboard.Event
	if err := json.Unmarshal(data, &back); err != nil || len(back.Bring.Items) != 0 {
		t.Fatalf("read back %+v, %v", back.Bring, err)
	}
}

// ReleaseAll returns the items as they were, each with the claim taken
// back: whether it stood for the event's time decides who hears of it.
func TestBringReleaseAllAsTheyWere(t *testing.T) {
	var l allaboard.List
	if err := l.Add([]allaboard.ItemSpec{{"cake", 1}, {"drivers", 2}}); err != nil {
		t.Fatal(err)
	}
	const anna, ben = 1, 2
	for _, c := range []struct {
		id   int
		user int64
	}{{1, anna}, {2, anna}, {2, ben}} {
		if _, err := l.Claim(c.id, c.user, 1); err != nil {
			t.Fatal(err)
		}
	}
	for _, it := range l.ReleaseAll(anna) {
		if c, ok := it.Claimed(anna); !ok || c.For != 1 {
			t.Fatalf("released %s without anna's claim: %+v", it.Name, it.Claims)
		}
	}
	if got := l.Claimants(); !slices.Equal(got, []int64{ben}) {
		t.Fatalf("claimants %v; want ben", got)
	}
}

// A list made, or an event moved, after the day before's moment is told
// what is missing three hours before the start, no sooner than halfway
// there, out of quiet hours; never once no such moment is left.
func TestBringMissingLate(t *testing.T) {
	day := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, time.UTC) }
	quiet := allaboard.Settings{Zone: "UTC", Quiet: allaboard.Quiet{From: 21 * time.Hour, To: 8 * time.Hour}}
	for _, tc := range []struct {
		name       string
		s          allaboard.Settings
		start, now time.Time
		want       time.Time
	}{
		{"the evening before", allaboard.Settings{Zone: "UTC"}, day(12, 15, 0), day(11, 18, 0), day(12, 12, 0)},
		{"four hours before: halfway", allaboard.Settings{Zone: "UTC"}, day(12, 15, 0), day(12, 11, 0), day(12, 13, 0)},
		{"in quiet hours: when they end", quiet, day(12, 9, 0), day(11, 20, 0), day(12, 8, 0)},
		{"quiet until the start: just before they begin", quiet, day(12, 7, 0), day(11, 18, 0), day(11, 20, 55)},
		{"quiet now until the start: never", quiet, day(12, 7, 0), day(11, 22, 0), time.Time{}},
		{"started: never", allaboard.Settings{Zone: "UTC"}, day(12, 15, 0), day(12, 15, 0), time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.MissingLate(tc.start, tc.now); !got.Equal(tc.want) {
				t.Fatalf("MissingLate(%s, %s) = %s; want %s", tc.start, tc.now, got, tc.want)
			}
		})
	}
}
