package app_test

import (
	"testing"

	"allaboard"
)

// The attack the audit tried: a member announces a dummy event two years
// ahead, which makes them a host, then sets the group's clock, chase,
// reminders and digest for everyone. Nothing of it changes; each attempt is
// told that only the group's admins may.
func TestAHostOfADummyEventChangesNoSetting(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann := p.members[0]
	k.say(p.g, ann, "/event Dummy | 2028-03-01 10:00 | Nowhere")
	if k.event(p.g, 1).Host != ann.ID {
		t.Fatal("Ann's dummy event wasn't announced")
	}
	k.sent()
	before := *k.chat(p.g).Settings
	for _, cmd := range []string{"/settings timezone Pacific/Kiritimati", "/settings chase 0,5m", "/settings reminders 5m",
		"/settings digest 0 * * * *", "/settings quiet off", "/settings language de", "/language de"} {
		k.say(p.g, ann, cmd)
		if got := k.sent(); len(to(got, p.g.ID, "only the group's admins can change its settings")) != 1 {
			t.Errorf("%s: not refused: %q", cmd, texts(got))
		}
	}
	if got := k.press(ann, p.g, "z:-100:Pacific/Kiritimati"); got != "Only the group's admins can change its time zone." {
		t.Errorf("Ann's tap on a zone is answered %q", got)
	}
	after := *k.chat(p.g).Settings
	if after.Zone != before.Zone || after.Quiet != before.Quiet || allaboard.FormatSchedule(after.Chase) != allaboard.FormatSchedule(before.Chase) ||
		allaboard.FormatReminders(after.Reminders) != allaboard.FormatReminders(before.Reminders) || after.Digest != before.Digest || after.Language != before.Language {
		t.Errorf("the group's settings changed from %+v to %+v", before, after)
	}
}
