package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
)

// The fault test runs the program in-process twice through the same script
// (a group of six parents, an event moved round after round, everyone
// confirming every version): once against a well-behaved fake Telegram, once
// against one that fails on getUpdates, sendMessage, editMessageText and the
// rest with 5xx bursts, 429 storms with retry_after, dropped connections,
// answers lost after it acted, garbage and slow answers. Everything must
// arrive as without faults: every member has the latest card and has
// confirmed it, the host's status card and the group's card say the same, no
// message is missing; extra copies (a message whose answer was lost is sent
// again) are counted.
//
// The normal run has 2 rounds of faults; the soak (RELIABILITY.md) more,
// with random faults, and answers held longer than the client's timeout:
//
//	ALLABOARD_FAULT_ROUNDS=40 go test -run '^TestFaults$' -v -timeout 30m ./cmd/allaboard/

// manyChanges are quotas that let a test change an event as often as it
// likes; the product's allow 10 changes an hour (allaboard.EventChangesPerHour).
var manyChanges = allaboard.Quotas{HostEventsPerDay: 1000, GroupEventsPerDay: 1000, EventChangesPerHour: 1000, CommandsPerMinute: 1000, PressesPerMinute: 1000}

// faultWait bounds every wait for the bot in the fault test: a held answer
// (Slow) can take longer than the client's 16 s timeout.
const faultWait = 90 * time.Second

func TestFaults(t *testing.T) {
	t.Parallel()
	rounds, soak := envCount(t, "ALLABOARD_FAULT_ROUNDS", 2)
	seed := envSeed(t, "ALLABOARD_FAULT_SEED")
	t.Logf("seed %d (ALLABOARD_FAULT_SEED), %d rounds", seed, rounds)

	calm := runFaultScript(t, rounds, nil)
	f := &faulter{rng: rand.New(rand.NewPCG(seed, seed)), soak: soak}
	stormy := runFaultScript(t, rounds, f)

	// Each run checked that everything arrived. Copies beyond those of the
	// run without faults are duplicates (the host's status card is left
	// out: it is edited in place, and which version of it goes first
	// depends on timing); copies left standing are the ones the bot never
	// heard of (their answer was lost), so it could not retire them.
	extra := 0
	for k, n := range stormy.sent {
		extra += max(n-calm.sent[k], 0)
	}
	if got, want := stormy.status, calm.status; got != want {
		t.Errorf("the host's status card ends as\n%s\nwithout faults as\n%s", got, want)
	}
	t.Logf("%d faults injected (%s); %d messages without faults, %d with: 0 missing, %d duplicates, %d copies left standing; %d requests answered 429",
		f.total, f.summary(), calm.total, stormy.total, extra, stormy.standing-calm.standing, stormy.rateLimited)
}

// faultRun is what one run of the script left in the fake.
type faultRun struct {
	sent        map[sentKey]int // messages sent, as first sent
	status      string          // the host's status card as it ends
	standing    int             // bot messages in the chats at the end
	total       int
	rateLimited int
}

type sentKey struct {
	chat int64
	text string
}

