package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"allaboard/bot/telegramtest"
)

// The restart and memory benchmarks (BENCHMARKS.md). Each seeds a database
// through the store, then runs the program on it against the fake Telegram:
//
//	go test -run '^$' -bench 'Restart|Memory' -benchtime 1x ./cmd/allaboard/
//
// BenchmarkRestart reports the time from start to the first due reminder
// at 10,000 and 100,000 pending reminders, with the same few due: it should
// follow what is due, not what is stored. 100k-confirmed stores as many
// responses, all confirmed, with nothing pending but those few; -upgraded
// is its first start after an upgrade from a version that set fewer timers,
// which checks every stored event once.
// BenchmarkMemory reports the peak RSS of the real binary with 100,000
// members and 10,000 events while it applies a batch of updates and sends
// what is due.

// The restart databases: groups of a host and 100 members, 4 events each,
// everyone but the host still to confirm, and one group in the fake whose
// reminders are due.
const (
	restartMembers = 101
	restartEvents  = 4
	restartDue     = 10
)

func BenchmarkRestart(b *testing.B) {
	for _, c := range []struct {
		name     string
		groups   int
		confirm  int // seeder.confirmEvery
		pending  int
		upgraded bool // the first start after an upgrade, which checks every event once
	}{
		{"10k", 25, 0, 10_000, false},
		{"100k", 250, 0, 100_000, false},
		{"100k-confirmed", 250, 1, 0, false},
		{"100k-confirmed-upgraded", 250, 1, 0, true},
	} {
		b.Run(c.name, func(b *testing.B) {
			s := seeder{now: time.Now(), confirmEvery: c.confirm, upgraded: c.upgraded}
			benchRestart(b, s, storedGroups(c.groups, restartMembers, restartEvents), c.pending)
		})
	}
}

// restartRuns is how many times each op starts the program: it reports the
// median, as a single start varies by a few milliseconds.
const restartRuns = 5

// benchRestart seeds stored groups and one whose reminders are due, then
// starts the program on copies and measures how long the first takes to
// arrive.
func benchRestart(b *testing.B, s seeder, stored []seedGroup, pending int) {
	golden := filepath.Join(b.TempDir(), "seeded.db")
	tg := telegramtest.New(telegramtest.Options{})
	live := liveGroups(b, tg, 1, restartDue+1, restartDue)
	tg.Close()
	p, d := s.write(b, golden, append(live, stored...))
	if p != pending || d != restartDue {
		b.Fatalf("seeded %d pending and %d due reminders, want %d and %d", p, d, pending, restartDue)
	}
	b.ResetTimer()
	var took time.Duration
	for range b.N {
		var runs []time.Duration
		for range restartRuns {
			runs = append(runs, restartOnce(b, golden, live[0]))
		}
		slices.Sort(runs)
		took += runs[len(runs)/2]
	}
	b.ReportMetric(took.Seconds()*1000/float64(b.N), "ms-to-first-reminder")
	b.ReportMetric(fileMB(b, golden), "db-MB")
}

// restartOnce starts the program on a copy of the database at golden, in
// which the reminders of due's members are due, and returns the time from
// start to the first of them in the fake Telegram.
func restartOnce(b *testing.B, golden string, due seedGroup) time.Duration {
	sent := make(chan time.Time, 100)
	tg := telegramtest.New(telegramtest.Options{Observe: func(e telegramtest.Entry) {
		if e.Kind == "bot" && e.Chat > 0 { // a private reminder; nothing else goes to a private chat
			select {
			case sent <- e.Time:
			default:
			}
		}
	}})
	defer tg.Close()
	if g := liveGroups(b, tg, 1, restartDue+1, restartDue)[0]; g.id != due.id || g.fake[1].ID != due.members[1].ID {
		b.Fatalf("a fresh fake gave group %d and user %d, not %d and %d", g.id, g.fake[1].ID, due.id, due.members[1].ID)
	}
	m, out := newBenchMain(b, tg, copyDB(b, golden))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- m.Run(ctx) }()
	var took time.Duration
	select {
	case at := <-sent:
		took = at.Sub(start)
	case err := <-done:
		b.Fatalf("the program stopped (%v) before reminding anyone:\n%s", err, out)
	case <-time.After(time.Minute):
		b.Fatalf("no reminder within a minute:\n%s", out)
	}
	for n := 1; n < restartDue; n++ {
		select {
		case <-sent:
		case <-time.After(30 * time.Second):
			b.Fatalf("%d of %d due reminders sent:\n%s", n, restartDue, out)
		}
	}
	cancel()
	if err := <-done; err != nil {
		b.Fatalf("run: %v\n%s", err, out)
	}
	m.Close()
	return took
}

// newBenchMain is the program on the database at path, against tg, with
// limits that let it send at once: the benchmarks measure the bot, not
// Telegram's pace.
func newBenchMain(b *testing.B, tg *telegramtest.Server, path string) (*Main, *syncBuffer) {
	b.Helper()
	out := &syncBuffer{}
	m := NewMain()
	m.Stdout, m.Stderr = out, out
	args := []string{"-token", tg.Token(), "-api-url", tg.URL(), "-db", path, "-timezone", "UTC", "-quiet-hours", "off"}
	if err := m.ParseFlags(args, func(string) string { return "" }); err != nil {
		b.Fatal(err)
	}
	m.Limits = scaled.bot
	m.PollTimeout = time.Second
	m.DrainTimeout = time.Second
	return m, out
}

// The memory database: 1,000 groups of 100 members with 10 events each, half
// of their members still to confirm; in 10 of them, in the fake, the first
// event's reminders are due.
const (
	memGroups  = 1000
	memMembers = 100
	memEvents  = 10
	memLive    = 10
	memStarted = 50 // members of a live group who opened a chat with the bot
)

