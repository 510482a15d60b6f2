package app

import "time"

// What the use cases are told about, in their own terms: the adapter turns
// Telegram's updates into these at the edge, so nothing here depends on the
// Telegram library.

// User is someone who did something: wrote, pressed, joined or left.
type User struct {
	ID        int64
	FirstName string
	LastName  string
	UserName  string
	IsBot     bool
	// LanguageCode is the user's app's language as Telegram sends it (an
	// IETF tag, "pt-br"); "" when it sent none.
	LanguageCode string
}

// Chat is where something happened.
type Chat struct {
	ID    int64
	Type  string // "private", "group", "supergroup" or "channel"
	Title string
}

// IsPrivate reports whether the chat is a private chat with one user.
func (c *Chat) IsPrivate() bool { return c.Type == "private" }

// Message is a message the bot saw: a command, a post in a group, or a
// service message about members or a migration.
type Message struct {
	Chat *Chat
	From *User // nil for posts without a sender
	// Command is the command's name, lower-case, without "/" and "@bot";
	// "" when the message is no command (or one for another bot).
	Command string
	Args    string // what follows the command
	ReplyTo int    // the bot's message this one replies to; 0 if none
	// Sent is when it was written, by Telegram's clock; zero if unknown.
	Sent time.Time
	Text string // a private message that is no command: an answer to guided creation

	NewChatMembers    []User
	LeftChatMember    *User
	MigrateToChatID   int64 // the group became this supergroup
	MigrateFromChatID int64 // this supergroup was that group
}

// Press is a tap on one of the bot's buttons.
type Press struct {
	ID   string // answered with Turn.Answer
	From *User
	Data string
	Chat *Chat // where the pressed message is; nil if Telegram didn't say
	// Sent is when the pressed message was sent (or last edited); zero if
	// Telegram didn't say.
	Sent time.Time
}

// ChatMember is a member's standing in a chat.
type ChatMember struct {
	User     *User
	Status   string // "creator", "administrator", "member", "restricted", "left" or "kicked"
	IsMember bool   // for "restricted": still in the chat
}

// MemberUpdate is a change of someone's standing in a chat: the bot's own
// (added, promoted, removed, blocked in private) or a member's.
type MemberUpdate struct {
	Chat          Chat
	From          User // who made the change
	OldChatMember ChatMember
	NewChatMember ChatMember
}

// Self is the bot as Telegram knows it.
type Self struct {
	ID                      int64
	UserName                string
	CanReadAllGroupMessages bool // privacy mode is off
}
