package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/store"
)

// The crash test runs the real binary against the fake Telegram while users
// act, SIGKILLs it at random moments (50–500 ms after each start) and
// starts it again; then, with no more kills, it lets the bot drain and
// checks README's "How it keeps its promises": no update lost or applied
// twice, no reminder skipped or sent more often than the schedule allows,
// the outbox empty, the indexes in step. Duplicated messages (README: what
// went out in the last 50 ms before a crash may go again) are counted.
//
// The normal run kills 5 times; for the long run (RELIABILITY.md):
//
//	ALLABOARD_CRASH_KILLS=150 go test -run '^TestCrash$' -v -timeout 30m ./cmd/allaboard/
//
// ALLABOARD_CRASH_SEED repeats a run's kill moments (the seed is logged).

// crashSchedule: the first reminder of a change at once, the second 3 s
// later, the next an hour later, after the test: within the test a member
// who never confirms gets exactly two messages per version.
const crashSchedule = "0,3s,1h"

// crashWait bounds every wait for the bot in the crash test; it lives at
// most half a second at a time, so a wait covers many lives.
const crashWait = 60 * time.Second

func TestCrash(t *testing.T) {
	t.Parallel()
	kills, _ := envCount(t, "ALLABOARD_CRASH_KILLS", 5)
	seed := envSeed(t, "ALLABOARD_CRASH_SEED")
	t.Logf("seed %d (ALLABOARD_CRASH_SEED), %d kills", seed, kills)

	c := newCrashRun(t, seed)
	script := make(chan error, 1)
	stopScript := make(chan struct{})
	go func() { script <- c.script(kills, stopScript) }()

	// Kill at random moments until enough kills, while the script acts.
	for c.kills < kills {
		c.start()
		select {
		case <-time.After(time.Duration(50+c.rng.IntN(451)) * time.Millisecond):
			c.kill()
		case err := <-c.exited:
			t.Fatalf("the program exited on its own (%v):\n%s", err, c.tail())
		case err := <-script:
			c.kill()
			t.Fatalf("the users' script failed: %v\n%s", err, c.tail())
		}
	}
	// No more kills: the script finishes its round, the bot drains.
	running := c.running()
	c.start()
	c.waitRunning(running + 1)
	close(stopScript)
	select {
	case err := <-script:
		if err != nil {
			c.kill()
			t.Fatalf("the users' script failed: %v\n%s", err, c.tail())
		}
	case err := <-c.exited:
		t.Fatalf("the program exited on its own (%v):\n%s", err, c.tail())
	}
	c.waitSettled()
	c.drain()
	c.check()
}

// envCount is the positive number in the environment variable name, and
// true; or def and false if it is not set.
func envCount(t *testing.T, name string, def int) (int, bool) {
	s := os.Getenv(name)
	if s == "" {
		return def, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, s)
	}
	return n, true
}

// envSeed is the seed in the environment variable name, or a new one.
func envSeed(t *testing.T, name string) uint64 {
	s := os.Getenv(name)
	if s == "" {
		return uint64(time.Now().UnixNano())
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, s, err)
	}
	return n
}

// crashRun is one crash test: the fake, the binary's runs, the users and
// what they did.
type crashRun struct {
	t      *testing.T
	rng    *rand.Rand
	bin    string
	db     string
	logs   string
	tg     *telegramtest.Server
	sent   *sentLog
	cmd    *exec.Cmd
	exited chan error
	kills  int
	starts int

	group      *telegramtest.Group
	host       *telegramtest.User
	confirmers []*telegramtest.User // confirm every version, in private
	silent     []*telegramtest.User // never confirm
	started    []*telegramtest.User // sent /start once each
	events     []string             // titles sent with /event, in order; #1 is edited
	places     []string             // event #1's places, version by version
	presses    int
}

