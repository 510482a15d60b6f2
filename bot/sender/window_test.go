package sender

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"allaboard"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// held lists the ids admit holds of queue.
func held(queue []allaboard.Outgoing, perKey, perChat int) []uint64 {
	var all []head
	for _, m := range queue {
		all = append(all, headOf(m))
	}
	a := admit(all, perKey, perChat)
	var ids []uint64
	for i, h := range all {
		if a.hold[i] {
			ids = append(ids, h.id)
		}
	}
	return ids
}

func TestAdmit(t *testing.T) {
	reply := func(m allaboard.Outgoing) allaboard.Outgoing { m.Class = allaboard.ClassReply; return m }
	urgent := func(m allaboard.Outgoing) allaboard.Outgoing { m.Urgent = true; return m }
	fresh := func(m allaboard.Outgoing) allaboard.Outgoing { m.Fresh = true; return m }
	tests := []struct {
		name    string
		perKey  int
		perChat int
		queue   []allaboard.Outgoing
		held    []uint64
	}{
		{name: "a key holds its oldest", perKey: 2, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 11, allaboard.ClassNews, -1), classed(2, 12, allaboard.ClassNews, -1), classed(3, 13, allaboard.ClassNews, -1),
				classed(4, 14, allaboard.ClassNews, -2)},
			held: []uint64{1, 2, 4}},
		{name: "keys are by class too", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 11, allaboard.ClassNews, -1), classed(2, 12, allaboard.ClassChase, -1), classed(3, 13, allaboard.ClassNews, -1)},
			held:  []uint64{1, 2}},
		{name: "what goes after a message left in its chat is left", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 11, allaboard.ClassNews, -1), classed(2, 12, allaboard.ClassNews, -1), classed(3, 12, allaboard.ClassChase, -2)},
			held:  []uint64{1}},
		{name: "what goes before a message left in its chat is held", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 11, allaboard.ClassNews, -1), classed(2, 12, allaboard.ClassNews, -1), classed(3, 12, allaboard.ClassReply, -2)},
			held:  []uint64{1, 3}},
		{name: "a newer message left that goes first lets go of the older", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 12, allaboard.ClassNews, -1), classed(2, 11, allaboard.ClassReply, -2), classed(3, 12, allaboard.ClassReply, -2)},
			held:  []uint64{2}},
		{name: "urgent goes first", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{classed(1, 11, allaboard.ClassChase, -1), urgent(classed(2, 11, allaboard.ClassChase, -1))},
			held:  []uint64{1, 2}},
		{name: "an older version of a message takes the place of the newer, which it goes before", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{
				func() allaboard.Outgoing { m := fresh(card(1, 11, "card")); m.For = -1; return m }(),
				classed(2, 12, allaboard.ClassNews, -1),
				func() allaboard.Outgoing { m := reply(card(3, 11, "card")); m.For = -1; return m }(),
			},
			held: []uint64{1, 2}},
		{name: "an edit waits for the older version left", perKey: 1, perChat: 9,
			queue: []allaboard.Outgoing{
				classed(1, 12, allaboard.ClassReply, -1),
				func() allaboard.Outgoing { m := fresh(card(2, 11, "card")); m.For = -1; return m }(),
				func() allaboard.Outgoing { m := reply(card(3, 11, "card")); m.For = -1; return m }(),
				classed(4, 13, allaboard.ClassReply, -2),
			},
			held: []uint64{1, 4}},
		{name: "one chat does not fill its key's window", perKey: 3, perChat: 2,
			queue: []allaboard.Outgoing{classed(1, -1, allaboard.ClassChase, -1), classed(2, -1, allaboard.ClassChase, -1), classed(3, -1, allaboard.ClassChase, -1),
				classed(4, 11, allaboard.ClassChase, -1), classed(5, 12, allaboard.ClassChase, -1)},
			held: []uint64{1, 2, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := held(tt.queue, tt.perKey, tt.perChat); !slices.Equal(got, tt.held) {
				t.Errorf("held %v, want %v", got, tt.held)
			}
		})
	}
}

// windowAPI is Telegram answering at once, checking before each request
// that the sender holds no more than bound messages in full.
type windowAPI struct {
	fakeAPI
	s     *Sender
	bound int
	most  int
	over  []string
	hook  func(n int) // before request n, from 1
}

