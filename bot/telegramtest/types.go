package telegramtest

import (
	"net/url"
	"time"
)

// User is a Telegram account a test acts as (or the bot itself).
type User struct {
	ID                            int64
	FirstName, LastName, Username string
	IsBot                         bool // another bot, not the one under test
	// LanguageCode is the language of the user's app, sent with what they
	// do (SetLanguage changes it).
	LanguageCode string
}

// Name is how Telegram shows the user: "First Last" or "First".
func (u *User) Name() string {
	if u.LastName == "" {
		return u.FirstName
	}
	return u.FirstName + " " + u.LastName
}

// Group is a group chat. Basic groups have ids -100, -101, ...; supergroups
// made by Migrate have ids -1001000000001, -1001000000002, ...
type Group struct {
	ID    int64
	Title string
}

// Message is a message as it is now (after edits), in one chat.
type Message struct {
	ID        int
	ChatID    int64
	From      *User  // == Server.Bot() for the bot's messages
	Text      string // as sent (HTML source if parse_mode HTML)
	Plain     string // what a user sees: tags stripped, entities decoded
	ParseMode string
	Buttons   [][]Button
	Edits     int
	Date      time.Time
	Silent    bool
	Pinned    bool
	Document  *Document // shared, read-only
}

// Button is one inline keyboard button: callback Data or a URL.
type Button struct {
	Text, Data, URL string
}

// Document is a file the bot sent with sendDocument.
type Document struct {
	Name    string
	Data    []byte
	Caption string
}

// Answer is how the bot answered a button press.
type Answer struct {
	Text      string
	ShowAlert bool
}

// Request is one HTTP request the bot made.
type Request struct {
	Method string
	Params url.Values
	Time   time.Time // arrival
	Code   int       // HTTP status answered; 0 while pending or if the connection was dropped
	// Description is Telegram's description of a refusal, such as "Bad
	// Request: message is not modified: …"; empty for an answer that was ok.
	Description string
}

// BotCommand is one entry of the bot's command menu.
type BotCommand struct {
	Command, Description string
}

// Entry is one thing that happened, for transcripts (see Options.Observe).
type Entry struct {
	Time      time.Time
	Chat      int64
	ChatTitle string // the group's title, or "private chat with Anna"
	Who       string // the user's full name, or the bot's name
	// Kind is "message" (user wrote), "bot" (bot sent), "edit" (bot edited),
	// "press" (user pressed a button), "answer" (bot answered a press),
	// "join", "leave", "added", "removed", "blocked", "unblocked",
	// "migrated" or "document".
	Kind    string
	Text    string     // plain text; for a press, the button's label
	Buttons [][]string // labels, row by row
}
