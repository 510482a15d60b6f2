package app_test

import (
	"strings"
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

// Telegram's own account (automatic forwards from a linked channel) and the
// stand-ins for anonymous admins and channels are never members: otherwise
// "Everyone knows ✅" would wait for someone who can never confirm. Posted
// as the group or a channel, /event is refused: there'd be no host to tell.
func TestServiceAccountsAreNeverMembersOrHosts(t *testing.T) {
	k := newKit(t, nil)
	p := k.parentsGroup("Ann")
	forward := &app.User{ID: allaboard.TelegramAccount, FirstName: "Telegram"}
	anonymous := &app.User{ID: 1087968824, FirstName: "Group", UserName: "GroupAnonymousBot", IsBot: true}
	k.say(p.g, forward, "News from the school's channel")
	k.say(p.g, anonymous, "/event Picnic | 2026-03-12 15:00 | Park")
	k.view(func(tx allaboard.Tx) error {
		ms, err := tx.Members(p.g.ID)
		for _, m := range ms {
			if m.User == forward.ID || m.User == anonymous.ID {
				t.Errorf("%d became a member", m.User)
			}
		}
		return err
	})
	if got := to(k.sent(), p.g.ID, "post as yourself"); len(got) != 1 {
		t.Errorf("/event posted as the group wasn't refused with an explanation")
	}
	if strings.Contains(strings.Join(texts(k.pending()), " "), "Picnic (#1)") {
		t.Errorf("an event was announced with nobody to host it")
	}
	// Nor a notice or a to-do: they have hosts too.
	for _, command := range []string{"/announce School is closed | Mon 9 Mar", "/todo Sign the slip by 2026-03-12 12:00", "/announce Lice in class"} {
		k.say(p.g, anonymous, command)
		if got := to(k.sent(), p.g.ID, "post as yourself"); len(got) != 1 {
			t.Errorf("%s posted as the group wasn't refused with an explanation", command)
		}
	}
	k.view(func(tx allaboard.Tx) error {
		events, err := tx.Events(p.g.ID)
		if len(events) != 0 {
			t.Errorf("%d announced with nobody to host them", len(events))
		}
		return err
	})
}
