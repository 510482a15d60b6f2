package allaboard

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// A sign-up list ("who brings what") on an event: the items its hosts ask
// for, each claimed by members. A claim holds for the version of the event
// it was made or confirmed for: once the time or place moves it stands no
// more until its member says they still bring it (see Claim.Stands), as an
// answer does (Response.RSVPFor).

// Limits of a sign-up list, so that it fits on a card and in a message.
const (
	MaxItems     = 30   // items on one list
	MaxItemName  = 60   // characters of an item's name
	MaxItemWant  = 50   // people one item may need ("drivers x50")
	MaxBringText = 1000 // characters of one /bring line
)

// Problems with a /bring line (Problem.Args in the comments).
const (
	ProblemBringEmpty    ProblemCode = "bring-empty"     // none: no item named
	ProblemBringItem     ProblemCode = "bring-item"      // the entry as typed: a count without a name
	ProblemBringLong     ProblemCode = "bring-long"      // the item as typed (clipped), the most characters
	ProblemBringCount    ProblemCode = "bring-count"     // the item as typed, the most people
	ProblemBringTooMany  ProblemCode = "bring-too-many"  // the most items
	ProblemBringTooLong  ProblemCode = "bring-too-long"  // the most characters
	ProblemBringNotThere ProblemCode = "bring-not-there" // the name to remove as typed
)

// Errors of claims, which the bot answers politely.
var (
	ErrItemGone = errors.New("no such item")
	ErrItemFull = errors.New("the item has all it needs")
)

// List is an event's sign-up list.
type List struct {
	Items []Item `json:"items,omitempty"`
	// Last is the last item id given: ids are never reused, so a button of
	// a removed item never claims another.
	Last int `json:"last,omitempty"`
	// Missing is the event's start for which its group was told what is
	// still missing (or nothing was): once per date.
	Missing int64 `json:"missing,omitempty"`
}

// Item is one thing on a list, and who brings it.
type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	// Want is how many people it needs ("drivers x2"); 0 means one.
	Want   int     `json:"want,omitempty"`
	Claims []Claim `json:"claims,omitempty"`
}

// Claim is a member bringing an item.
type Claim struct {
	User int64 `json:"user"`
	// For is the material revision the claim was made or last confirmed
	// for: after a move it stands no more until confirmed again.
	For int `json:"for"`
}

// ItemSpec is an item as a host typed it: its name and how many people it
// needs.
type ItemSpec struct {
	Name string `json:"name"`
	Want int    `json:"want"`
}

// BringEdit is a /bring line read: items to add, names to take off.
type BringEdit struct {
	Add    []ItemSpec
	Remove []string
}

// ParseBring reads a /bring line: items separated by commas (or new lines),
// "name xN" for an item N people each bring (two drivers: "drivers x2"; one
// who brings twenty plates is "20 plates"), and "-name" to take an item
// off. HTML is kept as typed: it is escaped where shown.
func ParseBring(s string) (BringEdit, error) {
	var out BringEdit
	if utf8.RuneCountInString(s) > MaxBringText {
		return out, problem(ProblemBringTooLong, MaxBringText)
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\n' || r == ';' }) {
		part = strings.Join(strings.Fields(part), " ")
		if part == "" {
			continue // "cake,,juice" or a trailing comma
		}
		if name, ok := strings.CutPrefix(part, "-"); ok {
			name = strings.TrimSpace(name)
			if name == "" {
				return out, problem(ProblemBringItem, part)
			}
			out.Remove = append(out.Remove, name)
			continue
		}
		spec, err := parseItem(part)
		if err != nil {
			return out, err
		}
		out.Add = append(out.Add, spec)
	}
	if len(out.Add)+len(out.Remove) == 0 {
		return out, problem(ProblemBringEmpty)
	}
	if len(out.Add) > MaxItems {
		return out, problem(ProblemBringTooMany, MaxItems)
	}
	return out, nil
}

