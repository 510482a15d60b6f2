package allaboard

import "time"

// Button is one inline button under a message: it either sends Data back to
// the bot when pressed or opens URL.
type Button struct {
	Text string `json:"text"`
	Data string `json:"data,omitempty"`
	URL  string `json:"url,omitempty"`
}

// Outgoing is a message the bot has decided to send. It is written to the
// outbox in the same transaction as the decision and stays there until
// Telegram has accepted it, so a crash loses nothing.
type Outgoing struct {
	ID      uint64     `json:"id"`   // outbox sequence, set by the store
	ChatID  int64      `json:"chat"` // user id for a direct message
	Text    string     `json:"text"` // Telegram HTML; user text must be escaped
	Buttons [][]Button `json:"buttons,omitempty"`
	// Ref names a message that is kept up to date in place (a status card):
	// the first delivery records its message id under (ChatID, Ref) and later
	// messages with the same Ref edit that message instead of sending anew.
	Ref    string `json:"ref,omitempty"`
	Fresh  bool   `json:"fresh,omitempty"`  // with Ref: post anew (and edit this one from now on)
	Silent bool   `json:"silent,omitempty"` // deliver without a notification sound
	Leave  bool   `json:"leave,omitempty"`  // not a message: the bot leaves the group
	// Late messages are written when they are sent, from the state then: a
	// reminder to someone who confirmed or left meanwhile is not sent at all.
	Late bool `json:"late,omitempty"`
	// Urgent messages go before the others waiting for the same chat.
	Urgent  bool      `json:"urgent,omitempty"`
	Created time.Time `json:"created"`
	// Chase names the reminder this message is, so that an undeliverable one
	// can be followed up (a mention in the group instead, or the host told).
	Chase *ChaseTag `json:"chase,omitempty"`
}

// ChaseTag links a reminder message to the members it reminds, and to the
// version of the event they are asked to confirm.
type ChaseTag struct {
	Group int64   `json:"group"`
	Event int     `json:"event"`
	Rev   int     `json:"rev,omitempty"` // the material revision; 0 in entries kept by older versions
	Users []int64 `json:"users"`
}
