package telegramtest

import (
	"net/http"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestLongPollReturnsAsSoonAsAnUpdateArrives(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "Berg", "anna")
	go func() {
		time.Sleep(200 * time.Millisecond)
		s.Start(anna, "")
	}()
	began := time.Now()
	ups := poll(t, api, 0, 5, everything...)
	if took := time.Since(began); took < 150*time.Millisecond || took > 2*time.Second {
		t.Errorf("the poll returned after %v, want just after the update (200 ms)", took)
	}
	if len(ups) != 1 || ups[0].Message == nil {
		t.Fatalf("updates = %+v", ups)
	}
	m := ups[0].Message
	if !m.IsCommand() || m.Command() != "start" || m.From.ID != anna.ID || m.Chat.ID != anna.ID || m.Chat.Type != "private" {
		t.Errorf("message = %+v", m)
	}
	if ups[0].UpdateID != 500000000 {
		t.Errorf("first update id %d, want 500000000", ups[0].UpdateID)
	}
}

func TestLongPollAnswersEmptyAfterTimeout(t *testing.T) {
	_, api := newBot(t, Options{})
	began := time.Now()
	ups := poll(t, api, 0, 1)
	if took := time.Since(began); took < time.Second || took > 2*time.Second {
		t.Errorf("the poll returned after %v, want 1 s", took)
	}
	if len(ups) != 0 {
		t.Errorf("updates = %+v, want none", ups)
	}
}

func TestLongPollEndsWhenTheClientGivesUp(t *testing.T) {
	s, _ := newBot(t, Options{})
	impatient, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := impatient.GetUpdates(tgbotapi.UpdateConfig{Timeout: 30}); err == nil {
		t.Fatal("a 30 s poll succeeded within a 200 ms client timeout")
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		reqs := s.Requests()
		if last := reqs[len(reqs)-1]; last.Method == "getUpdates" && last.Code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the abandoned poll is still held by the server")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestOffsetConfirmsUpdates(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	s.Start(anna, "")
	s.Send(anna.ID, anna, "hello")
	s.Send(anna.ID, anna, "again")
	ups := poll(t, api, 0, 0)
	if len(ups) != 3 || ups[1].UpdateID != ups[0].UpdateID+1 || ups[2].UpdateID != ups[1].UpdateID+1 {
		t.Fatalf("updates = %+v", ups)
	}
	if got := poll(t, api, 0, 0); len(got) != 3 {
		t.Errorf("without an offset, %d updates are served again, want 3", len(got))
	}
	if got := poll(t, api, ups[1].UpdateID+1, 0); len(got) != 1 || got[0].Message.Text != "again" {
		t.Errorf("after confirming two: %+v", got)
	}
	if n := s.Pending(); n != 1 {
		t.Errorf("Pending = %d, want 1", n)
	}
	if got := poll(t, api, ups[2].UpdateID+1, 0); len(got) != 0 || s.Pending() != 0 {
		t.Errorf("after confirming all: %d updates, %d pending", len(got), s.Pending())
	}
}

func TestLimitCapsTheBatch(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	for range 5 {
		s.Send(anna.ID, anna, "hi")
	}
	ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Limit: 2})
	if err != nil || len(ups) != 2 {
		t.Fatalf("got %d updates (%v), want 2", len(ups), err)
	}
}

func TestJumpedUpdateIDIsServedDespiteAHigherOffset(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.JumpUpdateID(1000)
	s.Send(anna.ID, anna, "/help")
	ups := poll(t, api, 500000001, 0)
	if len(ups) != 1 || ups[0].UpdateID != 1000 {
		t.Fatalf("updates = %+v, want the one with id 1000", ups)
	}
	if got := poll(t, api, 1001, 0); len(got) != 0 {
		t.Errorf("offset 1001 left %d updates", len(got))
	}
}

func TestAllowedUpdatesFilterWhatIsQueued(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := s.AddUser("Anna", "", "")
	g := s.NewGroup("Parents", anna)
	s.AddBot(g, anna, true)
	ben := s.AddUser("Ben", "", "")

	// Before any poll asks for it, chat_member is not queued.
	s.Join(g, ben)
	if got := kinds(poll(t, api, 0, 0)); got != "my_chat_member message message" {
		t.Errorf("default update kinds: %q", got)
	}
	drain(t, s, api) // asks for chat_member from now on
	s.Leave(g, ben)
	if got := kinds(drain(t, s, api)); got != "message chat_member" {
		t.Errorf("with chat_member allowed: %q", got)
	}
	// An absent list (the library sends null) keeps the setting.
	s.Join(g, ben)
	if got := kinds(poll(t, api, 0, 0)); got != "message chat_member" {
		t.Errorf("after a poll without allowed_updates: %q", got)
	}
	drain(t, s, api)
	poll(t, api, 0, 0, "callback_query")
	s.Send(g.ID, ben, "/start")
	if n := s.Pending(); n != 0 {
		t.Errorf("a message was queued although only callback_query is allowed")
	}
	if n := len(s.Messages(g.ID)); n != 5 {
		t.Errorf("%d messages in the group, want 5 (the filtered one recorded)", n)
	}
}

// kinds lists the updates' types.
func kinds(ups []tgbotapi.Update) string {
	var out string
	for _, u := range ups {
		k := "other"
		switch {
		case u.Message != nil:
			k = "message"
		case u.CallbackQuery != nil:
			k = "callback_query"
		case u.MyChatMember != nil:
			k = "my_chat_member"
		case u.ChatMember != nil:
			k = "chat_member"
		}
		if out != "" {
			out += " "
		}
		out += k
	}
	return out
}

func TestSecondPollerTerminatesTheFirst(t *testing.T) {
	s, api := newBot(t, Options{})
	errs := make(chan error, 1)
	go func() {
		_, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 5})
		errs <- err
	}()
	for s.Calls("getUpdates") == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // let it start waiting
	began := time.Now()
	poll(t, api, 0, 0)
	select {
	case err := <-errs:
		wantAPIError(t, err, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
	case <-time.After(2 * time.Second):
		t.Fatal("the first poll was not terminated")
	}
	if took := time.Since(began); took > time.Second {
		t.Errorf("terminated after %v", took)
	}
}

func TestWebhookBlocksPollingUntilDeleted(t *testing.T) {
	s, api := newBot(t, Options{})
	s.SetWebhook("https://example.com/hook")
	_, err := api.GetUpdates(tgbotapi.UpdateConfig{})
	wantAPIError(t, err, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
	info, err := api.GetWebhookInfo()
	if err != nil || info.URL != "https://example.com/hook" {
		t.Fatalf("webhook info %+v, %v", info, err)
	}
	if _, err := api.Request(tgbotapi.DeleteWebhookConfig{}); err != nil {
		t.Fatalf("deleteWebhook: %v", err)
	}
	poll(t, api, 0, 0)
	if info, _ := api.GetWebhookInfo(); info.URL != "" {
		t.Errorf("webhook still %q", info.URL)
	}
}
