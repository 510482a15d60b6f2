package store

import (
	"fmt"
	"os"
	"strings"

	"go.etcd.io/bbolt"
)

// Check reads the whole database at path without changing it: its
// structure, its format marker, then bbolt's own consistency check of
// every page and key. The bot must be stopped (ErrInUse otherwise). It
// returns how many pages of buckets it read, and a warning if any; damage
// is a *DamageError.
func Check(path string) (Checked, error) {
	info, err := os.Stat(path)
	if err != nil {
		return Checked{}, fmt.Errorf("store: check: %w", err)
	}
	if info.Size() == 0 {
		return Checked{}, fmt.Errorf("store: check %s: %w", path, ErrEmpty)
	}
	w, err := inspect(path, 0, func(tx *bbolt.Tx) error {
		var problems []string
		for err := range tx.Check() {
			problems = append(problems, err.Error())
		}
		switch {
		case len(problems) > 3:
			return &DamageError{Path: path, What: fmt.Sprintf("%s and %d more problems", strings.Join(problems[:3], "; "), len(problems)-3)}
		case len(problems) > 0:
			return &DamageError{Path: path, What: strings.Join(problems, "; ")}
		}
		return nil
	})
	if err != nil {
		return Checked{}, err
	}
	c := Checked{Pages: w.pages}
	if w.oneMeta {
		c.Warning = HeaderLost
	}
	return c, nil
}

// Checked is what Check found in a sound file: how many pages of records it
// read, and what an operator should still hear ("" if nothing).
type Checked struct {
	Pages   int
	Warning string
}
