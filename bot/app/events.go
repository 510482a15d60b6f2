package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// OnEvent announces an event: /event <title> | <when> | <where> [| notes].
func (a *App) OnEvent(t *turn, m *Message) error {
	if m.From == nil || m.From.IsBot || m.From.ID == allaboard.TelegramAccount {
		// Posted as the group or a channel: there is nobody to send the
		// status card and the hand-offs to, and others could change it.
		return t.send(m.Chat.ID, render.PostAsYourself)
	}
	args := strings.TrimSpace(m.CommandArguments())
	if args == "" {
		return t.send(m.Chat.ID, render.EventUsage)
	}
	parts := strings.SplitN(args, "|", 4)
	if len(parts) < 3 {
		return t.send(m.Chat.ID, render.EventParts+"\n\n"+render.EventUsage)
	}
	loc := a.zone(t.tx, m.Chat.ID)
	at, err := allaboard.ParseWhen(parts[1], t.now, loc)
	if err != nil {
		return t.send(m.Chat.ID, whenProblem(parts[1], err))
	}
	notes := ""
	if len(parts) == 4 {
		notes = parts[3]
	}
	host, err := lookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	e, rev, err := allaboard.NewEvent(m.Chat.ID, 0, host, parts[0], at, parts[2], notes, t.now)
	if err != nil {
		return t.send(m.Chat.ID, fieldProblem(err))
	}
	// Numbered only once valid, so that a typo doesn't use up a number.
	if e.Num, err = t.tx.NextEventNum(m.Chat.ID); err != nil {
		return err
	}
	if err := t.tx.CreateEvent(e); err != nil {
		return err // never over an existing event
	}
	if err := a.revised(t, e, rev); err != nil {
		return err
	}
	return recount(t, e.Group) // so that its host learns whom the bot doesn't know
}

// OnEdit changes one field: /edit <n> when|where|title|notes <value>.
func (a *App) OnEdit(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) < 2 {
		return t.send(m.Chat.ID, render.EditUsage)
	}
	e, ok, err := a.changeable(t, m, fields[0])
	if err != nil || !ok {
		return err
	}
	// The value is the rest of the text as typed, spaces and all.
	value := strings.TrimSpace(strings.SplitN(strings.TrimSpace(m.CommandArguments()), fields[1], 2)[1])
	by, err := lookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	var rev allaboard.Revision
	switch strings.ToLower(fields[1]) {
	case "when", "time", "date":
		at, perr := allaboard.ParseWhen(value, t.now, a.zone(t.tx, e.Group))
		if perr != nil {
			return t.send(m.Chat.ID, whenProblem(value, perr))
		}
		rev, err = e.Move(by, t.now, at)
	case "where", "place":
		rev, err = e.SetText(by, t.now, allaboard.FieldWhere, value)
	case "title", "name":
		rev, err = e.SetText(by, t.now, allaboard.FieldTitle, value)
	case "notes", "note":
		if value == "-" {
			value = ""
		}
		rev, err = e.SetText(by, t.now, allaboard.FieldNotes, value)
	default:
		return t.send(m.Chat.ID, fmt.Sprintf(render.EditField, render.Escape(fields[1]))+"\n\n"+render.EditUsage)
	}
	if err != nil {
		return t.send(m.Chat.ID, changeProblem(e, err))
	}
	return a.revised(t, e, rev)
}

// OnCancel calls an event off: /cancel <n>. Everyone must confirm that too.
func (a *App) OnCancel(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.CancelUsage)
	}
	e, ok, err := a.changeable(t, m, fields[0])
	if err != nil || !ok {
		return err
	}
	by, err := lookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	rev, err := e.Cancel(by, t.now)
	if err != nil {
		return t.send(m.Chat.ID, changeProblem(e, err))
	}
	return a.revised(t, e, rev)
}

// changeable finds the event a change command names and checks that its
// sender may change it, replying when not.
func (a *App) changeable(t *turn, m *Message, num string) (allaboard.Event, bool, error) {
	e, ok, err := a.findEvent(t, m.Chat.ID, num)
	if err != nil || !ok {
		return e, false, err
	}
	if !allaboard.MayChange(e, m.From.ID, t.admin(m.Chat.ID, m.From.ID)) {
		host, err := userName(t.tx, e.Host)
		if err != nil {
			return e, false, err
		}
		return e, false, t.send(m.Chat.ID, fmt.Sprintf(render.NotAllowed, render.EventName(e), render.Escape(host)))
	}
	return e, true, nil
}

// findEvent reads an event number as typed ("3" or "#3") and loads it,
// replying when there is no such event.
func (a *App) findEvent(t *turn, group int64, typed string) (allaboard.Event, bool, error) {
	num, err := strconv.Atoi(strings.TrimPrefix(typed, "#"))
	if err != nil || num < 1 {
		return allaboard.Event{}, false, t.send(group, fmt.Sprintf(render.BadEventNum, render.Escape(render.Clip(typed, 20))))
	}
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, t.send(group, fmt.Sprintf(render.NoEvent, num))
	}
	return e, err == nil, err
}

// whenProblem explains a time that could not be used.
func whenProblem(typed string, err error) string {
	typed = render.Escape(render.Clip(strings.TrimSpace(typed), 60))
	switch {
	case errors.Is(err, allaboard.ErrWhenPast):
		return fmt.Sprintf(render.WhenPast, typed)
	case errors.Is(err, allaboard.ErrWhenNoTime):
		return fmt.Sprintf(render.WhenNoTime, typed)
	}
	return fmt.Sprintf(render.WhenUnreadable, typed)
}

// fieldProblem explains a title, place or notes that could not be used.
func fieldProblem(err error) string {
	if errors.Is(err, allaboard.ErrEmpty) {
		return render.FieldEmpty + "\n\n" + render.EventUsage
	}
	return fmt.Sprintf(render.FieldRefused, render.Problem(err))
}

// changeProblem explains why a change was not made.
func changeProblem(e allaboard.Event, err error) string {
	switch {
	case errors.Is(err, allaboard.ErrNoChange):
		return fmt.Sprintf(render.NoChange, render.EventName(e))
	case errors.Is(err, allaboard.ErrCancelled):
		return fmt.Sprintf(render.IsCancelled, render.EventName(e))
	case errors.Is(err, allaboard.ErrStarted):
		return fmt.Sprintf(render.HasStarted, render.EventName(e))
	}
	return fieldProblem(err)
}
