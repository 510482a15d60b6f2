package telegramtest

import (
	"net/http"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestGetMeDescribesTheBot(t *testing.T) {
	_, api := newBot(t, Options{BotUsername: "party_bot", BotName: "Party"})
	me := api.Self
	if me.ID != 1000000 || !me.IsBot || me.UserName != "party_bot" || me.FirstName != "Party" || !me.CanJoinGroups {
		t.Fatalf("getMe = %+v", me)
	}
	if me.CanReadAllGroupMessages {
		t.Error("privacy mode is on by default, yet the bot reads all group messages")
	}
}

func TestWrongTokenAndUnknownMethod(t *testing.T) {
	s, api := newBot(t, Options{})
	_, err := tgbotapi.NewBotAPIWithAPIEndpoint("1:wrong", s.URL()+"/bot%s/%s")
	wantAPIError(t, err, 401, "Unauthorized")
	_, err = api.MakeRequest("noSuchMethod", nil)
	wantAPIError(t, err, 404, "Not Found")
	if got, want := s.Calls("getMe"), 2; got != want {
		t.Errorf("Calls(getMe) = %d, want %d", got, want)
	}
	reqs := s.Requests()
	if got := reqs[len(reqs)-1]; got.Method != "noSuchMethod" || got.Code != 404 {
		t.Errorf("last request = %+v", got)
	}
}

func TestServerListensOnLoopbackOnly(t *testing.T) {
	s := New(Options{})
	defer s.Close()
	if got := s.URL()[:len("http://127.0.0.1:")]; got != "http://127.0.0.1:" {
		t.Fatalf("URL %q is not on 127.0.0.1", s.URL())
	}
	if s.Token() != "123456:TEST-fake-token" || s.Bot().Username != "allaboard_test_bot" || s.Bot().Name() != "All Aboard" {
		t.Errorf("defaults: token %q bot %+v", s.Token(), s.Bot())
	}
}

func TestCloseEndsAWaitingLongPoll(t *testing.T) {
	s := New(Options{})
	api, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 30})
		close(done)
	}()
	for s.Calls("getUpdates") == 0 {
		time.Sleep(5 * time.Millisecond)
	}
	began := time.Now()
	s.Close()
	<-done
	if took := time.Since(began); took > 2*time.Second {
		t.Errorf("Close took %v with a long poll waiting", took)
	}
}

func TestUserNames(t *testing.T) {
	for _, tc := range []struct {
		u    User
		want string
	}{
		{User{FirstName: "Anna", LastName: "Berg"}, "Anna Berg"},
		{User{FirstName: "Anna"}, "Anna"},
	} {
		if got := tc.u.Name(); got != tc.want {
			t.Errorf("Name() = %q, want %q", got, tc.want)
		}
	}
}