// parseItem reads one item: "cake", "drivers x2", "plates ×20".
func parseItem(part string) (ItemSpec, error) {
	spec := ItemSpec{Name: part, Want: 1}
	if i := strings.LastIndexByte(part, ' '); i >= 0 || countWord(part) {
		word := part[i+1:]
		if digits, ok := cutCount(word); ok {
			n, err := strconv.Atoi(digits)
			if err != nil || n < 1 || n > MaxItemWant {
				return spec, problem(ProblemBringCount, clipInput(part), MaxItemWant)
			}
			spec.Name, spec.Want = strings.TrimSpace(part[:max(i, 0)]), n
		}
	}
	if spec.Name == "" {
		return spec, problem(ProblemBringItem, part)
	}
	if utf8.RuneCountInString(spec.Name) > MaxItemName {
		return spec, problem(ProblemBringLong, clipInput(spec.Name), MaxItemName)
	}
	return spec, nil
}

// countWord reports whether a whole entry is a count, as in "x2".
func countWord(s string) bool { _, ok := cutCount(s); return ok }

// cutCount reads "x2", "X2", "×2" or "*2" as the digits of a count.
func cutCount(word string) (string, bool) {
	for _, p := range []string{"x", "X", "×", "*"} {
		if d, ok := strings.CutPrefix(word, p); ok && d != "" && strings.Trim(d, "0123456789") == "" {
			return d, true
		}
	}
	return "", false
}

// Wanted is how many people the item needs.
func (i Item) Wanted() int { return max(i.Want, 1) }

// Free is how many more people the item needs: every claim holds its place,
// one asked again after a move too, until it is released.
func (i Item) Free() int { return max(0, i.Wanted()-len(i.Claims)) }

// Claimed returns user's claim of the item, if any.
func (i Item) Claimed(user int64) (Claim, bool) {
	for _, c := range i.Claims {
		if c.User == user {
			return c, true
		}
	}
	return Claim{}, false
}

// Stands reports whether the claim holds for e's current time and place.
func (c Claim) Stands(e Event) bool { return c.For >= e.Moved }

// Add puts items on the list; an item already there by that name (in any
// case) now needs the new count, and never fewer than have claimed it.
func (l *List) Add(specs []ItemSpec) error {
	n := len(l.Items)
	for _, s := range specs {
		if l.find(s.Name) < 0 {
			n++
		}
	}
	if n > MaxItems {
		return problem(ProblemBringTooMany, MaxItems)
	}
	for _, s := range specs {
		if i := l.find(s.Name); i >= 0 {
			l.Items[i].Want = max(s.Want, len(l.Items[i].Claims))
			continue
		}
		l.Last++
		l.Items = append(l.Items, Item{ID: l.Last, Name: s.Name, Want: s.Want})
	}
	return nil
}

// Remove takes the item by that name off the list.
func (l *List) Remove(name string) (Item, error) {
	i := l.find(name)
	if i < 0 {
		return Item{}, problem(ProblemBringNotThere, clipInput(name))
	}
	it := l.Items[i]
	l.Items = slices.Delete(l.Items, i, i+1)
	return it, nil
}

// find is the index of the item by that name, or -1.
func (l *List) find(name string) int {
	return slices.IndexFunc(l.Items, func(it Item) bool { return strings.EqualFold(it.Name, name) })
}

// Item returns a pointer to the item with that id, nil if none.
func (l *List) Item(id int) *Item {
	if i := slices.IndexFunc(l.Items, func(it Item) bool { return it.ID == id }); i >= 0 {
		return &l.Items[i]
	}
	return nil
}

// Claim records that user brings item id, for material revision rev;
// claimed is false if they already did (the claim is then confirmed for
// rev).
func (l *List) Claim(id int, user int64, rev int) (claimed bool, err error) {
	it := l.Item(id)
	if it == nil {
		return false, ErrItemGone
	}
	for k := range it.Claims {
		if it.Claims[k].User == user {
			it.Claims[k].For = max(it.Claims[k].For, rev)
			return false, nil
		}
	}
	if it.Free() == 0 {
		return false, ErrItemFull
	}
	it.Claims = append(it.Claims, Claim{User: user, For: rev})
	return true, nil
}