func newCrashRun(t *testing.T, seed uint64) *crashRun {
	dir := t.TempDir()
	c := &crashRun{t: t, rng: rand.New(rand.NewPCG(seed, seed)), bin: filepath.Join(dir, "allaboard"),
		db: filepath.Join(dir, "allaboard.db"), logs: filepath.Join(dir, "allaboard.log"), sent: &sentLog{}}
	if out, err := exec.Command("go", "build", "-o", c.bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	c.tg = telegramtest.New(telegramtest.Options{Observe: c.sent.note})
	t.Cleanup(c.tg.Close)
	t.Cleanup(func() {
		if c.cmd != nil {
			c.kill()
		}
		if t.Failed() {
			t.Logf("what the fake saw:\n%s", c.sent.dump())
		}
	})
	return c
}

// start runs the binary; its output is appended to one log for all runs.
func (c *crashRun) start() {
	c.t.Helper()
	out, err := os.OpenFile(c.logs, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		c.t.Fatal(err)
	}
	defer out.Close()
	c.cmd = exec.Command(c.bin, "-token", c.tg.Token(), "-api-url", c.tg.URL(), "-db", c.db,
		"-timezone", "Europe/Berlin", "-quiet-hours", "off", "-ping-schedule", crashSchedule,
		"-reminders", "off", "-digest", "off", "-log-level", "debug")
	c.cmd.Stdout, c.cmd.Stderr = out, out
	if err := c.cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.starts++
	exited := make(chan error, 1)
	c.exited = exited
	go func(cmd *exec.Cmd) { exited <- cmd.Wait() }(c.cmd)
}

// kill SIGKILLs the binary and waits until it is gone.
func (c *crashRun) kill() {
	c.cmd.Process.Kill()
	<-c.exited
	c.cmd = nil
	c.kills++
}

// term stops the binary as an operator does, and expects a clean exit.
func (c *crashRun) term() {
	c.t.Helper()
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-c.exited:
		c.cmd = nil
		if err != nil {
			c.t.Fatalf("after SIGTERM the program exited with %v:\n%s", err, c.tail())
		}
	case <-time.After(15 * time.Second):
		c.t.Fatalf("the program did not stop within 15 s of SIGTERM:\n%s", c.tail())
	}
}

// tail is the end of the binary's output, for failure reports.
func (c *crashRun) tail() string {
	data, _ := os.ReadFile(c.logs)
	if len(data) > 6000 {
		data = data[len(data)-6000:]
	}
	return string(data)
}

// script acts as the users: everyone starts the bot, the bot joins the
// group, an event is announced and moved again and again (each move chases
// everyone), some members confirm every version, others never do, newcomers
// start the bot and more events are announced. It goes round after round
// until stop is closed, at least twice.
func (c *crashRun) script(kills int, stop <-chan struct{}) error {
	tg := c.tg
	c.host = tg.AddUser("Hanna", "Host", "hanna")
	c.group = tg.NewGroup("Crash test parents", c.host)
	for _, n := range []string{"Ali", "Bea", "Cem"} {
		c.confirmers = append(c.confirmers, tg.AddUser(n, "", ""))
	}
	for _, n := range []string{"Dora", "Emil", "Fay"} {
		c.silent = append(c.silent, tg.AddUser(n, "", ""))
	}
	members := slices.Concat(c.confirmers, c.silent)
	for _, u := range append([]*telegramtest.User{c.host}, members...) {
		tg.Start(u, "")
		c.started = append(c.started, u)
	}
	tg.AddBot(c.group, c.host, true)
	for _, u := range members {
		tg.AddMemberSilently(c.group, u)
		tg.Send(c.group.ID, u, "Hi all, "+u.FirstName+" here")
	}
	if err := c.wait(c.group.ID, "Hello"); err != nil {
		return err
	}
	c.announce("Picnic", "Spot 001")
	if err := c.wait(c.group.ID, "Picnic (#1)", "Spot 001"); err != nil {
		return err
	}
	for round := 2; ; round++ {
		select {
		case <-stop:
			if round > 3 {
				return nil
			}
		default:
		}
		if err := c.round(round); err != nil {
			return err
		}
	}
}

// announce sends /event in the group.
func (c *crashRun) announce(title, place string) {
	c.events = append(c.events, title)
	if len(c.events) == 1 {
		c.places = append(c.places, place)
	}
	c.tg.Send(c.group.ID, c.host, "/event "+title+" | "+future(10, 15)+" | "+place)
}

