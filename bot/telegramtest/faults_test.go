package telegramtest

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestInjectedErrors(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.Fail("sendMessage", 1, 429, "Too Many Requests: retry after 1", 1)
	_, err := sendText(api, anna.ID, "hi")
	if e := wantAPIError(t, err, 429, "Too Many Requests: retry after 1"); e.RetryAfter != 1 {
		t.Errorf("retry_after = %d, want 1", e.RetryAfter)
	}
	s.Fail5xx("", 2)
	_, err = sendText(api, anna.ID, "hi")
	wantAPIError(t, err, 502, "Bad Gateway")
	_, err = api.GetUpdates(tgbotapi.UpdateConfig{})
	wantAPIError(t, err, 502, "Bad Gateway")
	if _, err := sendText(api, anna.ID, "hi"); err != nil {
		t.Fatalf("after the faults: %v", err)
	}
	if n := len(s.BotMessages(anna.ID)); n != 1 {
		t.Errorf("%d messages, want only the last one: a fault happens before processing", n)
	}
	if s.RateLimited() != 0 {
		t.Error("an injected 429 counted as a rate limit violation")
	}
	var codes []int
	for _, r := range s.Requests() {
		if r.Method == "sendMessage" {
			codes = append(codes, r.Code)
		}
	}
	if len(codes) != 3 || codes[0] != 429 || codes[1] != 502 || codes[2] != 200 {
		t.Errorf("sendMessage codes %v", codes)
	}
}

func TestDroppedConnectionAndGarbage(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.Drop("sendMessage", 1)
	_, err := sendText(api, anna.ID, "hi")
	var apiErr *tgbotapi.Error
	if err == nil || errors.As(err, &apiErr) {
		t.Fatalf("a dropped connection gave %v", err)
	}
	s.SendGarbage("sendMessage", 1)
	_, err = sendText(api, anna.ID, "hi")
	var syntax *json.SyntaxError
	if !errors.As(err, &syntax) {
		t.Fatalf("garbage gave %v, want a JSON syntax error", err)
	}
	if n := len(s.BotMessages(anna.ID)); n != 0 {
		t.Errorf("%d messages recorded by faulted requests", n)
	}
	s.Unreachable(true)
	if _, err := api.GetMe(); err == nil {
		t.Fatal("getMe worked while unreachable")
	}
	s.Unreachable(false)
	if _, err := api.GetMe(); err != nil {
		t.Fatalf("getMe after reachable again: %v", err)
	}
}

func TestSlowAnswers(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.Slow("sendMessage", 1, 300*time.Millisecond)
	began := time.Now()
	if _, err := sendText(api, anna.ID, "slow"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took < 300*time.Millisecond {
		t.Errorf("answered after %v, want 300 ms", took)
	}
	impatient, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	s.Slow("sendMessage", 1, 5*time.Second)
	if _, err := sendText(impatient, anna.ID, "gave up"); err == nil {
		t.Fatal("a 5 s answer arrived within a 100 ms timeout")
	}
	time.Sleep(50 * time.Millisecond)
	if n := len(s.BotMessages(anna.ID)); n != 1 {
		t.Errorf("%d messages: the one whose client gave up must not be sent", n)
	}
}

func TestLostAnswers(t *testing.T) {
	s, api := newBot(t, Options{})
	anna := started(t, s, api, "Anna")
	s.LoseAnswer("sendMessage", 1)
	_, err := sendText(api, anna.ID, "sent, unheard")
	var apiErr *tgbotapi.Error
	if err == nil || errors.As(err, &apiErr) {
		t.Fatalf("a lost answer gave %v, want a network error", err)
	}
	if msgs := s.BotMessages(anna.ID); len(msgs) != 1 || msgs[0].Text != "sent, unheard" {
		t.Fatalf("the message whose answer was lost is not in the chat: %+v", msgs)
	}

	// Updates handed out with a lost answer come again: nothing confirmed them.
	s.Send(anna.ID, anna, "hello")
	s.LoseAnswer("getUpdates", 1)
	if _, err := api.GetUpdates(tgbotapi.UpdateConfig{Timeout: 0}); err == nil {
		t.Fatal("getUpdates answered despite the lost answer")
	}
	got := poll(t, api, 0, 0)
	if len(got) != 1 || got[0].Message == nil || got[0].Message.Text != "hello" {
		t.Fatalf("after a lost answer getUpdates gave %+v, want the update again", got)
	}
	var codes []int
	for _, r := range s.Requests() {
		if r.Method == "sendMessage" || r.Method == "getUpdates" {
			codes = append(codes, r.Code)
		}
	}
	if !slices.Equal(codes[len(codes)-3:], []int{0, 0, 200}) {
		t.Errorf("codes %v: a lost answer is recorded as a dropped connection", codes)
	}
}

func TestTwice(t *testing.T) {
	s, api := newBot(t, Options{Limits: Limits{PerChat: Rate{N: 1, Per: time.Millisecond}}})
	anna := started(t, s, api, "Anna")
	s.Twice("sendMessage", 3)
	var answered []int
	for i := range 7 {
		time.Sleep(2 * time.Millisecond) // the rate limit: the copy is not counted
		m, err := sendText(api, anna.ID, fmt.Sprint("hi ", i))
		if err != nil {
			t.Fatal(err)
		}
		answered = append(answered, m.MessageID)
	}
	var got []string
	var ids []int
	for _, m := range s.BotMessages(anna.ID) {
		got, ids = append(got, m.Plain), append(ids, m.ID)
	}
	want := []string{"hi 0", "hi 1", "hi 2", "hi 2", "hi 3", "hi 4", "hi 5", "hi 5", "hi 6"}
	if !slices.Equal(got, want) {
		t.Fatalf("with every 3rd sendMessage processed twice the chat holds %q, want %q", got, want)
	}
	if wantIDs := []int{ids[0], ids[1], ids[3], ids[4], ids[5], ids[7], ids[8]}; !slices.Equal(answered, wantIDs) {
		t.Errorf("answered message ids %v, want the second copy's when doubled: %v", answered, wantIDs)
	}
	if s.Doubled() != 2 {
		t.Errorf("Doubled() = %d, want 2", s.Doubled())
	}
	s.Twice("", 0)
	for i := 7; i < 10; i++ {
		time.Sleep(2 * time.Millisecond)
		if _, err := sendText(api, anna.ID, fmt.Sprint("hi ", i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(s.BotMessages(anna.ID)); n != len(want)+3 {
		t.Errorf("after Twice(\"\", 0), %d messages, want %d", n, len(want)+3)
	}
}
