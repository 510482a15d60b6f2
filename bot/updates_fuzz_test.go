package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"allaboard"
	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
	"allaboard/bot/wire"
	"allaboard/store"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Fuzz targets for what anyone can send the bot: whole updates, commands
// and button presses. Each input is applied, as the poller applies a batch,
// to a copy of a database holding a group with a host, two members and an
// event that was moved once; then every message it queued is written (as the
// sender writes reminders) and sent to the fake Telegram, which answers as
// Telegram does: valid HTML, at most 4,096 UTF-16 units after parsing,
// buttons with at most 64 bytes of data. Nothing may panic (handlers recover
// panics: the log must not show one) and applying must not fail, which
// would stop the poller. The seeds run with every go test; to search:
//
//	go test -run '^$' -fuzz '^FuzzUpdate$' -fuzztime 5m -fuzzminimizetime 2s ./bot/
//
// (also FuzzCommand, FuzzPress).

func FuzzUpdate(f *testing.F) {
	w := fuzzGolden(f)
	for _, u := range w.updates {
		data, err := json.Marshal(u)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, data := range w.pressData {
		f.Add(fmt.Appendf(nil, `{"update_id":1,"callback_query":{"id":"q1","from":{"id":%d,"first_name":"Ali"},"message":{"message_id":9,"date":1,"chat":{"id":%d,"type":"group","title":"Class 2b"}},"data":%q}}`, w.member, w.group, data))
	}
	f.Add([]byte(`{"update_id":1,"message":{"message_id":5,"date":1,"chat":{"id":-100,"type":"group"},"sender_chat":{"id":-100,"type":"group"},"from":{"id":1087968824,"is_bot":true,"first_name":"Group"},"text":"/edit 1 where Lake","entities":[{"type":"bot_command","offset":0,"length":5}]}}`))
	f.Add([]byte(`{"update_id":1,"chat_member":{"chat":{"id":-100,"type":"group"},"from":{"id":1001,"first_name":"Hanna"},"date":1,"old_chat_member":{"user":{"id":1003,"first_name":"Bea"},"status":"member"},"new_chat_member":{"user":{"id":1003,"first_name":"Bea"},"status":"left"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var u tgbotapi.Update
		if json.Unmarshal(data, &u) != nil {
			return
		}
		w.check(t, u)
	})
}

func FuzzCommand(f *testing.F) {
	w := fuzzGolden(f)
	for _, text := range []string{
		"/event Party | " + w.future + " | Park", "/event Mia's party on Saturday 3pm at Jump House", "/event Swim tomorrow at 3",
		"/event", "/edit 1 where Beach", "/edit 1 when Sun 14:00-16:00", "/edit when tmrw 3pm where <b>Lake</b> & Co", "/edit 1 notes Bring & <towels>",
		"/edit 1 title " + strings.Repeat("&", 200), "/edit 1 notes -", "/edit x where Beach", "/settings", "/settings chase 0,1s",
		"/settings chase 0,15m,1h", "/settings timezone America/New_York", "/settings quiet 22:00-07:00", "/settings reminders 1d,2h",
		"/settings digest 19:00", "/events", "/history 1", "/status 1", "/ack 1", "/cancel 1", "/members", "/join", "/forget",
		"/start", "/start " + wire.EventPayload(w.group, 1), "/start " + wire.NewEventPayload(w.group), "/help", "/cancel",
	} {
		f.Add(text, uint8(0), false)
		f.Add(text, uint8(1), true)
	}
	f.Fuzz(func(t *testing.T, text string, who uint8, private bool) {
		from, chat := w.where(who, private)
		m := &tgbotapi.Message{MessageID: 77, From: from, Chat: chat, Date: int(time.Now().Unix()), Text: text}
		if strings.HasPrefix(text, "/") {
			n := strings.IndexAny(text, " \n")
			if n < 0 {
				n = len(text)
			}
			m.Entities = []tgbotapi.MessageEntity{{Type: "bot_command", Offset: 0, Length: len(utf16.Encode([]rune(text[:n])))}}
		}
		w.check(t, tgbotapi.Update{Message: m})
	})
}

func FuzzPress(f *testing.F) {
	w := fuzzGolden(f)
	for _, data := range append(w.pressData, "garbage", "e:1:1:1:a", "u:-100:1", "u:-100:x", "e:-100:1:999999999999:a", strings.Repeat("e", 64)) {
		f.Add(data, uint8(1), false)
		f.Add(data, uint8(0), true)
	}
	f.Fuzz(func(t *testing.T, data string, who uint8, private bool) {
		from, chat := w.where(who, private)
		q := &tgbotapi.CallbackQuery{ID: "q1", From: from, Data: data,
			Message: &tgbotapi.Message{MessageID: 9, Chat: chat, Date: int(time.Now().Unix())}}
		w.check(t, tgbotapi.Update{CallbackQuery: q})
	})
}

// fuzzWorld is the database every input is applied to, and how to make a
// fake Telegram that knows the same people and group.
type fuzzWorld struct {
	golden    string            // the database file, copied for each input
	queued    uint64            // the outbox's last id in golden: what follows is the input's
	updates   []tgbotapi.Update // the updates that made it, as seeds
	pressData []string          // the data of every button it queued
	users     []*tgbotapi.User  // host, a member who started the bot, one who didn't
	group     int64             // the group
	member    int64             // the member who started the bot
	future    string            // a time ten days ahead, as /event reads it
	nextID    int               // update ids for inputs: after those applied
	mu        sync.Mutex        // guards nextID
}

var fuzzWorlds sync.Map // golden databases by fuzz target, made once per process

// where is one of the users, by who, and the chat they act in: the group,
// or their private chat with the bot.
func (w *fuzzWorld) where(who uint8, private bool) (*tgbotapi.User, *tgbotapi.Chat) {
	from := w.users[int(who)%len(w.users)]
	if private {
		return from, &tgbotapi.Chat{ID: from.ID, Type: "private", FirstName: from.FirstName}
	}
	return from, &tgbotapi.Chat{ID: w.group, Type: "group", Title: "Class 2b"}
}

// fuzzGolden makes the database inputs are applied to: a fake Telegram
// where Hanna adds the bot to her group, Ali and Bea say hi there (Ali has
// started the bot), she announces a picnic and moves it, and Ali confirms.
func fuzzGolden(f *testing.F) *fuzzWorld {
	f.Helper()
	if w, ok := fuzzWorlds.Load(f.Name()); ok {
		return w.(*fuzzWorld)
	}
	dir, err := os.MkdirTemp("", "allaboard-fuzz-")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { os.RemoveAll(dir) })
	w := &fuzzWorld{golden: filepath.Join(dir, "golden.db"), future: time.Now().AddDate(0, 0, 10).Format("2006-01-02") + " 15:00"}
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	host, ali, bea, g := fuzzPeople(tg)
	db, err := store.Open(w.golden)
	if err != nil {
		f.Fatal(err)
	}
	b := fuzzBot(f, tg, db, io.Discard)
	tg.Send(g.ID, ali, "Hi all")
	tg.Send(g.ID, bea, "Hello")
	tg.Send(g.ID, host, "/event Picnic | "+w.future+" | Park")
	w.pump(f, b, tg)
	tg.Send(g.ID, host, "/edit 1 where Beach & <Bar>")
	w.pump(f, b, tg)
	if _, err := tg.PressLabel(ali, ali.ID, "Got it"); err == nil {
		w.pump(f, b, tg)
	}
	box, err := db.Outbox()
	if err != nil {
		f.Fatal(err)
	}
	for _, m := range box {
		w.queued = max(w.queued, m.ID)
		for _, row := range m.Buttons {
			for _, btn := range row {
				if btn.Data != "" {
					w.pressData = append(w.pressData, btn.Data)
				}
			}
		}
	}
	b.cancel()
	if err := db.Close(); err != nil {
		f.Fatal(err)
	}
	w.group, w.member = g.ID, ali.ID
	w.users = []*tgbotapi.User{{ID: host.ID, FirstName: "Hanna", LastName: "Host", UserName: "hanna"}, {ID: ali.ID, FirstName: "Ali"}, {ID: bea.ID, FirstName: "Bea"}}
	fuzzWorlds.Store(f.Name(), w)
	return w
}

// fuzzPeople makes the people and the group of the golden database in a
// fake: the same calls give the same ids in every fake.
func fuzzPeople(tg *telegramtest.Server) (host, ali, bea *telegramtest.User, g *telegramtest.Group) {
	host = tg.AddUser("Hanna", "Host", "hanna")
	tg.Start(host, "")
	g = tg.NewGroup("Class 2b", host)
	tg.AddBot(g, host, true)
	ali, bea = tg.AddUser("Ali", "", ""), tg.AddUser("Bea", "", "")
	tg.AddMemberSilently(g, ali)
	tg.AddMemberSilently(g, bea)
	tg.Start(ali, "")
	return host, ali, bea, g
}

// pump applies what the fake has queued, as the poller does.
func (w *fuzzWorld) pump(tb testing.TB, b *Bot, tg *telegramtest.Server) {
	tb.Helper()
	updates, err := b.api.GetUpdates(tgbotapi.UpdateConfig{Offset: w.nextID, AllowedUpdates: allowedUpdates})
	if err != nil {
		tb.Fatal(err)
	}
	if err := b.apply(updates); err != nil {
		tb.Fatal(err)
	}
	w.updates = append(w.updates, updates...)
	w.nextID = maxUpdateID(updates) + 1
}

// fuzzBot connects a bot to the fake, on db, logging to log.
func fuzzBot(tb testing.TB, tg *telegramtest.Server, db *store.DB, log io.Writer) *Bot {
	tb.Helper()
	b, err := Connect(context.Background(), Config{Token: tg.Token(), APIURL: tg.URL(), UndoWindow: -1,
		Log: slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelWarn}))}, db)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// check applies u to a copy of the golden database and sends every message
// it queued to a fresh fake Telegram, which must accept each.
func (w *fuzzWorld) check(t *testing.T, u tgbotapi.Update) {
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	host, _, _, _ := fuzzPeople(tg)
	path := filepath.Join(t.TempDir(), "allaboard.db")
	data, err := os.ReadFile(w.golden)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var log bytes.Buffer
	b := fuzzBot(t, tg, db, &log)
	defer b.cancel()

	w.mu.Lock()
	u.UpdateID = w.nextID + 1
	w.mu.Unlock()
	if err := b.apply([]tgbotapi.Update{u}); err != nil {
		t.Fatalf("applying the update failed, which stops the poller: %v", err)
	}
	if strings.Contains(log.String(), "panic") {
		t.Fatalf("a handler panicked:\n%s", log.String())
	}
	box, err := db.OutboxAfter(w.queued)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range box {
		if m.Op != "" || m.Leave {
			continue
		}
		out, _, ok, err := b.writer.Write(m, nil)
		if err != nil {
			t.Fatalf("writing a message: %v", err)
		}
		if !ok {
			continue
		}
		// Every message goes to the host's chat: what matters is its text
		// and buttons, which the fake checks as Telegram does.
		for _, m := range out {
			sendAsTelegram(t, b, host.ID, m)
		}
	}
}

// sendAsTelegram sends m's text and buttons to chat, failing if the fake
// refuses them as Telegram would.
func sendAsTelegram(t *testing.T, b *Bot, chat int64, m allaboard.Outgoing) {
	t.Helper()
	c := tgbotapi.NewMessage(chat, m.Text)
	c.ParseMode = tgbotapi.ModeHTML
	if len(m.Buttons) > 0 {
		c.ReplyMarkup = sender.Keyboard(m.Buttons)
	}
	if _, err := b.api.Send(c); err != nil {
		t.Fatalf("Telegram refuses a message for chat %d: %v\n%s\nbuttons %+v", m.ChatID, err, m.Text, m.Buttons)
	}
}
