package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"allaboard/store"
)

// A backup socket that cannot be put in its place is reported, so that the
// operator is told backups will not work, and no half-made socket is left.
func TestBackupSocketThatCannotBePlacedIsReported(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "allaboard.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sock, err := socketPath(db.Path())
	if err != nil {
		t.Fatal(err)
	}
	// A folder with something in it stands where the socket goes: it is not
	// removed, and the socket cannot be renamed onto it.
	if err := os.MkdirAll(filepath.Join(sock, "keep"), 0o700); err != nil {
		t.Fatal(err)
	}
	s, err := serveBackups(db, slog.New(slog.DiscardHandler))
	if err == nil {
		s.close()
		t.Fatalf("serving backups at %s succeeded; want the failed rename reported", sock)
	}
	if _, err := os.Lstat(sock + ".tmp"); err == nil {
		t.Errorf("the temporary socket %s.tmp is left behind", sock)
	}
	if fi, err := os.Stat(sock); err != nil || !fi.IsDir() {
		t.Errorf("the folder in the socket's place: %v, %v; want it untouched", fi, err)
	}
}
