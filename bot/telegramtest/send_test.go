package telegramtest

import (
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestPrivateMessagesNeedAStartedUnblockedUser(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "anna")
	_, err := sendText(api, 4242, "hi")
	wantAPIError(t, err, 400, "Bad Request: chat not found")
	_, err = sendText(api, anna.ID, "hi")
	wantAPIError(t, err, 403, "Forbidden: bot can't initiate conversation with a user")

	s.Start(anna, "")
	if _, err := sendText(api, anna.ID, "hi"); err != nil {
		t.Fatalf("after Start: %v", err)
	}
	s.Block(anna)
	_, err = sendText(api, anna.ID, "hi")
	wantAPIError(t, err, 403, "Forbidden: bot was blocked by the user")
	s.Unblock(anna)
	if _, err := sendText(api, anna.ID, "hi again"); err != nil {
		t.Fatalf("after Unblock: %v", err)
	}
	if got := len(s.BotMessages(anna.ID)); got != 2 {
		t.Errorf("%d bot messages, want the 2 that were accepted", got)
	}
}

func TestSentMessageIsReturnedAndRecorded(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	c := tgbotapi.NewMessage(anna.ID, "<b>Party</b> at 3 &amp; cake")
	c.ParseMode = tgbotapi.ModeHTML
	c.DisableNotification = true
	c.ReplyMarkup = keyboard(tgbotapi.NewInlineKeyboardRow(
		tgbotapi.NewInlineKeyboardButtonData("✅ Going", "go:1"),
		tgbotapi.NewInlineKeyboardButtonURL("Map", "https://example.com/map")))
	m := mustSend(t, api, c)
	if m.MessageID != 2 || m.From == nil || m.From.ID != 1000000 || !m.From.IsBot || m.Chat.ID != anna.ID || m.Date == 0 {
		t.Errorf("result = %+v (the user's /start is message 1)", m)
	}
	if m.Text != "Party at 3 & cake" || len(m.Entities) != 1 || m.Entities[0].Type != "bold" || m.Entities[0].Length != 5 {
		t.Errorf("text %q entities %+v", m.Text, m.Entities)
	}
	if m.ReplyMarkup == nil || *m.ReplyMarkup.InlineKeyboard[0][0].CallbackData != "go:1" {
		t.Errorf("reply markup %+v", m.ReplyMarkup)
	}
	all := s.Messages(anna.ID)
	if len(all) != 2 || all[0].From != anna || all[0].Text != "/start" {
		t.Fatalf("messages = %+v", all)
	}
	got := s.BotMessages(anna.ID)[0]
	if got.From != s.Bot() || got.Text != c.Text || got.Plain != "Party at 3 & cake" || got.ParseMode != "HTML" || !got.Silent {
		t.Errorf("recorded %+v", got)
	}
	want := [][]Button{{{Text: "✅ Going", Data: "go:1"}, {Text: "Map", URL: "https://example.com/map"}}}
	if len(got.Buttons) != 1 || len(got.Buttons[0]) != 2 || got.Buttons[0][0] != want[0][0] || got.Buttons[0][1] != want[0][1] {
		t.Errorf("buttons %+v, want %+v", got.Buttons, want)
	}
}

func TestHTMLIsValidatedLikeTelegram(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	for _, tc := range []struct {
		name, text, plain, err string
	}{
		{"tags", `<b>bold</b> <i>it</i> <a href="https://x.org/?a=1&amp;b=2">link</a> <code>c</code>`, "bold it link c", ""},
		{"escaped tag", "&lt;b&gt; is not bold", "<b> is not bold", ""},
		{"numeric entities", "&#65;&#x42; &quot;q&quot;", `AB "q"`, ""},
		{"bare ampersand", "Tom & Jerry", "Tom & Jerry", ""},
		{"spoiler", `<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>`, "xy", ""},
		{"unknown tag", "<x>hi</x>", "", `Bad Request: can't parse entities: Unsupported start tag "x" at byte offset 0`},
		{"stray <", "1 < 2", "", `Bad Request: can't parse entities: Unsupported start tag "" at byte offset 2`},
		{"unclosed", "<b>bold", "", `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`},
		{"crossed", "<b><i>x</b></i>", "", `Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`},
		{"span without spoiler", `<span class="x">y</span>`, "", `Bad Request: can't parse entities: Unsupported start tag "span" at byte offset 0`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sendText(api, anna.ID, tc.text)
			if tc.err != "" {
				wantAPIError(t, err, 400, tc.err)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			bm := s.BotMessages(anna.ID)
			if got := bm[len(bm)-1].Plain; got != tc.plain {
				t.Errorf("Plain = %q, want %q", got, tc.plain)
			}
		})
	}
}

