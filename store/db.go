// Package store keeps All Aboard's state in one bbolt file.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"allaboard"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrInUse means another process holds the database file's lock.
var ErrInUse = errors.New("database is in use by another allaboard process")

// ErrEmpty means the file is there but empty: not a database. A new
// database is made only where there is no file.
var ErrEmpty = errors.New("empty file: not an allaboard database")

// lockTimeout bounds the wait for another process's file lock.
const lockTimeout = time.Second

// openBudget bounds the structural check at open: a file too big to read
// in it has the upper levels of every bucket checked, and the rest by
// "allaboard check".
const openBudget = time.Second

// DB is the open database.
type DB struct {
	bolt    *bbolt.DB
	path    string
	failure failure
	warning string // for the operator, found on opening (Warning)

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

// Open opens the database at path, or creates it with mode 0600 where
// there is no file. It checks an existing file first: its structure
// (within openBudget) and its format marker. A damaged file is a
// *DamageError, an empty one ErrEmpty, one of a newer version
// ErrNewerFormat; none of them is changed.
func Open(path string) (*DB, error) {
	var w *walk
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist): // bbolt makes it
	case err != nil:
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	case info.Size() == 0:
		return nil, fmt.Errorf("store: open %s: %w", path, ErrEmpty)
	default:
		if w, err = inspect(path, openBudget, nil); err != nil {
			return nil, err
		}
	}
	db, err := openBolt(path, nil)
	if err != nil {
		return nil, err
	}
	if w != nil && w.oneMeta {
		db.warning = HeaderLost
	}
	if err := db.update(db.prepare); err != nil {
		return nil, errors.Join(fmt.Errorf("store: prepare %s: %w", path, err), db.Close())
	}
	return db, nil
}

// inspect checks the file at path, opened read-only: bbolt, opening a file
// for writing, reads its freelist at once, and may panic on it or fault
// past the end of a file cut short; read-only, it reads the meta pages
// only. With the reader's lock no writer changes the file meanwhile. It
// checks the structure within budget and the format marker, then runs
// more, if given, in a read transaction.
func inspect(path string, budget time.Duration, more func(*bbolt.Tx) error) (w *walk, err error) {
	db, err := openBolt(path, &bbolt.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer func() { err = errors.Join(err, db.Close()) }()
	if w, err = db.checkStructure(budget); err != nil {
		return w, err
	}
	return w, db.view(func(tx *bbolt.Tx) error {
		if err := db.checkFormat(tx); err != nil || more == nil {
			return err
		}
		return more(tx)
	})
}

// openBolt opens the bbolt file at path, with bbolt's defaults but for
// the lock's timeout unless opts say otherwise. bbolt may panic on some
// damaged files rather than return an error, or fault reading a file cut
// short.
func openBolt(path string, opts *bbolt.Options) (db *DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, &DamageError{Path: path, What: fmt.Sprint(r)}
		}
	}()
	if opts == nil {
		opts = &bbolt.Options{}
	}
	opts.Timeout = lockTimeout
	b, err := bbolt.Open(path, 0o600, opts)
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("store: open %s: %w", path, ErrInUse)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrVersionMismatch):
		return nil, &DamageError{Path: path, What: fmt.Sprintf("not a bbolt database (%v)", err)}
	case err != nil && strings.HasPrefix(err.Error(), "file size too small"): // bbolt has no error value for it
		return nil, &DamageError{Path: path, What: fmt.Sprintf("it is cut short: %v bytes, less than a database's first two pages", strings.TrimPrefix(err.Error(), "file size too small "))}
	case err != nil:
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &DB{bolt: b, path: path, failure: failure{done: make(chan struct{})}}, nil
}

// checkStructure checks the file's layout within budget (0: no limit).
func (db *DB) checkStructure(budget time.Duration) (*walk, error) {
	f, err := os.Open(db.path)
	if err != nil {
		return nil, fmt.Errorf("store: check %s: %w", db.path, err)
	}
	defer f.Close()
	w, err := checkStructure(f, db.bolt.Info().PageSize, budget)
	if err != nil {
		return w, db.damaged(err.Error())
	}
	return w, nil
}

// prepare makes a database of a new file, or brings one up to date.
func (db *DB) prepare(tx *bbolt.Tx) error {
	if err := db.checkFormat(tx); err != nil {
		return err
	}
	if err := createBuckets(tx); err != nil {
		return err
	}
	return markFormat(tx)
}

// Close closes the database file. After damage it leaves it be: bbolt
// may hold its writer lock for good, and Close would wait for it.
func (db *DB) Close() error {
	if db.Damage() != nil {
		return nil
	}
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
	err := db.update(func(btx *bbolt.Tx) error {
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
	return db.view(func(btx *bbolt.Tx) error { return fn(newTx(btx)) })
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