// round moves event #1 to a new place, and waits until the confirmers have
// confirmed it and the silent members have had their two reminders; a
// newcomer starts the bot, and every third round another event is announced.
func (c *crashRun) round(n int) error {
	place := fmt.Sprintf("Spot %03d", n)
	c.places = append(c.places, place)
	c.tg.Send(c.group.ID, c.host, "/edit 1 where "+place)
	u := c.tg.AddUser(fmt.Sprintf("Newcomer%d", n), "", "")
	c.tg.Start(u, "")
	c.started = append(c.started, u)
	if n%3 == 0 {
		c.announce(fmt.Sprintf("Meeting %d", len(c.events)+1), "Hall")
	}
	for _, u := range c.confirmers {
		card, err := c.waitCard(u.ID, place)
		if err != nil {
			return err
		}
		c.tg.Press(u, card, card.Buttons[0][0].Data)
		c.presses++
	}
	for _, u := range c.confirmers {
		if err := c.wait(u.ID, "Picnic", place, "You've confirmed the latest version"); err != nil {
			return err
		}
	}
	for _, u := range c.silent {
		if err := c.waitCount(u.ID, 2, "Picnic", place); err != nil {
			return err
		}
	}
	return c.wait(u.ID, "makes sure everyone")
}

// wait waits for a bot message in chat whose text has all of want.
func (c *crashRun) wait(chat int64, want ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	_, err := c.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool { return containsAll(m.Plain, want) })
	if err != nil {
		return fmt.Errorf("no message %q in chat %d: %w", want, chat, err)
	}
	return nil
}

// waitCard waits for a private card of #1 at place with its Got it button.
func (c *crashRun) waitCard(chat int64, place string) (telegramtest.Message, error) {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	m, err := c.tg.WaitMessage(ctx, chat, func(m telegramtest.Message) bool {
		return containsAll(m.Plain, []string{"Picnic (#1)", "📍 " + place, "👤 Host"}) &&
			len(m.Buttons) > 0 && strings.Contains(m.Buttons[0][0].Text, "Got it")
	})
	if err != nil {
		return m, fmt.Errorf("no card of #1 at %s in chat %d: %w", place, chat, err)
	}
	return m, nil
}

// waitCount waits until n bot messages were sent to chat with all of want.
func (c *crashRun) waitCount(chat int64, n int, want ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), crashWait)
	defer cancel()
	for c.sent.count(chat, want...) < n {
		// Any new message in the chat wakes the wait; the match is the count.
		_, err := c.tg.WaitMessage(ctx, chat, func(telegramtest.Message) bool { return c.sent.count(chat, want...) >= n })
		if err != nil {
			return fmt.Errorf("%d of %d messages %q in chat %d: %w", c.sent.count(chat, want...), n, want, chat, err)
		}
	}
	return nil
}

