package allaboard

import "time"

// Member is someone the bot knows to be in a group.
type Member struct {
	Group int64     `json:"group"`
	User  int64     `json:"user"`
	Since time.Time `json:"since"`
	Left  bool      `json:"left,omitempty"`
}
