package command

import (
	"testing"

	"allaboard"
	"allaboard/bot/app"
)

func TestParseFamily(t *testing.T) {
	for _, tc := range []struct {
		args     string
		wish     familyWish
		username string
		ok       bool
	}{
		{"", familyShow, "", true},
		{"   ", familyShow, "", true},
		{"leave", familyLeave, "", true},
		{" LEAVE ", familyLeave, "", true},
		{"Leave", familyLeave, "", true},
		{"@ben", familyAsk, "ben", true},
		{" @Ben_2 ", familyAsk, "Ben_2", true},
		{"@leave", familyAsk, "leave", true},
		{"ben", familyShow, "", false},
		{"@", familyShow, "", false},
		{"@ben cat", familyShow, "", false},
		{"@ben\tcat", familyShow, "", false},
		{"@ben @cat", familyShow, "", false},
		{"@ben@cat", familyShow, "", false},
		{"@@ben", familyShow, "", false},
		{"leave now", familyShow, "", false},
		{"me", familyShow, "", false},
	} {
		wish, username, ok := parseFamily(tc.args)
		if wish != tc.wish || username != tc.username || ok != tc.ok {
			t.Errorf("parseFamily(%q) = %v, %q, %v; want %v, %q, %v", tc.args, wish, username, ok, tc.wish, tc.username, tc.ok)
		}
	}
}

func TestByPerson(t *testing.T) {
	for _, tc := range []struct {
		name string
		from *app.User
		want bool
	}{
		{"a member", &app.User{ID: 7, FirstName: "Ann"}, true},
		{"no sender", nil, false},
		{"the group or a channel", &app.User{ID: 1087968824, UserName: "GroupAnonymousBot", IsBot: true}, false},
		{"a channel's forward", &app.User{ID: allaboard.TelegramAccount, FirstName: "Telegram"}, false},
	} {
		if got := byPerson(&app.Message{From: tc.from}); got != tc.want {
			t.Errorf("%s: byPerson = %v, want %v", tc.name, got, tc.want)
		}
	}
}
