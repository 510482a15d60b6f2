package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// chatTx keeps the groups and private chats the bot is in.
type chatTx struct{ btx *bbolt.Tx }

var _ allaboard.ChatTx = (*chatTx)(nil)

func (t *chatTx) Chat(id int64) (allaboard.Chat, error) {
	var c allaboard.Chat
	return c, getByID(t.btx, bucketChats, id, &c)
}

func (t *chatTx) SaveChat(c allaboard.Chat) error {
	return putByID(t.btx, bucketChats, c.ID, c)
}

func (t *chatTx) Chats() ([]allaboard.Chat, error) {
	var out []allaboard.Chat
	if err := eachRecord(t.btx.Bucket(bucketChats), nil, func(c allaboard.Chat) { out = append(out, c) }); err != nil {
		return nil, fmt.Errorf("store: list chats: %w", err)
	}
	return out, nil
}
