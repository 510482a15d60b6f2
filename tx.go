package allaboard

// Tx is one atomic unit of work on the stored state: everything done through
// it, including the messages it enqueues, is committed together or not at all.
type Tx interface {
	// Enqueue puts a message in the outbox; it is sent after the commit.
	Enqueue(m Outgoing) error

	// Chat returns the stored group, or ErrNotFound.
	Chat(id int64) (Chat, error)
	// SaveChat stores the group.
	SaveChat(c Chat) error

	// User returns the stored user, or ErrNotFound.
	User(id int64) (User, error)
	// SaveUser stores the user.
	SaveUser(u User) error
}