// runFaultScript runs the script against a fresh fake, with the faults of f
// (nil: none) injected before every step, and checks the end state.
func runFaultScript(t *testing.T, rounds int, f *faulter) faultRun {
	t.Helper()
	log := &sentLog{}
	h := newHarness(t, telegramtest.Options{Observe: log.note})
	h.tune = func(m *Main) { m.Quotas = manyChanges } // the soak moves the event 40 times in minutes
	h.start("-ping-schedule", "0,1h")
	pg := h.parentsGroup("Ali", "Bea", "Cem", "Dora", "Emil", "Otto")
	started, otto := pg.parents[:5], pg.parents[5] // Otto never opens a chat with the bot
	for _, u := range started {
		h.tg.Start(u, "")
	}
	for _, u := range started {
		faultWaitMessage(t, h, u.ID, "You're set") // members, greeted as such
	}
	inject := func() {
		if f != nil {
			f.inject(h.tg)
		}
	}

	inject()
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(10, 15)+" | Place 1")
	confirmAll(t, h, pg, started, otto, "Place 1", inject)
	for n := 2; n <= rounds+1; n++ {
		inject()
		place := fmt.Sprintf("Place %d", n)
		h.tg.Send(pg.g.ID, pg.host, "/edit 1 where "+place)
		confirmAll(t, h, pg, started, otto, place, inject)
	}
	// The end state: everyone knows the latest version, and says so everywhere.
	last := fmt.Sprintf("Place %d", rounds+1)
	faultWaitMessage(t, h, pg.g.ID, "Picnic (#1)", "📍 "+last, "7 of 7 confirmed")
	faultWaitMessage(t, h, pg.host.ID, "📋 Status", "📍 "+last, "7 of 7 confirmed")
	for _, u := range started {
		faultWaitMessage(t, h, u.ID, "You've confirmed the latest version", "📍 "+last)
	}
	h.waitDrained(pg.g.ID, "Picnic (#1)") // and the outbox is empty
	if card := faultWaitCard(t, h, pg.g.ID, last); !card.Pinned {
		t.Errorf("the group's latest card is not pinned:\n%s", h.dump(pg.g.ID))
	}
	for n := 1; n <= rounds+1; n++ {
		place := fmt.Sprintf("📍 Place %d", n)
		if log.count(pg.g.ID, "Picnic (#1)", place, "confirmed") == 0 {
			t.Errorf("the group never got the card at %s", place)
		}
		for _, u := range started {
			if log.count(u.ID, "Picnic (#1)", place) == 0 {
				t.Errorf("%s never got the card at %s", u.FirstName, place)
			}
		}
	}
	if n := log.count(pg.host.ID, "Everyone knows ✅"); n < rounds+1 {
		t.Errorf("the host was told %d times that everyone knows, want once for each of %d versions", n, rounds+1)
	}
	if err := h.stop(); err != nil {
		t.Fatalf("the program stopped with %v", err)
	}
	if strings.Contains(h.out.String(), "panic") {
		t.Errorf("the program panicked:\n%s", h.out.String())
	}

	run := faultRun{sent: map[sentKey]int{}, rateLimited: h.tg.RateLimited()}
	for _, e := range log.entries {
		if strings.HasPrefix(e.Text, "📋 Status") {
			continue
		}
		run.sent[sentKey{e.Chat, e.Text}]++
		run.total++
	}
	for _, chat := range append([]int64{pg.g.ID, pg.host.ID}, ids(started)...) {
		run.standing += len(h.tg.BotMessages(chat))
	}
	ctx, cancel := context.WithTimeout(context.Background(), faultWait)
	defer cancel()
	status, err := h.tg.WaitMessage(ctx, pg.host.ID, func(m telegramtest.Message) bool { return strings.HasPrefix(m.Plain, "📋 Status") })
	if err != nil {
		t.Fatal(err)
	}
	run.status = status.Plain
	return run
}

// confirmAll waits for everyone's card of the version at place and confirms
// it: in private, or Otto on the group's card.
func confirmAll(t *testing.T, h *harness, pg parentsGroup, started []*telegramtest.User, otto *telegramtest.User, place string, inject func()) {
	t.Helper()
	for _, u := range started {
		card := faultWaitCard(t, h, u.ID, place)
		inject()
		h.tg.Press(u, card, card.Buttons[0][0].Data)
	}
	faultWaitMessage(t, h, pg.g.ID, "Otto", "please confirm", place) // "📍 Place 1 → Place 2"
	card := faultWaitCard(t, h, pg.g.ID, place)
	h.tg.Press(otto, card, card.Buttons[0][0].Data)
	for _, u := range started {
		faultWaitMessage(t, h, u.ID, "You've confirmed the latest version", "📍 "+place)
	}
	faultWaitMessage(t, h, pg.host.ID, "Everyone knows ✅")
	faultWaitMessage(t, h, pg.host.ID, "📋 Status", "📍 "+place, "7 of 7 confirmed")
}

