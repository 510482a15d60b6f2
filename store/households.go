package store

import (
	"fmt"
	"slices"

	"allaboard"

	"go.etcd.io/bbolt"
)

// householdTx keeps households and the invitations to them. A household is
// kept whole under each of its members' keys (group | user), so that a
// member's family is one read; households are a few members each.
type householdTx struct{ btx *bbolt.Tx }

var _ allaboard.HouseholdTx = (*householdTx)(nil)

func (t *householdTx) Household(group, user int64) (allaboard.Household, error) {
	var h allaboard.Household
	ok, err := getRecord(t.btx.Bucket(bucketHouseholds), key(group, user), &h)
	switch {
	case err != nil:
		return h, fmt.Errorf("store: read household of %d in %d: %w", user, group, err)
	case !ok:
		return h, fmt.Errorf("store: household of %d in %d: %w", user, group, allaboard.ErrNotFound)
	}
	return h, nil
}

func (t *householdTx) Households(group int64) ([]allaboard.Household, error) {
	var out []allaboard.Household
	err := eachRecord(t.btx.Bucket(bucketHouseholds), key(group), func(h allaboard.Household) {
		// Once, under its first member.
		if len(h.Members) > 0 && !slices.ContainsFunc(out, func(o allaboard.Household) bool { return slices.Contains(o.Members, h.Members[0]) }) {
			out = append(out, h)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("store: list households of %d: %w", group, err)
	}
	return out, nil
}

func (t *householdTx) SaveHousehold(h allaboard.Household) error {
	b := t.btx.Bucket(bucketHouseholds)
	for _, id := range h.Members {
		if err := putRecord(b, key(h.Group, id), h); err != nil {
			return fmt.Errorf("store: save household of %d in %d: %w", id, h.Group, err)
		}
	}
	return nil
}

func (t *householdTx) LeaveHousehold(group, user int64) error {
	if err := leaveHousehold(t.btx.Bucket(bucketHouseholds), group, user); err != nil {
		return fmt.Errorf("store: leave household of %d in %d: %w", user, group, err)
	}
	return nil
}

func leaveHousehold(b *bbolt.Bucket, group, user int64) error {
	var h allaboard.Household
	if ok, err := getRecord(b, key(group, user), &h); err != nil || !ok {
		return err
	}
	rest := allaboard.Household{Group: group, Members: h.Others(user)}
	drop := []int64{user}
	if len(rest.Members) < 2 {
		drop, rest.Members = h.Members, nil
	}
	for _, id := range drop {
		if err := b.Delete(key(group, id)); err != nil {
			return err
		}
	}
	for _, id := range rest.Members {
		if err := putRecord(b, key(group, id), rest); err != nil {
			return err
		}
	}
	return nil
}

func (t *householdTx) FamilyAsk(group, to, from int64) (allaboard.FamilyAsk, error) {
	var a allaboard.FamilyAsk
	ok, err := getRecord(t.btx.Bucket(bucketFamilyAsks), key(group, to, from), &a)
	switch {
	case err != nil:
		return a, fmt.Errorf("store: read invitation of %d by %d in %d: %w", to, from, group, err)
	case !ok:
		return a, fmt.Errorf("store: invitation of %d by %d in %d: %w", to, from, group, allaboard.ErrNotFound)
	}
	return a, nil
}

func (t *householdTx) SaveFamilyAsk(a allaboard.FamilyAsk) error {
	if err := putRecord(t.btx.Bucket(bucketFamilyAsks), key(a.Group, a.To, a.From), a); err != nil {
		return fmt.Errorf("store: save invitation of %d by %d in %d: %w", a.To, a.From, a.Group, err)
	}
	return nil
}

func (t *householdTx) DeleteFamilyAsk(group, to, from int64) error {
	if err := t.btx.Bucket(bucketFamilyAsks).Delete(key(group, to, from)); err != nil {
		return fmt.Errorf("store: delete invitation of %d by %d in %d: %w", to, from, group, err)
	}
	return nil
}

// forgetFamilies takes a forgotten user out of their households and
// invitations in groups (the ids of the groups that name them).
func (t *householdTx) forgetFamilies(user int64, groups []int64) error {
	b, asks := t.btx.Bucket(bucketHouseholds), t.btx.Bucket(bucketFamilyAsks)
	for _, g := range groups {
		if err := leaveHousehold(b, g, user); err != nil {
			return err
		}
		keys, err := keysWithPrefix(asks, itob(g))
		if err != nil {
			return err
		}
		keys = slices.DeleteFunc(keys, func(k []byte) bool { return len(k) != 24 || btoi(k[8:16]) != user && btoi(k[16:]) != user })
		if err := deleteKeys(asks, keys); err != nil {
			return err
		}
	}
	return nil
}

// moveFamilies moves a group's households and invitations to the
// supergroup it became.
func (t *householdTx) moveFamilies(from, to int64) error {
	fix := func(h *allaboard.Household) error { h.Group = to; return nil }
	if err := moveKeyed(t.btx.Bucket(bucketHouseholds), from, to, nil, fix); err != nil {
		return err
	}
	return moveKeyed(t.btx.Bucket(bucketFamilyAsks), from, to, nil, func(a *allaboard.FamilyAsk) error { a.Group = to; return nil })
}

// deleteFamilies deletes a group's households and invitations.
func (t *householdTx) deleteFamilies(group int64) error {
	for _, name := range [][]byte{bucketHouseholds, bucketFamilyAsks} {
		if err := deletePrefix(t.btx.Bucket(name), itob(group)); err != nil {
			return err
		}
	}
	return nil
}
