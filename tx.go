package allaboard

import "time"

// Tx is one atomic unit of work on the stored state: everything done through
// it, including the messages it enqueues, is committed together or not at all.
// It is made of one part for each kind of record it keeps.
type Tx interface {
	OutboxTx
	ChatTx
	UserTx
	MemberTx
	EventTx
	ResponseTx
	TimerTx
	HouseholdTx
	DraftTx
	AskedCommandTx
	PassOnTx
	GroupTx
	SeriesTx
}

// SeriesTx is the part of a transaction that keeps series (events that
// repeat); each of their dates is an event.
type SeriesTx interface {
	// Series returns a stored series, or ErrNotFound.
	Series(group int64, num int) (Series, error)
	// SaveSeries stores a series.
	SaveSeries(s Series) error
}

// OutboxTx is the part of a transaction that queues messages and knows the
// ones delivered.
type OutboxTx interface {
	// Enqueue puts a message in the outbox; it is sent after the commit.
	Enqueue(m Outgoing) error
	// RefMessage returns the id of the message last delivered under (chat,
	// ref), or 0 if there is none.
	RefMessage(chat int64, ref string) (int, error)
}

// ChatTx is the part of a transaction that keeps groups and private chats.
type ChatTx interface {
	// Chat returns the stored group, or ErrNotFound.
	Chat(id int64) (Chat, error)
	// SaveChat stores the group.
	SaveChat(c Chat) error
	// Chats returns every group kept, including pointers left by migrations.
	Chats() ([]Chat, error)
}

// UserTx is the part of a transaction that keeps users.
type UserTx interface {
	// User returns the stored user, or ErrNotFound.
	User(id int64) (User, error)
	// SaveUser stores the user.
	SaveUser(u User) error
}

// MemberTx is the part of a transaction that keeps groups' members.
type MemberTx interface {
	// Member returns a group's member, or ErrNotFound.
	Member(group, user int64) (Member, error)
	// SaveMember stores a member.
	SaveMember(m Member) error
	// Members returns a group's members, including those who left.
	Members(group int64) ([]Member, error)
	// UserGroups returns the groups where the user is a member who has not left.
	UserGroups(user int64) ([]int64, error)
}

// EventTx is the part of a transaction that keeps events and their revisions.
type EventTx interface {
	// NextEventNum reserves the next event number in a group: 1, 2, …,
	// above every event stored there even if the counter was lost.
	NextEventNum(group int64) (int, error)
	// CreateEvent stores a new event; ErrExists if its number is taken.
	CreateEvent(e Event) error
	// DeleteEvent deletes an event, its revisions and its responses (an
	// undone announcement). Its number is not given out again.
	DeleteEvent(group int64, num int) error
	// Event returns a stored event, or ErrNotFound.
	Event(group int64, num int) (Event, error)
	// SaveEvent stores an event.
	SaveEvent(e Event) error
	// Events returns a group's events by number.
	Events(group int64) ([]Event, error)
	// AddRevision stores a revision of an event.
	AddRevision(group int64, num int, r Revision) error
	// Revisions returns an event's revisions, oldest first.
	Revisions(group int64, num int) ([]Revision, error)
}

// ResponseTx is the part of a transaction that keeps members' responses to
// events and when each is due to be chased.
type ResponseTx interface {
	// Response returns one member's response to an event, or ErrNotFound.
	Response(group int64, num int, user int64) (Response, error)
	// SaveResponse stores a response and keeps the due-time index in step
	// with its Due.
	SaveResponse(r Response) error
	// Responses returns every response to an event.
	Responses(group int64, num int) ([]Response, error)
	// DueResponses returns up to limit responses due at or before now, earliest first.
	DueResponses(now time.Time, limit int) ([]Response, error)
	// NextDue returns the earliest due time, or the zero time if none.
	NextDue() (time.Time, error)
}

// TimerTx is the part of a transaction that keeps timers.
type TimerTx interface {
	// SetTimer stores a timer in place of the one of its kind, group and
	// event; a zero At deletes it.
	SetTimer(t Timer) error
	// Timer returns the timer of a kind for a group and event, or ErrNotFound.
	Timer(kind TimerKind, group int64, event int) (Timer, error)
	// DueTimers returns up to limit timers due at or before now, earliest first.
	DueTimers(now time.Time, limit int) ([]Timer, error)
	// NextTimer returns the earliest timer's time, or the zero time if none.
	NextTimer() (time.Time, error)
}

// DraftTx is the part of a transaction that keeps users' guided creations.
type DraftTx interface {
	// Draft returns a user's unfinished guided creation, or ErrNotFound.
	Draft(user int64) (Draft, error)
	// SaveDraft stores a user's guided creation in place of the last.
	SaveDraft(d Draft) error
	// DeleteDraft deletes a user's guided creation, if any.
	DeleteDraft(user int64) error
}

// AskedCommandTx is the part of a transaction that keeps the commands waiting
// for their sender to choose.
type AskedCommandTx interface {
	// AskedCommand returns the command waiting for user in chat, or ErrNotFound.
	AskedCommand(chat, user int64) (AskedCommand, error)
	// SaveAskedCommand stores a command waiting for a choice, in place of the one, if any.
	SaveAskedCommand(q AskedCommand) error
	// DeleteAskedCommand deletes the command waiting for user in chat.
	DeleteAskedCommand(chat, user int64) error
}

// PassOnTx is the part of a transaction that keeps members' messages waiting
// to be passed on to a host.
type PassOnTx interface {
	// PassOn returns user's message id, or ErrNotFound.
	PassOn(user int64, id uint64) (PassOn, error)
	// PassOns returns user's messages kept, oldest first.
	PassOns(user int64) ([]PassOn, error)
	// SavePassOn stores a message; one with ID 0 gets a new id, which it
	// returns.
	SavePassOn(p PassOn) (uint64, error)
	// DeletePassOn deletes user's message id, if kept.
	DeletePassOn(user int64, id uint64) error
}

// GroupTx is the part of a transaction that moves or deletes everything kept
// about a group, or about a user in every group.
type GroupTx interface {
	// MoveGroup moves everything kept under a group to the supergroup it
	// became, rewriting the group ids inside the records as well.
	MoveGroup(from, to int64) error
	// DeleteGroup deletes everything kept about a group.
	DeleteGroup(id int64) error
	// DeleteUser deletes everything kept about a user, except the events
	// they host, which belong to their groups.
	DeleteUser(id int64) error
}
