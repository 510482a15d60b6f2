package telegramtest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestObserveTellsTheStoryInOrder(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	var s *Server
	s, api := newBot(t, Options{Observe: func(e Entry) {
		s.Messages(e.Chat) // reading the server from Observe must not deadlock
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, fmt.Sprintf("%s|%s|%s|%s|%s", e.ChatTitle, e.Who, e.Kind, e.Text, rows(e.Buttons)))
	}})
	anna := s.AddUser("Anna", "Berg", "")
	s.Start(anna, "")
	c := tgbotapi.NewMessage(anna.ID, "<b>Hi</b> Anna")
	c.ParseMode = tgbotapi.ModeHTML
	c.ReplyMarkup = keyboard(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("✅ Got it", "ok")))
	m := mustSend(t, api, c)
	mustSend(t, api, tgbotapi.NewEditMessageText(anna.ID, m.MessageID, "Bye"))
	id := s.Press(anna, s.BotMessages(anna.ID)[0], "ok")
	api.Request(tgbotapi.NewCallback(id, "Thanks"))
	g := s.NewGroup("Parents", anna)
	s.AddBot(g, anna, false)
	s.Block(anna)

	want := []string{
		"private chat with Anna Berg|Anna Berg|message|/start|",
		"private chat with Anna Berg|All Aboard|bot|Hi Anna|✅ Got it",
		"private chat with Anna Berg|All Aboard|edit|Bye|",
		"private chat with Anna Berg|Anna Berg|press|ok|",
		"private chat with Anna Berg|All Aboard|answer|Thanks|",
		"Parents|Anna Berg|added|Anna Berg added All Aboard as member|",
		"private chat with Anna Berg|Anna Berg|blocked|Anna Berg blocked All Aboard|",
	}
	mu.Lock()
	defer mu.Unlock()
	if got := strings.Join(lines, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestPressEntryShowsTheLabel(t *testing.T) {
	var got []Entry
	var mu sync.Mutex
	s, api := newBot(t, Options{Observe: func(e Entry) { mu.Lock(); got = append(got, e); mu.Unlock() }})
	anna := s.AddUser("Anna", "", "")
	s.Start(anna, "")
	c := tgbotapi.NewMessage(anna.ID, "Party")
	c.ReplyMarkup = keyboard(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("✅ Got it", "ack")))
	mustSend(t, api, c)
	if _, err := s.PressLabel(anna, anna.ID, "Got"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if e := got[len(got)-1]; e.Kind != "press" || e.Text != "✅ Got it" || e.Who != "Anna" || e.Chat != anna.ID || e.Time.IsZero() {
		t.Errorf("entry %+v", e)
	}
}

// TestABotAndUsersAtOnce runs a small echo bot against users acting
// concurrently; run with -race.
func TestABotAndUsersAtOnce(t *testing.T) {
	s, api := newBot(t, Options{Observe: func(Entry) {}, Limits: Limits{Global: Rate{N: 1000, Per: time.Second}}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // the bot: echo every message, answer every press
		offset := 0
		for ctx.Err() == nil {
			ups, err := api.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Timeout: 1, AllowedUpdates: everything})
			if err != nil {
				continue
			}
			for _, u := range ups {
				offset = u.UpdateID + 1
				switch {
				case u.Message != nil && u.Message.Text != "":
					c := tgbotapi.NewMessage(u.Message.Chat.ID, "echo: "+u.Message.Text)
					c.ReplyMarkup = keyboard(tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData("Like", "like")))
					api.Send(c)
				case u.CallbackQuery != nil:
					api.Request(tgbotapi.NewCallback(u.CallbackQuery.ID, "liked"))
				}
			}
		}
	}()
	var wg sync.WaitGroup
	for i := range 5 {
		u := s.AddUser(fmt.Sprintf("User%d", i), "", "")
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Start(u, "")
			for j := range 3 {
				text := fmt.Sprintf("hello %d", j)
				s.Send(u.ID, u, text)
				wctx, wcancel := context.WithTimeout(ctx, 5*time.Second)
				m, err := s.WaitMessage(wctx, u.ID, func(m Message) bool { return m.Plain == "echo: "+text })
				wcancel()
				if err != nil {
					t.Errorf("%s: %v", u.Name(), err)
					return
				}
				id := s.Press(u, m, "like")
				wctx, wcancel = context.WithTimeout(ctx, 5*time.Second)
				a, err := s.WaitAnswer(wctx, id)
				wcancel()
				if err != nil || a.Text != "liked" {
					t.Errorf("%s: answer %+v, %v", u.Name(), a, err)
				}
			}
		}()
	}
	wg.Wait()
	if n := s.Calls("sendMessage"); n != 20 {
		t.Errorf("%d sendMessage calls, want 20 (5 users × (/start + 3))", n)
	}
}

// rows writes button rows as "a,b/c".
func rows(buttons [][]string) string {
	var out []string
	for _, r := range buttons {
		out = append(out, strings.Join(r, ","))
	}
	return strings.Join(out, "/")
}
