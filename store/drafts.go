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

func (t *tx) AskedCommand(chat, user int64) (allaboard.AskedCommand, error) {
	var q allaboard.AskedCommand
	ok, err := getRecord(t.btx.Bucket(bucketQuestions), key(chat, user), &q)
	switch {
	case err != nil:
		return q, fmt.Errorf("store: read question %d/%d: %w", chat, user, err)
	case !ok:
		return q, fmt.Errorf("store: question %d/%d: %w", chat, user, allaboard.ErrNotFound)
	}
	return q, nil
}

func (t *tx) SaveAskedCommand(q allaboard.AskedCommand) error {
	if err := putRecord(t.btx.Bucket(bucketQuestions), key(q.Chat, q.User), q); err != nil {
		return fmt.Errorf("store: save question %d/%d: %w", q.Chat, q.User, err)
	}
	return nil
}

func (t *tx) DeleteAskedCommand(chat, user int64) error {
	if err := t.btx.Bucket(bucketQuestions).Delete(key(chat, user)); err != nil {
		return fmt.Errorf("store: delete question %d/%d: %w", chat, user, err)
	}
	return nil
}
