package app_test

import (
	"fmt"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// Who may do what in a group, every role against every command that changes
// something. The adapter marks anonymous admins (posting as the group itself)
// as admins; a channel's stand-in never is. Buttons pressed by people outside
// the group, or with forged data, are TestForgedOrStaleButtonsConfirmNothing.
func TestAuthorizationMatrix(t *testing.T) {
	type role string
	const (
		member, host, admin, anonymous, channel role = "member", "host", "admin", "anonymous admin", "channel post"
	)
	actions := []struct {
		name    string
		command string
		done    func(k *kit, p parents) bool // whether it took effect
		may     []role
	}{
		{"/edit", "/edit 1 where Beach", func(k *kit, p parents) bool { return k.event(p.g, 1).Where == "Beach" },
			[]role{host, admin, anonymous}},
		{"/cancel", "/cancel 1", func(k *kit, p parents) bool { return k.event(p.g, 1).Cancelled },
			[]role{host, admin, anonymous}},
		{"/settings", "/settings chase 0,30m,2h", func(k *kit, p parents) bool {
			s := k.chat(p.g).Settings
			return s != nil && allaboard.FormatSchedule(s.Chase) == "0,30m,2h"
		}, []role{host, admin, anonymous}},
		{"/event", "/event Swim | 2026-03-14 10:00 | Pool", func(k *kit, p parents) bool {
			found := false
			k.view(func(tx allaboard.Tx) error {
				_, err := tx.Event(p.g.ID, 2)
				found = err == nil
				return nil
			})
			return found
		}, []role{member, host, admin}},
		{"/forget", "/forget", func(k *kit, p parents) bool {
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
				k.say(p.g, users[r], a.command)
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
