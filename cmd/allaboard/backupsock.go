package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"allaboard/store"
)

// A running bot holds its database's lock, so only it can copy the
// database. It takes requests on a unix socket beside the file: one line,
// the absolute path of the copy to write, answered by "ok <bytes>" or
// "error: <why>". The socket has mode 0600: whoever may use it may read the
// database anyway.

// maxSocketPath is the longest socket path used, with room for the
// temporary name: the kernel allows 107 bytes on Linux, 103 on macOS.
const maxSocketPath = 99

// socketPath is where the bot with the database at db takes backup
// requests: <db>.sock, or, if that path is too long for a socket, a name
// in the temporary folder derived from the database's absolute path.
func socketPath(db string) (string, error) {
	abs, err := filepath.Abs(db)
	if err != nil {
		return "", fmt.Errorf("backup socket for %s: %w", db, err)
	}
	if p := abs + ".sock"; len(p) <= maxSocketPath {
		return p, nil
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(os.TempDir(), "allaboard-"+hex.EncodeToString(sum[:8])+".sock"), nil
}

// backupServer answers backup requests until close.
type backupServer struct {
	l    *net.UnixListener
	path string
	db   *store.DB
	log  *slog.Logger
	wg   sync.WaitGroup // the accept loop and backups in progress
}

// serveBackups listens on db's socket and serves in the background.
func serveBackups(db *store.DB, log *slog.Logger) (*backupServer, error) {
	path, err := socketPath(db.Path())
	if err != nil {
		return nil, err
	}
	// We hold the database's lock, so a socket already there was left by a
	// bot that died. It is made under another name and renamed once it is
	// private, so nobody else can connect in between.
	os.Remove(path)
	tmp := path + ".tmp"
	os.Remove(tmp)
	l, err := net.ListenUnix("unix", &net.UnixAddr{Name: tmp, Net: "unix"})
	if err != nil {
		return nil, fmt.Errorf("backup socket: %w", err)
	}
	l.SetUnlinkOnClose(false) // it is renamed; close removes it by its name
	err = os.Chmod(tmp, 0o600)
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		l.Close()
		os.Remove(tmp)
		return nil, fmt.Errorf("backup socket: %w", err)
	}
	s := &backupServer{l: l, path: path, db: db, log: log}
	s.wg.Add(1)
	go s.accept()
	return s, nil
}

func (s *backupServer) accept() {
	defer s.wg.Done()
	for {
		c, err := s.l.Accept()
		if err != nil {
			if !errors.Is(err, net.ErrClosed) {
				s.log.Error("backup socket stopped", "err", err)
			}
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			s.serve(c)
		}()
	}
}

// serve answers one request.
func (s *backupServer) serve(c net.Conn) {
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		fmt.Fprintf(c, "error: no request: %v\n", err)
		return
	}
	target := strings.TrimSuffix(line, "\n")
	if !filepath.IsAbs(target) {
		fmt.Fprintf(c, "error: want an absolute path, not %q\n", target)
		return
	}
	n, err := s.db.Backup(target)
	if err != nil {
		s.log.Error("backup failed", "to", target, "err", err)
		fmt.Fprintf(c, "error: %v\n", err)
		return
	}
	s.log.Info("backup written", "to", target, "bytes", n)
	fmt.Fprintf(c, "ok %d\n", n)
}

// close stops taking requests, waits for backups in progress and removes
// the socket.
func (s *backupServer) close() {
	s.l.Close()
	s.wg.Wait()
	os.Remove(s.path)
}

// askBackup asks the bot listening at sock to write its database to
// target, an absolute path, and returns the copy's size.
func askBackup(ctx context.Context, sock, target string) (int64, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "unix", sock)
	if err != nil {
		return 0, fmt.Errorf("the running bot does not answer at %s: %w", sock, err)
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() }) // a large copy takes its time; Ctrl-C ends the wait
	defer stop()
	if _, err := fmt.Fprintf(c, "%s\n", target); err != nil {
		return 0, fmt.Errorf("ask the running bot: %w", err)
	}
	answer, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return 0, fmt.Errorf("no answer from the running bot: %w", err)
	}
	answer = strings.TrimSuffix(answer, "\n")
	if why, ok := strings.CutPrefix(answer, "error: "); ok {
		return 0, errors.New(why)
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(answer, "ok "), 10, 64)
	if err != nil || !strings.HasPrefix(answer, "ok ") {
		return 0, fmt.Errorf("unexpected answer from the running bot: %q", answer)
	}
	return n, nil
}
