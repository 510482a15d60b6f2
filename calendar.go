package allaboard

// CalendarTag makes an outbox entry a calendar file of an event, written when
// it is sent (it is Late), so that a file queued before a later change still
// carries the event as it is then.
type CalendarTag struct {
	Group int64 `json:"group"`
	Event int   `json:"event"`
	// Update is set for a file sent by itself after a change, rather than
	// because the member asked for it.
	Update bool `json:"update,omitempty"`
}

// Document is a file sent as a message; the Outgoing's Text is its caption.
type Document struct {
	Name string `json:"name"`
	Data []byte `json:"data"`
}