func (a *windowAPI) check(c tgbotapi.Chattable) {
	a.most = max(a.most, len(a.s.queue))
	if len(a.s.queue) > a.bound && len(a.over) < 5 {
		a.over = append(a.over, fmt.Sprintf("%d held before %s", len(a.s.queue), describe(c)))
	}
	if a.hook != nil {
		a.hook(len(a.requests) + 1)
	}
}

func (a *windowAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	a.check(c)
	return a.fakeAPI.Send(c)
}

func (a *windowAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	a.check(c)
	return a.fakeAPI.Request(c)
}

// backlog is n queued messages of four groups of members each: each
// group's card, pinned, and its members' private cards (a quarter of them
// are members of two groups, and get both), reminders for some, mentions in
// the groups, urgent ones, replies editing the private cards of a few, the
// hosts' digests and replies to others.
func backlog(n, members int) (queue []allaboard.Outgoing, keys int) {
	id := uint64(0)
	add := func(m allaboard.Outgoing) {
		id++
		m.ID, m.Text = id, "m"+strconv.FormatUint(id, 10)
		queue = append(queue, m)
	}
	groups := []int64{-1, -2, -3, -4}
	for gi, g := range groups {
		add(allaboard.Outgoing{ChatID: g, Ref: "card", Fresh: true, For: g})
		add(allaboard.Outgoing{ChatID: g, Op: allaboard.OpPin, Ref: "card", For: g})
		for u := range members {
			user := int64(1000 + gi*members*3/4 + u)
			add(allaboard.Outgoing{ChatID: user, Ref: "card" + strconv.FormatInt(g, 10), Fresh: true, For: g})
		}
	}
	for gi, g := range groups {
		for u := range members * 3 / 20 {
			user := int64(1000 + gi*members*3/4 + u*5)
			add(allaboard.Outgoing{ChatID: user, Class: allaboard.ClassChase, For: g})
			if u%10 == 0 {
				add(allaboard.Outgoing{ChatID: g, Class: allaboard.ClassChase, For: g, Urgent: u%20 == 0})
			}
		}
		add(allaboard.Outgoing{ChatID: g, Ref: "card", For: g}) // the count
	}
	for gi, g := range groups {
		for u := range members / 20 {
			user := int64(1000 + gi*members*3/4 + u*7)
			add(allaboard.Outgoing{ChatID: user, Ref: "card" + strconv.FormatInt(g, 10), Class: allaboard.ClassReply, For: g})
		}
		add(allaboard.Outgoing{ChatID: 900 + int64(gi), Class: allaboard.ClassDigest, For: g})
	}
	for len(queue) < n {
		add(allaboard.Outgoing{ChatID: 5000 + int64(len(queue)), Class: allaboard.ClassReply, For: -5})
	}
	distinct := map[wkey]bool{}
	for _, m := range queue {
		distinct[wkey{orderOf(m), m.Fair()}] = true
	}
	return queue, len(distinct)
}

// sendAll runs a sender with window sizes perKey and perChat over queue
// until it is drained, and returns the requests it made, checking the
// window's bound (perKey for each key) before each.
func sendAll(t *testing.T, queue []allaboard.Outgoing, keys, perKey, perChat int, hook func(h *harness, n int)) ([]string, int) {
	t.Helper()
	h := newHarness(t, Limits{}, slices.Clone(queue)...)
	api := &windowAPI{s: h.s, bound: keys * perKey}
	if hook != nil {
		api.hook = func(n int) { hook(h, n) }
	}
	h.s.api, h.s.perKey, h.s.perChat = api, perKey, perChat
	h.s.Drain()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	h.s.Run(ctx)
	if len(api.over) > 0 {
		t.Errorf("the sender held more than %d messages (%d keys of %d): %q", api.bound, keys, perKey, api.over)
	}
	if left := len(h.box.queue); left > 0 {
		t.Errorf("%d messages left unsent", left)
	}
	return api.requests, api.most
}

var requestRE = regexp.MustCompile(`^(?:send|edit) (-?\d+)\S* "m(\d+)"$|^(pin) (-?\d+)/`)

