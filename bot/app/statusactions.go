package app

import (
	"fmt"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// The host's status card has buttons for what a host does next: remind the
// waiting ones now, see everyone, change the event, or cancel it.

// Status card actions, the fourth part of their data.
const (
	statusRemind  = 'r'
	statusAll     = 'a'
	statusChange  = 'e'
	statusCancel  = 'c' // asks first
	statusCancelY = 'y' // yes, cancel it
	statusKeep    = 'k' // no, keep it
)

// statusData is what a status card button sends: "s:<group>:<event>:<act>".
func statusData(e allaboard.Event, act byte) string {
	return fmt.Sprintf("s:%d:%d:%c", e.Group, e.Num, act)
}

func isStatusData(s string) bool { return strings.HasPrefix(s, "s:") }

func parseStatusData(s string) (group int64, num int, act byte, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 || parts[0] != "s" || len(parts[3]) != 1 {
		return 0, 0, 0, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	num, err2 := strconv.Atoi(parts[2])
	return group, num, parts[3][0], err1 == nil && err2 == nil && group < 0 && num > 0
}

// PressAdminOf reports the group whose admins may press a button with this
// data in a private chat: the status card's, which admins get too.
func PressAdminOf(data string) (int64, bool) {
	if group, _, ok := parseZoneData(data); ok {
		return group, true
	}
	group, _, _, ok := parseStatusData(data)
	return group, ok
}

// remindAgainAfter keeps "remind now" from being a way round the chase's
// pace: a member reminded less than this ago is not reminded again.
const remindAgainAfter = allaboard.MinGroupStep

// onStatusPress carries out a status card button, for the host or an admin.
func (a *Cards) onStatusPress(t *turn, q *Press) error {
	group, num, act, ok := parseStatusData(q.Data)
	if !ok {
		t.answer(q, render.StaleButton)
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	if !allaboard.MayChange(e, q.From.ID, t.admin(group, q.From.ID)) {
		t.answer(q, render.StatusNotAllowed)
		return nil
	}
	if e.Started(t.now) && act != statusAll {
		t.answer(q, render.StatusStarted)
		return nil
	}
	switch act {
	case statusRemind:
		n, err := a.remindNow(t, e)
		if err != nil {
			return err
		}
		t.answer(q, render.RemindingNow(n))
		return nil
	case statusAll:
		r, err := allaboard.LoadRoll(t.tx, e)
		if err != nil {
			return err
		}
		t.answer(q, "")
		return t.send(q.From.ID, render.Everyone(r, a.zone(t.tx, group)))
	case statusChange:
		t.answer(q, "")
		return a.app.Drafts.startEditDraft(t, q.From.ID, e, t.admin(group, q.From.ID))
	case statusCancel:
		t.answer(q, "")
		return t.send(q.From.ID, render.CancelAsk(e), render.CancelButtons(statusData(e, statusCancelY), statusData(e, statusKeep))...)
	case statusKeep:
		t.answer(q, render.Kept)
		return nil
	case statusCancelY:
		by, err := lookupUser(t.tx, q.From.ID)
		if err != nil {
			return err
		}
		rev, err := e.Cancel(by, t.now)
		if err != nil {
			t.answer(q, render.StaleButton)
			return nil
		}
		t.answer(q, render.Cancelled)
		return a.app.Events.revised(t, e, rev)
	}
	t.answer(q, render.StaleButton)
	return nil
}

// remindNow makes the reminder of every member still waiting due now, unless
// they were reminded in the last few minutes, and says how many.
func (a *Cards) remindNow(t *turn, e allaboard.Event) (int, error) {
	responses, err := t.tx.Responses(e.Group, e.Num)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range responses {
		if over, err := a.app.Chase.chaseOver(t, e, r); err != nil || over {
			if err != nil {
				return 0, err
			}
			continue
		}
		if r.User == e.Host || r.Due.IsZero() || !r.LastPing.IsZero() && t.now.Sub(r.LastPing) < remindAgainAfter {
			continue
		}
		if r.Due.After(t.now) {
			r.Due = t.now
			if err := t.tx.SaveResponse(r); err != nil {
				return 0, err
			}
		}
		n++
	}
	return n, nil
}

// resendStatus posts the host's status card anew at the bottom of the chat
// and deletes the old copy: something the host must act on has happened.
func (a *Cards) resendStatus(t *turn, e allaboard.Event) error {
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	for _, id := range e.Hosts() {
		host, err := lookupUser(t.tx, id)
		if err != nil {
			return err
		}
		if !host.Reachable() {
			continue
		}
		if err := t.enqueue(allaboard.Outgoing{ChatID: id, Ref: allaboard.StatusRef(e), Op: allaboard.OpDelete}); err != nil {
			return err
		}
		if err := t.enqueue(a.statusMessage(t, r, id, true)); err != nil {
			return err
		}
	}
	return nil
}
