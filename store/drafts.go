package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// draftTx keeps each user's guided creation in progress.
type draftTx struct{ btx *bbolt.Tx }

var _ allaboard.DraftTx = (*draftTx)(nil)

func (t *draftTx) Draft(user int64) (allaboard.Draft, error) {
	var d allaboard.Draft
	return d, getByID(t.btx, bucketDrafts, user, &d)
}

func (t *draftTx) SaveDraft(d allaboard.Draft) error {
	return putByID(t.btx, bucketDrafts, d.User, d)
}

func (t *draftTx) DeleteDraft(user int64) error {
	if err := t.btx.Bucket(bucketDrafts).Delete(itob(user)); err != nil {
		return fmt.Errorf("store: delete draft %d: %w", user, err)
	}
	return nil
}
