package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"go.etcd.io/bbolt"
)

// compactTxSize bounds each transaction of a compaction, so that a large
// database is copied without holding it all in memory.
const compactTxSize = 64 << 20

// Compact copies the database at src into a new file, leaving out the free
// pages a bbolt file keeps once it has grown, and puts it at dst; dst may be
// src, which is then replaced atomically. It opens src as Open does (so a
// running bot's lock is ErrInUse, a damaged file ErrDamaged) and keeps mode
// 0600. On failure dst is left as it was.
func Compact(src, dst string) error {
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("store: compact: %w", err) // Open would create it
	}
	from, err := Open(src)
	if err != nil {
		return err
	}
	defer from.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), filepath.Base(dst)+".compact-*")
	if err != nil {
		return fmt.Errorf("store: compact %s: %w", src, err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	done := false
	defer func() {
		if !done {
			os.Remove(tmpPath)
		}
	}()
	// Compacting reads every page: those of a damaged tree fail here
	// rather than panic half-way.
	if _, err := from.checkStructure(0); err != nil {
		return err
	}
	if err := from.guard(func() error { return copyCompact(from.bolt, tmpPath) }); err != nil {
		return fmt.Errorf("store: compact %s: %w", src, err)
	}
	if err := os.Rename(tmpPath, dst); err != nil {
		return fmt.Errorf("store: compact %s: %w", src, err)
	}
	done = true
	return syncDir(filepath.Dir(dst))
}

// copyCompact writes a compacted copy of src to path, synced to disk.
func copyCompact(src *bbolt.DB, path string) error {
	// The temp file is empty; bbolt makes it a database.
	to, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: lockTimeout})
	if err != nil {
		return err
	}
	err = bbolt.Compact(to, src, compactTxSize)
	if err == nil {
		err = to.Sync()
	}
	return errors.Join(err, to.Close())
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: sync %s: %w", dir, err)
	}
	return nil
}
