package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// For a little while after posting, the host can undo a new event: a typo
// shouldn't mean cancelling, which chases everyone a second time. Nobody is
// reminded of it until the undo window has passed.

// Short notice leaves no time to hold reminders back: the window is at most
// a tenth of the time from posting to the event, and none when it starts
// within noUndoWithin. The host can still cancel.
const noUndoWithin = 30 * time.Minute

// undoWindow is how long after posting e can be undone, its first reminders
// held back.
func (a *Events) undoWindow(e allaboard.Event) time.Duration {
	return a.window(e.ChaseEnd(e.Created).Sub(e.Created))
}

// window is how long reminders are held back after a change made left
// before its chase ends, while its maker may still take it back (or, for a
// notice's text, say it was only a typo fix).
func (a *Events) window(left time.Duration) time.Duration {
	if a.cfg.Undo <= 0 || left <= noUndoWithin {
		return 0
	}
	return min(a.cfg.Undo, left/10)
}

// offerUndo tells the host, privately, that the event is posted, with a
// button to undo it while nobody has been reminded yet.
func (a *Events) offerUndo(t *turn, e allaboard.Event) error {
	undo := a.undoWindow(e)
	if undo <= 0 {
		return nil
	}
	host, err := allaboard.LookupUser(t.tx, e.Host)
	if err != nil || !host.Reachable() {
		return err
	}
	n := notice.OfEvent(notice.Posted, e, "undo", undoData(e))
	n.Count = int(undo / time.Second)
	return t.Tell(host.ID, n)
}

// undoData is what the undo button sends: "u:<group>:<event>".
func undoData(e allaboard.Event) string { return fmt.Sprintf("u:%d:%d", e.Group, e.Num) }

func isUndoData(s string) bool { return strings.HasPrefix(s, "u:") }

// onUndoPress deletes a new event, its card and everything about it, if the
// host asks in time and it hasn't changed since.
func (a *Events) onUndoPress(t *turn, q *Press) error {
	parts := strings.Split(q.Data, ":")
	var group int64
	var num int
	var err1, err2 error
	if len(parts) == 3 {
		group, err1 = strconv.ParseInt(parts[1], 10, 64)
		num, err2 = strconv.Atoi(parts[2])
	}
	if len(parts) != 3 || err1 != nil || err2 != nil || group >= 0 {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e, found, err := pressedEvent(t, q, group, num)
	if err != nil || !found {
		return err
	}
	switch {
	case q.From.ID != e.Host:
		t.answer(q, notice.New(notice.UndoNotHost))
		return nil
	case e.Rev > 1 || t.now.Sub(e.Created) > a.undoWindow(e):
		t.answer(q, &allaboard.Notice{Kind: notice.UndoTooLate, Event: e.Num})
		return nil
	}
	if err := t.enqueue(allaboard.Outgoing{ChatID: e.Group, Ref: allaboard.CardRef(e), Op: allaboard.OpDelete}); err != nil {
		return err
	}
	for _, kind := range []allaboard.TimerKind{allaboard.TimerReminder, allaboard.TimerStart, allaboard.TimerHandOff} {
		if err := t.tx.SetTimer(allaboard.Timer{Kind: kind, Group: e.Group, Event: e.Num}); err != nil {
			return err
		}
	}
	if err := t.tx.DeleteEvent(e.Group, e.Num); err != nil {
		return err
	}
	t.answer(q, notice.New(notice.Undone))
	// The event is gone: its title goes with the notice.
	undone := notice.New(notice.UndoneEvent, "title", e.Title)
	undone.Event = e.Num
	return t.Tell(q.From.ID, undone)
}
