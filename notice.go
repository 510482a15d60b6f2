package allaboard

// Notice is what a use case decided to tell someone, as values rather than
// words: which message, what it is about, and only what must be frozen when
// it is decided, such as what someone typed. The words are written when the
// message is sent, from the state then, in the reader's language.
type Notice struct {
	Kind  string  `json:"kind"`            // which message
	Group int64   `json:"group,omitempty"` // the group it is about
	Event int     `json:"event,omitempty"` // the event's number in the group
	Rev   int     `json:"rev,omitempty"`   // the revision it is about, when it matters
	User  int64   `json:"user,omitempty"`  // the member it is about
	Users []int64 `json:"users,omitempty"` // the members it is about
	Count int     `json:"count,omitempty"` // a number frozen at decision time
	// Values are what was typed or chosen, by name: the words around them
	// are the writer's.
	Values map[string]string `json:"values,omitempty"`
}

// Value is one of n's values, or "" if it has none by that name.
func (n Notice) Value(name string) string { return n.Values[name] }
