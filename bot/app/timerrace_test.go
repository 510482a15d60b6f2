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
