package sender

import (
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"allaboard"
	"allaboard/store"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func TestDropSuperseded(t *testing.T) {
	editOnly := card(5, -100, "status")
	editOnly.EditOnly = true
	freshCard := card(6, -100, "status")
	freshCard.Fresh = true
	heldEditOnly := card(2, -100, "status")
	heldEditOnly.EditOnly = true
	tests := []struct {
		name  string
		queue []allaboard.Outgoing // held, older than more
		more  []allaboard.Outgoing // just read
		kept  []uint64             // of queue
	}{
		{name: "nothing read under a ref keeps all", queue: []allaboard.Outgoing{card(1, -100, "status"), msg(2, 7)},
			more: []allaboard.Outgoing{msg(5, 7), op(6, -100, allaboard.OpPin, "status", 0)}, kept: []uint64{1, 2}},
		{name: "a newer edit drops the held one", queue: []allaboard.Outgoing{msg(1, 7), card(2, -100, "status"), card(3, -200, "status")},
			more: []allaboard.Outgoing{card(5, -100, "status")}, kept: []uint64{1, 3}},
		{name: "an edit-only one drops only edit-only ones", queue: []allaboard.Outgoing{card(1, -100, "status"), heldEditOnly},
			more: []allaboard.Outgoing{editOnly}, kept: []uint64{1}},
		{name: "one that would post drops all, whatever comes with it",
			queue: []allaboard.Outgoing{card(1, -100, "status"), heldEditOnly}, more: []allaboard.Outgoing{freshCard, editOnly}},
		{name: "held ops and posts anew stay",
			queue: []allaboard.Outgoing{op(1, -100, allaboard.OpPin, "status", 0), func() allaboard.Outgoing { m := card(2, -100, "status"); m.Fresh = true; return m }()},
			more:  []allaboard.Outgoing{card(5, -100, "status")}, kept: []uint64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Limits{}, append(slices.Clone(tt.queue), tt.more...)...)
			h.s.queue = slices.Clone(tt.queue)
			var more []head
			for _, m := range tt.more {
				more = append(more, headOf(m))
			}
			h.s.dropSuperseded(more)
			var ids []uint64
			for _, m := range h.s.queue {
				ids = append(ids, m.ID)
			}
			if !slices.Equal(ids, tt.kept) {
				t.Fatalf("kept %v, want %v", ids, tt.kept)
			}
			h.s.flush()
			if len(h.box.done) != len(tt.queue)-len(tt.kept) {
				t.Fatalf("completed %v, want the %d dropped", h.box.done, len(tt.queue)-len(tt.kept))
			}
			for _, c := range h.box.done {
				if c.d != supersededBy || slices.Contains(tt.kept, c.id) {
					t.Fatalf("completed %d with %+v", c.id, c.d)
				}
			}
			if len(h.api.requests) != 0 {
				t.Fatalf("requests %q, want none", h.api.requests)
			}
		})
	}
}

// pressingAPI is Telegram answering at once, with a press arriving during
// the first request it answers.
type pressingAPI struct {
	fakeAPI
	press func()
}

func (a *pressingAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	if a.press != nil {
		a.press()
		a.press = nil
	}
	return a.fakeAPI.Send(c)
}

// The store replaces a queued edit while the sender is posting it: the post
// is still recorded, and the newer edit edits it rather than posting again.
func TestAnEditReplacedWhileItIsSentEditsWhatItPosted(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "allaboard.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	queue := func(text string) {
		t.Helper()
		if err := db.Update(func(tx allaboard.Tx) error {
			return tx.Enqueue(allaboard.Outgoing{ChatID: -100, Ref: "status:-100:1", Text: text})
		}); err != nil {
			t.Fatal(err)
		}
	}
	queue("1 of 30 confirmed")
	api := &pressingAPI{}
	api.press = func() { queue("2 of 30 confirmed"); queue("3 of 30 confirmed") }
	s := New(Config{API: api, Outbox: db, Log: slog.New(slog.DiscardHandler)})
	db.OnEnqueue = s.Wake
	s.Drain()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.Run(ctx)

	want := []string{`send -100 "1 of 30 confirmed"`, `edit -100/101 "3 of 30 confirmed"`}
	if !slices.Equal(api.requests, want) {
		t.Fatalf("requests\n%q\nwant\n%q", api.requests, want)
	}
	if box, _ := db.Outbox(); len(box) != 0 {
		t.Fatalf("left queued: %+v", box)
	}
}
