package app

import (
	"allaboard"
	"allaboard/bot/render"
)

// userName loads a user's display name.
func userName(tx allaboard.Tx, id int64) (string, error) {
	u, err := allaboard.LookupUser(tx, id)
	return render.Name(u), err
}
