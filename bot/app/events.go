package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// OnEvent announces an event: /event <title> | <when> | <where> [| notes],
// or the same parts on separate lines.
func (a *Events) OnEvent(t *turn, m *Message) error {
	if m.From == nil || m.From.IsBot || m.From.ID == allaboard.TelegramAccount {
		// Posted as the group or a channel: there is nobody to send the
		// status card and the hand-offs to, and others could change it.
		return t.Tell(m.Chat.ID, notice.New(notice.PostAsYourself))
	}
	args := strings.TrimSpace(m.CommandArguments())
	if args == "" {
		return t.Tell(m.Chat.ID, notice.New(notice.EventGuide, "payload", wire.NewEventPayload(m.Chat.ID)))
	}
	parts := eventParts(args)
	loc := a.zone(t.tx, m.Chat.ID)
	reads := func(s string) bool {
		_, err := readAt(s, writtenAt(t, m), loc)
		return err == nil // a reading that must ask counts: readWhen asks below
	}
	if len(parts) < 3 {
		parts = allaboard.SplitSentence(args, reads)
	}
	if len(parts) < 3 {
		if title, when, ok := allaboard.SentenceWithoutPlace(args, reads); ok {
			return a.app.Drafts.askPlace(t, m, title, when)
		}
		return t.Tell(m.Chat.ID, notice.New(notice.EventParts))
	}
	span, ok, err := a.readWhen(t, m, m.Chat.ID, parts[1])
	if err != nil || !ok {
		return err
	}
	notes := ""
	if len(parts) == 4 {
		notes = parts[3]
	}
	host, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if ok, err := a.mayAnnounce(t, m.Chat.ID, host.ID, m.Chat.ID); err != nil || !ok {
		return err
	}
	e, rev, err := allaboard.NewEventUntil(m.Chat.ID, 0, host, parts[0], span, parts[2], notes, t.now)
	if err != nil {
		return t.Tell(m.Chat.ID, notice.OfField(err))
	}
	return a.announce(t, e, rev)
}

// announce numbers a new, valid event, stores it and tells everyone.
func (a *Events) announce(t *turn, e allaboard.Event, rev allaboard.Revision) error {
	// Numbered only once valid, so that a typo doesn't use up a number.
	var err error
	if e.Num, err = t.tx.NextEventNum(e.Group); err != nil {
		return err
	}
	if err := t.tx.CreateEvent(e); err != nil {
		return err // never over an existing event
	}
	if err := a.revised(t, e, rev); err != nil {
		return err
	}
	if err := a.offerUndo(t, e); err != nil {
		return err
	}
	return recount(t, e.Group) // so that its host learns whom the bot doesn't know
}

// eventParts splits /event's arguments at "|", or else at line breaks
// (blank lines skipped; the notes keep theirs).
func eventParts(args string) []string {
	if strings.Contains(args, "|") {
		return strings.SplitN(args, "|", 4)
	}
	var parts []string
	rest := args
	for len(parts) < 3 && rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" {
			parts = append(parts, line)
		}
	}
	if strings.TrimSpace(rest) != "" {
		parts = append(parts, rest)
	}
	return parts
}

// readWhen reads a time typed in command m in the group's zone, replying
// when it can't be used as it is: a problem, or a question whose answers are
// buttons (and can be sent again as text); the command waits for the answer.
func (a *Events) readWhen(t *turn, m *Message, group int64, typed string) (allaboard.Span, bool, error) {
	loc := a.zone(t.tx, group)
	r, err := readAt(typed, writtenAt(t, m), loc)
	if err != nil {
		return allaboard.Span{}, false, t.Tell(m.Chat.ID, notice.OfWhen(typed, err))
	}
	if len(r.Ask) == 0 {
		return r.Span, true, nil
	}
	asked := allaboard.AskedCommand{Chat: m.Chat.ID, User: m.From.ID, Command: m.Command, Args: m.Args, Typed: typed}
	var data []string
	for i, sp := range r.Ask {
		asked.Choices = append(asked.Choices, sp.Typed(loc))
		data = append(data, fmt.Sprintf("%s%d", choiceData, i))
	}
	if err := t.tx.SaveAskedCommand(asked); err != nil {
		return allaboard.Span{}, false, err
	}
	return allaboard.Span{}, false, t.Tell(m.Chat.ID, notice.OfWhenQuestion(group, typed, r, data))
}

