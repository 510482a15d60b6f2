package allaboard

import "time"

// RSVP is whether a member is coming. It is separate from acknowledging.
type RSVP string

// The answers a member can give.
const (
	NoAnswer RSVP = ""
	Going    RSVP = "going"
	Maybe    RSVP = "maybe"
	CantGo   RSVP = "no"
)

// Via is how a reminder reached a member.
type Via string

// Ways to reach a member.
const (
	ViaDM    Via = "dm"
	ViaGroup Via = "group"
)

// Response is one member's standing on one event: what they confirmed, what
// they answered, and how the chase for the latest version is going.
type Response struct {
	Group int64 `json:"group"`
	Event int   `json:"event"`
	User  int64 `json:"user"`

	Acked   int       `json:"acked,omitempty"` // the revision last confirmed; 0 for none
	AckedAt time.Time `json:"acked_at,omitzero"`
	RSVP    RSVP      `json:"rsvp,omitempty"`

	// Chase state for the current material revision.
	From        time.Time `json:"from,omitzero"` // when this chase began: its schedule counts from here
	Pings       int       `json:"pings,omitempty"`
	LastPing    time.Time `json:"last_ping,omitzero"`
	LastVia     Via       `json:"last_via,omitempty"`
	Due         time.Time `json:"due,omitzero"` // next reminder; zero when none
	HandedOff   bool      `json:"handed_off,omitempty"`
	Unreachable bool      `json:"unreachable,omitempty"` // no message could be delivered
	Late        bool      `json:"late,omitempty"`        // became known after the announcement
	// Mention is the group message that last mentioned the member about the
	// event, while it stands: it is deleted once nobody it names needs it.
	Mention int `json:"mention,omitempty"`
}

// Confirmed reports whether the member knows the event's latest material version.
func (r Response) Confirmed(e Event) bool { return r.Acked >= e.Material }

// Ack records that the member confirmed revision rev. It stops the chase.
func (r *Response) Ack(rev int, now time.Time) {
	if rev > r.Acked {
		r.Acked, r.AckedAt = rev, now
	}
	r.Due = time.Time{}
}

// Restart begins a new chase at from (a material revision, or the moment a
// member became known), first due at first.
func (r *Response) Restart(from, first time.Time) {
	r.From, r.Pings, r.LastPing, r.LastVia = from, 0, time.Time{}, ""
	r.HandedOff, r.Unreachable = false, false
	r.Due = first
}

// Pinged records a reminder sent now and clears Due: Policy.Next says when
// the next one is due. It reports whether this is the reminder with which the
// host must be told to call the member personally.
func (r *Response) Pinged(now time.Time, via Via, handOff int) bool {
	r.Pings++
	r.LastPing, r.LastVia, r.Due = now, via, time.Time{}
	if r.HandedOff || handOff <= 0 || r.Pings < handOff {
		return false
	}
	r.HandedOff = true
	return true
}
