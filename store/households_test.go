package store_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"allaboard"
)

// A household is read from any of its members; one member leaving leaves the
// rest linked, and the last two parting leave no household at all.
func TestHouseholdsLinkAndLeave(t *testing.T) {
	db := open(t)
	const g = int64(-100)
	err := db.Update(func(tx allaboard.Tx) error {
		if err := tx.SaveHousehold(allaboard.Household{Group: g, Members: []int64{1, 2, 3}}); err != nil {
			return err
		}
		if err := tx.SaveHousehold(allaboard.Household{Group: g, Members: []int64{4, 5}}); err != nil {
			return err
		}
		if hs, err := tx.Households(g); err != nil || len(hs) != 2 {
			t.Errorf("Households = %+v, %v; want the two", hs, err)
		}
		if err := tx.LeaveHousehold(g, 2); err != nil {
			return err
		}
		if h, err := tx.Household(g, 3); err != nil || !slices.Equal(h.Members, []int64{1, 3}) {
			t.Errorf("after 2 left, 3's household is %+v, %v; want 1 and 3", h, err)
		}
		if err := tx.LeaveHousehold(g, 4); err != nil {
			return err
		}
		for _, u := range []int64{2, 4, 5} {
			if h, err := tx.Household(g, u); !errors.Is(err, allaboard.ErrNotFound) {
				t.Errorf("%d's household is %+v, %v; want none", u, h, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Moving a group to a supergroup carries its households and invitations;
// deleting a group or forgetting a member takes theirs with them.
func TestHouseholdsMoveAndForget(t *testing.T) {
	db := open(t)
	const old, sg = int64(-100), int64(-1001234567890)
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	err := db.Update(func(tx allaboard.Tx) error {
		if err := tx.SaveChat(allaboard.Chat{ID: old, Kind: allaboard.Group, Title: "Class 2B"}); err != nil {
			return err
		}
		for _, u := range []int64{1, 2, 3} {
			if err := tx.SaveMember(allaboard.Member{Group: old, User: u, Since: at}); err != nil {
				return err
			}
		}
		if err := tx.SaveHousehold(allaboard.Household{Group: old, Members: []int64{1, 2}}); err != nil {
			return err
		}
		if err := tx.SaveFamilyAsk(allaboard.FamilyAsk{Group: old, From: 3, To: 1, At: at}); err != nil {
			return err
		}
		return tx.MoveGroup(old, sg)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx allaboard.Tx) error {
		if h, err := tx.Household(sg, 2); err != nil || h.Group != sg || !slices.Equal(h.Members, []int64{1, 2}) {
			t.Errorf("after the move, 2's household is %+v, %v", h, err)
		}
		if _, err := tx.Household(old, 2); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("after the move, the old group still has a household: %v", err)
		}
		if a, err := tx.FamilyAsk(sg, 1, 3); err != nil || a.Group != sg {
			t.Errorf("after the move, the invitation is %+v, %v", a, err)
		}
		if err := tx.DeleteUser(1); err != nil {
			return err
		}
		if h, err := tx.Household(sg, 2); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("1 was forgotten, and 2 is still in household %+v, %v", h, err)
		}
		if _, err := tx.FamilyAsk(sg, 1, 3); !errors.Is(err, allaboard.ErrNotFound) {
			t.Errorf("1 was forgotten, and the invitation to them stays: %v", err)
		}
		if err := tx.SaveHousehold(allaboard.Household{Group: sg, Members: []int64{2, 3}}); err != nil {
			return err
		}
		if err := tx.DeleteGroup(sg); err != nil {
			return err
		}
		if hs, err := tx.Households(sg); err != nil || len(hs) != 0 {
			t.Errorf("the group was deleted, and its households are %+v, %v", hs, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
