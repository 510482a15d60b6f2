package telegramtest

import (
	"context"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestPressLabelAndWaitAnswer(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	for _, v := range []string{"v1", "v2"} {
		c := tgbotapi.NewMessage(anna.ID, "Party "+v)
		c.ReplyMarkup = keyboard(tgbotapi.NewInlineKeyboardRow(
			tgbotapi.NewInlineKeyboardButtonData("✅ Got it", "ack:"+v),
			tgbotapi.NewInlineKeyboardButtonData("❌ Can't", "no:"+v)))
		mustSend(t, api, c)
	}
	id, err := s.PressLabel(anna, anna.ID, "Got it")
	if err != nil {
		t.Fatal(err)
	}
	ups := poll(t, api, 0, 0)
	if len(ups) != 1 || ups[0].CallbackQuery == nil {
		t.Fatalf("updates %+v", ups)
	}
	q := ups[0].CallbackQuery
	if q.ID != id || q.Data != "ack:v2" || q.From.ID != anna.ID || q.Message == nil || q.Message.MessageID != 3 ||
		q.Message.Text != "Party v2" || q.Message.Chat.ID != anna.ID || q.ChatInstance == "" {
		t.Errorf("callback query %+v, message %+v", q, q.Message)
	}

	answered := make(chan Answer)
	go func() {
		a, err := s.WaitAnswer(context.Background(), id)
		if err != nil {
			t.Error(err)
		}
		answered <- a
	}()
	time.Sleep(50 * time.Millisecond)
	if _, err := api.Request(tgbotapi.NewCallbackWithAlert(id, "Thanks!")); err != nil {
		t.Fatal(err)
	}
	if a := <-answered; a != (Answer{Text: "Thanks!", ShowAlert: true}) {
		t.Errorf("answer %+v", a)
	}
	_, err = api.Request(tgbotapi.NewCallback(id, "again"))
	wantAPIError(t, err, 400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
	_, err = api.Request(tgbotapi.NewCallback("12345", ""))
	wantAPIError(t, err, 400, "Bad Request: query is too old and response timeout expired or query ID is invalid")

	if _, err := s.PressLabel(anna, anna.ID, "Maybe"); err == nil {
		t.Error("pressed a button that does not exist")
	}
	id = s.Press(anna, s.BotMessages(anna.ID)[0], "no:v1")
	_, err = api.Request(tgbotapi.NewCallback(id, strings.Repeat("x", 201)))
	wantAPIError(t, err, 400, "Bad Request: MESSAGE_TOO_LONG")
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := s.WaitAnswer(ctx, id); err == nil {
		t.Error("WaitAnswer returned for an unanswered press")
	}
}

func TestForgePressOnAMessageThatDoesNotExist(t *testing.T) {
	s, api := newBot(t, Options{})
	mallory := started(t, s, api, "Mallory")
	id := s.ForgePress(mallory, mallory.ID, 77, "e:-100:1:1:a")
	ups := poll(t, api, 0, 0)
	if len(ups) != 1 || ups[0].CallbackQuery == nil {
		t.Fatalf("updates %+v", ups)
	}
	q := ups[0].CallbackQuery
	if q.ID != id || q.Data != "e:-100:1:1:a" || q.Message == nil || q.Message.MessageID != 77 || q.Message.Chat.ID != mallory.ID {
		t.Errorf("forged query %+v", q)
	}
}

func TestOpenLink(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	for _, tc := range []struct {
		link string
		ok   bool
	}{
		{"https://example.com/?start=x", false},
		{"https://t.me/other_bot?start=x", false},
		{"https://t.me/allaboard_test_bot", false},
		{"https://t.me/allaboard_test_bot?start=bad%20payload", false},
		{"https://t.me/allaboard_test_bot?start=ev_-100_1", true},
	} {
		if _, ok := s.OpenLink(anna, tc.link); ok != tc.ok {
			t.Errorf("OpenLink(%q) = %v, want %v", tc.link, ok, tc.ok)
		}
	}
	ups := poll(t, api, 0, 0)
	if len(ups) != 1 {
		t.Fatalf("%d updates, want the one /start", len(ups))
	}
	if m := ups[0].Message; m.Text != "/start ev_-100_1" || m.Command() != "start" || m.CommandArguments() != "ev_-100_1" {
		t.Errorf("message %q: command %q args %q", m.Text, m.Command(), m.CommandArguments())
	}
	if _, err := sendText(api, anna.ID, "Welcome"); err != nil {
		t.Errorf("the bot may not write after the deep link: %v", err)
	}
}

func TestPrivacyMode(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	g := s.NewGroup("Parents", anna)
	s.AddBot(g, anna, false)
	drain(t, s, api)
	greeting, err := sendText(api, g.ID, "Hello")
	if err != nil {
		t.Fatal(err)
	}
	seen := func() string {
		var texts []string
		for _, u := range drain(t, s, api) {
			if u.Message != nil {
				texts = append(texts, u.Message.Text)
			}
		}
		return strings.Join(texts, "|")
	}
	s.Send(g.ID, anna, "just chatting")
	s.Send(g.ID, anna, "/status")
	s.Send(g.ID, anna, "/status@other_bot")
	s.Send(g.ID, anna, "/status@allaboard_test_bot")
	s.SendReply(g.ID, anna, greeting.MessageID, "thanks bot")
	if got, want := seen(), "/status|/status@allaboard_test_bot|thanks bot"; got != want {
		t.Errorf("privacy on: the bot saw %q, want %q", got, want)
	}
	s.SetBotAdmin(g, true)
	s.Send(g.ID, anna, "just chatting")
	if got := seen(); got != "just chatting" {
		t.Errorf("admin bot saw %q", got)
	}
	s.SetBotAdmin(g, false)
	s.SetPrivacy(false)
	s.Send(g.ID, anna, "still chatting")
	if got := seen(); got != "still chatting" {
		t.Errorf("privacy off: the bot saw %q", got)
	}
	if n := len(s.Messages(g.ID)); n != 9 {
		t.Errorf("%d messages recorded, want all 9", n)
	}
}

func TestSendingWhereOneIsNotIsATestBug(t *testing.T) {
	s, _ := newBot(t, Options{})
	anna, ben := s.AddUser("Anna", "", ""), s.AddUser("Ben", "", "")
	g := s.NewGroup("Parents", anna)
	if _, err := s.TrySend(g.ID, ben, "hi"); err == nil {
		t.Error("Ben wrote in a group he is not in")
	}
	if _, err := s.TrySend(anna.ID, ben, "hi"); err == nil {
		t.Error("Ben wrote in Anna's private chat")
	}
	defer func() {
		if recover() == nil {
			t.Error("Send did not panic")
		}
	}()
	s.Send(g.ID, ben, "hi")
}