func TestTextLengthIsCountedInUTF16(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	for _, tc := range []struct {
		name, text, err string
	}{
		{"empty", "", "Bad Request: message text is empty"},
		{"only tags", "<b> </b>", "Bad Request: message text is empty"},
		{"4096", strings.Repeat("a", 4096), ""},
		{"4097", strings.Repeat("a", 4097), "Bad Request: message is too long"},
		{"tags are free", "<b>" + strings.Repeat("a", 4096) + "</b>", ""},
		{"2048 emoji", strings.Repeat("😀", 2048), ""},
		{"2049 emoji", strings.Repeat("😀", 2049), "Bad Request: message is too long"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := sendText(api, anna.ID, tc.text)
			if tc.err == "" && err != nil {
				t.Fatal(err)
			}
			if tc.err != "" {
				wantAPIError(t, err, 400, tc.err)
			}
		})
	}
}

func TestInlineKeyboardsAreValidated(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	data := func(d string) tgbotapi.InlineKeyboardButton { return tgbotapi.NewInlineKeyboardButtonData("b", d) }
	for _, tc := range []struct {
		name   string
		button tgbotapi.InlineKeyboardButton
		err    string
	}{
		{"64 bytes", data(strings.Repeat("ü", 32)), ""},
		{"65 bytes", data(strings.Repeat("x", 65)), "Bad Request: BUTTON_DATA_INVALID"},
		{"empty data", data(""), "Bad Request: BUTTON_DATA_INVALID"},
		{"text only", tgbotapi.InlineKeyboardButton{Text: "b"}, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"},
		{"bad url", tgbotapi.NewInlineKeyboardButtonURL("b", "not a url"), "Bad Request: BUTTON_URL_INVALID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tgbotapi.NewMessage(anna.ID, "pick")
			c.ReplyMarkup = keyboard([]tgbotapi.InlineKeyboardButton{tc.button})
			_, err := api.Send(c)
			if tc.err == "" && err != nil {
				t.Fatal(err)
			}
			if tc.err != "" {
				wantAPIError(t, err, 400, tc.err)
			}
		})
	}
}

