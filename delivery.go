package allaboard

import "time"

// Outcome is what became of an outgoing message that left the outbox.
type Outcome int

// The outcomes the rest of the bot acts on. Transient failures (rate limits,
// server errors, timeouts) never leave the outbox and so have no outcome.
const (
	Delivered    Outcome = iota // Telegram accepted the message (or the edit changed nothing)
	NotStarted                  // a direct message to a user who never started the bot
	Blocked                     // the user blocked the bot
	Deactivated                 // the user's account is gone
	Removed                     // the bot is not (or no longer) a member of the group
	ChatNotFound                // Telegram does not know the chat
	Migrated                    // the group became a supergroup: see Delivery.NewChatID
	Rejected                    // Telegram refused the message itself; retrying will not help
	Dropped                     // not sent: out of date when its turn came, or merged into another
	NoRight                     // an op the bot lacks the right for (pin, delete): nothing else is affected
)

var outcomeNames = [...]string{"delivered", "not started", "blocked", "deactivated", "removed", "chat not found", "migrated", "rejected", "dropped", "no right"}

// String names the outcome for logs.
func (o Outcome) String() string {
	if o < 0 || int(o) >= len(outcomeNames) {
		return "unknown"
	}
	return outcomeNames[o]
}

// Delivery is the result of sending one Outgoing message.
type Delivery struct {
	Outcome   Outcome
	MessageID int    // the message sent or edited, when Delivered
	NewChatID int64  // the supergroup's id, when Migrated
	Detail    string // Telegram's description, for logs
}

// Completion is a message that left the outbox, and how.
type Completion struct {
	ID       uint64
	Delivery Delivery
	// Sent is when Telegram answered the request it took, which counts
	// against the sending limits; zero when it took none (dropped unsent).
	Sent time.Time
}

// Send is a request to Telegram that counted against its limits: the store
// keeps the last minute's, so that a restarted sender keeps the limits too.
type Send struct {
	Chat int64
	At   time.Time
}
