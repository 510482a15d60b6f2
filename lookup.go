package allaboard

import (
	"errors"
	"time"
)

// Lookups the use cases and the writer share: what is stored, read the way
// both must agree on.

// LookupUser loads a user, or a bare record for one never seen.
func LookupUser(tx Tx, id int64) (User, error) {
	u, err := tx.User(id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return u, err
	}
	u.ID = id
	return u, nil
}

// LookupResponse loads a member's response to an event, or a fresh one.
func LookupResponse(tx Tx, group int64, num int, user int64) (Response, error) {
	r, err := tx.Response(group, num, user)
	if errors.Is(err, ErrNotFound) {
		return Response{Group: group, Event: num, User: user}, nil
	}
	return r, err
}

// CurrentGroup is the group id now used for a group: the supergroup it
// became, if it did.
func CurrentGroup(tx Tx, id int64) (int64, error) {
	c, err := tx.Chat(id)
	if errors.Is(err, ErrNotFound) || err == nil && c.MovedTo == 0 {
		return id, nil
	}
	return c.MovedTo, err
}

// InGroup reports whether user is a member of group who hasn't left.
func InGroup(tx Tx, group, user int64) (bool, error) {
	m, err := tx.Member(group, user)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil && !m.Left, err
}

// BotRemoved reports whether the bot is no longer in a group: nobody is
// chased there until it is added back.
func BotRemoved(tx Tx, group int64) (bool, error) {
	c, err := tx.Chat(group)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return false, err
	}
	return c.Removed, nil
}

// ChaseOver reports whether r's member is no longer asked to confirm e: they
// have, it has started, they aren't invited, or they left its group.
func ChaseOver(tx Tx, e Event, r Response, now time.Time) (bool, error) {
	if r.Confirmed(e) || e.Started(now) || !e.Invited(r.User) {
		return true, nil
	}
	in, err := InGroup(tx, e.Group, r.User)
	return !in, err
}

// PresentMembers are the users the bot knows to be in a group now: its
// members who haven't left.
func PresentMembers(tx Tx, group int64) ([]int64, error) {
	members, err := tx.Members(group)
	var out []int64
	for _, m := range members {
		if !m.Left {
			out = append(out, m.User)
		}
	}
	return out, err
}
