package bot

import (
	"path/filepath"
	"strings"
	"testing"

	"allaboard/bot/telegramtest"
	"allaboard/store"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Updates a faulty API server might send, lacking what Telegram always
// gives, are recorded as applied without being handled: they neither crash
// the bot nor, redelivered, crash it again. The well-formed one beside them
// is handled.
func TestMalformedUpdatesAreSkipped(t *testing.T) {
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	anna := tg.AddUser("Anna", "", "")
	tg.Start(anna, "") // so the bot may answer her
	db, err := store.Open(filepath.Join(t.TempDir(), "allaboard.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var log strings.Builder
	b := fuzzBot(t, tg, db, &log)
	defer b.cancel()

	group := &tgbotapi.Chat{ID: -100, Type: "group"}
	updates := []tgbotapi.Update{
		{UpdateID: 1, Message: &tgbotapi.Message{MessageID: 1, From: &tgbotapi.User{ID: anna.ID}, Text: "hi"}},                                      // no chat
		{UpdateID: 2, CallbackQuery: &tgbotapi.CallbackQuery{ID: "q", Data: "forget:group", Message: &tgbotapi.Message{MessageID: 1, Chat: group}}}, // no sender
		{UpdateID: 3, Message: &tgbotapi.Message{MessageID: 2, From: &tgbotapi.User{ID: anna.ID}, Chat: group, Text: "/start",
			Entities: []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: 0}}}}, // an empty command
		{UpdateID: 4, Message: &tgbotapi.Message{MessageID: 3, Chat: &tgbotapi.Chat{ID: anna.ID, Type: "private"}, Text: "/start",
			Entities: []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: 6}}}}, // no sender in a private chat
		{UpdateID: 5, Message: &tgbotapi.Message{MessageID: 4, From: &tgbotapi.User{ID: anna.ID, FirstName: "Anna"},
			Chat: &tgbotapi.Chat{ID: anna.ID, Type: "private"}, Text: "/help",
			Entities: []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: 5}}}},
	}
	for range 2 { // delivered again: skipped again, quietly
		if err := b.apply(updates); err != nil {
			t.Fatal(err)
		}
	}
	if strings.Contains(log.String(), "panic") {
		t.Fatalf("a panic:\n%s", log.String())
	}
	box, err := db.Outbox()
	if err != nil {
		t.Fatal(err)
	}
	if len(box) != 1 || box[0].ChatID != anna.ID {
		t.Errorf("queued %+v, want only the answer to Anna's /help", box)
	}
}
