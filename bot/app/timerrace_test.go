package app_test

import (
	"testing"

	"allaboard/bot/app"
)

// A recount asked for while the group is being counted is not lost: the
// count taken before it is stale (someone joined, an event was announced),
// so the roster is counted again. It was: the timer was cleared after the
// count, and the roll call kept saying everyone was known
// (TestRollCallIsRepostedDailyWhileMembersAreUnknown, now and then).
func TestARecountAskedWhileCountingIsNotLost(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	k.census[p.g.ID] = app.Census{Members: 3} // Hanna, Ann and the bot
	k.duringCensus = func() {
		k.census[p.g.ID] = app.Census{Members: 4} // Xia joins silently
		k.say(p.g, p.host, picnic)                // and asks for a recount
	}
	k.tick(t0)
	k.tick(t0)
	if msgs := k.sent(); len(to(msgs, p.g.ID, "Roll call", "I know 2 of 3 members")) == 0 {
		t.Errorf("the roll call doesn't count Xia: %q", texts(to(msgs, p.g.ID)))
	}
}

// The first count of a group can be taken before members who speak while it
// is on its way: it must not be taken as the last word, or the roll call
// says everyone is known and no count ever follows (an e2e test saw hosts
// told of a bot as a member not seen, by a count taken much later).
func TestMembersLearnedDuringTheFirstCountAreCountedAgain(t *testing.T) {
	k := newKit(t, nil)
	host := &app.User{ID: 1, FirstName: "Hanna"}
	k.start(host)
	k.census[-100] = app.Census{Members: 2} // Hanna and the bot, when asked
	g := &app.Chat{ID: -100, Type: "supergroup", Title: "Class 2b parents"}
	k.duringCensus = func() {
		k.census[-100] = app.Census{Members: 4}
		k.join(g, person(11, "Ann"), person(12, "Ben")) // they came meanwhile
	}
	g = k.group(-100, "Class 2b parents", host)
	k.tick(t0)
	k.duringCensus = nil
	k.tick(t0)
	if got := k.chat(g).Count; got != 4 {
		t.Errorf("the group's count is %d, want 4: the count taken before Ann and Ben stood", got)
	}
}
