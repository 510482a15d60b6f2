package command

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
	"allaboard/store"
)

func TestParseSetting(t *testing.T) {
	for _, c := range []struct{ args, name, value string }{
		{"", "", ""},
		{"   ", "", ""},
		{"quiet", "quiet", ""},
		{" TimeZone ", "timezone", ""},
		{"TimeZone Europe/Berlin", "timezone", "Europe/Berlin"},
		{"digest   Mon 9:00  ", "digest", "Mon 9:00"},
		{"reminders 1d, 2h", "reminders", "1d, 2h"},
		{"nosuch thing", "nosuch", "thing"}, // which settings there are is the use case's to say
	} {
		name, value := parseSetting(c.args)
		if name != c.name || value != c.value {
			t.Errorf("parseSetting(%q) = %q, %q; want %q, %q", c.args, name, value, c.name, c.value)
		}
	}
}

func TestForgetsMe(t *testing.T) {
	for args, want := range map[string]bool{
		"me": true, " ME ": true, "Me": true,
		"": false, "all": false, "me please": false, "@me": false,
	} {
		if got := forgetsMe(args); got != want {
			t.Errorf("forgetsMe(%q) = %v; want %v", args, got, want)
		}
	}
}

// told is what a handler queued: a notice of a kind for a chat, with the
// values that matter to the test.
type told struct {
	chat   int64
	kind   string
	values map[string]string
}

// recorder is a transaction that keeps what is queued, for a look at it.
type recorder struct {
	allaboard.Tx
	sent []allaboard.Outgoing
}

func (r *recorder) Enqueue(m allaboard.Outgoing) error {
	r.sent = append(r.sent, m)
	return nil
}

func TestRosterCommands(t *testing.T) {
	const (
		group = int64(-100)
		admin = int64(1)
		other = int64(2)
	)
	inGroup := &app.Chat{ID: group, Type: "supergroup", Title: "Club"}
	private := func(id int64) *app.Chat { return &app.Chat{ID: id, Type: "private"} }
	for _, c := range []struct {
		name    string
		handler Handler
		chat    *app.Chat
		from    int64
		args    string
		useCase bool // a use case is called: without, the handler gets no App
		want    told // the one notice queued
	}{
		{"members in private", membersPrivately, private(other), other, "", false,
			told{other, notice.MembersUsage, nil}},
		{"settings in private", settingsPrivately, private(other), other, "quiet off", false,
			told{other, notice.SettingsUsage, nil}},
		{"forget without me", forgetMe, private(other), other, "", false,
			told{other, notice.ForgetUsage, nil}},
		{"forget someone else", forgetMe, private(other), other, "@bob", false,
			told{other, notice.ForgetUsage, nil}},
		{"forget me", forgetMe, private(other), other, " Me", true,
			told{other, notice.ForgetMeAsk, map[string]string{"yes": "forget:me", "keep": "forget:keep"}}},
		{"forget me in a group", forgetGroup, inGroup, other, "me", true,
			told{group, notice.ForgetMeInGroup, map[string]string{notice.OpenChat: "hello"}}},
		{"forget the group", forgetGroup, inGroup, admin, "", true,
			told{group, notice.ForgetGroupAsk, map[string]string{"yes": "forget:group", "keep": "forget:keep"}}},
		{"forget the group, not an admin", forgetGroup, inGroup, other, "", true,
			told{group, notice.ForgetNotAdmin, nil}},
		{"join", join, inGroup, other, "", true,
			told{group, notice.Joined, nil}},
		{"members, not allowed", members, inGroup, other, "", true,
			told{group, notice.MembersNotAllowed, nil}},
		{"help in private", help, private(other), other, "", true,
			told{other, notice.PrivateHelp, map[string]string{"add": "add"}}},
		{"help in a group", help, inGroup, other, "", true,
			told{group, notice.GroupHelp, map[string]string{notice.OpenChat: "hello"}}},
		{"all settings", settings, inGroup, other, " ", true,
			told{group, notice.Settings, nil}},
		{"one setting", settings, inGroup, other, "Quiet", true,
			told{group, notice.Setting, map[string]string{"name": "quiet"}}},
		{"no such setting", settings, inGroup, other, "colour", true,
			told{group, notice.SettingUnknown, map[string]string{"typed": "colour"}}},
		{"no such setting to change", settings, inGroup, admin, "colour red", true,
			told{group, notice.SettingUnknown, map[string]string{"typed": "colour"}}},
		{"change, not allowed", settings, inGroup, other, "timezone Europe/Berlin", true,
			told{group, notice.SettingsNotAllowed, nil}},
		{"change", settings, inGroup, admin, "TIMEZONE  Europe/Berlin ", true,
			told{group, notice.SettingChanged, map[string]string{"name": "timezone", "now": "Europe/Berlin"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			db, err := store.Open(filepath.Join(t.TempDir(), "t.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var a *app.App
			if c.useCase {
				a = app.New(app.Config{Defaults: allaboard.Settings{Zone: "UTC"}}, db, nil)
			}
			var sent []allaboard.Outgoing
			err = db.Update(func(tx allaboard.Tx) error {
				if err := tx.SaveChat(allaboard.Chat{ID: group, Kind: "supergroup", Title: "Club"}); err != nil {
					return err
				}
				r := &recorder{Tx: tx}
				turn := app.NewTurn(r, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC),
					func(chat, user int64) bool { return chat == group && user == admin })
				turn.By(c.chat.ID, c.from)
				m := &app.Message{Chat: c.chat, From: &app.User{ID: c.from, FirstName: "Ann"}, Args: c.args}
				err := c.handler(a, turn, m)
				sent = r.sent
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(sent) != 1 || sent[0].Notice == nil {
				t.Fatalf("queued %+v; want one notice", sent)
			}
			n := sent[0].Notice
			got := told{sent[0].ChatID, n.Kind, nil}
			for name := range c.want.values {
				if got.values == nil {
					got.values = map[string]string{}
				}
				got.values[name] = n.Value(name)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
}