// byChat is what went to each chat, in order, and how often each message
// went.
func byChat(t *testing.T, requests []string) (map[string][]string, map[string]int) {
	t.Helper()
	chats, times := map[string][]string{}, map[string]int{}
	for _, r := range requests {
		m := requestRE.FindStringSubmatch(r)
		switch {
		case m == nil:
			t.Fatalf("unexpected request %q", r)
		case m[3] == "pin":
			chats[m[4]] = append(chats[m[4]], "pin")
		default:
			chats[m[1]] = append(chats[m[1]], m[2])
			times[m[2]]++
		}
	}
	return chats, times
}

// However long the queue, the sender holds a few dozen messages of each
// class and group in full: with 10,000 queued it holds at most perKey for
// each, and sends each message once, every chat's in the order it would
// with the whole queue in memory.
func TestTheWindowIsBoundedWhateverTheQueue(t *testing.T) {
	queue, keys := backlog(10000, 2000)
	windowed, most := sendAll(t, queue, keys, perKey, perChat, nil)
	_, times := byChat(t, windowed)
	for id, n := range times {
		if n != 1 {
			t.Errorf("message %s went %d times", id, n)
		}
	}
	if len(times) != len(queue)-4 { // the pins carry no text
		t.Errorf("%d messages went, want %d", len(times), len(queue)-4)
	}
	if most > keys*perKey {
		t.Errorf("held %d at most, want %d at most", most, keys*perKey)
	}
	t.Logf("%d queued, %d window keys: at most %d held in full (bound %d)", len(queue), keys, most, keys*perKey)
}

// With the window, each chat gets its messages in the order it would with
// the whole queue held. (Compared on a smaller queue: holding it whole
// costs a pass over it for each message sent.)
func TestTheWindowKeepsEachChatsOrder(t *testing.T) {
	queue, keys := backlog(2500, 500)
	windowed, _ := sendAll(t, queue, keys, perKey/4, perChat, nil)
	whole, _ := sendAll(t, queue, keys, len(queue), len(queue), nil)
	got, _ := byChat(t, windowed)
	want, _ := byChat(t, whole)
	differ := 0
	for chat, w := range want {
		if !slices.Equal(got[chat], w) {
			if differ++; differ <= 3 {
				t.Errorf("chat %s got %v, want %v as with the whole queue held", chat, got[chat], w)
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d chats got their messages in another order than with the whole queue held", differ)
	}
}

// A reply that edits a private card still in the store, not held, goes at
// once after the card's first version, which it takes along: the window
// holds what goes before what it holds.
func TestAReplyTakesAlongTheVersionItEditsFromTheStore(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 1000 {
		m := classed(uint64(i+1), int64(1000+i), allaboard.ClassNews, -1)
		m.Ref, m.Fresh = "card", true
		queue = append(queue, m)
	}
	const user = 1900 // its card is the 901st: far beyond the window
	edit := card(1001, user, "card")
	edit.Class, edit.For = allaboard.ClassReply, -1
	requests, _ := sendAll(t, queue, 2, perKey, perChat, func(h *harness, n int) {
		if n == 100 {
			h.box.add(edit)
			h.s.Wake()
		}
	})
	post := slices.Index(requests, `send 1900 "m901"`)
	ed := slices.IndexFunc(requests, func(r string) bool { return strings.HasPrefix(r, "edit 1900/") && strings.HasSuffix(r, `"m1001"`) })
	if post < 0 || ed < 0 || post > 110 || ed != post+1 {
		t.Errorf("the card went as request %d and its edit as %d, want both right after request 100, in order", post+1, ed+1)
	}
}

// A group's many mentions in its own chat, which take one message every few
// seconds, do not keep its members' private reminders of the same class
// from going meanwhile.
func TestAGroupsChatDoesNotFillItsWindow(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 2 * perKey {
		queue = append(queue, classed(uint64(i+1), -1, allaboard.ClassChase, -1))
	}
	for i := range 2 * perKey {
		queue = append(queue, classed(uint64(2*perKey+i+1), int64(1000+i), allaboard.ClassChase, -1))
	}
	h := newHarness(t, Limits{PerGroup: Rate{N: 1, Per: time.Hour}}, queue...)
	h.s.Drain()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.s.Run(ctx)
	}()
	waitFor(t, "the private reminders", func() bool { return len(h.box.doneCount()) == 2*perKey+1 })
	cancel()
	<-done
}

// Prepare sees every message queued for the chat after the one it writes,
// held or still in the store: a mention takes in all the later ones.
func TestPrepareSeesTheChatsLaterMessagesBeyondTheWindow(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 10 * perChat {
		queue = append(queue, late(uint64(i+1), -100, int64(1000+i)))
	}
	h := newHarness(t, Limits{}, queue...)
	h.s.prepare = mergeAll()
	h.s.Drain()
	h.s.Run(context.Background())
	if len(h.api.requests) != 1 || len(h.box.queue) != 0 {
		t.Errorf("requests %q with %d left queued, want one taking in all %d", h.api.requests, len(h.box.queue), len(queue))
	}
}

// BenchmarkRefill is what a refill of the window costs with 10,000 messages
// queued: a pass over their heads in memory, and the reads of what it is to
// hold (here from memory).
//
//	go test -run '^$' -bench Refill ./bot/sender/
func BenchmarkRefill(b *testing.B) {
	queue, _ := backlog(10000, 2000)
	h := newHarness(b, Limits{}, queue...)
	if err := h.s.look(true); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if err := h.s.refill(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(h.s.queue)), "held")
	b.ReportMetric(float64(len(h.s.waiting)), "waiting")
}

