package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// tx implements allaboard.Tx on one bbolt transaction.
type tx struct {
	btx      *bbolt.Tx
	enqueued bool // put messages in the outbox
	rewrote  bool // changed or took out messages already there
}

var _ allaboard.Tx = (*tx)(nil)

func (t *tx) Enqueue(m allaboard.Outgoing) error {
	b := t.btx.Bucket(bucketOutbox)
	seq, err := b.NextSequence()
	if err != nil {
		return fmt.Errorf("store: enqueue: %w", err)
	}
	m.ID = seq
	if err := putRecord(b, itob(int64(seq)), m); err != nil {
		return fmt.Errorf("store: enqueue to %d: %w", m.ChatID, err)
	}
	t.enqueued = true
	return nil
}

func (t *tx) Chat(id int64) (allaboard.Chat, error) {
	var c allaboard.Chat
	return c, t.get(bucketChats, id, &c)
}

func (t *tx) SaveChat(c allaboard.Chat) error {
	return t.put(bucketChats, c.ID, c)
}

func (t *tx) Chats() ([]allaboard.Chat, error) {
	var out []allaboard.Chat
	if err := eachRecord(t.btx.Bucket(bucketChats), nil, func(c allaboard.Chat) { out = append(out, c) }); err != nil {
		return nil, fmt.Errorf("store: list chats: %w", err)
	}
	return out, nil
}

func (t *tx) User(id int64) (allaboard.User, error) {
	var u allaboard.User
	return u, t.get(bucketUsers, id, &u)
}

func (t *tx) SaveUser(u allaboard.User) error {
	return t.put(bucketUsers, u.ID, u)
}

func (t *tx) get(bucket []byte, id int64, v any) error {
	ok, err := getRecord(t.btx.Bucket(bucket), itob(id), v)
	if err != nil {
		return fmt.Errorf("store: read %s %d: %w", bucket, id, err)
	}
	if !ok {
		return fmt.Errorf("store: %s %d: %w", bucket, id, allaboard.ErrNotFound)
	}
	return nil
}

func (t *tx) put(bucket []byte, id int64, v any) error {
	if err := putRecord(t.btx.Bucket(bucket), itob(id), v); err != nil {
		return fmt.Errorf("store: save %s %d: %w", bucket, id, err)
	}
	return nil
}
