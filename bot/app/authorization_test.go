package app_test

import (
	"fmt"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// Who may do what in a group, every role against every command and button
// that changes something. The adapter marks anonymous admins (posting as the
// group itself) as admins; a channel's stand-in never is. The group's
// settings, everything every member is chased by, are its admins' alone: the
// host of an upcoming event chooses only its own pace. Buttons pressed by
// people outside the group, or with forged data, are
// TestForgedOrStaleButtonsConfirmNothing.
func TestAuthorizationMatrix(t *testing.T) {
	type role string
	const (
		member, host, admin, anonymous, channel role = "member", "host", "admin", "anonymous admin", "channel post"
	)
	settings := func(k *kit, p parents) allaboard.Settings {
		if s := k.chat(p.g).Settings; s != nil {
			return *s
		}
		return allaboard.Settings{}
	}
	actions := []struct {
		name    string
		command string // sent in the group; a press's data if press is set
		press   bool
		done    func(k *kit, p parents) bool // whether it took effect
		may     []role
	}{
		{"/edit", "/edit 1 where Beach", false, func(k *kit, p parents) bool { return k.event(p.g, 1).Where == "Beach" },
			[]role{host, admin, anonymous}},
		{"/cancel", "/cancel 1", false, func(k *kit, p parents) bool { return k.event(p.g, 1).Cancelled },
			[]role{host, admin, anonymous}},
		{"/edit pace", "/edit 1 pace urgent", false, func(k *kit, p parents) bool { return k.event(p.g, 1).Pace == allaboard.Urgent },
			[]role{host, admin, anonymous}},
		{"/settings chase", "/settings chase 0,30m,2h", false, func(k *kit, p parents) bool {
			return allaboard.FormatSchedule(settings(k, p).Chase) == "0,30m,2h"
		}, []role{admin, anonymous}},
		{"/settings timezone", "/settings timezone Pacific/Kiritimati", false, func(k *kit, p parents) bool {
			return settings(k, p).Zone == "Pacific/Kiritimati"
		}, []role{admin, anonymous}},
		{"/settings quiet", "/settings quiet 22:00-07:00", false, func(k *kit, p parents) bool {
			return settings(k, p).Quiet.String() == "22:00-07:00"
		}, []role{admin, anonymous}},
		{"/settings reminders", "/settings reminders 5m", false, func(k *kit, p parents) bool {
			return allaboard.FormatReminders(settings(k, p).Reminders) == "5m"
		}, []role{admin, anonymous}},
		{"/settings digest", "/settings digest 0 * * * *", false, func(k *kit, p parents) bool {
			return settings(k, p).Digest == "0 * * * *"
		}, []role{admin, anonymous}},
		{"/settings language", "/settings language de", false, func(k *kit, p parents) bool { return settings(k, p).Language == "de" },
			[]role{admin, anonymous}},
		{"/language", "/language fr", false, func(k *kit, p parents) bool { return settings(k, p).Language == "fr" },
			[]role{admin, anonymous}},
		// A press comes from the person, never as the group or a channel.
		{"time zone button", "z:-100:Europe/Kyiv", true, func(k *kit, p parents) bool { return settings(k, p).Zone == "Europe/Kyiv" },
			[]role{admin}},
		{"language button", "lg:-100:uk", true, func(k *kit, p parents) bool { return settings(k, p).Language == "uk" },
			[]role{admin}},
		{"/event", "/event Swim | 2026-03-14 10:00 | Pool", false, func(k *kit, p parents) bool {
			found := false
			k.view(func(tx allaboard.Tx) error {
				_, err := tx.Event(p.g.ID, 2)
				found = err == nil
				return nil
			})
			return found
		}, []role{member, host, admin}},
		{"/forget", "/forget", false, func(k *kit, p parents) bool {
			return len(to(k.pending(), p.g.ID, "Delete everything I keep about this group?")) > 0
		}, []role{admin, anonymous}},
	}
	for _, a := range actions {
		for _, r := range []role{member, host, admin, anonymous, channel} {
			t.Run(fmt.Sprintf("%s by %s", a.name, r), func(t *testing.T) {
				k := newKit(t, nil)
				p := k.parentsGroup("Ben", "Ada")
				ben, ada := p.members[0], p.members[1]
				k.admin(p.g, ada)
				k.announce(p, picnic)
				k.sent()
				users := map[role]*app.User{
					member: ben, host: p.host, admin: ada,
					anonymous: {ID: 1087968824, FirstName: "Group", UserName: "GroupAnonymousBot", IsBot: true},
					channel:   {ID: 136817688, FirstName: "Channel", UserName: "Channel_Bot", IsBot: true},
				}
				if r == anonymous {
					k.admin(p.g, users[anonymous])
				}
				if a.press {
					k.press(users[r], p.g, a.command)
				} else {
					k.say(p.g, users[r], a.command)
				}
				got := a.done(k, p)
				want := false
				for _, m := range a.may {
					want = want || m == r
				}
				if got != want {
					t.Errorf("%s: took effect %v, want %v; replies: %q", a.command, got, want, texts(k.pending()))
				}
			})
		}
	}
}
