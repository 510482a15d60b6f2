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
	// RSVPRev is the material revision RSVP answers; 0 in records kept by
	// older versions, whose answer went with the revision then confirmed.
	RSVPRev int `json:"rsvp_rev,omitempty"`

	// Chase state for the current material revision.
	From        time.Time `json:"from,omitzero"` // when this chase began: its schedule counts from here
	Pings       int       `json:"pings,omitempty"`
	LastPing    time.Time `json:"last_ping,omitzero"`
	LastVia     Via       `json:"last_via,omitempty"`
	Due         time.Time `json:"due,omitzero"` // next reminder; zero when none
	HandedOff   bool      `json:"handed_off,omitempty"`
	HandOffAt   time.Time `json:"hand_off_at,omitzero"`  // when the host is to be told; zero: never
	ToldBy      int64     `json:"told_by,omitempty"`     // the host (or admin) who said they told the member
	Unreachable bool      `json:"unreachable,omitempty"` // no message could be delivered
	Late        bool      `json:"late,omitempty"`        // became known after the announcement
	// Mention is the group message that last mentioned the member about the
	// event, while it stands: it is deleted once nobody it names needs it.
	Mention int `json:"mention,omitempty"`
	// Queued is when the reminder now waiting to be sent was queued; zero
	// when none waits. A member has one reminder waiting at most.
	Queued time.Time `json:"queued,omitzero"`
	// Calendar is the revision of the event whose calendar file the member
	// was last sent; 0 if they never asked for one. Those who did get a new
	// file after each material change.
	Calendar int `json:"calendar,omitempty"`
	// Family is the material revision a member of the same household
	// confirmed for this one, and FamilyBy who (see Covered): it counts for
	// that revision only, so a later change asks them again.
	Family   int   `json:"family,omitempty"`
	FamilyBy int64 `json:"family_by,omitempty"`
	// Named is how often the member was named in the group in this chase
	// (MayName).
	Named int `json:"named,omitempty"`
	// Done is the task of a to-do (Event.Task) the member did, at DoneAt;
	// DoneBy is the member of their household who did it for them, 0 if
	// they did (see todo.go).
	Done   int       `json:"done,omitempty"`
	DoneAt time.Time `json:"done_at,omitzero"`
	DoneBy int64     `json:"done_by,omitempty"`
}

// queuedFor is how long a waiting reminder holds back the next: long enough
// for any backlog, short enough that one lost on the way stops nothing.
const queuedFor = time.Hour

// Waiting reports whether a reminder to the member still waits to be sent
// at now, so another would only pile up behind it.
func (r Response) Waiting(now time.Time) bool {
	return !r.Queued.IsZero() && now.Sub(r.Queued) < queuedFor
}

// Confirmed reports whether the member knows the event's latest material
// version: they confirmed it, or a member of their household did. For a
// to-do that is not cancelled, whether nothing more is asked of them: they
// (or their household) did it, or they said they can't.
func (r Response) Confirmed(e Event) bool {
	if e.IsTodo() && !e.Cancelled {
		return r.DidIt(e) || r.CantDo(e)
	}
	return max(r.Acked, r.Family) >= e.Material
}

// Ack records that the member confirmed revision rev. It stops the chase.
// An answer kept by an older version stays with the revision it was given to.
func (r *Response) Ack(rev int, now time.Time) {
	if r.RSVP != NoAnswer && r.RSVPRev == 0 {
		r.RSVPRev = r.Acked
	}
	if rev > r.Acked {
		r.Acked, r.AckedAt = rev, now
	}
	r.Due = time.Time{}
}

// Answer records the member's answer to material revision rev, which it
// also confirms.
func (r *Response) Answer(a RSVP, rev int, now time.Time) {
	r.Ack(rev, now)
	r.RSVP, r.RSVPRev = a, rev
}

// RSVPFor is the member's answer to e's current time and place: an answer
// given before either changed is an answer to an earlier version, and counts
// for nothing now. A cancellation keeps it.
func (r Response) RSVPFor(e Event) RSVP {
	if r.answered() < e.Moved {
		return NoAnswer
	}
	return r.RSVP
}

// EarlierRSVP is the answer the member gave to an earlier time or place of
// e, if they have not answered since, and the revision it answered.
func (r Response) EarlierRSVP(e Event) (RSVP, int) {
	if r.RSVP == NoAnswer || r.answered() >= e.Moved {
		return NoAnswer, 0
	}
	return r.RSVP, r.answered()
}

// answered is the material revision the member's answer was given to.
func (r Response) answered() int {
	if r.RSVPRev == 0 {
		return r.Acked
	}
	return r.RSVPRev
}

// Restart begins a new chase at from (a material revision, or the moment a
// member became known), first due at first.
func (r *Response) Restart(from, first time.Time) {
	r.From, r.Pings, r.LastPing, r.LastVia, r.Named = from, 0, time.Time{}, "", 0
	r.HandedOff, r.Unreachable, r.HandOffAt, r.ToldBy = false, false, time.Time{}, 0
	r.Due, r.Queued = first, time.Time{}
}

// Told records that the host (or an admin) by told the member about revision
// rev in person: it counts as a confirmation.
func (r *Response) Told(rev int, by int64, now time.Time) {
	r.Ack(rev, now)
	r.ToldBy = by
}

// Reminders is how often the member was reminded in this chase: the first
// message of a chase is the news itself, not a reminder.
func (r Response) Reminders() int { return max(0, r.Pings-1) }

// Pinged records a reminder sent now and clears Due: Policy.Next says when
// the next one is due.
func (r *Response) Pinged(now time.Time, via Via) {
	r.Pings++
	r.LastPing, r.LastVia, r.Due = now, via, time.Time{}
}
