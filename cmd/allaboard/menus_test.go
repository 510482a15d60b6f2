package main

import (
	"strings"
	"testing"

	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/telegramtest"
)

// A reader's Telegram shows the bot's menus and descriptions in the
// reader's language before they ever write to it (a Russian parent's empty
// chat speaks Russian), and in English for any other language.
func TestMenusAndDescriptionsSpeakEveryLanguage(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	h.waitLog("set the command menus and descriptions in every language")

	scopes := []string{"default", "all_private_chats", "all_group_chats", "all_chat_administrators"}
	english := map[string]map[string]string{} // scope → command → its line
	for _, scope := range scopes {
		english[scope] = map[string]string{}
		for _, c := range h.tg.CommandsFor(scope) {
			english[scope][c.Command] = c.Description
			if want := render.CommandAbout(lang.English, c.Command); c.Description != want {
				t.Errorf("English %s menu: /%s says %q, want %q", scope, c.Command, c.Description, want)
			}
		}
		if len(english[scope]) == 0 {
			t.Errorf("no %s menu without a language (English, for every language without its own)", scope)
		}
	}
	if got, want := h.tg.Description(""), render.BotDescription(lang.English); got != want {
		t.Errorf("description without a language: %q, want English %q", got, want)
	}
	if got, want := h.tg.ShortDescription(""), render.BotShortDescription(lang.English); got != want {
		t.Errorf("short description without a language: %q, want English %q", got, want)
	}

	// Each language's clients, as Telegram codes them, and one Telegram
	// has no menus for.
	clients := map[lang.Lang]string{lang.Portuguese: "pt-br", lang.German: "de-AT"}
	for _, l := range append(lang.All(), 0) {
		code := l.Code()
		if c, ok := clients[l]; ok {
			code = c
		}
		if l == 0 {
			code = "ja"
		}
		want := l.Or(lang.English)
		for _, scope := range scopes {
			menu := h.tg.Menu(scope, code)
			if len(menu) != len(english[scope]) {
				t.Errorf("%s reader, %s: %d commands, want the %d of English's menu", code, scope, len(menu), len(english[scope]))
			}
			for _, c := range menu {
				en, ok := english[scope][c.Command]
				switch {
				case !ok:
					t.Errorf("%s reader, %s: /%s is not in English's menu", code, scope, c.Command)
				case c.Description != render.CommandAbout(want, c.Command):
					t.Errorf("%s reader, %s: /%s says %q, want %q", code, scope, c.Command, c.Description, render.CommandAbout(want, c.Command))
				case want != lang.English && c.Description == en:
					t.Errorf("%s reader, %s: /%s says %q, in English", code, scope, c.Command, c.Description)
				}
			}
		}
		for _, d := range []struct {
			what     string
			got      func(string) string
			want, en string
		}{
			{"description", h.tg.Description, render.BotDescription(want), render.BotDescription(lang.English)},
			{"short description", h.tg.ShortDescription, render.BotShortDescription(want), render.BotShortDescription(lang.English)},
		} {
			got := d.got(code)
			if got != d.want {
				t.Errorf("%s reader: the %s is %q, want %q", code, d.what, got, d.want)
			}
			if want != lang.English && got == d.en {
				t.Errorf("%s reader: the %s is in English", code, d.what)
			}
		}
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// A menu or description Telegram refuses is logged and the rest still set;
// when Telegram asks to wait, the bot waits and sets it; the bot works
// meanwhile.
func TestRefusedDescriptionIsLoggedNotFatal(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tg.Fail("setMyDescription", 1, 400, "Bad Request: description is too long", 0)
	h.tg.Fail("setMyShortDescription", 1, 429, "Too Many Requests: retry after 1", 1)
	h.start()
	anna := h.tg.AddUser("Anna", "", "anna")
	h.tg.Start(anna, "")
	h.waitMessage(anna.ID, "All Aboard")
	h.waitLog("set the command menus and descriptions but those refused")
	if !strings.Contains(h.out.String(), "Telegram refused a command menu or description") {
		t.Error("the refusal is not logged")
	}
	if got := h.tg.Description(""); got != "" {
		t.Errorf("the refused English description is set: %q", got)
	}
	if got, want := h.tg.Description("ru"), render.BotDescription(lang.Russian); got != want {
		t.Errorf("after the English refusal, the Russian description is %q, want %q", got, want)
	}
	if got, want := h.tg.ShortDescription(""), render.BotShortDescription(lang.English); got != want {
		t.Errorf("after Telegram asked to wait, the English short description is %q, want %q", got, want)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// Telegram unreachable while the profile is set: it is logged, the next
// start tries again, and the bot goes on polling.
func TestUnreachableProfileIsLoggedNotFatal(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.tg.Drop("setMyCommands", 1)
	h.start()
	h.waitLog("cannot set the command menus and descriptions now")
	anna := h.tg.AddUser("Anna", "", "anna")
	h.tg.Start(anna, "")
	h.waitMessage(anna.ID, "All Aboard")
	if strings.Contains(h.out.String(), "set the command menus and descriptions in every language") {
		t.Error("the profile was set after all")
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}