// Release takes back user's claim of item id; it returns the claim taken
// back, and false if there was none.
func (l *List) Release(id int, user int64) (Claim, bool) {
	it := l.Item(id)
	if it == nil {
		return Claim{}, false
	}
	c, ok := it.Claimed(user)
	if ok {
		it.Claims = slices.DeleteFunc(it.Claims, func(c Claim) bool { return c.User == user })
	}
	return c, ok
}

// ReleaseAll takes back all of user's claims, and returns the items they
// were of, as they were.
func (l *List) ReleaseAll(user int64) []Item {
	var out []Item
	for _, it := range l.Of(user) {
		it.Claims = slices.Clone(it.Claims) // as it was: Release edits the list's in place
		out = append(out, it)
		l.Release(it.ID, user)
	}
	return out
}

// Confirm records that user still brings all they claimed, for material
// revision rev, and returns the items.
func (l *List) Confirm(user int64, rev int) []Item {
	var out []Item
	for i := range l.Items {
		for k := range l.Items[i].Claims {
			if c := &l.Items[i].Claims[k]; c.User == user {
				c.For = max(c.For, rev)
				out = append(out, l.Items[i])
			}
		}
	}
	return out
}

// Of is the items user claimed.
func (l List) Of(user int64) []Item {
	var out []Item
	for _, it := range l.Items {
		if _, ok := it.Claimed(user); ok {
			out = append(out, it)
		}
	}
	return out
}

// Claimants are the members who claimed something, each once, in the order
// of their first claim.
func (l List) Claimants() []int64 {
	var out []int64
	for _, it := range l.Items {
		for _, c := range it.Claims {
			if !slices.Contains(out, c.User) {
				out = append(out, c.User)
			}
		}
	}
	return out
}

// AskedAgain is the members with a claim that no longer stands for e: each
// is asked whether they still bring it.
func (l List) AskedAgain(e Event) []int64 {
	var out []int64
	for _, it := range l.Items {
		for _, c := range it.Claims {
			if !c.Stands(e) && !slices.Contains(out, c.User) {
				out = append(out, c.User)
			}
		}
	}
	return out
}

// Needed is the items that need more people.
func (l List) Needed() []Item {
	var out []Item
	for _, it := range l.Items {
		if it.Free() > 0 {
			out = append(out, it)
		}
	}
	return out
}

// Unconfirmed is the items with a claim that no longer stands for e: its
// member was asked again after a move and has not said yes. Such a claim
// holds its place, but nobody knows yet that the item will come.
func (l List) Unconfirmed(e Event) []Item {
	var out []Item
	for _, it := range l.Items {
		if slices.ContainsFunc(it.Claims, func(c Claim) bool { return !c.Stands(e) }) {
			out = append(out, it)
		}
	}
	return out
}

// Settled reports whether every item has all the people it needs, each
// sure to bring it to e's current time and place.
func (l List) Settled(e Event) bool { return len(l.Needed()) == 0 && len(l.Unconfirmed(e)) == 0 }

// Forget takes back every claim of user, who is forgotten.
func (l *List) Forget(user int64) bool { return len(l.ReleaseAll(user)) > 0 }

// MissingAt is when a group is told what is still missing from the list of
// an event starting at start: the day before, at the same time on the
// group's clock, out of quiet hours.
func (s Settings) MissingAt(start time.Time) time.Time { return s.reminderAt(start, 24*time.Hour) }

// missingLate is how long before an event its group is told what is still
// missing when the list came too late for the day before: time for a
// last errand.
const missingLate = 3 * time.Hour

// MissingLate is when a group is told what is still missing from the list
// of an event starting at start, when the list was made, or the event
// moved, at now, after the day before's moment (MissingAt): a few hours
// before the start, but no sooner than halfway from now to it, so members
// can sign up first. Out of quiet hours; the zero time if no such moment is
// left before the start.
func (s Settings) MissingLate(start, now time.Time) time.Time {
	at := start.Add(-missingLate)
	if half := now.Add(start.Sub(now) / 2); half.After(at) {
		at = half
	}
	if at = s.outOfQuiet(at, start); at.After(now) && at.Before(start) {
		return at
	}
	return time.Time{}
}