// memRun is how long the program sends after the updates, before its peak
// RSS is read.
const memRun = 10 * time.Second

func BenchmarkMemory(b *testing.B) {
	bin := buildBinary(b)
	golden := filepath.Join(b.TempDir(), "seeded.db")
	tg := telegramtest.New(telegramtest.Options{})
	groups := liveGroups(b, tg, memLive, memMembers, memStarted)
	tg.Close()
	for j := range groups {
		groups[j].events = memEvents
	}
	groups = append(groups, storedGroups(memGroups-memLive, memMembers, memEvents)...)
	seeder{now: time.Now(), confirmEvery: 2}.write(b, golden, groups)
	b.ResetTimer()
	var peak, file, anon, sent float64
	for range b.N {
		r := memoryOnce(b, bin, golden)
		peak, file, anon, sent = peak+r.peak, file+r.file, anon+r.anon, sent+r.sent
	}
	n := float64(b.N)
	b.ReportMetric(peak/n, "peak-RSS-MB")
	b.ReportMetric(file/n, "file-RSS-MB")
	b.ReportMetric(anon/n, "anon-RSS-MB")
	b.ReportMetric(sent/n, "messages-sent")
	b.ReportMetric(fileMB(b, golden), "db-MB")
}

// memoryRun is what one run of the binary measured, in MB: the peak RSS,
// and at the end bbolt's mapped pages (file) and the heap and stacks (anon);
// and how many messages it sent or edited.
type memoryRun struct{ peak, file, anon, sent float64 }

// memoryOnce runs the binary on a copy of the database at golden, against
// a fake with the live groups it was seeded with, applies a batch of
// updates, lets it send for memRun and reads its memory.
func memoryOnce(b *testing.B, bin, golden string) memoryRun {
	var sent atomic.Int64
	tg := telegramtest.New(telegramtest.Options{Observe: func(e telegramtest.Entry) {
		if e.Kind == "bot" || e.Kind == "edit" {
			sent.Add(1)
		}
	}})
	defer tg.Close()
	live := liveGroups(b, tg, memLive, memMembers, memStarted) // the ids seeded, in a fresh fake
	p := startBinary(b, bin, "-token", tg.Token(), "-api-url", tg.URL(), "-db", copyDB(b, golden), "-timezone", "UTC", "-quiet-hours", "off")
	// A batch of updates: in each live group, 20 members confirm and 10 write.
	for _, g := range live {
		for j, u := range g.fake[1:31] {
			text := "/ack 1"
			if j >= 20 {
				text = "see you there"
			}
			tg.Send(g.id, u, text)
		}
	}
	time.Sleep(memRun)
	if n := tg.Pending(); n > 0 {
		b.Fatalf("%d updates not applied after %s:\n%s", n, memRun, p.out)
	}
	pid := p.cmd.Process.Pid
	r := memoryRun{peak: procMB(b, pid, "VmHWM"), file: procMB(b, pid, "RssFile"), anon: procMB(b, pid, "RssAnon"), sent: float64(sent.Load())}
	p.stop(b)
	return r
}

// buildBinary builds the program, for benchmarks that run it as a process
// of its own, and returns its path.
func buildBinary(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "allaboard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is the program running as a process of its own.
type process struct {
	cmd    *exec.Cmd
	out    *syncBuffer
	exited chan error
}

// startBinary starts the program at bin with args and waits until it runs.
func startBinary(b *testing.B, bin string, args ...string) *process {
	b.Helper()
	p := &process{cmd: exec.Command(bin, args...), out: &syncBuffer{}, exited: make(chan error, 1)}
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	if err := p.cmd.Start(); err != nil {
		b.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait() }()
	waitOutput(b, p.out, "All Aboard is running", p.exited)
	return p
}

// stop sends the program SIGTERM and waits for it to exit cleanly.
func (p *process) stop(b *testing.B) {
	b.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		b.Fatal(err)
	}
	select {
	case err := <-p.exited:
		if err != nil {
			b.Fatalf("the program exited with %v:\n%s", err, p.out)
		}
	case <-time.After(15 * time.Second):
		p.cmd.Process.Kill()
		b.Fatalf("the program did not stop within 15 s of SIGTERM:\n%s", p.out)
	}
}

// waitOutput waits until a program's output contains s.
func waitOutput(b *testing.B, out *syncBuffer, s string, exited <-chan error) {
	b.Helper()
	deadline := time.After(time.Minute)
	for !strings.Contains(out.String(), s) {
		select {
		case err := <-exited:
			b.Fatalf("the program exited (%v) before logging %q:\n%s", err, s, out)
		case <-deadline:
			b.Fatalf("the program never logged %q:\n%s", s, out)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// procMB reads a field of /proc/<pid>/status, in MB.
func procMB(b *testing.B, pid int, field string) float64 {
	b.Helper()
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				b.Fatalf("%s: %v", field, err)
			}
			return float64(n) / 1024
		}
	}
	b.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

// copyDB copies a seeded database to a new file, for one run to change. It
// is synced, as a database left by a stopped bot is: else the program's
// first commit would pay for writing the copy.
func copyDB(b *testing.B, from string) string {
	b.Helper()
	to := filepath.Join(b.TempDir(), "allaboard.db")
	src, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		b.Fatal(err)
	}
	if err := dst.Sync(); err != nil {
		b.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		b.Fatal(err)
	}
	return to
}

// fileMB is a file's size in MB.
func fileMB(b *testing.B, path string) float64 {
	b.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return float64(fi.Size()) / (1 << 20)
}
