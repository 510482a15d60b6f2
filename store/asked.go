package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// askedTx keeps the commands waiting for their sender to choose a reading.
type askedTx struct{ btx *bbolt.Tx }

var _ allaboard.AskedCommandTx = (*askedTx)(nil)

func (t *askedTx) AskedCommand(chat, user int64) (allaboard.AskedCommand, error) {
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

func (t *askedTx) SaveAskedCommand(q allaboard.AskedCommand) error {
	if err := putRecord(t.btx.Bucket(bucketQuestions), key(q.Chat, q.User), q); err != nil {
		return fmt.Errorf("store: save question %d/%d: %w", q.Chat, q.User, err)
	}
	return nil
}

func (t *askedTx) DeleteAskedCommand(chat, user int64) error {
	if err := t.btx.Bucket(bucketQuestions).Delete(key(chat, user)); err != nil {
		return fmt.Errorf("store: delete question %d/%d: %w", chat, user, err)
	}
	return nil
}
