package app_test

import (
	"strings"
	"testing"
)

// A member's plain /start says they are set; the pitch to add the bot to a
// group is for someone the bot knows from no group.
func TestAMembersPlainStartIsNoPitchForHosts(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	ann, stranger := p.members[0], person(99, "Zoe")
	k.say(dm(ann), ann, "/start")
	if got := to(k.sent(), ann.ID); len(got) == 0 || !strings.Contains(got[0].Text, "You're set") || strings.Contains(got[0].Text, "Add me to your group") {
		t.Errorf("a member's /start is answered %q", texts(got))
	}
	k.say(dm(stranger), stranger, "/start")
	if got := to(k.sent(), stranger.ID); len(got) == 0 || !strings.Contains(got[0].Text, "Add me to your group") {
		t.Errorf("a stranger's /start is answered %q", texts(got))
	}
}
