package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// The crash test runs the real binary against the fake Telegram, which keeps
// Telegram's sending limits, while users in three groups act (see
// crash_script_test.go); it SIGKILLs the binary at random moments (50–500 ms
// after each start) and starts it again. Then, with no more kills, it lets
// the bot drain and checks README's "How it keeps its promises" (see
// crash_check_test.go): no update lost or applied twice, no reminder skipped
// or sent more often than the schedule allows, reminders before an event
// sent once, an event that began stopped being chased, the outbox empty, the
// indexes in step, no kill sending more than the one message in flight again,
// and in a long run at most one duplicated message per 50 kills.
//
// The normal run kills 5 times; for the long run (docs/reliability.md):
//
//	ALLABOARD_CRASH_KILLS=1000 go test -run '^TestCrash$' -v -timeout 60m ./cmd/allaboard/
//
// ALLABOARD_CRASH_SEED repeats a run's kill moments (the seed is logged).
//
// Its subtest "duplicating sender" shows that the checks catch a sender that
// sends messages twice: the fake processes every 4th sendMessage twice.

// crashSchedule: the first reminder of a change at once, the second 3 s
// later, the next an hour later, after the test: within the test a member
// who never confirms gets exactly two messages per version.
const crashSchedule = "0,3s,1h"

// crashLead is how long before an event its reminder goes (-reminders): the
// shortest lead the bot takes.
const crashLead = 5 * time.Minute

// crashWait bounds every wait for the bot in the crash test. The bot lives
// at most half a second at a time, so a wait covers many lives; and a
// group's message may wait up to a minute for Telegram's limit of 20 a
// minute per group, or for a 429's retry_after when a killed bot had sent
// more than it recorded.
const crashWait = 150 * time.Second

func TestCrash(t *testing.T) {
	t.Parallel()
	kills, _ := envCount(t, "ALLABOARD_CRASH_KILLS", 5)
	seed := envSeed(t, "ALLABOARD_CRASH_SEED")
	bin := buildForTests(t)

	t.Run("kills", func(t *testing.T) {
		t.Parallel()
		t.Logf("seed %d (ALLABOARD_CRASH_SEED), %d kills", seed, kills)
		c := newCrashRun(t, bin, seed, crashPlan{kills: kills, timed: true, lateJoiner: true})
		c.run()
		v := c.verdict()
		for _, p := range v.problems {
			t.Error(p)
		}
		t.Log(c.figures(v))
	})

	t.Run("duplicating sender", func(t *testing.T) {
		t.Parallel()
		c := newCrashRun(t, bin, seed, crashPlan{kills: 2})
		c.tg.Twice("sendMessage", 4)
		c.run()
		v := c.verdict()
		if v.dups <= v.allowed {
			t.Errorf("with every 4th message sent twice (%d in all) the check counted %d duplicates, no more than the %d allowed",
				c.tg.Doubled(), v.dups, v.allowed)
		}
		if !strings.Contains(strings.Join(v.problems, "\n"), "duplicates") {
			t.Errorf("the check did not report the duplicates: %q", v.problems)
		}
		t.Logf("%d messages sent twice by the fake, %d duplicates caught (%d allowed for %d kills)", c.tg.Doubled(), v.dups, v.allowed, c.kills)
	})
}

// buildForTests builds the program with the allaboard_test tag, which lets
// the environment raise its quotas and set its clock back (testbuild.go).
func buildForTests(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "allaboard")
	if out, err := exec.Command("go", "build", "-tags", "allaboard_test", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
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

// crashPlan is what one crash run does.
type crashPlan struct {
	kills      int
	timed      bool // events that start, and reminders before them, inside the run
	lateJoiner bool // a member joins a group after its event was announced
}

// crashRun is one crash test: the fake, the binary's runs, the users and
// what they did.
type crashRun struct {
	t      *testing.T
	plan   crashPlan
	rng    *rand.Rand
	bin    string
	db     string
	logs   string
	behind time.Duration // the program's clock is this much behind the machine's
	tg     *telegramtest.Server
	sent   *sentLog
	cmd    *exec.Cmd
	exited chan error
	kills  int
	killed []time.Time // when each kill was
	starts int
	began  time.Time

	users
	drained drainFigures
}

func newCrashRun(t *testing.T, bin string, seed uint64, plan crashPlan) *crashRun {
	dir := t.TempDir()
	c := &crashRun{t: t, plan: plan, rng: rand.New(rand.NewPCG(seed, seed)), bin: bin,
		db: filepath.Join(dir, "allaboard.db"), logs: filepath.Join(dir, "allaboard.log"), sent: &sentLog{}, began: time.Now()}
	// The program's clock is set back to 35 s past a whole minute: events
	// start, and reminders go, at whole minutes, and the first of them is
	// then announced about 20 s before one.
	c.behind = time.Duration((time.Now().Second()+60-35)%60) * time.Second
	c.tg = telegramtest.New(telegramtest.Options{Observe: c.sent.note, Limits: telegramtest.TelegramLimits()})
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

// now is the time on the program's clock.
func (c *crashRun) now() time.Time { return time.Now().Add(-c.behind) }

// run kills the program at random moments while the users act, until
// enough kills; then lets the script finish with the program running, and
// drains the outbox.
func (c *crashRun) run() {
	t := c.t
	script := make(chan error, 1)
	stop := make(chan struct{})
	go func() { script <- c.script(stop) }()
	for c.kills < c.plan.kills {
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
	close(stop)
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
}

// start runs the binary; its output is appended to one log for all runs.
func (c *crashRun) start(more ...string) {
	c.t.Helper()
	out, err := os.OpenFile(c.logs, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		c.t.Fatal(err)
	}
	defer out.Close()
	args := append([]string{"-token", c.tg.Token(), "-api-url", c.tg.URL(), "-db", c.db,
		"-timezone", "Europe/Berlin", "-quiet-hours", "off", "-ping-schedule", crashSchedule,
		"-reminders", crashLead.String(), "-digest", "off", "-log-level", "debug"}, more...)
	c.cmd = exec.Command(c.bin, args...)
	c.cmd.Env = append(os.Environ(), "ALLABOARD_TEST_QUOTAS=1000000", "ALLABOARD_TEST_CLOCK_BEHIND="+c.behind.String())
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
	c.killed = append(c.killed, time.Now())
	c.sent.note(telegramtest.Entry{Time: c.killed[len(c.killed)-1], Kind: "kill", Text: fmt.Sprintf("kill %d", c.kills)})
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
