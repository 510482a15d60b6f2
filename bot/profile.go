package bot

import (
	"context"

	"allaboard/bot/command"
	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/tgerr"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// profileCall is one request of the bot's profile: what Telegram shows of
// the bot before anyone writes to it.
type profileCall struct {
	method, scope string // for the log
	lang          lang.Lang
	do            func(api *tgbotapi.BotAPI) error
}

// setProfile registers the command menus (for clients that know no scopes,
// in private chats, in groups, for groups' admins) and the descriptions, in
// every language: English without a language code, so that every language
// without its own falls back to it, and each other language with its code.
// A refusal is logged and the rest still set; a network error ends it (the
// next start tries again), and so does ctx. The bot works without them.
func (b *Bot) setProfile(ctx context.Context) {
	api := withContext(b.api, ctx, b.client)
	refused := 0
	for _, l := range lang.All() {
		for _, c := range profileCalls(l) {
			err := b.profileRequest(ctx, api, c)
			if err == nil {
				continue
			}
			if ctx.Err() != nil {
				return
			}
			attrs := []any{"method", c.method, "scope", c.scope, "lang", c.lang, "err", redact(err.Error(), b.cfg.Token)}
			if tgerr.Classify(err).Transient {
				b.log.Warn("cannot set the command menus and descriptions now; the next start tries again", attrs...)
				return
			}
			b.log.Warn("Telegram refused a command menu or description", attrs...)
			refused++
		}
	}
	if refused > 0 {
		b.log.Warn("set the command menus and descriptions but those refused", "refused", refused)
		return
	}
	b.log.Info("set the command menus and descriptions in every language", "languages", len(lang.All()))
}

// profileRequest makes c; when Telegram asks to slow down (429), it waits
// as long as asked and tries again.
func (b *Bot) profileRequest(ctx context.Context, api *tgbotapi.BotAPI, c profileCall) error {
	for {
		err := c.do(api)
		if err == nil {
			return nil
		}
		if wait := tgerr.Classify(err).RetryAfter; wait <= 0 || !sleep(ctx, wait) {
			return err
		}
	}
}

// profileCalls are the requests that set the menus and descriptions in l.
func profileCalls(l lang.Lang) []profileCall {
	code := l.Code()
	if l == lang.English {
		code = "" // the default, for every language without its own
	}
	var calls []profileCall
	for _, m := range []struct {
		scope *tgbotapi.BotCommandScope
		menu  command.Menu
	}{
		{nil, 0},
		{&tgbotapi.BotCommandScope{Type: "all_private_chats"}, command.InPrivate},
		{&tgbotapi.BotCommandScope{Type: "all_group_chats"}, command.InGroups},
		{&tgbotapi.BotCommandScope{Type: "all_chat_administrators"}, command.ForAdmins},
	} {
		cfg := tgbotapi.SetMyCommandsConfig{Commands: commandMenu(l, m.menu), Scope: m.scope, LanguageCode: code}
		scope := "default"
		if m.scope != nil {
			scope = m.scope.Type
		}
		calls = append(calls, profileCall{method: "setMyCommands", scope: scope, lang: l, do: func(api *tgbotapi.BotAPI) error {
			_, err := api.Request(cfg)
			return err
		}})
	}
	// setMyDescription and setMyShortDescription are newer than the library.
	for _, d := range []struct{ method, field, text string }{
		{"setMyDescription", "description", render.BotDescription(l)},
		{"setMyShortDescription", "short_description", render.BotShortDescription(l)},
	} {
		p := tgbotapi.Params{d.field: d.text}
		p.AddNonEmpty("language_code", code)
		calls = append(calls, profileCall{method: d.method, lang: l, do: func(api *tgbotapi.BotAPI) error {
			_, err := api.MakeRequest(d.method, p)
			return err
		}})
	}
	return calls
}

// commandMenu is the menu for one scope, in l: the commands listed in it;
// every command for the menu of no scope (0).
func commandMenu(l lang.Lang, m command.Menu) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range command.Table {
		if c.Menus&m != 0 || m == 0 {
			out = append(out, tgbotapi.BotCommand{Command: c.Name, Description: render.CommandAbout(l, c.Name)})
		}
	}
	return out
}
