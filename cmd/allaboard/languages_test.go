package main

import (
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/render"
	"allaboard/bot/telegramtest"
	"allaboard/scheduler/schedulertest"

	"github.com/BurntSushi/toml"
)

// say is a whole message of the catalogue, filled, in a reader's language.
type say func(l lang.Lang) string

// phrase is the catalogue's message id filled with data, in l.
func phrase(id string, data map[string]any) say {
	return func(l lang.Lang) string { return l.T(id, data) }
}

// waitSaid waits for a bot message in chat that says all of says in l, as
// the reader sees them, and checks that it says none of them in another
// language (English, the group's, the host's...).
func (h *harness) waitSaid(chat int64, l lang.Lang, says ...say) telegramtest.Message {
	h.t.Helper()
	want := make([]string, len(says))
	for i, s := range says {
		want[i] = plain(s(l))
	}
	m := h.waitMessage(chat, want...)
	for _, other := range lang.All() {
		for i, s := range says {
			if o := plain(s(other)); other != l && !strings.Contains(want[i], o) && strings.Contains(m.Plain, o) {
				h.t.Errorf("a message in chat %d for a %s reader says %q in %s:\n%s", chat, l, o, other, m.Plain)
			}
		}
	}
	return m
}

// capital is s with its first letter in upper case, as a sentence starts.
func capital(s string) string {
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// A German group with a French host, a Russian, a Ukrainian, a Brazilian
// member, one who chose English though their app is German, and one who
// never opened a private chat: the group reads German, each member their
// own language in private, the host hers.
func TestEveryoneReadsTheirOwnLanguage(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	start := time.Date(2026, 12, 1, 10, 0, 0, 0, berlin())
	clock := schedulertest.NewClock(start) // reminders, chase and hand-off wait for the test to move it
	h.clock = clock
	h.start("-reminders", "1d")
	de, group := lang.German, "Class 2b parents"

	host := h.tg.AddUser("Hanna", "Host", "hanna")
	h.tg.SetLanguage(host, "fr")
	h.tg.Start(host, "")
	g := h.tg.NewGroup(group, host)
	h.tg.AddBot(g, host, true)
	// The group starts in the language of whoever added the bot; its admin
	// makes it German.
	h.waitSaid(g.ID, lang.French, phrase("language_group_named", nil))
	h.waitSaid(g.ID, lang.French, func(l lang.Lang) string {
		return l.T("roll_call_done", map[string]any{"Members": l.N("members", 1, nil)}) // the host alone, so far
	})
	// She taps the welcome's 🌐 and picks German: Telegram is asked that
	// she, the group's creator, is its admin.
	if got := h.press(host, g.ID, lang.French.T("language_change_button", nil)); got != "" {
		t.Errorf("the group's creator tapping 🌐 is answered %q", got)
	}
	h.waitSaid(g.ID, lang.French, phrase("language_menu_group", nil))
	if got := h.press(host, g.ID, "Deutsch"); got != "" {
		t.Errorf("the group's creator choosing German is answered %q", got)
	}
	h.waitSaid(g.ID, de, phrase("language_group_chosen", nil))

	// Four members open a private chat with the bot: three read their app's
	// language; Erik's app is German, but he chooses English.
	type member struct {
		name, app string
		l         lang.Lang
		u         *telegramtest.User
	}
	members := []*member{{"Ruslan", "ru", lang.Russian, nil}, {"Oksana", "uk", lang.Ukrainian, nil},
		{"Bruna", "pt-br", lang.Portuguese, nil}, {"Erik", "de", lang.English, nil}}
	otto := h.tg.AddUser("Otto", "", "") // never opens a private chat: he is mentioned
	h.tg.SetLanguage(otto, "es")
	everyone := []*telegramtest.User{otto}
	for _, m := range members {
		m.u = h.tg.AddUser(m.name, "", "")
		h.tg.SetLanguage(m.u, m.app)
		everyone = append(everyone, m.u)
	}
	for _, u := range everyone {
		h.tg.AddMemberSilently(g, u)
		h.tg.Send(g.ID, u, "Hi all, "+u.FirstName+" here")
	}
	h.tg.AddMemberSilently(g, h.tg.AddUser("Zoe", "", "")) // never says a word: the roll call waits for her
	for _, m := range members {
		h.tg.Start(m.u, "")
	}
	erik := members[3].u
	h.waitSaid(erik.ID, de, phrase("private_youre_set", nil)) // his app's language, until he chooses
	h.tg.Send(erik.ID, erik, "/language en")
	chosen := h.waitSaid(erik.ID, lang.English, phrase("language_chosen", nil))
	for _, m := range members[:3] {
		h.waitSaid(m.u.ID, m.l, phrase("private_youre_set", nil))
	}

	// The party is announced.
	when := time.Date(2026, 12, 5, 15, 0, 0, 0, berlin())
	h.tg.Send(g.ID, host, "/event Picnic | 2026-12-05 15:00 | Park")
	e := allaboard.Event{Group: g.ID, Num: 1, Title: "Picnic", When: when, Where: "Park"}
	event := render.EventName(e)
	dated := func(l lang.Lang) string { return "🕒 " + render.WhenSpan(l, when, time.Time{}, berlin()) }
	hosted := phrase("card_host", map[string]any{"Host": "Hanna Host"})
	h.waitSaid(g.ID, de, dated, hosted)
	h.waitSaid(host.ID, lang.French, phrase("status_header", map[string]any{"Event": event, "Group": group}))
	for _, m := range members {
		h.waitSaid(m.u.ID, m.l, phrase("card_new_header", map[string]any{"Group": group}), dated, hosted)
	}
	mention := func(e allaboard.Event) say {
		return func(l lang.Lang) string {
			return render.ChaseMention{Lang: l, Names: []string{render.Mention(otto.ID, "Otto")}, Event: e, Loc: berlin()}.HTML()
		}
	}
	if m := h.waitSaid(g.ID, de, mention(e)); !hasButton(m, de.T("got_it", nil)) {
		t.Errorf("the mention has no German button: %+v", m.Buttons)
	}
	// The roll call, in French when the bot came, is German now.
	h.waitSaid(g.ID, de, phrase("roll_call", nil), func(l lang.Lang) string {
		return l.N("roll_call_count", 1, map[string]any{"Known": 6, "Total": 7})
	})

	for _, m := range members {
		going := m.l.T("rsvp_going", nil)
		if got, want := h.press(m.u, m.u.ID, going), m.l.T("press_answered_going", map[string]any{"Title": "Picnic"}); got != want {
			t.Errorf("%s pressed %q and was told %q, want %q", m.u.FirstName, going, got, want)
		}
		h.waitSaid(m.u.ID, m.l, phrase("card_answered", map[string]any{"Answer": going}))
	}

	// It moves to the beach: each is asked in their language if they still come.
	h.tg.Send(g.ID, host, "/edit 1 where Beach")
	moved := e
	moved.Where = "Beach"
	changed := func(l lang.Lang) string {
		line := render.ChangeLine(l, allaboard.Change{Field: allaboard.FieldWhere, Old: "Park", New: "Beach"}, berlin())
		return l.T("card_changed", map[string]any{"Changes": line})
	}
	h.waitSaid(g.ID, de, changed, dated, hosted)
	for _, m := range members {
		still := func(l lang.Lang) string {
			return l.T("card_still_going", map[string]any{"Answer": l.T("rsvp_going", nil), "Version": "Park"})
		}
		h.waitSaid(m.u.ID, m.l, phrase("card_remind_header", map[string]any{"Group": group}), changed, still)
		h.press(m.u, m.u.ID, m.l.T("rsvp_going", nil))
		h.waitSaid(m.u.ID, m.l, phrase("card_answered", map[string]any{"Answer": m.l.T("rsvp_going", nil)}))
	}
	h.waitSaid(g.ID, de, mention(moved))

	// Otto never answers: the host is told, in French, to call him (with
	// the 4th reminder: 8 s after the change on the harness's 0,2s,4s).
	// He is named again with it (the mention before, delivered, waits for
	// nothing): twice for the beach so far.
	h.waitOutboxEmpty()
	clock.Set(start.Add(10 * time.Second))
	handOff := h.waitSaid(host.ID, lang.French, phrase("handoff_one", map[string]any{"Name": "Otto", "Event": event}),
		func(l lang.Lang) string { return capital(l.T("handoff_mention_only", nil)) }, phrase("handoff_tap_told", nil))
	if told := lang.French.T("handoff_told_button", map[string]any{"Name": "Otto"}); !hasButton(handOff, told) {
		t.Errorf("the hand-off has no button %q: %+v", told, handOff.Buttons)
	}
	h.waitSaid(host.ID, lang.French, phrase("status_header", map[string]any{"Event": event, "Group": group}),
		phrase("status_call_now", map[string]any{"Names": "Otto"}))

	// The day before, each is reminded in their language. Otto, named in
	// the group a third time by the chase then, isn't named again: the
	// group is reminded naming nobody, in its language.
	day := when.Add(-24 * time.Hour)
	clock.Set(day)
	soon := func(l lang.Lang) string { return render.StartsIn(l, when, day, berlin()) }
	for _, m := range members {
		h.waitSaid(m.u.ID, m.l, func(l lang.Lang) string { return render.ReminderConfirmed(l, moved, soon(l)) })
	}
	reminded := h.waitSaid(g.ID, de, func(l lang.Lang) string {
		return l.T("reminder_group_head", map[string]any{"Event": event, "Soon": soon(l)}) + "\n🕒 " + render.WhenSpan(l, when, time.Time{}, berlin()) + "\n📍 Beach"
	})
	if strings.Contains(reminded.Text, "tg://user") {
		t.Errorf("the group's reminder names someone: %q", reminded.Text)
	}

	// Nothing anyone read says a sentence of the English catalogue but
	// Erik's chat, which says none of the German one's.
	h.waitOutboxEmpty()
	h.noneSays(g.ID, "en", 0)
	h.noneSays(host.ID, "en", 0)
	for _, m := range members[:3] {
		h.noneSays(m.u.ID, "en", 0)
	}
	h.noneSays(erik.ID, "de", chosen.ID)
}

// noneSays checks that no bot message in chat after message id after, its
// buttons included, says a sentence of the catalogue of language code: a
// run of its words, between placeholders and tags, of 12 letters or more.
func (h *harness) noneSays(chat int64, code string, after int) {
	h.t.Helper()
	var messages map[string]map[string]any
	if _, err := toml.DecodeFile(filepath.Join("..", "..", "bot", "lang", "locales", code+".toml"), &messages); err != nil {
		h.t.Fatal(err)
	}
	var sentences []string
	for id, m := range messages {
		if strings.HasPrefix(id, "demo_") {
			continue // the demo's story and narration, not the bot's words
		}
		for form, text := range m {
			if form == "description" {
				continue
			}
			for _, s := range unfilled.Split(text.(string), -1) {
				if s = strings.TrimSpace(html.UnescapeString(s)); len(letters.FindAllString(s, -1)) >= 12 {
					sentences = append(sentences, s)
				}
			}
		}
	}
	for _, m := range h.tg.BotMessages(chat) {
		if m.ID <= after {
			continue
		}
		seen := m.Plain
		for _, row := range m.Buttons {
			for _, b := range row {
				seen += "\n" + b.Text
			}
		}
		for _, s := range sentences {
			if strings.Contains(seen, s) {
				h.t.Errorf("a message in chat %d says %q, of the %s catalogue:\n%s", chat, s, code, seen)
			}
		}
	}
}

var (
	unfilled = regexp.MustCompile(`\{\{[^}]*\}\}|<[^>]*>`)
	letters  = regexp.MustCompile(`\pL`)
)
