package allaboard

import "time"

// ChatKind tells a private chat from a group.
type ChatKind string

// Kinds of chats the bot takes part in.
const (
	Private    ChatKind = "private"
	Group      ChatKind = "group"
	Supergroup ChatKind = "supergroup"
)

// Chat is a group the bot has been added to.
type Chat struct {
	ID      int64     `json:"id"`
	Kind    ChatKind  `json:"kind"`
	Title   string    `json:"title"`
	Joined  time.Time `json:"joined"`            // when the bot was (last) added
	Greeted bool      `json:"greeted,omitempty"` // the welcome was posted since it was added
	Removed bool      `json:"removed,omitempty"` // the bot is no longer a member
	// MovedTo is the supergroup this group became; nothing is kept under the old id.
	MovedTo int64 `json:"moved_to,omitempty"`
}

// User is a person the bot has seen.
type User struct {
	ID        int64  `json:"id"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name,omitempty"`
	Username  string `json:"username,omitempty"`
	// Started is set once the user has opened a private chat with the bot, so
	// it may message them first; Blocked once they block it.
	Started bool `json:"started,omitempty"`
	Blocked bool `json:"blocked,omitempty"`
}

// Name is how the user is shown to others.
func (u User) Name() string {
	if u.LastName != "" {
		return u.FirstName + " " + u.LastName
	}
	if u.FirstName == "" && u.Username != "" {
		return "@" + u.Username
	}
	return u.FirstName
}

// Reachable reports whether the bot may send the user a direct message.
func (u User) Reachable() bool { return u.Started && !u.Blocked }
