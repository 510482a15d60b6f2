package allaboard

import (
	"slices"
	"time"
)

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

	RemovedAt time.Time `json:"removed_at,omitzero"` // when the bot was removed; the data goes 30 days later
	Admin     bool      `json:"admin,omitempty"`     // the bot is an admin, so it sees joins and leaves

	// Roster: Telegram gives bots a member count but no member list.
	Count       int       `json:"count,omitempty"`        // members by Telegram's count, bots included
	CountedAt   time.Time `json:"counted_at,omitzero"`    // when Count was asked
	Bots        []int64   `json:"bots,omitempty"`         // bots seen here: in Count, never members
	ToldUnknown int       `json:"told_unknown,omitempty"` // unknown members hosts were last told of
	RollCallAt  time.Time `json:"roll_call_at,omitzero"`  // when the roll-call card was last posted

	// Settings are the group's own; nil means the defaults the bot runs with.
	Settings *Settings `json:"settings,omitempty"`
	// Digests fingerprints what the last digest each host got was about, so
	// that one about the same state, with nothing pending, is not sent.
	Digests map[int64]uint64 `json:"digests,omitempty"`
	// Planned is the version of the bot's start-up check that gave the
	// group's events the timers older versions did not set: done once, so
	// that a start costs nothing per stored event.
	Planned int `json:"planned,omitempty"`
}

// People is how many people Telegram counted in the group: its count less
// this bot and the other bots, who are never members.
func (c Chat) People() int { return c.Count - 1 - len(c.Bots) }

// Unknown is how many members the bot has not seen yet, given how many it
// knows; 0 until the group was counted.
func (c Chat) Unknown(known int) int {
	if c.CountedAt.IsZero() {
		return 0
	}
	return max(0, c.People()-known)
}

// HasBot reports whether id is a bot seen in the group.
func (c Chat) HasBot(id int64) bool { return slices.Contains(c.Bots, id) }

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
	// Gone is set when Telegram says the account was deleted.
	Gone bool `json:"gone,omitempty"`
	// Language is the language the user chose to read the bot in (a code,
	// "en"), "" if none; TelegramLanguage is the language_code Telegram
	// sent with their latest update, their app's language (an IETF tag,
	// "pt-br"), the guess when they chose none.
	Language         string `json:"language,omitempty"`
	TelegramLanguage string `json:"tg_language,omitempty"`
	// Digest is when the user, as a host, gets their digests: a calendar
	// (ParseCalendar) on each group's clock, DigestOff for none, or "" for
	// each group's digest setting.
	Digest string `json:"digest,omitempty"`
}

// DigestOff is a host's own digest time when they want none.
const DigestOff = "off"

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
func (u User) Reachable() bool { return u.Started && !u.Blocked && !u.Gone }
