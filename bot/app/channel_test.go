package app_test

import (
	"testing"

	"allaboard/bot/app"
)

// A channel the bot is added to has no members to chase: it isn't greeted.
func TestAChannelIsNotGreeted(t *testing.T) {
	k := newKit(t, nil)
	owner := person(1, "Hanna")
	ch := app.Chat{ID: -1002000, Type: "channel", Title: "School news"}
	k.turn(func(a *app.App, t *app.Turn) error {
		return a.Roster.OnMyChatMember(t, &app.MemberUpdate{Chat: ch, From: *owner,
			OldChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "left"},
			NewChatMember: app.ChatMember{User: &app.User{ID: botSelf.ID, IsBot: true}, Status: "administrator"}})
	})
	if got := k.queue(); len(got) != 0 {
		t.Errorf("the bot wrote to a channel: %q", texts(got))
	}
}
