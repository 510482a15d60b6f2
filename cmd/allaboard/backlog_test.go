package main

import (
	"strconv"
	"testing"
	"time"

	"allaboard/bot/sender"
	"allaboard/bot/telegramtest"
)

// quarter are Telegram's limits sped up only 4 times, in the sender and the
// fake alike: slow enough that a fan-out of a few hundred cards is a backlog
// lasting seconds.
var quarter = struct {
	bot  sender.Limits
	fake telegramtest.Limits
}{
	sender.Limits{PerChat: sender.Rate{N: 1, Per: time.Second / 4}, PerGroup: sender.Rate{N: 20, Per: time.Minute / 4}, Global: sender.Rate{N: 30, Per: time.Second / 4}, Status: 3 * time.Second / 4},
	telegramtest.Limits{PerChat: telegramtest.Rate{N: 1, Per: time.Second / 4}, PerGroup: telegramtest.Rate{N: 20, Per: time.Minute / 4}, Global: telegramtest.Rate{N: 30, Per: time.Second / 4}},
}

// backlogHarness runs the program at a quarter of Telegram's limits, with
// one reminder only, so that what waits is the fan-out.
func backlogHarness(t testing.TB) *harness {
	h := newHarness(t, telegramtest.Options{Limits: quarter.fake})
	h.tune = func(m *Main) { m.Limits = quarter.bot }
	h.start("-ping-schedule", "0,24h")
	return h
}

// crowd is a group of n parents who have all started the bot and said
// hello in the group, with everything the bot said to them sent.
func (h *harness) crowd(title string, n int) parentsGroup {
	h.t.Helper()
	host := h.tg.AddUser("Host of "+title, "", "")
	h.tg.Start(host, "")
	h.waitGreeted(host.ID)
	pg := parentsGroup{g: h.tg.NewGroup(title, host), host: host}
	h.tg.AddBot(pg.g, host, true)
	h.waitMessage(pg.g.ID, "Hello")
	for i := range n {
		u := h.tg.AddUser("Parent"+strconv.Itoa(i), title, "")
		h.tg.AddMemberSilently(pg.g, u)
		h.tg.Start(u, "")
		h.tg.Send(pg.g.ID, u, "hi")
		pg.parents = append(pg.parents, u)
	}
	h.waitGreeted(pg.parents[n-1].ID)
	h.waitDrained(pg.parents[n-1].ID, "")
	return pg
}

// waitDrained waits for a bot message in chat containing want, then until
// the outbox is empty.
func (h *harness) waitDrained(chat int64, want string) {
	h.t.Helper()
	h.waitMessage(chat, want)
	deadline := time.Now().Add(60 * time.Second)
	for {
		box, err := h.main.DB.Outbox()
		if err != nil {
			h.t.Fatal(err)
		}
		if len(box) == 0 {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("the outbox still holds %d messages after 60 s", len(box))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// cardsAfter counts the cards sent to pg's parents after the first request
// that matches, and says whether one matched.
func cardsAfter(reqs []telegramtest.Request, pg parentsGroup, match func(telegramtest.Request) bool) (int, bool) {
	parents := map[string]bool{}
	for _, p := range pg.parents {
		parents[strconv.FormatInt(p.ID, 10)] = true
	}
	n, found := 0, false
	for _, r := range reqs {
		switch {
		case !found && match(r):
			found = true
		case found && r.Method == "sendMessage" && r.Code == 200 && parents[r.Params.Get("chat_id")]:
			n++
		}
	}
	return n, found
}

func to(method string, chat int64) func(telegramtest.Request) bool {
	return func(r telegramtest.Request) bool {
		return r.Method == method && r.Code == 200 && r.Params.Get("chat_id") == strconv.FormatInt(chat, 10)
	}
}

// During a backlog of hundreds of cards, a newcomer's /start and a parent's
// press on their card are answered long before the backlog drains.
func TestPeopleAreAnsweredBeforeTheBacklog(t *testing.T) {
	h := backlogHarness(t)
	pg := h.crowd("Class 3a parents", 300)

	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(5, 15)+" | Park")
	first := pg.parents[0]
	h.waitMessage(first.ID, "Picnic", "please confirm")
	newcomer := h.tg.AddUser("Nina", "", "")
	h.tg.Start(newcomer, "")
	h.waitGreeted(newcomer.ID)
	h.press(first, first.ID, "Got it")
	h.waitDrained(pg.parents[len(pg.parents)-1].ID, "Picnic")

	reqs := h.tg.Requests()
	if n, ok := cardsAfter(reqs, pg, to("sendMessage", newcomer.ID)); !ok || n < 100 {
		t.Errorf("the newcomer's welcome went with %d of 300 cards still to go (found %v), want it ahead of at least 100", n, ok)
	}
	if n, ok := cardsAfter(reqs, pg, to("editMessageText", first.ID)); !ok || n < 100 {
		t.Errorf("the pressed card was updated with %d of 300 cards still to go (found %v), want it ahead of at least 100", n, ok)
	}
}

// A small group's new event gets its cards out while a big group's fan-out
// is still going: the groups take turns, the small one is not queued
// behind the big one.
func TestAGroupIsNotHeldUpByAnothersFanOut(t *testing.T) {
	h := backlogHarness(t)
	big := h.crowd("Class 3a parents", 300)
	small := h.crowd("Chess club", 3)

	h.tg.Send(big.g.ID, big.host, "/event Picnic | "+future(5, 15)+" | Park")
	h.waitMessage(big.parents[0].ID, "Picnic", "please confirm")
	h.tg.Send(small.g.ID, small.host, "/event Tournament | "+future(6, 10)+" | School")
	for _, p := range small.parents {
		h.waitMessage(p.ID, "Tournament", "please confirm")
	}
	h.waitDrained(big.parents[len(big.parents)-1].ID, "Picnic")

	reqs := h.tg.Requests()
	tournament := func(chat int64) func(telegramtest.Request) bool {
		return func(r telegramtest.Request) bool {
			return to("sendMessage", chat)(r) && containsAll(r.Params.Get("text"), []string{"Tournament"})
		}
	}
	between, _ := cardsAfter(reqs, big, tournament(small.g.ID))
	remaining, ok := cardsAfter(reqs, big, tournament(small.parents[len(small.parents)-1].ID))
	if !ok || remaining < 100 {
		t.Fatalf("the chess club's last card went with %d of the big group's cards still to go (found %v), want at least 100", remaining, ok)
	}
	if took := between - remaining; took > 30 {
		t.Errorf("%d of the big group's cards went between the chess club's card and its members' last card, want a few: the groups take turns", took)
	}
	t.Logf("big group's cards: %d after the chess club's card, %d after its members' last", between, remaining)
}
