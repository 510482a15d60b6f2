package app

import (
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// To-dos with a deadline are events of another kind: a text each member
// (or household) must do by a time, announced, chased, changed and
// cancelled by the same use cases as events, the chase aiming at done. What
// differs is here and in the files named todo…: reading /todo, changing a
// to-do, the answers on its card, a reason passed on, the final list.

// Announce announces a to-do in a group from the text typed after /todo:
// "<what> by <when>" (the word for "by" in any language the date reader
// knows) or "<what> | <when>". The deadline is read in the group's zone, as
// written at sent (zero if unknown); a day alone is due by its end. Without
// a text and a deadline, the host is shown how.
func (a *Todos) Announce(t *turn, group int64, host *User, text string, sent time.Time) error {
	if !aPerson(host) {
		return t.Tell(group, notice.New(notice.PostAsYourself))
	}
	what, when, ok := allaboard.SplitDeadline(strings.TrimSpace(text), a.readsDeadline(t, group, sent))
	if !ok {
		return t.Tell(group, notice.New(notice.TodoUsage))
	}
	asked := allaboard.AskedCommand{Chat: group, User: host.ID, Command: "todo", Args: what + " | " + when}
	deadline, ok, err := a.readAskingDeadline(t, asked, group, when, sent)
	if err != nil || !ok {
		return err
	}
	by, ok, err := a.app.Events.announcer(t, group, host.ID)
	if err != nil || !ok {
		return err
	}
	e, rev, err := allaboard.NewTodo(group, 0, by, what, deadline, t.now)
	return a.app.Events.announceMade(t, group, e, rev, err)
}

// deadlineReader reads typed deadlines as written at now in the group's
// zone, as reader reads times.
func (a *core) deadlineReader(tx allaboard.Tx, group int64, now time.Time) func(s string) (allaboard.Reading, error) {
	return a.readerWith(tx, group, now, allaboard.ReadDeadline)
}

// readsDeadline says whether words read as a deadline (one that must be
// asked about counts), as written at sent: where /todo's text ends, and the
// deadline in an /edit of a to-do.
func (a *Todos) readsDeadline(t *turn, group int64, sent time.Time) func(string) bool {
	return readsWith(a.deadlineReader(t.tx, group, writtenAt(t, sent)))
}

// readAskingDeadline is readAsking for a to-do's deadline: each choice it
// asks about is typed back as a day (due by its end) or a time.
func (a *Todos) readAskingDeadline(t *turn, asked allaboard.AskedCommand, group int64, typed string, sent time.Time) (time.Time, bool, error) {
	sp, ok, err := a.readAskingWith(t, asked, group, typed, a.deadlineReader(t.tx, group, writtenAt(t, sent)), allaboard.DeadlineTyped)
	return sp.Start, ok, err
}

// changeTodo changes a to-do's text or deadline in one revision, from the
// changes typed after /edit (num's event is e): "text <new text>",
// "deadline <when>" (or when, day, date, time); "title" is its text too.
// A new deadline keeps what was done; a new text asks everyone again, and
// its maker privately whether it was only a typo fix.
func (a *Todos) changeTodo(t *turn, e allaboard.Event, group, by int64, changes string, sent time.Time) error {
	usage := &allaboard.Notice{Kind: notice.TodoEditUsage, Event: e.Num}
	edits, bad := editParts(changes, a.readsDeadline(t, group, sent))
	if bad != "" || len(edits) == 0 {
		return t.Tell(group, usage)
	}
	asked := allaboard.AskedCommand{Chat: group, User: by, Command: "edit", Args: strconv.Itoa(e.Num) + " " + changes}
	for i, ed := range edits {
		switch ed.Field {
		case allaboard.FieldTitle, allaboard.FieldText:
			edits[i].Field = allaboard.FieldText
		case allaboard.FieldWhen:
			deadline, ok, err := a.readAskingDeadline(t, asked, e.Group, ed.Text, sent)
			if err != nil || !ok {
				return err
			}
			edits[i].When = allaboard.Span{Start: deadline}
		default:
			return t.Tell(group, usage)
		}
	}
	if ok, err := a.app.Events.mayChange(t, e, group); err != nil || !ok {
		return err
	}
	who, err := allaboard.LookupUser(t.tx, by)
	if err != nil {
		return err
	}
	rev, err := e.Apply(who, t.now, edits)
	if err != nil {
		return t.Tell(group, notice.OfChange(e, err))
	}
	return a.app.Events.revised(t, e, rev)
}
