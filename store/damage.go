package store

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"go.etcd.io/bbolt"
)

// ErrDamaged means the file is not a bbolt database or is corrupt; the
// error that wraps it is a *DamageError saying what is wrong.
var ErrDamaged = errors.New("damaged")

// DamageError says what is wrong with a damaged database file.
type DamageError struct {
	Path string
	What string
}

func (e *DamageError) Error() string { return fmt.Sprintf("store: %s is damaged: %s", e.Path, e.What) }

// Unwrap makes a DamageError ErrDamaged.
func (e *DamageError) Unwrap() error { return ErrDamaged }

func (db *DB) damaged(what string) error { return &DamageError{Path: db.path, What: what} }

// failure is set once a transaction met damage: bbolt panicked, and may
// have kept its writer lock, so the file is touched no more.
type failure struct {
	once sync.Once
	err  error
	done chan struct{}
}

// Failed is closed once a transaction found the file damaged. Every
// transaction after that fails at once with Damage; those that were
// already waiting for bbolt's writer lock may wait forever, so the
// program must end.
func (db *DB) Failed() <-chan struct{} { return db.failure.done }

// Damage is the *DamageError that closed Failed, or nil.
func (db *DB) Damage() error {
	select {
	case <-db.failure.done:
		return db.failure.err
	default:
		return nil
	}
}

func (db *DB) fail(what string) error {
	db.failure.once.Do(func() {
		db.failure.err = db.damaged(what)
		close(db.failure.done)
	})
	return db.failure.err
}

// update runs fn in one bbolt read-write transaction; view in a read-only
// one. A panic raised inside bbolt (reading a damaged page, or committing
// onto one) is not the bot's to recover: it marks the database failed and
// comes back as a *DamageError. A panic of the bot's own code in fn goes
// on up as before, bbolt having rolled back.
func (db *DB) update(fn func(*bbolt.Tx) error) error {
	return db.guard(func() error { return db.bolt.Update(fn) })
}

func (db *DB) view(fn func(*bbolt.Tx) error) error {
	return db.guard(func() error { return db.bolt.View(fn) })
}

// guard runs do, which reads or writes the file through bbolt.
func (db *DB) guard(do func() error) (err error) {
	if err := db.Damage(); err != nil {
		return err
	}
	// A page past the end of a file cut short while open faults: made a
	// panic, it is named like any other damage instead of crashing.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	returned := false
	defer func() {
		if returned || !panickedInBolt() {
			return // no panic, or the bot's own, or runtime.Goexit
		}
		err = db.fail(fmt.Sprint(recover()))
	}()
	err = do()
	returned = true
	return err
}

// panickedInBolt reports, from a deferred call while a panic unwinds,
// whether the latest panic was raised inside bbolt: below the panic, a
// frame of bbolt comes before one of ours (frames of the runtime and the
// standard library in between, as bytes.Compare on a damaged key, don't
// count).
func panickedInBolt() bool {
	pcs := make([]uintptr, 100)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking = true
		case panicking && strings.HasPrefix(f.Function, "go.etcd.io/bbolt"):
			return true
		case panicking && strings.HasPrefix(f.Function, "allaboard"):
			return false
		}
		if !more {
			return false
		}
	}
}

// HeaderLost is the warning for a file with one of its two meta pages
// damaged: bbolt then goes on from the other without a word, which may be
// the one before the last write, and the next writes mend the damaged one.
const HeaderLost = "one of its two headers (meta pages) is damaged: it goes on from the other, which may lose the last write made before the damage; the next writes mend it. If something the bot did last is missing, restore a backup"

// Warning is what an operator should hear about the file opened, "" if
// nothing: see HeaderLost.
func (db *DB) Warning() string { return db.warning }
