package app_test

import (
	"fmt"
	"strings"
	"testing"
)

// In guided creation the host may choose guests from the members the bot
// knows, a page at a time; only they are chased once it is posted.
func TestGuidedCreationForChosenGuests(t *testing.T) {
	k := newKit(t, nil)
	var names []string
	for i := range 12 {
		names = append(names, fmt.Sprintf("Parent%02d", i))
	}
	p := k.parentsGroup(names...)
	k.start(p.members...)
	k.sent()
	k.guided(p.host, "/event", "Event")
	k.step(p.host, "Party")
	q := k.step(p.host, "Sat 15:00-17:00")
	k.tap(p.host, q, "No")
	q = k.step(p.host, "Jump House")
	q = k.tap(p.host, q, "Skip")
	list := k.tap(p.host, q, "Choose guests")
	if !strings.Contains(list.Text, "page 1 of 2") || len(button(t, list, "Parent00")) == 0 {
		t.Fatalf("the first page of the guest list: %q %+v", list.Text, list.Buttons)
	}
	if got := k.press(p.host, dm(p.host), button(t, list, "Done")); !strings.Contains(got, "Choose at least one guest") {
		t.Errorf("Done with nobody chosen answered %q", got)
	}
	list = k.tap(p.host, list, "Parent00")
	list = k.tap(p.host, list, "Parent03")
	list = k.tap(p.host, list, "▶️")
	if !strings.Contains(list.Text, "page 2 of 2") || !strings.Contains(list.Text, "2 chosen") {
		t.Fatalf("the second page: %q", list.Text)
	}
	list = k.tap(p.host, list, "Parent11")
	list = k.tap(p.host, list, "◀️")
	list = k.tap(p.host, list, "Parent03") // not after all
	// A member of another group can't be slipped in with made-up data.
	k.press(p.host, dm(p.host), "f:t:999:0")
	k.sent()
	preview := k.tap(p.host, list, "Done")
	if !containsAll(preview.Text, []string{"This is what the group will see", "For invited guests (2)"}) {
		t.Fatalf("preview = %q", preview.Text)
	}
	k.press(p.host, dm(p.host), button(t, preview, "Post to"))
	k.sent()
	e := k.event(p.g, 1)
	if len(e.Guests) != 2 {
		t.Fatalf("guests %v, want Parent00 and Parent11", e.Guests)
	}
	k.tick(k.now)
	chased := map[int64]bool{}
	for _, m := range k.sent() {
		if m.Chase != nil {
			for _, u := range m.Chase.Users {
				chased[u] = true
			}
		}
	}
	for _, u := range p.members {
		want := u.FirstName == "Parent00" || u.FirstName == "Parent11"
		if chased[u.ID] != want {
			t.Errorf("%s chased: %v, want %v", u.FirstName, chased[u.ID], want)
		}
	}
	if r := k.response(p.g, 1, p.members[5]); !r.Due.IsZero() {
		t.Errorf("an uninvited member has a reminder due: %+v", r)
	}
}
