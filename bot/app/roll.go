package app

import (
	"errors"

	"allaboard"
	"allaboard/bot/render"
)

// userName loads a user's display name.
func userName(tx allaboard.Tx, id int64) (string, error) {
	u, err := lookupUser(tx, id)
	return render.Name(u), err
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
