package app

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"allaboard"
)

// roll is an event with everyone expected to know it: the group's present
// members and their responses.
type roll struct {
	event   allaboard.Event
	members []allaboard.Member
	resp    map[int64]allaboard.Response
	users   map[int64]allaboard.User
}

func loadRoll(tx allaboard.Tx, e allaboard.Event) (roll, error) {
	r := roll{event: e, resp: map[int64]allaboard.Response{}, users: map[int64]allaboard.User{}}
	members, err := tx.Members(e.Group)
	if err != nil {
		return r, err
	}
	for _, m := range members {
		if m.Left {
			continue
		}
		r.members = append(r.members, m)
		u, err := tx.User(m.User)
		if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
			return r, err
		}
		u.ID = m.User
		r.users[m.User] = u
	}
	responses, err := tx.Responses(e.Group, e.Num)
	if err != nil {
		return r, err
	}
	for _, resp := range responses {
		r.resp[resp.User] = resp
	}
	sort.Slice(r.members, func(i, j int) bool {
		return strings.ToLower(r.users[r.members[i].User].Name()) < strings.ToLower(r.users[r.members[j].User].Name())
	})
	return r, nil
}

// tally counts the present members' confirmations and answers.
func (r roll) tally() tally {
	var t tally
	for _, m := range r.members {
		resp := r.resp[m.User]
		t.members++
		if resp.Confirmed(r.event) {
			t.confirmed++
		}
		switch resp.RSVP {
		case allaboard.Going:
			t.going++
		case allaboard.Maybe:
			t.maybe++
		case allaboard.CantGo:
			t.cantGo++
		}
	}
	return t
}

// name is how a member is shown to hosts.
func (r roll) name(id int64) string {
	if n := r.users[id].Name(); n != "" {
		return n
	}
	return fmt.Sprintf("user %d", id)
}

// userName loads a user's display name.
func userName(tx allaboard.Tx, id int64) (string, error) {
	u, err := tx.User(id)
	if errors.Is(err, allaboard.ErrNotFound) {
		return fmt.Sprintf("user %d", id), nil
	} else if err != nil {
		return "", err
	}
	return u.Name(), nil
}

// lookupUser loads a user, or a bare record for one never seen.
func lookupUser(tx allaboard.Tx, id int64) (allaboard.User, error) {
	u, err := tx.User(id)
	if err != nil && !errors.Is(err, allaboard.ErrNotFound) {
		return u, err
	}
	u.ID = id
	return u, nil
}

// lookupResponse loads a response, or a fresh one.
func lookupResponse(tx allaboard.Tx, group int64, num int, user int64) (allaboard.Response, error) {
	r, err := tx.Response(group, num, user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return allaboard.Response{Group: group, Event: num, User: user}, nil
	}
	return r, err
}