// waitSettled waits, with the bot running and no more kills, until every
// update is applied and the outbox has had time to drain: the last round's
// news has arrived and the fake has nothing pending.
func (c *crashRun) waitSettled() {
	c.t.Helper()
	deadline := time.Now().Add(crashWait)
	for c.tg.Pending() > 0 {
		if time.Now().After(deadline) {
			c.t.Fatalf("%d updates still pending after %s", c.tg.Pending(), crashWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Every new event's card is in the group.
	for i, title := range c.events {
		if err := c.wait(c.group.ID, fmt.Sprintf("%s (#%d)", title, i+1)); err != nil {
			c.t.Fatal(err)
		}
	}
}

// drain stops the program as an operator does (SIGTERM: it sends for up to
// 5 s more) until the outbox is empty, starting it again while it is not:
// "anything left unsent goes out on the next start".
func (c *crashRun) drain() {
	c.t.Helper()
	for i := 0; ; i++ {
		c.term()
		db, err := store.Open(c.db)
		if err != nil {
			c.t.Fatal(err)
		}
		box, err := db.Outbox()
		db.Close()
		if err != nil {
			c.t.Fatal(err)
		}
		if len(box) == 0 {
			return
		}
		if i == 10 {
			c.t.Fatalf("%d messages still in the outbox after 10 stops", len(box))
		}
		running := c.running()
		c.start()
		c.waitRunning(running + 1)
	}
}

// running is how many times the program has said it is running.
func (c *crashRun) running() int {
	data, _ := os.ReadFile(c.logs)
	return strings.Count(string(data), "All Aboard is running")
}

// waitRunning waits until the program has said it is running n times:
// before that, SIGTERM may come before it listens for it.
func (c *crashRun) waitRunning(n int) {
	c.t.Helper()
	deadline := time.Now().Add(crashWait)
	for c.running() < n {
		select {
		case err := <-c.exited:
			c.t.Fatalf("the program exited (%v) before it ran:\n%s", err, c.tail())
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("the program did not start within %s:\n%s", crashWait, c.tail())
		}
	}
}

// check opens the database after the final stop and checks the promises.
func (c *crashRun) check() {
	t := c.t
	t.Helper()
	dups := 0

	// Every /start answered: none lost; more than one is a duplicate.
	for _, u := range c.started {
		n := c.sent.count(u.ID, "makes sure everyone")
		if n == 0 {
			t.Errorf("%s's /start was never answered", u.FirstName)
		}
		dups += max(n-1, 0)
	}
	// Every version of #1 was posted in the group once; every silent
	// member got its card and one reminder, and nothing more.
	for v, place := range c.places[1:] {
		n := c.sent.count(c.group.ID, "Picnic (#1)", "→ "+place)
		if n == 0 {
			t.Errorf("version %d (%s) was never posted in the group", v+2, place)
		}
		for _, u := range c.silent {
			texts := c.sent.texts(u.ID, "Picnic", place)
			if len(texts) < 2 {
				t.Errorf("%s got %d messages about %s, want the card and one reminder: %q", u.FirstName, len(texts), place, texts)
			}
			if d := distinct(texts); d > 2 {
				t.Errorf("%s got %d different messages about %s, more than the schedule allows: %q", u.FirstName, d, place, texts)
			}
			dups += len(texts) - distinct(texts)
		}
	}
	// Everything else sent twice with the same text in the same chat.
	others := c.sent.duplicates(func(e telegramtest.Entry) bool {
		return !strings.Contains(e.Text, "makes sure everyone") && !(e.Chat > 0 && slices.ContainsFunc(c.silent, func(u *telegramtest.User) bool { return u.ID == e.Chat }) && strings.Contains(e.Text, "Picnic"))
	})
	dups += others

	db, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if box, err := db.Outbox(); err != nil || len(box) > 0 {
		t.Errorf("after the final stop the outbox holds %d messages (%v): %+v", len(box), err, box)
	}
	err = db.View(func(tx allaboard.Tx) error {
		events, err := tx.Events(c.group.ID)
		if err != nil {
			return err
		}
		var titles []string
		for i, e := range events {
			titles = append(titles, e.Title)
			if e.Num != i+1 {
				t.Errorf("event %q has number %d, want %d", e.Title, e.Num, i+1)
			}
		}
		if !slices.Equal(titles, c.events) {
			t.Errorf("the store has events %q, want each /event once: %q", titles, c.events)
		}
		revs, err := tx.Revisions(c.group.ID, 1)
		if err != nil {
			return err
		}
		if len(revs) != len(c.places) {
			t.Errorf("#1 has %d revisions, want %d: one per /event and /edit", len(revs), len(c.places))
		}
		e, err := tx.Event(c.group.ID, 1)
		if err != nil {
			return err
		}
		if want := c.places[len(c.places)-1]; e.Where != want {
			t.Errorf("#1 is at %q, want %q", e.Where, want)
		}
		for _, u := range c.confirmers {
			r, err := tx.Response(c.group.ID, 1, u.ID)
			if err != nil {
				return err
			}
			if r.Acked != e.Material {
				t.Errorf("%s confirmed version %d, want %d", u.FirstName, r.Acked, e.Material)
			}
		}
		for _, u := range c.silent {
			r, err := tx.Response(c.group.ID, 1, u.ID)
			if err != nil {
				return err
			}
			if r.Pings != 2 || r.Acked != 0 {
				t.Errorf("%s: %d reminders counted for the latest version, %d confirmed; want 2 and none", u.FirstName, r.Pings, r.Acked)
			}
		}
		return checkIndexes(t, tx, c.group.ID)
	})
	if err != nil {
		t.Fatal(err)
	}
	logs, _ := os.ReadFile(c.logs)
	if strings.Contains(string(logs), "panic") {
		t.Errorf("the program panicked:\n%s", c.tail())
	}
	t.Logf("%d kills, %d starts; %d updates: %d /start, %d /event, %d /edit, %d presses; 0 lost, 0 applied twice; %d messages sent, %d duplicates",
		c.kills, c.starts, c.sent.updates(), len(c.started), len(c.events), len(c.places)-1, c.presses, c.sent.total(), dups)
}

// checkIndexes checks that the due index and the responses agree, and the
// timer index and the timers.
func checkIndexes(t *testing.T, tx allaboard.Tx, group int64) error {
	t.Helper()
	far := time.Now().AddDate(100, 0, 0)
	due, err := tx.DueResponses(far, 1<<30)
	if err != nil {
		return fmt.Errorf("due index: %w", err) // an entry without its response
	}
	indexed := map[[3]int64]bool{}
	for _, r := range due {
		k := [3]int64{r.Group, int64(r.Event), r.User}
		if indexed[k] || r.Due.IsZero() {
			t.Errorf("the due index lists %d/%d/%d wrongly (twice, or with no due time)", r.Group, r.Event, r.User)
		}
		indexed[k] = true
	}
	events, err := tx.Events(group)
	if err != nil {
		return err
	}
	for _, e := range events {
		rs, err := tx.Responses(group, e.Num)
		if err != nil {
			return err
		}
		for _, r := range rs {
			if k := [3]int64{r.Group, int64(r.Event), r.User}; !r.Due.IsZero() && !indexed[k] {
				t.Errorf("%d/%d/%d is due %s but not in the due index", r.Group, r.Event, r.User, r.Due)
			}
			delete(indexed, [3]int64{r.Group, int64(r.Event), r.User})
		}
	}
	if len(indexed) > 0 {
		t.Errorf("the due index lists %d responses of no event", len(indexed))
	}
	if _, err := tx.DueTimers(far, 1<<30); err != nil {
		return fmt.Errorf("timer index: %w", err)
	}
	members, err := tx.Members(group)
	if err != nil {
		return err
	}
	for _, m := range members {
		groups, err := tx.UserGroups(m.User)
		if err != nil {
			return err
		}
		if !m.Left && !slices.Contains(groups, group) {
			t.Errorf("member %d is not in the index of members", m.User)
		}
	}
	return nil
}

// sentLog keeps every message the bot sent (not edits), as the fake saw it
// when it was sent: texts edited later are counted as they first went.
type sentLog struct {
	mu      sync.Mutex
	entries []telegramtest.Entry
	all     []telegramtest.Entry // everything the fake saw, for failure reports
}

func (s *sentLog) note(e telegramtest.Entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.all = append(s.all, e)
	if e.Kind == "bot" {
		s.entries = append(s.entries, e)
	}
}

// texts are the messages sent to chat containing all of want, in order.
func (s *sentLog) texts(chat int64, want ...string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, e := range s.entries {
		if e.Chat == chat && containsAll(e.Text, want) {
			out = append(out, e.Text)
		}
	}
	return out
}

func (s *sentLog) count(chat int64, want ...string) int { return len(s.texts(chat, want...)) }

// updates is how many updates the users' actions made.
func (s *sentLog) updates() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, e := range s.all {
		switch e.Kind {
		case "message", "press", "added", "join":
			n++
		}
	}
	return n
}

func (s *sentLog) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// duplicates counts the messages among those that pass keep whose text
// went to the same chat before.
func (s *sentLog) duplicates(keep func(telegramtest.Entry) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	n := 0
	for _, e := range s.entries {
		if !keep(e) {
			continue
		}
		k := strconv.FormatInt(e.Chat, 10) + "\x00" + e.Text
		if seen[k] {
			n++
		}
		seen[k] = true
	}
	return n
}

func distinct(texts []string) int {
	seen := map[string]bool{}
	for _, s := range texts {
		seen[s] = true
	}
	return len(seen)
}

func (s *sentLog) dump() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for _, e := range s.all {
		fmt.Fprintf(&b, "%s %d %s %s: %.120s\n", e.Time.Format("15:04:05.000"), e.Chat, e.Kind, e.Who, strings.ReplaceAll(e.Text, "\n", " ⏎ "))
	}
	return b.String()
}
