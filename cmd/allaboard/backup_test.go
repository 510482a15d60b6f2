package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"allaboard"
	"allaboard/bot/telegramtest"
	"allaboard/store"
)

func backupCmd(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(context.Background(), append([]string{"backup"}, args...), func(string) string { return "" }, &out, &errs)
	return code, out.String(), errs.String()
}

// firstUpdateID is the fake Telegram's first update id.
const firstUpdateID = 500000000

// A running bot copies its own database when asked: the copy opens with
// every record committed by then — the event, the confirmation, the
// members, a message still waiting to be sent, the updates applied — and
// the bot carries on.
func TestBackupWhileTheBotRuns(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	h.start()
	pg := h.parentsGroup("Ali")
	ali := pg.parents[0]
	h.tg.Start(ali, "")
	h.waitGreeted(ali.ID)
	h.tg.Send(pg.g.ID, pg.host, "/event Picnic | "+future(3, 15)+" | Park")
	h.waitMessage(pg.g.ID, "Picnic")
	h.press(ali, pg.g.ID, "Got it")
	// A reply held up on its way, so that it waits in the outbox.
	h.tg.Slow("sendMessage", 1, 5*time.Second)
	h.tg.Send(ali.ID, ali, "/help")
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if box, err := h.main.DB.Outbox(); err == nil && len(box) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the reply to /help never reached the outbox")
		}
	}

	target := filepath.Join(t.TempDir(), "copy.db")
	code, stdout, stderr := backupCmd("-db", h.db, target)
	if code != 0 || !strings.Contains(stdout, "MB") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	h.waitLog("backup written")
	fileSize(t, target) // and mode 0600

	db, err := store.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx allaboard.Tx) error {
		if e, err := tx.Event(pg.g.ID, 1); err != nil || e.Title != "Picnic" {
			t.Errorf("event #1: %q, %v; want the picnic", e.Title, err)
		}
		if r, err := tx.Response(pg.g.ID, 1, ali.ID); err != nil || r.Acked == 0 {
			t.Errorf("Ali's response: %+v, %v; want his confirmation", r, err)
		}
		ms, err := tx.Members(pg.g.ID)
		if !slices.ContainsFunc(ms, func(m allaboard.Member) bool { return m.User == ali.ID }) {
			t.Errorf("members %v, %v; want Ali among them", ms, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if box, err := db.Outbox(); err != nil || len(box) == 0 {
		t.Errorf("outbox of the copy: %v, %v; want the waiting reply", box, err)
	}
	var fresh []int
	if err := db.ApplyUpdates([]int{firstUpdateID, firstUpdateID - 1}, time.Now(), func(_ allaboard.Tx, f []int) error { fresh = f; return nil }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fresh, []int{firstUpdateID - 1}) {
		t.Errorf("updates new to the copy: %v; want only the one never applied (the first was)", fresh)
	}

	h.waitMessage(ali.ID, "/event") // the bot carries on: /help is answered
	if code, _, stderr := backupCmd("-db", h.db, target); code != 1 || !strings.Contains(stderr, "exists") {
		t.Errorf("onto an existing file: exit %d, %q; want 1 and a word about it", code, stderr)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(h.db + ".sock"); err == nil {
		t.Error("the backup socket is left behind after the bot stopped")
	}
}

// A database too deep for a socket beside it is still backed up while the
// bot runs: the socket goes to the temporary folder.
func TestBackupWhileTheBotRunsDeepInFolders(t *testing.T) {
	h := newHarness(t, telegramtest.Options{})
	deep := filepath.Join(t.TempDir(), strings.Repeat("a-rather-long-folder-name/", 4))
	if err := os.MkdirAll(deep, 0o700); err != nil {
		t.Fatal(err)
	}
	h.db = filepath.Join(deep, "allaboard.db")
	sock, err := socketPath(h.db)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(sock) != filepath.Clean(os.TempDir()) || len(sock) > maxSocketPath {
		t.Fatalf("socket for %s at %s; want it short, in %s", h.db, sock, os.TempDir())
	}
	h.start()
	target := filepath.Join(t.TempDir(), "copy.db")
	if code, stdout, stderr := backupCmd("-db", h.db, target); code != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(sock); err == nil {
		t.Error("the backup socket is left behind after the bot stopped")
	}
}

func TestBackupCommand(t *testing.T) {
	t.Run("the bot is stopped", func(t *testing.T) {
		path := roomyDB(t)
		target := filepath.Join(t.TempDir(), "copy.db")
		if code, stdout, stderr := backupCmd("-db", path, target); code != 0 || !strings.Contains(stdout, "MB") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
		fileSize(t, target)
		hasPicnic(t, target)
	})
	t.Run("held by a program that takes no requests", func(t *testing.T) {
		path := roomyDB(t)
		db, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		target := filepath.Join(t.TempDir(), "copy.db")
		if code, _, stderr := backupCmd("-db", path, target); code != 1 || !strings.Contains(stderr, "does not answer") {
			t.Errorf("exit %d, stderr %q; want 1 and that the bot does not answer", code, stderr)
		}
		if _, err := os.Stat(target); err == nil {
			t.Error("a copy was written")
		}
	})
	t.Run("no database", func(t *testing.T) {
		dir := t.TempDir()
		if code, _, stderr := backupCmd("-db", filepath.Join(dir, "none.db"), filepath.Join(dir, "copy.db")); code != 1 || !strings.Contains(stderr, "no such file") {
			t.Errorf("exit %d, stderr %q; want 1 and no such file", code, stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
			t.Error("backing up a missing database created it")
		}
	})
	t.Run("usage", func(t *testing.T) {
		for _, args := range [][]string{{}, {"a.db", "b.db"}, {"-nonsense", "a.db"}} {
			if code, _, stderr := backupCmd(args...); code != 2 || !strings.Contains(stderr, "Usage: allaboard backup") {
				t.Errorf("%q: exit %d, stderr %q; want 2 and the usage", args, code, stderr)
			}
		}
		if code, _, _ := backupCmd("-h"); code != 0 {
			t.Errorf("-h: exit %d, want 0", code)
		}
	})
}
