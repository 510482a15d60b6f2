package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// memberTx keeps groups' members and the index of each user's groups.
type memberTx struct{ btx *bbolt.Tx }

var _ allaboard.MemberTx = (*memberTx)(nil)

func (t *memberTx) Member(group, user int64) (allaboard.Member, error) {
	var m allaboard.Member
	ok, err := getRecord(t.btx.Bucket(bucketMembers), key(group, user), &m)
	switch {
	case err != nil:
		return m, fmt.Errorf("store: read member %d of %d: %w", user, group, err)
	case !ok:
		return m, fmt.Errorf("store: member %d of %d: %w", user, group, allaboard.ErrNotFound)
	}
	return m, nil
}

func (t *memberTx) SaveMember(m allaboard.Member) error {
	if err := putRecord(t.btx.Bucket(bucketMembers), key(m.Group, m.User), m); err != nil {
		return fmt.Errorf("store: save member %d of %d: %w", m.User, m.Group, err)
	}
	if err := t.btx.Bucket(bucketNamed).Put(key(m.User, m.Group), nil); err != nil {
		return fmt.Errorf("store: index member %d of %d: %w", m.User, m.Group, err)
	}
	idx := t.btx.Bucket(bucketMemberships)
	var err error
	if m.Left {
		err = idx.Delete(key(m.User, m.Group))
	} else {
		err = idx.Put(key(m.User, m.Group), nil)
	}
	if err != nil {
		return fmt.Errorf("store: index member %d of %d: %w", m.User, m.Group, err)
	}
	return nil
}

func (t *memberTx) Members(group int64) ([]allaboard.Member, error) {
	var out []allaboard.Member
	err := eachRecord(t.btx.Bucket(bucketMembers), key(group), func(m allaboard.Member) { out = append(out, m) })
	if err != nil {
		return nil, fmt.Errorf("store: list members of %d: %w", group, err)
	}
	return out, nil
}

func (t *memberTx) UserGroups(user int64) ([]int64, error) {
	var out []int64
	prefix := key(user)
	c := t.btx.Bucket(bucketMemberships).Cursor()
	for k, _ := c.Seek(prefix); len(k) == 16 && string(k[:8]) == string(prefix); k, _ = c.Next() {
		out = append(out, btoi(k[8:]))
	}
	return out, nil
}
