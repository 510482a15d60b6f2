package store

import (
	"allaboard"

	"go.etcd.io/bbolt"
)

// userTx keeps the users the bot has seen.
type userTx struct{ btx *bbolt.Tx }

var _ allaboard.UserTx = (*userTx)(nil)

func (t *userTx) User(id int64) (allaboard.User, error) {
	var u allaboard.User
	return u, getByID(t.btx, bucketUsers, id, &u)
}

func (t *userTx) SaveUser(u allaboard.User) error {
	return putByID(t.btx, bucketUsers, u.ID, u)
}
