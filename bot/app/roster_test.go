package app_test

import (
	"strings"
	"testing"
	"time"

	"allaboard/bot/app"
)

// Telegram's count, less the bot, the other bots and the members the bot
// knows, is how many it hasn't seen; the host and the admins who opened a
// chat with the bot are told that number, the others see the roll call.
func TestUnknownMembersAreCountedAndHostsTold(t *testing.T) {
	ada := &app.User{ID: 5, FirstName: "Ada"}   // an admin who opened a chat with the bot
	otto := &app.User{ID: 6, FirstName: "Otto"} // an admin who never did
	pollBot := &app.User{ID: 500, FirstName: "Poll", IsBot: true}
	self := &app.User{ID: botSelf.ID, FirstName: "All Aboard", IsBot: true}
	for _, tc := range []struct {
		name    string
		count   int // Telegram's, the bot itself included
		admins  []*app.User
		unknown int
		told    string // what the host and Ada are told; "" for nothing
	}{
		{"everyone known", 4, []*app.User{self}, 0, ""},
		{"one unknown", 5, []*app.User{self}, 1, "1 member of this group hasn't been seen by the bot yet (<b>Class 2b parents</b>)"},
		{"two unknown", 6, []*app.User{self}, 2, "2 members of this group haven't been seen by the bot yet"},
		{"a bot among the admins is not a member", 7, []*app.User{self, pollBot}, 2, "2 members of this group haven't"},
		{"human admins are members, unknown until seen", 7, []*app.User{self}, 3, "3 members of this group haven't"},
		{"more known than counted", 3, []*app.User{self}, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben") // three known with the host
			k.start(ada)
			admins := []app.ChatMember{{User: ada, Status: "administrator"}, {User: otto, Status: "administrator"}}
			for _, u := range tc.admins {
				admins = append(admins, app.ChatMember{User: u, Status: "administrator"})
			}
			k.census[p.g.ID] = app.Census{Members: tc.count, Admins: admins}
			k.sent()
			k.announce(p, picnic)
			k.tick(t0)
			msgs := k.sent()

			if got, want := k.chat(p.g).Unknown(3), tc.unknown; got != want {
				t.Errorf("%d members unknown, want %d", got, want)
			}
			if got := to(msgs, otto.ID); len(got) > 0 {
				t.Errorf("Otto, who never opened a chat with the bot, was written to: %q", texts(got))
			}
			for _, u := range []*app.User{p.host, ada} {
				got := to(msgs, u.ID, "been seen by the bot yet")
				switch {
				case tc.told == "" && len(got) > 0:
					t.Errorf("%s was told of unknown members when there are none: %q", u.FirstName, got[0].Text)
				case tc.told != "" && (len(got) != 1 || !strings.Contains(got[0].Text, tc.told)):
					t.Errorf("%s was told %q, want %q", u.FirstName, texts(got), tc.told)
				}
			}
			if tc.unknown > 0 && len(to(msgs, p.g.ID, "Roll call", "I know 3 of "+itoa(int64(3+tc.unknown))+" members")) != 1 {
				t.Errorf("the roll call in the group doesn't show the count: %q", texts(to(msgs, p.g.ID)))
			}
		})
	}
}

// "Everyone knows ✅" means every member: not while some are unknown, and
// once, when the last of them confirms.
func TestEveryoneKnowsWaitsForUnknownMembers(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")
	ann, ben := p.members[0], p.members[1]
	cem := person(13, "Cem") // in the group, not yet seen by the bot
	k.census[p.g.ID] = app.Census{Members: 5}
	k.announce(p, picnic)
	k.tick(t0)
	k.sent()

	everyone := func(step string, want int) {
		t.Helper()
		var got int
		for _, m := range k.sent() {
			if strings.Contains(m.Text, "Everyone knows ✅") {
				got++
				if m.ChatID != p.host.ID {
					t.Errorf("%s: Everyone knows went to %d, want the host", step, m.ChatID)
				}
			}
		}
		if got != want {
			t.Errorf("%s: Everyone knows ✅ sent %d times, want %d", step, got, want)
		}
	}
	k.say(p.g, ann, "/ack 1")
	k.say(p.g, ben, "/ack 1")
	everyone("every known member confirmed, one unknown", 0)
	k.join(p.g, cem)
	everyone("the unknown member is seen", 0)
	k.tick(k.now) // the recount finds no one unknown
	everyone("counted again", 0)
	k.say(p.g, cem, "/ack 1")
	everyone("the last member confirms", 1)
	if !k.event(p.g, 1).EveryoneKnew {
		t.Errorf("the event doesn't record that everyone knew")
	}
	k.say(p.g, ann, "/ack 1")
	k.tick(k.now.Add(time.Hour))
	everyone("later", 0)
}

