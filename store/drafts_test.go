package store_test

import (
	"errors"
	"testing"
	"time"

	"allaboard"
)

func TestDraftsRoundTripAndDelete(t *testing.T) {
	db := open(t)
	start := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	want := allaboard.Draft{User: 7, Started: start, Step: allaboard.StepWhere, Group: -100, Title: "Picnic",
		When: allaboard.Span{Start: start.Add(48 * time.Hour)}, Choices: []allaboard.Span{{Start: start}}}
	update(t, db, func(tx allaboard.Tx) error {
		if _, err := tx.Draft(7); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("no draft yet: err = %v, want ErrNotFound", err)
		}
		return tx.SaveDraft(want)
	})
	update(t, db, func(tx allaboard.Tx) error {
		got, err := tx.Draft(7)
		if err != nil {
			return err
		}
		if got.Title != want.Title || got.Step != want.Step || !got.When.Start.Equal(want.When.Start) || len(got.Choices) != 1 || !got.Started.Equal(start) {
			t.Errorf("draft = %+v, want %+v", got, want)
		}
		return tx.DeleteDraft(7)
	})
	update(t, db, func(tx allaboard.Tx) error {
		if _, err := tx.Draft(7); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("deleted draft: err = %v, want ErrNotFound", err)
		}
		return tx.DeleteDraft(7) // deleting none is fine
	})
}

func TestDeleteUserDeletesTheirDraft(t *testing.T) {
	db := open(t)
	update(t, db, func(tx allaboard.Tx) error {
		if err := tx.SaveDraft(allaboard.Draft{User: 7, Step: allaboard.StepTitle}); err != nil {
			return err
		}
		return tx.DeleteUser(7)
	})
	update(t, db, func(tx allaboard.Tx) error {
		if _, err := tx.Draft(7); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("after forgetting the user: err = %v, want ErrNotFound", err)
		}
		return nil
	})
}
