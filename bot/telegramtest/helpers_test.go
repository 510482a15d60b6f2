package telegramtest

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// everything is the allowed_updates list the real bot sends.
var everything = []string{"message", "edited_message", "callback_query", "my_chat_member", "chat_member"}

// newBot starts a fake and a library client for it.
func newBot(tb testing.TB, opts Options) (*Server, *tgbotapi.BotAPI) {
	tb.Helper()
	s := New(opts)
	tb.Cleanup(s.Close)
	api, err := tgbotapi.NewBotAPIWithClient(s.Token(), s.URL()+"/bot%s/%s", &http.Client{Timeout: 10 * time.Second})
	if err != nil {
		tb.Fatalf("connect: %v", err)
	}
	return s, api
}

// poll is one getUpdates call; it fails the test on an error.
func poll(tb testing.TB, api *tgbotapi.BotAPI, offset, timeout int, allowed ...string) []tgbotapi.Update {
	tb.Helper()
	ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Timeout: timeout, AllowedUpdates: allowed})
	if err != nil {
		tb.Fatalf("getUpdates: %v", err)
	}
	return ups
}

// drain fetches and confirms every queued update.
func drain(tb testing.TB, s *Server, api *tgbotapi.BotAPI) []tgbotapi.Update {
	tb.Helper()
	ups := poll(tb, api, 0, 0, everything...)
	if len(ups) > 0 {
		poll(tb, api, ups[len(ups)-1].UpdateID+1, 0)
	}
	if n := s.Pending(); n != 0 {
		tb.Fatalf("%d updates still pending after draining", n)
	}
	return ups
}

// started is a user who has pressed Start, with the updates drained.
func started(tb testing.TB, s *Server, api *tgbotapi.BotAPI, name string) *User {
	tb.Helper()
	u := s.AddUser(name, "", strings.ToLower(name))
	s.Start(u, "")
	drain(tb, s, api)
	return u
}

// wantAPIError fails unless err is Telegram's answer with code and description.
func wantAPIError(tb testing.TB, err error, code int, desc string) *tgbotapi.Error {
	tb.Helper()
	var apiErr *tgbotapi.Error
	if !errors.As(err, &apiErr) {
		tb.Fatalf("got %v, want API error %d %q", err, code, desc)
	}
	if apiErr.Code != code || apiErr.Message != desc {
		tb.Fatalf("got %d %q, want %d %q", apiErr.Code, apiErr.Message, code, desc)
	}
	return apiErr
}

func sendText(api *tgbotapi.BotAPI, chat int64, text string) (tgbotapi.Message, error) {
	c := tgbotapi.NewMessage(chat, text)
	c.ParseMode = tgbotapi.ModeHTML
	return api.Send(c)
}

func mustSend(tb testing.TB, api *tgbotapi.BotAPI, c tgbotapi.Chattable) tgbotapi.Message {
	tb.Helper()
	m, err := api.Send(c)
	if err != nil {
		tb.Fatalf("send: %v", err)
	}
	return m
}

func keyboard(rows ...[]tgbotapi.InlineKeyboardButton) tgbotapi.InlineKeyboardMarkup {
	return tgbotapi.NewInlineKeyboardMarkup(rows...)
}
