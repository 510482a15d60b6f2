package sender

import (
	"testing"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestRequestsCarryHTMLSilenceAndButtons(t *testing.T) {
	m := msg(1, 7)
	m.Silent = true
	m.Buttons = [][]allaboard.Button{{{Text: "Yes", Data: "rsvp:1:yes"}, {Text: "Map", URL: "https://example.org/map"}}}

	n := newMessage(m)
	if n.ParseMode != tgbotapi.ModeHTML || !n.DisableWebPagePreview || !n.DisableNotification {
		t.Fatalf("new message: parse mode %q, preview off %v, silent %v", n.ParseMode, n.DisableWebPagePreview, n.DisableNotification)
	}
	k, ok := n.ReplyMarkup.(tgbotapi.InlineKeyboardMarkup)
	if !ok {
		t.Fatalf("new message keyboard is %T", n.ReplyMarkup)
	}
	assertButtons(t, k)

	e := editMessage(m, 40)
	if e.MessageID != 40 || e.ParseMode != tgbotapi.ModeHTML || !e.DisableWebPagePreview || e.ReplyMarkup == nil {
		t.Fatalf("edit: message %d, parse mode %q, preview off %v, keyboard %v", e.MessageID, e.ParseMode, e.DisableWebPagePreview, e.ReplyMarkup)
	}
	assertButtons(t, *e.ReplyMarkup)

	if k := Keyboard(nil); k != nil {
		t.Fatalf("no buttons gave a keyboard %+v", k)
	}
}

func assertButtons(tb testing.TB, k tgbotapi.InlineKeyboardMarkup) {
	tb.Helper()
	if len(k.InlineKeyboard) != 1 || len(k.InlineKeyboard[0]) != 2 {
		tb.Fatalf("keyboard %+v, want one row of two", k.InlineKeyboard)
	}
	yes, mp := k.InlineKeyboard[0][0], k.InlineKeyboard[0][1]
	if yes.Text != "Yes" || yes.CallbackData == nil || *yes.CallbackData != "rsvp:1:yes" {
		tb.Fatalf("first button %+v, want a callback rsvp:1:yes", yes)
	}
	if mp.Text != "Map" || mp.URL == nil || *mp.URL != "https://example.org/map" {
		tb.Fatalf("second button %+v, want a link", mp)
	}
}