// What is queued while a backlog waits in the store joins the window
// without working it out afresh, unless its chat has messages waiting or
// it would move ahead what it goes after.
func TestNewMessagesJoinTheWindow(t *testing.T) {
	var queue []allaboard.Outgoing
	for i := range 200 {
		m := classed(uint64(i+1), int64(1000+i), allaboard.ClassNews, -1)
		m.Ref, m.Fresh = "card", true
		queue = append(queue, m)
	}
	post := classed(201, 7, allaboard.ClassNews, -2)
	post.Ref, post.Fresh = "card", true
	queue = append(queue, post)
	edit := func(id uint64, chat int64, c allaboard.Class, group int64) allaboard.Outgoing {
		m := card(id, chat, "card")
		m.Class, m.For = c, group
		return m
	}
	tests := []struct {
		name   string
		add    []allaboard.Outgoing
		refill bool
	}{
		{name: "a reply to someone new", add: []allaboard.Outgoing{classed(300, 9, allaboard.ClassReply, 0)}},
		{name: "a few at once", add: []allaboard.Outgoing{classed(300, 9, allaboard.ClassReply, 0), classed(301, 9, allaboard.ClassReply, 0), classed(302, 10, allaboard.ClassNews, -3)}},
		{name: "an edit that goes after what is held", add: []allaboard.Outgoing{edit(300, 7, allaboard.ClassNews, -2)}},
		{name: "an edit that would move ahead what it goes after", add: []allaboard.Outgoing{edit(300, 7, allaboard.ClassReply, -2)}, refill: true},
		{name: "one whose chat has messages waiting", add: []allaboard.Outgoing{edit(300, 1199, allaboard.ClassReply, -1)}, refill: true},
		{name: "one for a full key", add: []allaboard.Outgoing{classed(300, 9, allaboard.ClassNews, -1)}, refill: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, Limits{}, queue...)
			if err := h.s.look(true); err != nil {
				t.Fatal(err)
			}
			refills, waiting := h.s.refills, len(h.s.waiting)
			for _, m := range tt.add {
				h.box.add(m)
			}
			if err := h.s.look(true); err != nil {
				t.Fatal(err)
			}
			if refilled := h.s.refills > refills; refilled != tt.refill {
				t.Errorf("refilled %v, want %v", refilled, tt.refill)
			}
			for _, m := range tt.add {
				if m.ChatID != 1199 && m.For != -1 && !slices.ContainsFunc(h.s.queue, func(n allaboard.Outgoing) bool { return n.ID == m.ID }) {
					t.Errorf("message %d is not held", m.ID)
				}
			}
			if tt.refill {
				return
			}
			if len(h.s.waiting) != waiting {
				t.Errorf("%d wait, want the %d that waited", len(h.s.waiting), waiting)
			}
		})
	}
}
