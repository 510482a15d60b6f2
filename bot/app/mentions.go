package app

import (
	"errors"
	"maps"
	"slices"

	"allaboard"
)

// Quiet in the group: a chase mention stands while a member it names still
// needs it. It is deleted once each of them is named in a newer one, has
// confirmed or left, or the event has started; "Everyone knows" leaves none
// standing. Each member's Response keeps the message that last named them.

// mentioned records that the group message msg now reminds the members tag
// names, and deletes the mentions it took over from.
func (a *Chase) mentioned(t *turn, tag allaboard.ChaseTag, msg int) error {
	e, err := t.tx.Event(tag.Group, tag.Event)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	var replaced []int
	for _, id := range tag.Users {
		r, err := allaboard.LookupResponse(t.tx, e.Group, e.Num, id)
		if err != nil {
			return err
		}
		if r.Mention != 0 && r.Mention != msg {
			replaced = append(replaced, r.Mention)
		}
		r.Mention = msg
		if err := t.tx.SaveResponse(r); err != nil {
			return err
		}
	}
	roll, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	return a.tidyMentions(t, roll, replaced)
}

// tidyMentions deletes the event's mentions in the group that no longer
// remind anyone: gone (just replaced by a newer one), and those that name
// only members who confirmed or left, or name them after the event started.
func (a *Chase) tidyMentions(t *turn, r allaboard.Roll, gone []int) error {
	present := map[int64]bool{}
	for _, m := range r.Members {
		present[m.User] = true
	}
	needed := map[int]bool{}
	for _, user := range slices.Sorted(maps.Keys(r.Resp)) {
		resp := r.Resp[user]
		if resp.Mention == 0 {
			continue
		}
		if present[user] && !resp.Confirmed(r.Event) && !r.Event.Started(t.now) {
			needed[resp.Mention] = true
			continue
		}
		gone = append(gone, resp.Mention)
		resp.Mention = 0
		if err := t.tx.SaveResponse(resp); err != nil {
			return err
		}
	}
	slices.Sort(gone)
	for _, msg := range slices.Compact(gone) {
		if needed[msg] {
			continue
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: r.Event.Group, Op: allaboard.OpDelete, MessageID: msg}); err != nil {
			return err
		}
	}
	return nil
}
