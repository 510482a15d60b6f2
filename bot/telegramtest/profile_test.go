package telegramtest

import (
	"encoding/json"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// setMenu sets one menu of one command, whose description says which.
func setMenu(tb testing.TB, api *tgbotapi.BotAPI, scope *tgbotapi.BotCommandScope, lang, desc string) {
	tb.Helper()
	cfg := tgbotapi.SetMyCommandsConfig{Commands: []tgbotapi.BotCommand{{Command: "help", Description: desc}}, Scope: scope, LanguageCode: lang}
	if _, err := api.Request(cfg); err != nil {
		tb.Fatalf("setMyCommands %s: %v", desc, err)
	}
}

// menuSays is the description of the one command of a menu; "" for none.
func menuSays(cmds []BotCommand) string {
	if len(cmds) == 0 {
		return ""
	}
	return cmds[0].Description
}

// Each scope has a menu per language, and a user sees the one Telegram
// chooses for their scope and language: the scope's in the language, the
// scope's, (for admins) all groups', then the default's in the language and
// without.
func TestMenusAreKeptPerScopeAndLanguage(t *testing.T) {
	s, api := newBot(t, Options{})
	private := tgbotapi.NewBotCommandScopeAllPrivateChats()
	groups := tgbotapi.NewBotCommandScopeAllGroupChats()
	admins := tgbotapi.NewBotCommandScopeAllChatAdministrators()
	setMenu(t, api, nil, "", "default")
	setMenu(t, api, nil, "de", "default de")
	setMenu(t, api, &private, "", "private")
	setMenu(t, api, &groups, "ru", "groups ru")
	setMenu(t, api, &admins, "de", "admins de")

	for _, tc := range []struct{ scope, lang, want string }{
		{"default", "", "default"},
		{"default", "de", "default de"},
		{"default", "de-AT", "default de"}, // a client's regional code
		{"default", "fr", "default"},
		{"all_private_chats", "de", "private"}, // the scope comes first
		{"all_private_chats", "", "private"},
		{"all_group_chats", "ru", "groups ru"},
		{"all_group_chats", "de", "default de"},
		{"all_group_chats", "uk", "default"},
		{"all_chat_administrators", "de", "admins de"},
		{"all_chat_administrators", "ru", "groups ru"},
		{"all_chat_administrators", "pt-br", "default"},
	} {
		if got := menuSays(s.Menu(tc.scope, tc.lang)); got != tc.want {
			t.Errorf("Menu(%q, %q) says %q, want %q", tc.scope, tc.lang, got, tc.want)
		}
	}
	// Commands and CommandsFor are the menus without a language.
	if got := menuSays(s.Commands()); got != "default" {
		t.Errorf("Commands() says %q, want the default", got)
	}
	if got := menuSays(s.CommandsFor("all_chat_administrators")); got != "" {
		t.Errorf("CommandsFor(admins) says %q, want nothing: only a German one was set", got)
	}

	// getMyCommands and deleteMyCommands address one language's menu.
	got, err := api.GetMyCommandsWithConfig(tgbotapi.GetMyCommandsConfig{Scope: &admins, LanguageCode: "de"})
	if err != nil || len(got) != 1 || got[0].Description != "admins de" {
		t.Errorf("getMyCommands(admins, de) = %+v, %v", got, err)
	}
	if _, err := api.Request(tgbotapi.DeleteMyCommandsConfig{LanguageCode: "de"}); err != nil {
		t.Fatal(err)
	}
	if got := menuSays(s.Menu("default", "de")); got != "default" {
		t.Errorf("after deleting the German default menu, a German user sees %q", got)
	}

	_, err = api.Request(tgbotapi.SetMyCommandsConfig{Commands: []tgbotapi.BotCommand{{Command: "help", Description: "x"}}, LanguageCode: "pt-br"})
	wantAPIError(t, err, 400, "Bad Request: invalid language code specified")
}

// setProfile calls method with field set to text, in lang.
func setProfile(api *tgbotapi.BotAPI, method, field, text, lang string) error {
	p := tgbotapi.Params{field: text}
	p.AddNonEmpty("language_code", lang)
	_, err := api.MakeRequest(method, p)
	return err
}

// The descriptions are kept per language; a reader sees their language's,
// else the one without a language; Telegram's limits are enforced.
func TestDescriptionsAreKeptPerLanguage(t *testing.T) {
	for _, tc := range []struct {
		method, field string
		limit         int
		tooLong       string
		seen          func(s *Server, lang string) string
	}{
		{"setMyDescription", "description", 512, "Bad Request: description is too long", (*Server).Description},
		{"setMyShortDescription", "short_description", 120, "Bad Request: short description is too long", (*Server).ShortDescription},
	} {
		t.Run(tc.method, func(t *testing.T) {
			s, api := newBot(t, Options{})
			if got := tc.seen(s, ""); got != "" {
				t.Errorf("before any is set: %q", got)
			}
			for _, set := range [][2]string{{"", "English"}, {"ru", "Русский"}, {"pt", "Português"}} {
				if err := setProfile(api, tc.method, tc.field, set[1], set[0]); err != nil {
					t.Fatalf("%s in %q: %v", tc.method, set[0], err)
				}
			}
			for lang, want := range map[string]string{"": "English", "ru": "Русский", "pt-br": "Português", "de": "English"} {
				if got := tc.seen(s, lang); got != want {
					t.Errorf("a %q reader sees %q, want %q", lang, got, want)
				}
			}
			// getMy… answers what a reader of the language sees.
			resp, err := api.MakeRequest("getMy"+strings.TrimPrefix(tc.method, "setMy"), tgbotapi.Params{"language_code": "ru"})
			var got map[string]string
			if err != nil || json.Unmarshal(resp.Result, &got) != nil || got[tc.field] != "Русский" {
				t.Errorf("get in ru: %s, %v", resp.Result, err)
			}

			// The limit counts characters as Telegram does (UTF-16 units:
			// an emoji is two).
			if err := setProfile(api, tc.method, tc.field, strings.Repeat("й", tc.limit), "uk"); err != nil {
				t.Errorf("%d characters refused: %v", tc.limit, err)
			}
			err = setProfile(api, tc.method, tc.field, strings.Repeat("й", tc.limit+1), "uk")
			wantAPIError(t, err, 400, tc.tooLong)
			err = setProfile(api, tc.method, tc.field, strings.Repeat("🚌", tc.limit/2)+"!", "uk")
			wantAPIError(t, err, 400, tc.tooLong)
			if got := tc.seen(s, "uk"); got != strings.Repeat("й", tc.limit) {
				t.Errorf("a refused text replaced the one set: %q", got)
			}

			// An empty text removes a language's own.
			if err := setProfile(api, tc.method, tc.field, "", "ru"); err != nil {
				t.Fatal(err)
			}
			if got := tc.seen(s, "ru"); got != "English" {
				t.Errorf("after removing the Russian one, a Russian reader sees %q", got)
			}
			err = setProfile(api, tc.method, tc.field, "x", "zh-hans")
			wantAPIError(t, err, 400, "Bad Request: invalid language code specified")
		})
	}
}
