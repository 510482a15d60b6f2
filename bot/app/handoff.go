package app

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// The host is told whom to contact personally while there is still time
// (Policy.HandOffAt): one message per event and round, listing everyone,
// with a button per member to say they have been told.

// planHandOff sets e's hand-off timer at the earliest hand-off still to come
// for a member who hasn't confirmed; none if there is none.
func (a *Chase) planHandOff(t *turn, e allaboard.Event) error {
	pending, err := a.toHandOff(t, e, time.Time{})
	if err != nil {
		return err
	}
	var at time.Time
	for _, r := range pending {
		if at.IsZero() || r.HandOffAt.Before(at) {
			at = r.HandOffAt
		}
	}
	return t.tx.SetTimer(allaboard.Timer{Kind: allaboard.TimerHandOff, Group: e.Group, Event: e.Num, At: at})
}

// toHandOff are the members of e not handed off yet who still have to
// confirm it, with their hand-off due by upTo (any time, if zero).
func (a *Chase) toHandOff(t *turn, e allaboard.Event, upTo time.Time) ([]allaboard.Response, error) {
	if e.Started(t.now) {
		return nil, nil
	}
	responses, err := t.tx.Responses(e.Group, e.Num)
	if err != nil {
		return nil, err
	}
	p, loc := a.policy(t.tx, e), a.zone(t.tx, e.Group)
	var out []allaboard.Response
	for _, r := range responses {
		if r.HandedOff || e.IsHost(r.User) || r.From.IsZero() {
			continue
		}
		if over, err := allaboard.ChaseOver(t.tx, e, r, t.now); err != nil {
			return nil, err
		} else if over {
			continue
		}
		if r.HandOffAt.IsZero() { // kept by an older version
			r.HandOffAt = p.HandOffAt(r.From, e.ChaseEnd(r.From), loc)
		}
		if !r.HandOffAt.IsZero() && (upTo.IsZero() || !r.HandOffAt.After(upTo)) {
			out = append(out, r)
		}
	}
	return out, nil
}

// handOffDue tells e's host about every member whose hand-off is due now,
// in one message, then plans the next.
func (a *Chase) handOffDue(t *turn, group int64, num int) error {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	if removed, err := allaboard.BotRemoved(t.tx, group); err != nil || removed {
		return err
	}
	due, err := a.toHandOff(t, e, t.now)
	if err != nil {
		return err
	}
	for i := range due {
		due[i].HandedOff = true
		if err := t.tx.SaveResponse(due[i]); err != nil {
			return err
		}
	}
	if err := a.handOff(t, e, due); err != nil {
		return err
	}
	update := a.app.Events.refreshStatus
	if len(due) > 0 {
		update = a.app.Cards.resendStatus // a new name to call: the card comes down to the host
	}
	if err := update(t, e); err != nil {
		return err
	}
	return a.planHandOff(t, e)
}

// handOffPerMessage is how many lines one hand-off has at most: each has a
// button (a family one each), and Telegram takes only so many under one
// message.
const handOffPerMessage = 20

// handOff tells the hosts whom to contact personally and how the bot tried
// each, with a button per member to say they have been told: one message,
// or one per twenty lines. A family is one line, with a button for each.
// The list is written when it is sent: those who confirm before are left
// out.
func (a *Chase) handOff(t *turn, e allaboard.Event, who []allaboard.Response) error {
	var lines [][]int64       // the members on each line, with a button each
	at := map[int64]int{}     // member → their line
	named := map[int64]bool{} // a family is one line
	for _, r := range who {
		if e.IsHost(r.User) {
			continue
		}
		family, listed, err := a.app.Households.handOffFamily(t, e, r.User, named)
		if err != nil {
			return err
		}
		if !listed {
			at[r.User] = len(lines)
			for _, f := range family {
				at[f.ID] = len(lines)
			}
			lines = append(lines, nil)
		}
		i := at[r.User]
		lines[i] = append(lines[i], r.User)
	}
	for chunk := range slices.Chunk(lines, handOffPerMessage) {
		n := notice.HandOffOf(e, slices.Concat(chunk...), func(user int64) string { return toldData(e, user) })
		if err := a.sendHandOff(t, e, n); err != nil {
			return err
		}
	}
	return nil
}

// sendHandOff sends one hand-off to each host the bot can write to.
func (a *Chase) sendHandOff(t *turn, e allaboard.Event, n *allaboard.Notice) error {
	for _, id := range e.Hosts() {
		host, err := allaboard.LookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue // the host was asked in the group to open a chat
		}
		if err := t.Tell(id, n); err != nil {
			return err
		}
	}
	return nil
}

// toldData is what a "✅ I've told them" button sends:
// "t:<group>:<event>:<material revision>:<user>".
func toldData(e allaboard.Event, user int64) string {
	return fmt.Sprintf("t:%d:%d:%d:%d", e.Group, e.Num, e.Material, user)
}

func isToldData(s string) bool { return strings.HasPrefix(s, "t:") }

// onToldPress records that the host told a member in person: it counts as
// their confirmation of the version the button was made for.
func (a *Chase) onToldPress(t *turn, q *Press) error {
	parts := strings.Split(q.Data, ":")
	if len(parts) != 5 {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	num, err2 := strconv.Atoi(parts[2])
	rev, err3 := strconv.Atoi(parts[3])
	user, err4 := strconv.ParseInt(parts[4], 10, 64)
	if err := errors.Join(err1, err2, err3, err4); err != nil || group >= 0 {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	// Pressed in a host's private chat: a host or co-host, never a member
	// for themselves.
	if !e.IsHost(q.From.ID) || e.IsHost(user) {
		t.answer(q, notice.New(notice.ToldNotAllowed))
		return nil
	}
	if rev != e.Material && !(e.IsTodo() && !e.Cancelled && rev >= e.Task) { // done is done, whatever the deadline
		t.answer(q, notice.New(notice.ToldOutdated))
		return nil
	}
	r, err := allaboard.LookupResponse(t.tx, group, num, user)
	if err != nil {
		return err
	}
	if e.IsTodo() && !e.Cancelled {
		return a.app.Todos.markDone(t, q, e, r)
	}
	if r.Confirmed(e) {
		t.answer(q, &allaboard.Notice{Kind: notice.ToldAlready, User: user})
		return nil
	}
	r.Told(e.Material, q.From.ID, t.now)
	if err := t.tx.SaveResponse(r); err != nil {
		return err
	}
	if err := a.app.Households.coverFamily(t, e, user, true); err != nil {
		return err
	}
	t.answer(q, &allaboard.Notice{Kind: notice.ToldNoted, User: user})
	return a.app.Events.refresh(t, e)
}
