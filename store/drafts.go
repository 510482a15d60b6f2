package store

import (
	"fmt"

	"allaboard"
)

func (t *tx) Draft(user int64) (allaboard.Draft, error) {
	var d allaboard.Draft
	return d, t.get(bucketDrafts, user, &d)
}

func (t *tx) SaveDraft(d allaboard.Draft) error {
	return t.put(bucketDrafts, d.User, d)
}

func (t *tx) DeleteDraft(user int64) error {
	if err := t.btx.Bucket(bucketDrafts).Delete(itob(user)); err != nil {
		return fmt.Errorf("store: delete draft %d: %w", user, err)
	}
	return nil
}