// A member who leaves or is removed, as a service message or a member update
// says, in either order, is no longer chased and drops out of the tally.
// Telegram's service message for a leave comes from the one who left, who
// must not be learned again from it as a late joiner.
func TestMemberWhoLeavesIsNoLongerChased(t *testing.T) {
	leaveMessage := func(k *kit, p parents, u *app.User) {
		k.observe(&app.Message{Chat: p.g, From: u, LeftChatMember: u})
	}
	leaveUpdate := func(k *kit, p parents, u *app.User) {
		k.turn(func(a *app.App, t *app.Turn) error {
			return a.Roster.OnChatMember(t, &app.MemberUpdate{Chat: *p.g, From: *u,
				OldChatMember: app.ChatMember{User: u, Status: "member"},
				NewChatMember: app.ChatMember{User: u, Status: "left"}})
		})
	}
	for _, tc := range []struct {
		name  string
		leave func(k *kit, p parents, u *app.User)
	}{
		{"removed by an admin, in a service message", func(k *kit, p parents, u *app.User) {
			k.observe(&app.Message{Chat: p.g, From: p.host, LeftChatMember: u})
		}},
		{"member update", leaveUpdate},
		{"left on their own: service message only (a bot that is no admin)", leaveMessage},
		{"left: member update, then the service message", func(k *kit, p parents, u *app.User) {
			leaveUpdate(k, p, u)
			leaveMessage(k, p, u)
		}},
		{"left: service message, then the member update", func(k *kit, p parents, u *app.User) {
			leaveMessage(k, p, u)
			leaveUpdate(k, p, u)
		}},
		{"kicked", func(k *kit, p parents, u *app.User) {
			k.turn(func(a *app.App, t *app.Turn) error {
				return a.Roster.OnChatMember(t, &app.MemberUpdate{Chat: *p.g, From: *p.host,
					OldChatMember: app.ChatMember{User: u, Status: "member"},
					NewChatMember: app.ChatMember{User: u, Status: "kicked"}})
			})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann", "Ben", "Cem")
			ann, ben := p.members[0], p.members[1]
			k.start(ben, p.members[2]) // Cem privately: in the group he'd be named three times at most
			k.announce(p, picnic)
			k.tick(t0)
			k.say(p.g, ann, "/ack 1")
			k.sent()

			k.now = t0.Add(5 * time.Minute)
			tc.leave(k, p, ben)
			msgs := k.sent()
			if r := k.response(p.g, 1, ben); !r.Due.IsZero() {
				t.Errorf("Ben left, and a reminder is still due %v", r.Due)
			}
			if c := card(t, msgs, p.g, 1); !strings.Contains(c.Text, "2 of 3 confirmed") {
				t.Errorf("the card doesn't drop Ben from the tally: %q", c.Text)
			}
			if s := to(msgs, p.host.ID, "Status"); len(s) == 0 || strings.Contains(s[len(s)-1].Text, "Ben") {
				t.Errorf("the host's status card still shows Ben: %q", texts(s))
			}
			for _, at := range []time.Duration{15 * time.Minute, time.Hour, 4 * time.Hour} {
				k.tick(t0.Add(at))
				msgs := k.sent()
				if _, ok := chased(msgs)[ben.ID]; ok || len(to(msgs, ben.ID)) > 0 {
					t.Errorf("Ben left, and was reminded after %v", at)
				}
				if _, ok := chased(msgs)[p.members[2].ID]; !ok {
					t.Errorf("Cem, still there, wasn't reminded after %v", at)
				}
			}
		})
	}
}

// The group card counts the members Telegram counts whom the bot hasn't seen
// among those who haven't confirmed, and says how many they are; zero counts
// are left out.
func TestGroupCardCountsMembersNotYetSeen(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben") // three known with the host
	k.census[p.g.ID] = app.Census{Members: 6}
	k.announce(p, picnic)
	k.tick(t0)
	msgs := k.sent()
	if c := card(t, msgs, p.g, 1); !strings.HasSuffix(c.Text, "\n✅ 1 of 5 confirmed · 2 not yet reachable") {
		t.Errorf("the card doesn't count the two members not seen: %q", c.Text)
	}
	k.press(p.members[0], p.g, button(t, card(t, msgs, p.g, 1), "Going"))
	if c := card(t, k.sent(), p.g, 1); !strings.HasSuffix(c.Text, "\n✅ 2 of 5 confirmed · 2 not yet reachable · 🎉 1 going") {
		t.Errorf("after Ann's answer the card says %q", c.Text)
	}
	k.say(p.g, p.host, "/events")
	if got := to(k.sent(), p.host.ID, "Coming up", "✅ 2 of 5 confirmed · 2 not yet reachable · 🎉 1 going"); len(got) != 1 {
		t.Errorf("/events doesn't show the same counts as the card")
	}
}

// An event announced while Telegram is being asked for the group's count
// gets a count of its own: the answer, taken before the members who came
// meanwhile, doesn't clear the recount the announcement asked for, so the
// host still learns whom the bot hasn't seen.
func TestAnEventAnnouncedDuringACountIsCountedAgain(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann", "Ben")         // three known with the host, and the bot: a count is due
	k.census[p.g.ID] = app.Census{Members: 4} // asked before Cem and Dan came
	later := t0.Add(time.Second)
	k.duringCensus = func() {
		k.census[p.g.ID] = app.Census{Members: 6}
		k.now = later
		k.announce(p, picnic)
	}
	k.tick(t0)    // asks: the announcement comes meanwhile
	k.tick(later) // the recount it asked for
	if got := k.chat(p.g).Unknown(3); got != 2 {
		t.Errorf("%d members unknown after the recount, want 2", got)
	}
	if got := to(k.sent(), p.host.ID, "2 members of this group haven't been seen"); len(got) != 1 {
		t.Errorf("the host wasn't told of the two members not seen")
	}
}