func TestEdits(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	kb := keyboard(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("OK", "ok")))
	c := tgbotapi.NewMessage(anna.ID, "v1")
	c.ReplyMarkup = kb
	sent := mustSend(t, api, c)

	edit := tgbotapi.NewEditMessageText(anna.ID, sent.MessageID, "<b>v2</b>")
	edit.ParseMode = tgbotapi.ModeHTML
	edit.ReplyMarkup = &kb
	if m := mustSend(t, api, edit); m.Text != "v2" || m.EditDate == 0 {
		t.Errorf("edited = %+v", m)
	}
	_, err := api.Send(edit)
	wantAPIError(t, err, 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")

	// Without reply_markup the keyboard goes, as on Telegram.
	mustSend(t, api, tgbotapi.NewEditMessageText(anna.ID, sent.MessageID, "v3"))
	got := s.BotMessages(anna.ID)[0]
	if got.Plain != "v3" || got.Edits != 2 || len(got.Buttons) != 0 {
		t.Errorf("after edits: %+v", got)
	}
	mustSend(t, api, tgbotapi.NewEditMessageReplyMarkup(anna.ID, sent.MessageID, kb))
	if got := s.BotMessages(anna.ID)[0]; len(got.Buttons) != 1 || got.Edits != 3 {
		t.Errorf("after editMessageReplyMarkup: %+v", got)
	}
	_, err = api.Send(tgbotapi.NewEditMessageReplyMarkup(anna.ID, sent.MessageID, kb))
	wantAPIError(t, err, 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")

	for name, id := range map[string]int{"unknown": 99, "the user's own": 1} {
		_, err = api.Send(tgbotapi.NewEditMessageText(anna.ID, id, "x"))
		t.Run(name, func(t *testing.T) { wantAPIError(t, err, 400, "Bad Request: message to edit not found") })
	}
	if n := len(s.BotMessages(anna.ID)); n != 1 {
		t.Errorf("edits made %d bot messages, want 1", n)
	}
	if got, want := s.Unmodified(), 2; got != want {
		t.Errorf("Unmodified() = %d, want %d: the two edits that changed nothing", got, want)
	}
	reqs := s.Requests()
	if last := reqs[len(reqs)-1]; last.Code != 400 || last.Description != "Bad Request: message to edit not found" {
		t.Errorf("the last request is recorded as %d %q, want 400 and Telegram's description", last.Code, last.Description)
	}
}

func TestGroupChatErrors(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	g := s.NewGroup("Parents", anna)
	_, err := sendText(api, -999, "hi")
	wantAPIError(t, err, 400, "Bad Request: chat not found")
	_, err = sendText(api, g.ID, "hi")
	wantAPIError(t, err, 403, "Forbidden: bot was kicked from the group chat")

	s.AddBot(g, anna, false)
	if _, err := sendText(api, g.ID, "hi"); err != nil {
		t.Fatalf("after AddBot: %v", err)
	}
	super := s.Migrate(g)
	if super.ID > -1001000000000 || super.Title != "Parents" {
		t.Errorf("supergroup %+v", super)
	}
	_, err = sendText(api, g.ID, "hi")
	if e := wantAPIError(t, err, 400, "Bad Request: group chat was upgraded to a supergroup chat"); e.MigrateToChatID != super.ID {
		t.Errorf("migrate_to_chat_id = %d, want %d", e.MigrateToChatID, super.ID)
	}
	if _, err := sendText(api, super.ID, "hi"); err != nil {
		t.Fatalf("in the supergroup: %v", err)
	}
	s.RemoveBot(super, anna)
	_, err = sendText(api, super.ID, "hi")
	wantAPIError(t, err, 403, "Forbidden: bot was kicked from the supergroup chat")
}

func TestSendDocument(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	c := tgbotapi.NewDocument(anna.ID, tgbotapi.FileBytes{Name: "guests.csv", Bytes: []byte("name\nAnna\n")})
	c.Caption = "<b>Guests</b>"
	c.ParseMode = tgbotapi.ModeHTML
	m := mustSend(t, api, c)
	if m.Document == nil || m.Document.FileName != "guests.csv" || m.Document.FileSize != 10 || m.Caption != "Guests" {
		t.Errorf("result %+v", m)
	}
	got := s.BotMessages(anna.ID)
	if len(got) != 1 || got[0].Document == nil || string(got[0].Document.Data) != "name\nAnna\n" || got[0].Plain != "Guests" {
		t.Fatalf("recorded %+v", got)
	}
	_, err := api.Send(tgbotapi.NewDocument(42424242, tgbotapi.FileBytes{Name: "x", Bytes: []byte("x")}))
	if err == nil || !strings.Contains(err.Error(), "chat not found") {
		t.Errorf("document to an unknown chat: %v", err)
	}
}

func TestPinNeedsAdminInGroups(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	g := s.NewGroup("Parents", anna)
	s.AddBot(g, anna, false)
	m, err := sendText(api, g.ID, "pin me")
	if err != nil {
		t.Fatal(err)
	}
	pin := tgbotapi.PinChatMessageConfig{ChatID: g.ID, MessageID: m.MessageID, DisableNotification: true}
	_, err = api.Request(pin)
	wantAPIError(t, err, 400, "Bad Request: not enough rights to manage pinned messages in the chat")
	s.SetBotAdmin(g, true)
	if _, err := api.Request(pin); err != nil {
		t.Fatal(err)
	}
	if got := s.BotMessages(g.ID)[0]; !got.Pinned {
		t.Error("the message is not pinned")
	}
}

func TestSetMyCommandsIsRecorded(t *testing.T) {
	s, api := newBot(t, Options{})
	if _, err := api.Request(tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "event", Description: "Announce an event"},
		tgbotapi.BotCommand{Command: "help", Description: "How it works"})); err != nil {
		t.Fatal(err)
	}
	if got := s.Commands(); len(got) != 2 || got[0] != (BotCommand{"event", "Announce an event"}) || got[1].Command != "help" {
		t.Errorf("Commands() = %+v", got)
	}
	_, err := api.Request(tgbotapi.NewSetMyCommands(tgbotapi.BotCommand{Command: "Bad-Name", Description: "x"}))
	wantAPIError(t, err, 400, "Bad Request: BOT_COMMAND_INVALID")
}
