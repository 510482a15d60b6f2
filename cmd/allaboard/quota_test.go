package main

import (
	"testing"

	"allaboard"
	"allaboard/bot/telegramtest"
)

// One member flooding the bot with commands is told once to wait, and
// another group's /events is still answered at once.
func TestAFloodingMemberIsToldToWaitAndOthersAreAnswered(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	team, coach, _ := h.otherGroup("Football team", "Carla", "Bob")
	for range allaboard.CommandsPerMinute + 10 {
		h.tg.Send(pg.g.ID, ali, "/events")
	}
	h.tg.Send(team.ID, coach, "/events")
	h.waitMessage(coach.ID, "Nothing coming up")
	h.waitMessage(pg.g.ID, "a lot of commands at once")
	h.waitDrained(team.ID, "Sent to you in private, Carla") // Ali's came first: all handled
	if n := h.posted(pg.g.ID, "a lot of commands at once"); n != 1 {
		t.Errorf("Ali was told to wait %d times, want once", n)
	}
	// Ali has no private chat: each answer is an invitation in the group.
	if n := h.posted(pg.g.ID, "I'll answer you in private, Ali"); n != allaboard.CommandsPerMinute {
		t.Errorf("%d of Ali's %d commands were answered, want %d", n, allaboard.CommandsPerMinute+10, allaboard.CommandsPerMinute)
	}
}
