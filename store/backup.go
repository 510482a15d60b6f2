package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// ErrExists means a backup's target is already there; a backup never
// replaces a file.
var ErrExists = errors.New("file exists")

// Backup writes a consistent copy of the database to path, a new file with
// mode 0600, and returns its size. It copies in one read transaction, so
// the bot carries on writing meanwhile. The copy is written beside path,
// synced and then renamed, so path is either complete or absent.
func (db *DB) Backup(path string) (int64, error) {
	if _, err := os.Lstat(path); err == nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, ErrExists)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".backup-*")
	if err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	var n int64
	err = db.view(func(btx *bbolt.Tx) error {
		n, err = btx.WriteTo(f)
		return err
	})
	if err == nil {
		err = f.Chmod(0o600) // CreateTemp's mode, said again: the copy holds everything
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = f.Close()
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return 0, fmt.Errorf("store: backup to %s: %w", path, err)
	}
	done = true
	return n, syncDir(filepath.Dir(path))
}
