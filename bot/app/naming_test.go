package app_test

import (
	"slices"
	"testing"
	"time"

	"allaboard"
)

// A member the bot can only mention is named in the group at most three
// times per version: with the news, in one reminder, and in a last call
// before the host is told to call them. After that only the host is told;
// if they open a private chat meanwhile, the chase goes on there.
func TestAMemberIsNamedInTheGroupAtMostThreeTimesPerVersion(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann := p.members[0]
	k.announce(p, picnic) // ten days ahead
	var named []time.Time
	var handOff time.Time
	for at := t0; at.Before(time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)); at = at.Add(20 * time.Minute) {
		k.tick(at)
		for _, m := range k.sent() {
			if m.ChatID == p.g.ID && m.Chase != nil && slices.Contains(m.Chase.Users, ann.ID) {
				named = append(named, at)
			}
			if m.ChatID == p.host.ID && handOff.IsZero() && len(to([]allaboard.Outgoing{m}, p.host.ID, "Ann", "please contact them personally")) > 0 {
				handOff = at
			}
		}
	}
	if len(named) != allaboard.MaxNamed {
		t.Fatalf("Ann was named in the group %d times (%v), want %d", len(named), named, allaboard.MaxNamed)
	}
	if handOff.IsZero() || named[2].After(handOff) {
		t.Errorf("the last call (%v) isn't before the hand-off (%v)", named[2], handOff)
	}
	if r := k.response(p.g, 1, ann); r.Pings != allaboard.MaxNamed || r.Due.IsZero() {
		t.Errorf("Ann's chase after the last call: %+v, want %d reminders counted and one more due", r, allaboard.MaxNamed)
	}

	// She opens a private chat: the chase goes on there.
	k.start(ann)
	k.sent()
	at := time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)
	for ; at.Before(time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)) && len(to(k.sent(), ann.ID, "Picnic")) == 0; at = at.Add(20 * time.Minute) {
		k.tick(at)
	}
	if !at.Before(time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Ann opened a private chat and was never reminded there")
	}
}
