package allaboard

import (
	"slices"
	"time"
)

// Household is members of one group who count as one family: a confirmation
// by any of them of an event's latest material version counts for all.
type Household struct {
	Group   int64   `json:"group"`
	Members []int64 `json:"members"`
}

// MaxHousehold is the most members a household has: two parents, and a
// grandparent or a step-parent; more is a group of its own.
const MaxHousehold = 4

// Others are the members of h other than user.
func (h Household) Others(user int64) []int64 {
	return slices.DeleteFunc(slices.Clone(h.Members), func(id int64) bool { return id == user })
}

// FamilyAsk is a member's invitation to another to be one household. Only
// the invited member's yes links them: it is kept until then, and a press
// that finds no invitation for its sender does nothing.
type FamilyAsk struct {
	Group int64     `json:"group"`
	From  int64     `json:"from"`
	To    int64     `json:"to"`
	At    time.Time `json:"at"`
}

// familyAskFor is how long an invitation stands: a yes weeks later may
// not mean what it meant.
const familyAskFor = 7 * 24 * time.Hour

// Expired reports whether the invitation no longer stands at now.
func (a FamilyAsk) Expired(now time.Time) bool { return now.Sub(a.At) > familyAskFor }

// HouseholdTx is the part of a transaction that keeps households and the
// invitations to them.
type HouseholdTx interface {
	// Household returns the household user belongs to in group, or ErrNotFound.
	Household(group, user int64) (Household, error)
	// Households returns a group's households.
	Households(group int64) ([]Household, error)
	// SaveHousehold stores a household under each of its members.
	SaveHousehold(h Household) error
	// LeaveHousehold takes user out of their household in group, if any; a
	// member left alone is no household either.
	LeaveHousehold(group, user int64) error
	// FamilyAsk returns the invitation from from to to in group, or ErrNotFound.
	FamilyAsk(group, to, from int64) (FamilyAsk, error)
	// SaveFamilyAsk stores an invitation in place of the same one.
	SaveFamilyAsk(a FamilyAsk) error
	// DeleteFamilyAsk deletes an invitation, if it exists.
	DeleteFamilyAsk(group, to, from int64) error
}

// Covered records that rev, a material revision, was confirmed for the
// member by by, a member of their household. It counts as their
// confirmation of that revision only, and stops their chase.
func (r *Response) Covered(rev int, by int64) {
	if rev > r.Family {
		r.Family, r.FamilyBy = rev, by
	}
	r.Due = time.Time{}
}

// families counts the present members as families: the members of a
// household are one, known once all of them are (one's confirmation covers
// the others, see Covered). Zeros when the group has no households.
func (r Roll) families() (n, known int) {
	if len(r.Households) == 0 {
		return 0, 0
	}
	unit := map[int64]int64{} // member → the first member of their household
	for _, h := range r.Households {
		for _, id := range h.Members {
			unit[id] = h.Members[0]
		}
	}
	all, pending := map[int64]bool{}, map[int64]bool{}
	for _, m := range r.Members {
		u, ok := unit[m.User]
		if !ok {
			u = m.User
		}
		all[u] = true
		if !r.Resp[m.User].counted(r.Event) {
			pending[u] = true
		}
	}
	return len(all), len(all) - len(pending)
}
