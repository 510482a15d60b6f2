package app

import (
	"time"

	"allaboard"
)

// Turn is what a use case sees while it runs: the transaction its effects are
// written in, the time, whether the people involved are admins, and the
// answers to button presses to make after the commit.
type Turn struct {
	tx      allaboard.Tx
	now     time.Time
	isAdmin func(chat, user int64) bool
	answers []Answer
	// Who acted, and where: messages to them there are replies, sent before
	// the news and reminders waiting for others. Zero for the scheduler.
	chat, user int64
	group      int64 // whose business the turn is: the sender's fair share
	// scope is what a date of a series' host chose a change to be for:
	// scopeOne or scopeAll; "" until asked (see Series.askScope).
	scope string
	// hushed: everything this turn queues goes without a sound (what the
	// bot does by itself in a group's quiet hours).
	hushed bool
}

// turn is the short name the use cases use.
type turn = Turn

// Answer is the reply to one button press, shown as a short notice, or as
// an alert the user must dismiss: a notice the writer words for the one who
// pressed (To), after the commit; nil for an answer with nothing to say.
type Answer struct {
	PressID   string
	Notice    *allaboard.Notice
	To        int64
	Text      string // the words, once the writer wrote them
	ShowAlert bool
}

// NewTurn starts a turn in tx at now; isAdmin says whether a user is an admin
// of a group, as Telegram said before the transaction (nil: nobody is).
func NewTurn(tx allaboard.Tx, now time.Time, isAdmin func(chat, user int64) bool) *Turn {
	return &Turn{tx: tx, now: now, isAdmin: isAdmin}
}

// By notes the person whose update this turn applies, and the chat they
// acted in.
func (t *Turn) By(chat, user int64) {
	t.chat, t.user = chat, user
	if chat < 0 {
		t.group = chat
	}
}

// Answers are the replies to button presses decided in this turn.
func (t *Turn) Answers() []Answer { return t.answers }

// admin reports whether user is an admin of chat.
func (t *Turn) admin(chat, user int64) bool { return t.isAdmin != nil && t.isAdmin(chat, user) }

// Tell queues a notice for a chat; it goes out after the commit, written
// when it is sent. The command table tells how a command is used with it,
// when its arguments can't be read.
func (t *Turn) Tell(chatID int64, n *allaboard.Notice) error {
	return t.enqueue(allaboard.Outgoing{ChatID: chatID, Notice: n})
}

// enqueue puts a prepared message in the outbox, classed for the sender:
// news, unless it goes back to the person who acted (a reply) or its maker
// said otherwise.
func (t *Turn) enqueue(m allaboard.Outgoing) error {
	m.Created = t.now
	m.Silent = m.Silent || t.hushed
	if m.Class == allaboard.ClassNews && m.ChatID != 0 && (m.ChatID == t.chat || m.ChatID == t.user) {
		m.Class = allaboard.ClassReply
	}
	if m.For == 0 && m.ChatID != t.group {
		m.For = t.group
	}
	return t.tx.Enqueue(m) // written, and fitted to Telegram, when sent
}

// answer answers a button press with a notice (nil: with nothing to say),
// written for the one who pressed it. Telegram shows a spinner until it
// gets one, so every press is answered, exactly once.
func (t *Turn) answer(q *Press, n *allaboard.Notice) {
	t.answers = append(t.answers, Answer{PressID: q.ID, Notice: n, To: q.From.ID})
}

// alert is answer for what must not be missed: the user dismisses it.
func (t *Turn) alert(q *Press, n *allaboard.Notice) {
	t.answers = append(t.answers, Answer{PressID: q.ID, Notice: n, To: q.From.ID, ShowAlert: true})
}
