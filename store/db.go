// Package store keeps All Aboard's state in one bbolt file.
package store

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrInUse means another process holds the database file's lock.
var ErrInUse = errors.New("database is in use by another allaboard process")

// ErrDamaged means the file is not a bbolt database or is corrupt.
var ErrDamaged = errors.New("not an allaboard database, or damaged")

// lockTimeout bounds the wait for another process's file lock.
const lockTimeout = time.Second

// DB is the open database.
type DB struct {
	bolt *bbolt.DB
	path string

	// OnEnqueue, if set, is called after a commit that put messages in the
	// outbox, so the sender wakes up at once.
	OnEnqueue func()
	// OnCommit, if set, is called after every committed write, so that the
	// scheduler looks again for what is due next.
	OnCommit func()

	lastPrune time.Time // of processed update ids; touched only by ApplyUpdates
	// outboxEpoch counts commits that changed or took out queued messages:
	// a reader of only what is new must then read the outbox afresh.
	outboxEpoch atomic.Uint64
}

// Open opens or creates the database at path with mode 0600.
func Open(path string) (db *DB, err error) {
	// bbolt may panic on some damaged files rather than return an error.
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("store: open %s: %w (%v)", path, ErrDamaged, r)
		}
	}()
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: lockTimeout})
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("store: open %s: %w", path, ErrInUse)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, fmt.Errorf("store: open %s: %w: %v", path, ErrDamaged, err)
	case err != nil:
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db = &DB{bolt: b, path: path}
	if err := b.Update(createBuckets); err != nil {
		b.Close()
		return nil, fmt.Errorf("store: prepare %s: %w", path, err)
	}
	return db, nil
}

// Close closes the database file.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", db.path, err)
	}
	return nil
}

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// Update runs fn in one read-write transaction.
func (db *DB) Update(fn func(allaboard.Tx) error) error {
	var t *tx
	err := db.bolt.Update(func(btx *bbolt.Tx) error {
		t = newTx(tightly(btx))
		return fn(t)
	})
	if err == nil {
		db.committed(t)
	}
	return err
}

// View runs fn in one read-only transaction; fn must not write.
func (db *DB) View(fn func(allaboard.Tx) error) error {
	return db.bolt.View(func(btx *bbolt.Tx) error { return fn(newTx(btx)) })
}

func (db *DB) committed(t *tx) {
	if t.rewrote {
		db.outboxEpoch.Add(1)
	}
	if (t.enqueued || t.rewrote) && db.OnEnqueue != nil {
		db.OnEnqueue()
	}
	if db.OnCommit != nil {
		db.OnCommit()
	}
}
