package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/store"
)

// The damage tests start the real binary on a damaged database: it must
// end with exit status 1 and a message that names the file and says what
// to do, soon, never hang.

// damageWait is how soon the program must be gone on a damaged database.
const damageWait = 2 * time.Second

// launched is the binary running as a process of its own.
type launched struct {
	cmd    *exec.Cmd
	out    *syncBuffer
	exited chan error
	began  time.Time
}

func launch(t *testing.T, bin string, args ...string) *launched {
	t.Helper()
	p := &launched{cmd: exec.Command(bin, args...), out: &syncBuffer{}, exited: make(chan error, 1)}
	p.cmd.Stdout, p.cmd.Stderr = p.out, p.out
	p.began = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait() }()
	t.Cleanup(func() { p.cmd.Process.Kill() })
	return p
}

// exit waits up to limit for the program to end and returns its status.
func (p *launched) exit(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case err := <-p.exited:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		p.cmd.Process.Kill()
		t.Fatalf("still running after %v:\n%s", limit, p.out)
		return -1
	}
}

// waitLog waits until the program has written s.
func (p *launched) waitLog(t *testing.T, s string) {
	t.Helper()
	deadline := time.After(time.Minute)
	for !strings.Contains(p.out.String(), s) {
		select {
		case err := <-p.exited:
			t.Fatalf("the program exited (%v) before writing %q:\n%s", err, s, p.out)
		case <-deadline:
			t.Fatalf("the program never wrote %q:\n%s", s, p.out)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func buildProgram(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "allaboard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// fullDatabase makes a database of some hundred pages at path.
func fullDatabase(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx allaboard.Tx) error {
		for i := range 1000 {
			if err := tx.Enqueue(allaboard.Outgoing{ChatID: int64(i), Text: strings.Repeat("x", 300)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func overwriteAt(t *testing.T, path string, at int64, data []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(data, at); err != nil {
		t.Fatal(err)
	}
}

func TestDamagedDatabaseEndsTheProgram(t *testing.T) {
	bin := buildProgram(t)
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	size := func(t *testing.T, path string) int64 {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return info.Size()
	}
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string)
		says   string
	}{
		{"cut short", func(t *testing.T, path string) {
			fullDatabase(t, path)
			if err := os.Truncate(path, size(t, path)/2); err != nil {
				t.Fatal(err)
			}
		}, "the database %s is damaged: it is cut short"},
		{"pages overwritten", func(t *testing.T, path string) {
			fullDatabase(t, path)
			garbage := bytes.Repeat([]byte("overwritten "), int(size(t, path)/3/12))
			overwriteAt(t, path, size(t, path)/3, garbage)
		}, "the database %s is damaged: "},
		{"empty", func(t *testing.T, path string) {
			if err := os.WriteFile(path, nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}, "%s is empty: not an All Aboard database — move it away or restore a backup"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "allaboard.db")
			tc.damage(t, path)
			p := launch(t, bin, "-token", tg.Token(), "-api-url", tg.URL(), "-db", path)
			if code := p.exit(t, damageWait); code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if want := strings.ReplaceAll(tc.says, "%s", path); !strings.Contains(p.out.String(), want) {
				t.Errorf("the output does not say %q:\n%s", want, p.out)
			}
			if tc.name != "empty" && !strings.Contains(p.out.String(), "— restore a backup (allaboard backup) or move it away") {
				t.Errorf("the output does not say what to do:\n%s", p.out)
			}

			c := launch(t, bin, "check", "-db", path)
			if code := c.exit(t, damageWait); code != 1 {
				t.Errorf("allaboard check: exit status %d, want 1:\n%s", code, c.out)
			}
			if want := strings.ReplaceAll(tc.says, "%s", path); !strings.Contains(c.out.String(), want) {
				t.Errorf("allaboard check does not say %q:\n%s", want, c.out)
			}
		})
	}
}

// freelistPage reads the file's latest meta page: its page size, its
// transaction and its freelist page (bbolt's layout: a 16-byte page
// header, then magic, version, page size, flags, root, freelist, pgid,
// txid).
func freelistPage(t *testing.T, path string) (pageSize, txid, freelist int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	read := func(at int64) (pageSize, txid, freelist int64) {
		m := make([]byte, 80)
		if _, err := f.ReadAt(m, at); err != nil {
			t.Fatal(err)
		}
		u := func(i int) int64 { return int64(binary.NativeEndian.Uint64(m[i:])) }
		return int64(binary.NativeEndian.Uint32(m[24:])), u(64), u(48)
	}
	ps, tx0, fl0 := read(0)
	_, tx1, fl1 := read(ps)
	if tx1 > tx0 {
		return ps, tx1, fl1
	}
	return ps, tx0, fl0
}

// A running bot whose file is damaged under it, so that its next write
// panics inside bbolt's commit and again in the rollback, keeping bbolt's
// writer lock (the freelist page zeroed), ends with the damage named,
// instead of hanging with the lock held.
func TestDamageWhileRunningEndsTheProgram(t *testing.T) {
	bin := buildProgram(t)
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	path := filepath.Join(t.TempDir(), "allaboard.db")
	p := launch(t, bin, "-token", tg.Token(), "-api-url", tg.URL(), "-db", path)
	p.waitLog(t, "All Aboard is running")
	anna := tg.AddUser("Anna", "", "")
	tg.Start(anna, "")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := tg.WaitMessage(ctx, anna.ID, func(telegramtest.Message) bool { return true }); err != nil {
		t.Fatalf("no answer to /start:\n%s", p.out)
	}

	// Zero the freelist page of the latest commit once the bot is idle (the
	// answer's delivery is recorded within 50 ms): no commit before the
	// zeroing for 200 ms, none after it.
	for i := 0; ; i++ {
		if i == 50 {
			t.Fatal("the bot never stops writing")
		}
		pageSize, txid, freelist := freelistPage(t, path)
		time.Sleep(200 * time.Millisecond)
		if _, now, _ := freelistPage(t, path); now != txid {
			continue
		}
		overwriteAt(t, path, freelist*pageSize, make([]byte, pageSize))
		if _, now, _ := freelistPage(t, path); now == txid {
			break
		}
	}
	tg.Send(anna.ID, anna, "/help")
	if code := p.exit(t, damageWait); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if want := "the database " + path + " is damaged: "; !strings.Contains(p.out.String(), want) {
		t.Errorf("the output does not say %q:\n%s", want, p.out)
	}
	if !strings.Contains(p.out.String(), "— restore a backup (allaboard backup) or move it away") {
		t.Errorf("the output does not say what to do:\n%s", p.out)
	}
}

// SIGTERM ends the program within the 5 seconds docs/production.md
// promises, also while Telegram holds a message it is sending.
func TestStopSignalEndsTheProgramInTime(t *testing.T) {
	bin := buildProgram(t)
	tg := telegramtest.New(telegramtest.Options{})
	defer tg.Close()
	p := launch(t, bin, "-token", tg.Token(), "-api-url", tg.URL(), "-db", filepath.Join(t.TempDir(), "allaboard.db"))
	p.waitLog(t, "All Aboard is running")
	tg.Slow("sendMessage", 100, time.Minute)
	anna := tg.AddUser("Anna", "", "")
	tg.Start(anna, "")
	deadline := time.Now().Add(time.Minute)
	for tg.Calls("sendMessage") == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.exit(t, stopLimit+500*time.Millisecond); code != 0 {
		t.Errorf("exit status %d, want 0:\n%s", code, p.out)
	}
}

// Whatever holds a stop up, the process is gone limit after the signal.
func TestExitAfterEndsAStuckStop(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	exited := make(chan int, 1)
	go exitAfter(ctx, 10*time.Millisecond, &out, func(code int) { exited <- code })
	cancel()
	select {
	case code := <-exited:
		if code != 1 || !strings.Contains(out.String(), "not stopped") {
			t.Errorf("exit %d, %q", code, out.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("did not exit")
	}
}

// allaboard check says ok of a sound database and exits 0; of one in use
// by a running bot it says to stop the bot, and of a missing one that it
// is missing, without making it.
func TestCheckCommand(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	anna := h.tg.AddUser("Anna", "", "")
	h.tg.Start(anna, "")
	h.waitGreeted(anna.ID)
	env := func(string) string { return "" }
	var out bytes.Buffer
	if code := run(context.Background(), []string{"check", "-db", h.db}, env, &out, &out); code != 1 || !strings.Contains(out.String(), "stop the bot first") {
		t.Errorf("checking a running bot's database: exit %d, %q", code, out.String())
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run(context.Background(), []string{"check", "-db", h.db}, env, &out, &out); code != 0 || !strings.Contains(out.String(), h.db+": ok (") {
		t.Errorf("checking a sound database: exit %d, %q", code, out.String())
	}
	out.Reset()
	missing := h.db + ".missing"
	if code := run(context.Background(), []string{"check", "-db", missing}, env, &out, &out); code != 1 || !strings.Contains(out.String(), "no such file") {
		t.Errorf("checking a missing file: exit %d, %q", code, out.String())
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("allaboard check made the missing file")
	}
}