// faultWaitCard waits for the newest card of #1 at place with its Got it button in chat.
func faultWaitCard(t *testing.T, h *harness, chat int64, place string) telegramtest.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), faultWait)
	defer cancel()
	m, err := h.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool {
		return containsAll(m.Plain, []string{"Picnic (#1)", "📍 " + place, "👤 Host"}) &&
			len(m.Buttons) > 0 && strings.Contains(m.Buttons[0][0].Text, "Got it")
	})
	if err != nil {
		t.Fatalf("no card of #1 at %s in chat %d: %v\nchat has:\n%s", place, chat, err, h.dump(chat))
	}
	return m
}

func faultWaitMessage(t *testing.T, h *harness, chat int64, want ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), faultWait)
	defer cancel()
	if _, err := h.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want) }); err != nil {
		t.Fatalf("no message in chat %d containing %q: %v\nchat has:\n%s", chat, want, err, h.dump(chat))
	}
}

func ids(users []*telegramtest.User) []int64 {
	var out []int64
	for _, u := range users {
		out = append(out, u.ID)
	}
	return out
}

// faulter injects faults: the normal run a fixed set each time, the soak a
// random mix, including answers held longer than the client's timeout.
type faulter struct {
	rng   *rand.Rand
	soak  bool
	step  int
	total int
	kinds map[string]int
}

// faultPlan is what the normal run injects, step after step: each kind on
// each main method in turn, then a burst on everything.
var faultPlan = [][]struct {
	kind, method string
	n            int
}{
	{{"5xx", "getUpdates", 3}, {"5xx", "sendMessage", 4}, {"5xx", "editMessageText", 3}},
	{{"429", "sendMessage", 6}, {"429", "getUpdates", 2}, {"429", "editMessageText", 3}},
	{{"drop", "getUpdates", 2}, {"drop", "sendMessage", 3}, {"drop", "editMessageText", 2}},
	{{"lost", "getUpdates", 2}, {"lost", "sendMessage", 3}, {"lost", "editMessageText", 2}},
	{{"slow", "sendMessage", 2}, {"slow", "getUpdates", 1}, {"garbage", "sendMessage", 2}},
	{{"5xx", "", 8}},
}

// faultMethods are the methods faults hit.
var faultMethods = []string{"getUpdates", "sendMessage", "editMessageText", "answerCallbackQuery", "pinChatMessage", ""}

func (f *faulter) inject(tg *telegramtest.Server) {
	f.step++
	if !f.soak {
		for _, p := range faultPlan[(f.step-1)%len(faultPlan)] {
			f.add(tg, p.kind, p.method, p.n)
		}
		return
	}
	kinds := []string{"5xx", "429", "drop", "lost", "slow", "garbage", "timeout"}
	for range 1 + f.rng.IntN(3) {
		kind := kinds[f.rng.IntN(len(kinds))]
		if kind == "timeout" && f.rng.IntN(4) > 0 {
			kind = "slow" // a held answer past the timeout costs 16 s: now and then
		}
		f.add(tg, kind, faultMethods[f.rng.IntN(len(faultMethods))], 1+f.rng.IntN(6))
	}
}

func (f *faulter) add(tg *telegramtest.Server, kind, method string, n int) {
	if f.kinds == nil {
		f.kinds = map[string]int{}
	}
	f.kinds[kind] += n
	f.total += n
	switch kind {
	case "5xx":
		tg.Fail5xx(method, n)
	case "429":
		tg.Fail(method, n, 429, "Too Many Requests: retry after 1", 1)
	case "drop":
		tg.Drop(method, n)
	case "lost":
		tg.LoseAnswer(method, n)
	case "slow":
		tg.Slow(method, n, 1500*time.Millisecond)
	case "garbage":
		tg.SendGarbage(method, n)
	case "timeout":
		tg.Slow(method, 1, 17*time.Second) // the client gives up after 16 s (poll 1 s + 15 s)
		f.kinds[kind] -= n - 1
		f.total -= n - 1
	}
}

func (f *faulter) summary() string {
	var parts []string
	for _, k := range []string{"5xx", "429", "drop", "lost", "slow", "garbage", "timeout"} {
		if f.kinds[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, f.kinds[k]))
		}
	}
	return strings.Join(parts, ", ")
}