// choiceData begins the data of a button that answers a question about a
// time in a command: "w:<choice>".
const choiceData = "w:"

// onChoicePress carries out the command that waited for its sender to choose
// a reading of a time, with the one chosen.
func (a *Events) onChoicePress(t *turn, q *Press) error {
	i, err := strconv.Atoi(strings.TrimPrefix(q.Data, choiceData))
	if q.Chat == nil || err != nil {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	asked, err := t.tx.AskedCommand(q.Chat.ID, q.From.ID)
	if errors.Is(err, allaboard.ErrNotFound) || err == nil && (i < 0 || i >= len(asked.Choices)) {
		t.answer(q, notice.New(notice.NotYourQuestion)) // someone else's, or answered already
		return nil
	} else if err != nil {
		return err
	}
	if err := t.tx.DeleteAskedCommand(q.Chat.ID, q.From.ID); err != nil {
		return err
	}
	t.answer(q, notice.New(notice.WhenChosen, "choice", asked.Choices[i]))
	m := &Message{Chat: q.Chat, From: q.From, Command: asked.Command,
		Args: strings.Replace(asked.Args, asked.Typed, asked.Choices[i], 1)}
	switch asked.Command {
	case "event":
		return a.OnEvent(t, m)
	case "edit":
		return a.OnEdit(t, m)
	}
	return nil
}

// OnEdit changes one or more fields in one revision:
// /edit [n] when|where|title|notes <value> [where <value> …]. Without a
// number it changes the one upcoming event the sender hosts.
func (a *Events) OnEdit(t *turn, m *Message) error {
	args := strings.TrimSpace(m.CommandArguments())
	num, rest := args, ""
	if i := strings.IndexFunc(args, unicode.IsSpace); i >= 0 {
		num, rest = args[:i], args[i:]
	}
	if _, isField := editFields[strings.ToLower(num)]; isField || strings.EqualFold(num, "guests") { // no number
		num, rest = "", args
	}
	if word, names, _ := strings.Cut(strings.TrimSpace(rest), " "); strings.EqualFold(word, "guests") {
		return a.setGuests(t, m, num, strings.Fields(names))
	}
	loc := a.zone(t.tx, m.Chat.ID)
	reads := func(s string) bool {
		_, err := readAt(s, writtenAt(t, m), loc)
		return err == nil
	}
	edits, bad := editParts(rest, reads)
	if len(edits) == 0 && bad == "" {
		return t.Tell(m.Chat.ID, notice.New(notice.EditUsage))
	}
	if bad != "" {
		return t.Tell(m.Chat.ID, notice.New(notice.EditField, "typed", bad))
	}
	if num == "" && m.ReplyTo != 0 {
		var err error
		if num, err = a.cardEvent(t, m.Chat.ID, m.ReplyTo); err != nil {
			return err
		}
	}
	e, ok, err := a.hostedEvent(t, m, num, notice.EditWhich)
	if err != nil || !ok {
		return err
	}
	for i, ed := range edits {
		if ed.Field != allaboard.FieldWhen {
			continue
		}
		span, ok, err := a.readWhen(t, m, e.Group, ed.Text)
		if err != nil || !ok {
			return err
		}
		edits[i].When = span
	}
	if ok, err := a.mayChange(t, e, m.Chat.ID); err != nil || !ok {
		return err
	}
	by, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	rev, err := e.Apply(by, t.now, edits)
	if err != nil {
		return t.Tell(m.Chat.ID, notice.OfChange(e, err))
	}
	return a.revised(t, e, rev)
}

// hostsOne is the number of the one upcoming event the user hosts in the
// group, or "" when they host none or several.
func (a *Events) hostsOne(t *turn, group, user int64) (string, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return "", err
	}
	num := ""
	for _, e := range events {
		if e.Host != user || !e.Upcoming(t.now) {
			continue
		}
		if num != "" {
			return "", nil
		}
		num = strconv.Itoa(e.Num)
	}
	return num, nil
}

// OnCancel calls an event off: /cancel <n>. Everyone must confirm that too.
func (a *Events) OnCancel(t *turn, m *Message) error {
	e, ok, err := a.numbered(t, m, notice.CancelUsage)
	if err == nil && ok {
		ok, err = a.allowed(t, m, e)
	}
	if err != nil || !ok {
		return err
	}
	by, err := allaboard.LookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	rev, err := e.Cancel(by, t.now)
	if err != nil {
		return t.Tell(m.Chat.ID, notice.OfChange(e, err))
	}
	return a.revised(t, e, rev)
}

