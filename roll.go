package allaboard

import (
	"errors"
	"sort"
	"strings"
)

// Roll is an event with everyone expected to know it: the group's present
// members (those invited, if the event is for guests), sorted by name, and
// their responses.
type Roll struct {
	Event   Event
	Members []Member
	Resp    map[int64]Response
	Users   map[int64]User
	Chat    Chat // the group, with Telegram's count of its members
	// Households are the group's families of several members; none in most groups.
	Households []Household
	// collectors are a to-do's hosts among the group's members: not asked
	// to do it, but known to the bot all the same.
	collectors int
}

// LoadRoll reads an event's roll.
func LoadRoll(tx Tx, e Event) (Roll, error) {
	r := Roll{Event: e, Resp: map[int64]Response{}, Users: map[int64]User{}}
	c, err := tx.Chat(e.Group)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return r, err
	}
	r.Chat = c
	members, err := tx.Members(e.Group)
	if err != nil {
		return r, err
	}
	for _, m := range members {
		if !m.Left && e.IsTodo() && e.IsHost(m.User) {
			r.collectors++
		}
		if m.Left || !e.Invited(m.User) {
			continue
		}
		r.Members = append(r.Members, m)
		u, err := tx.User(m.User)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return r, err
		}
		u.ID = m.User
		r.Users[m.User] = u
	}
	for _, id := range e.Hosts() { // named where they marked someone done
		if _, ok := r.Users[id]; !ok {
			u, err := LookupUser(tx, id)
			if err != nil {
				return r, err
			}
			r.Users[id] = u
		}
	}
	responses, err := tx.Responses(e.Group, e.Num)
	if err != nil {
		return r, err
	}
	for _, resp := range responses {
		r.Resp[resp.User] = resp
	}
	if r.Households, err = tx.Households(e.Group); err != nil {
		return r, err
	}
	sort.Slice(r.Members, func(i, j int) bool {
		return strings.ToLower(r.Users[r.Members[i].User].Name()) < strings.ToLower(r.Users[r.Members[j].User].Name())
	})
	return r, nil
}

// Tally counts a group's responses to the latest version of an event.
// Answers count only if given to its current time and place.
type Tally struct {
	Members, Confirmed   int
	Going, Maybe, CantGo int
	// Unknown are the members Telegram counts whom the bot hasn't seen: it
	// can't ask them, and they haven't confirmed.
	Unknown int
	// Families count a household as one and each member outside one as
	// one, and those of them who know; zero in a group without households.
	Families, FamiliesConfirmed int
	// Todo is set for an open to-do: Confirmed (and FamiliesConfirmed)
	// count those who did it, CantGo those who said they can't.
	Todo bool
}

// Everyone reports whether every member has confirmed the latest version.
func (t Tally) Everyone() bool { return t.Members > 0 && t.Confirmed == t.Members }

// Tally counts the present members' confirmations and answers; a cancelled
// event has no answers to count.
func (r Roll) Tally() Tally {
	t := Tally{Todo: r.Event.IsTodo() && !r.Event.Cancelled}
	for _, m := range r.Members {
		resp := r.Resp[m.User]
		t.Members++
		if resp.counted(r.Event) {
			t.Confirmed++
		}
		if r.Event.Cancelled {
			continue
		}
		if t.Todo {
			if resp.CantDo(r.Event) && !resp.DidIt(r.Event) {
				t.CantGo++
			}
			continue
		}
		switch resp.RSVPFor(r.Event) {
		case Going:
			t.Going++
		case Maybe:
			t.Maybe++
		case CantGo:
			t.CantGo++
		}
	}
	if len(r.Event.Guests) == 0 { // members the bot hasn't seen aren't invited by name
		t.Unknown = r.Chat.Unknown(t.Members + r.collectors)
	}
	t.Families, t.FamiliesConfirmed = r.families()
	return t
}

// EveryoneKnows reports whether the host may be told "Everyone knows ✅"
// (for an open to-do: everyone did it): every member of the group has
// confirmed the latest version, and Telegram's count shows no member the
// bot hasn't seen. An event among fewer than two members (its host among
// them) has nobody to tell; a to-do, without its hosts, fewer than one.
func (r Roll) EveryoneKnows(c Chat) bool {
	t := r.Tally()
	unknown := 0
	if len(r.Event.Guests) == 0 {
		unknown = c.Unknown(len(r.Members) + r.collectors)
	}
	least := 2
	if r.Event.IsTodo() {
		least = 1
	}
	return t.Everyone() && t.Members >= least && unknown == 0
}

// Pending are the members, by name, who have yet to confirm the latest version.
func (r Roll) Pending() []int64 {
	var ids []int64
	for _, m := range r.Members {
		if !r.Resp[m.User].Confirmed(r.Event) {
			ids = append(ids, m.User)
		}
	}
	return ids
}
