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
	ID     uint64 `json:"id"`   // outbox sequence, set by the store
	ChatID int64  `json:"chat"` // user id for a direct message
	// Notice is what to tell, written into Text and Buttons when it is sent.
	Notice  *Notice    `json:"notice,omitempty"`
	Text    string     `json:"text,omitempty"` // Telegram HTML; user text must be escaped
	Buttons [][]Button `json:"buttons,omitempty"`
	// Ref names a message that is kept up to date in place (a status card):
	// the first delivery records its message id under (ChatID, Ref) and later
	// messages with the same Ref edit that message instead of sending anew.
	Ref    string `json:"ref,omitempty"`
	Fresh  bool   `json:"fresh,omitempty"`  // with Ref: post anew (and edit this one from now on)
	Silent bool   `json:"silent,omitempty"` // deliver without a notification sound
	Leave  bool   `json:"leave,omitempty"`  // not a message: the bot leaves the group
	// EditOnly, with Ref: edit the message under it, or send nothing if there
	// is none or it is gone (an outdated card is retired, never posted anew).
	EditOnly bool `json:"edit_only,omitempty"`
	// Op makes this entry not a message but an action on one already in the
	// chat: message MessageID, or else the one under Ref. An op on no message
	// does nothing.
	Op        Op  `json:"op,omitempty"`
	MessageID int `json:"message_id,omitempty"`
	// Late messages are written when they are sent, from the state then: a
	// reminder to someone who confirmed or left meanwhile is not sent at all.
	// Every message with a Notice is; Late marks those kept by older versions
	// (a reminder or a calendar file by its tag).
	Late bool `json:"late,omitempty"`
	// Urgent messages go before the others waiting for the same chat.
	Urgent bool `json:"urgent,omitempty"`
	// Class says how soon the message goes when more waits than Telegram
	// lets through; For is the group whose business it is (0: its own chat),
	// so that one group's fan-out does not hold up another's.
	Class   Class     `json:"class,omitempty"`
	For     int64     `json:"for,omitempty"`
	Created time.Time `json:"created"`
	// Chase names the reminder this message is, so that an undeliverable one
	// can be followed up (a mention in the group instead, or the host told).
	Chase *ChaseTag `json:"chase,omitempty"`
	// Calendar, on a Late entry, asks for an event's calendar file for the
	// chat, written when it is sent; Document is the file then.
	Calendar *CalendarTag `json:"calendar,omitempty"`
	Document *Document    `json:"document,omitempty"`
}

// Class orders what waits to be sent: replies to what a person just did,
// then news (cards of changes), then chase reminders, then digests.
type Class uint8

// The classes. The zero value is news: what entries kept by older versions are.
const (
	ClassNews   Class = iota // cards of new events and changes, and the like
	ClassReply               // the answer to what someone just did
	ClassChase               // a reminder to confirm
	ClassDigest              // the hosts' daily digest
)

// Rank is the class's place in the order: lower goes first.
func (c Class) Rank() int {
	switch c {
	case ClassReply:
		return 0
	case ClassNews:
		return 1
	case ClassChase:
		return 2
	}
	return 3
}

var classNames = [...]string{"news", "reply", "chase", "digest"}

// String names the class for logs.
func (c Class) String() string {
	if int(c) >= len(classNames) {
		return "unknown"
	}
	return classNames[c]
}

// Fair is the key the sender keeps fair shares by: the group the message is
// about, or its own chat.
func (m Outgoing) Fair() int64 {
	switch {
	case m.For != 0:
		return m.For
	case m.Chase != nil:
		return m.Chase.Group
	}
	return m.ChatID
}

// Op is an action on a message already in a chat.
type Op string

// The ops the sender carries out.
const (
	OpPin    Op = "pin" // quietly: no notification
	OpUnpin  Op = "unpin"
	OpDelete Op = "delete"
)

// Written reports whether m's words are written when it is sent.
func (m Outgoing) Written() bool { return m.Late || m.Notice != nil }

// IsMessage reports whether m sends or edits a message, rather than acting
// on one or leaving the chat.
func (m Outgoing) IsMessage() bool { return m.Op == "" && !m.Leave }

// InPlace reports whether m edits a message kept in place, which a newer
// entry may supersede: a message under a Ref, not posted anew.
func (m Outgoing) InPlace() bool { return m.Ref != "" && !m.Fresh && m.IsMessage() }

// Supersedes reports whether m, queued after older, says all that older
// would, so that older need not be sent: both are messages (ops supersede
// nothing and are never superseded) in one chat under one Ref, older edits
// in place rather than posting anew (a Fresh post is never superseded), and
// m would post if older would (an EditOnly m does not stand in for an older
// message that posts when there is nothing to edit). The store keeps one
// queued entry per message by this rule, and the sender drops by it what
// the store had already let go.
func (m Outgoing) Supersedes(older Outgoing) bool {
	return older.InPlace() && m.ChatID == older.ChatID && m.Ref == older.Ref && m.IsMessage() && (!m.EditOnly || older.EditOnly)
}

// ChaseTag links a reminder message to the members it reminds, and to the
// version of the event they are asked to confirm.
type ChaseTag struct {
	Group int64   `json:"group"`
	Event int     `json:"event"`
	Rev   int     `json:"rev,omitempty"` // the material revision; 0 in entries kept by older versions
	Users []int64 `json:"users"`
}