// hostedEvent is changeable for event num as typed or, without a number,
// the one upcoming event the sender hosts; which is the kind of notice to
// reply with when there is no such one event.
func (a *Events) hostedEvent(t *turn, m *Message, num, which string) (allaboard.Event, bool, error) {
	if num == "" {
		var err error
		if num, err = a.hostsOne(t, m.Chat.ID, m.From.ID); err != nil || num == "" {
			if err == nil {
				err = t.Tell(m.Chat.ID, notice.New(which))
			}
			return allaboard.Event{}, false, err
		}
	}
	return a.changeable(t, m, num)
}

// changeable finds the event a change command names and checks that its
// sender may change it, replying when not.
func (a *Events) changeable(t *turn, m *Message, num string) (allaboard.Event, bool, error) {
	e, ok, err := a.findEvent(t, m.Chat.ID, num)
	if err != nil || !ok {
		return e, false, err
	}
	ok, err = a.allowed(t, m, e)
	return e, ok, err
}

// allowed reports whether the sender of a change command may change e,
// replying when not.
func (a *Events) allowed(t *turn, m *Message, e allaboard.Event) (bool, error) {
	if !allaboard.MayChange(e, m.From.ID, t.admin(m.Chat.ID, m.From.ID)) {
		return false, t.Tell(m.Chat.ID, notice.OfEvent(notice.ChangeNotAllowed, e))
	}
	return true, nil
}

// numbered is the event a command of one argument names, /cmd <n>, replying
// with the command's usage when it has no single argument, or that there is
// no such event.
func (a *Events) numbered(t *turn, m *Message, usage string) (allaboard.Event, bool, error) {
	fields := strings.Fields(m.Args)
	if len(fields) != 1 {
		return allaboard.Event{}, false, t.Tell(m.Chat.ID, notice.New(usage))
	}
	return a.findEvent(t, m.Chat.ID, fields[0])
}

// findEvent reads an event number as typed ("3" or "#3") and loads it,
// replying when there is no such event.
func (a *Events) findEvent(t *turn, group int64, typed string) (allaboard.Event, bool, error) {
	num, err := strconv.Atoi(strings.TrimPrefix(typed, "#"))
	if err != nil || num < 1 {
		return allaboard.Event{}, false, t.Tell(group, notice.New(notice.BadEventNum, "typed", typed))
	}
	return a.event(t, group, num)
}

// event loads event num of a group, replying when there is no such event.
func (a *Events) event(t *turn, group int64, num int) (allaboard.Event, bool, error) {
	e, err := t.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, t.Tell(group, &allaboard.Notice{Kind: notice.NoEvent, Event: num})
	}
	return e, err == nil, err
}

// cardEvent is the number of the event whose card is message msg in the
// group, as typed ("3"), or "" if it is no event's card: /edit as a reply to
// a card picks that event.
func (a *Events) cardEvent(t *turn, group int64, msg int) (string, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return "", err
	}
	for _, e := range events {
		revs, err := t.tx.Revisions(group, e.Num)
		if err != nil {
			return "", err
		}
		for _, rev := range allaboard.MaterialRevs(revs) { // every card it had
			e.Material = rev
			id, err := t.tx.RefMessage(group, allaboard.CardRef(e))
			if err != nil {
				return "", err
			}
			if id == msg {
				return strconv.Itoa(e.Num), nil
			}
		}
	}
	return "", nil
}

// writtenAt is when m was written, for reading "tomorrow" or "in 2 hours" as
// its writer meant them: a message sent at 23:50 and read after midnight
// (the bot was busy or down) still means the next day from 23:50. Telegram's
// clock is trusted only within a day of the bot's.
func writtenAt(t *turn, m *Message) time.Time {
	if m.Sent.IsZero() || m.Sent.After(t.now) || t.now.Sub(m.Sent) > 24*time.Hour {
		return t.now
	}
	return m.Sent
}

// readAt reads a typed time as written at now in the group's zone, with the
// day and month in the order that zone's people write them.
func readAt(s string, now time.Time, loc *time.Location) (allaboard.Reading, error) {
	return allaboard.ReadWhen(s, now, loc, allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc)})
}
