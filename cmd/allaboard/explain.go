package main

import (
	"errors"
	"fmt"

	"allaboard/store"
)

// explain says what an operator needs to know of err: what is wrong with
// the database at path and what to do next; any other error as it is.
func explain(err error, path string) string {
	var damage *store.DamageError
	switch {
	case errors.As(err, &damage):
		return fmt.Sprintf("the database %s is damaged: %s — restore a backup (allaboard backup) or move it away", damage.Path, damage.What)
	case errors.Is(err, store.ErrEmpty):
		return fmt.Sprintf("%s is empty: not an All Aboard database — move it away or restore a backup", path)
	case errors.Is(err, store.ErrNewerFormat):
		return fmt.Sprintf("%s was written by a newer version of All Aboard — run that version, or restore a backup made with this one", path)
	}
	return err.Error()
}
