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

// Announce announces an event in a group from the text typed after /event:
// "<title> | <when> | <where> [| notes]", the same parts on separate lines,
// or a sentence ("Mia's party on Saturday 3pm at Jump House"). Which words
// are the time depends on the group's zone, so the text is read here, as
// written at sent (zero if unknown). Without a text, the host is shown how.
func (a *Events) Announce(t *turn, group int64, host *User, text string, sent time.Time) error {
	if !aPerson(host) {
		return t.Tell(group, notice.New(notice.PostAsYourself))
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return t.Tell(group, notice.New(notice.EventGuide, "payload", wire.NewEventPayload(group)))
	}
	parts := eventParts(text)
	reads := a.app.Series.orRule(t, group, sent, a.reads(t, group, sent)) // "Swimming every Tue 17:00 at the pool"
	if len(parts) < 3 {
		parts = allaboard.SplitSentence(text, reads)
	}
	asked := allaboard.AskedCommand{Chat: group, User: host.ID, Command: "event", Args: text}
	if len(parts) < 3 {
		if title, when, ok := allaboard.SentenceWithoutPlace(text, reads); ok && !a.app.Series.isRule(t, group, when) {
			span, ok, err := a.readAsking(t, asked, group, when, sent)
			if err != nil || !ok {
				return err
			}
			return a.app.Drafts.askPlace(t, group, host.ID, title, span)
		}
		return t.Tell(group, notice.New(notice.EventParts))
	}
	if repeats, err := a.app.Series.announce(t, group, host, parts, sent); repeats || err != nil {
		return err
	}
	span, ok, err := a.readAsking(t, asked, group, parts[1], sent)
	if err != nil || !ok {
		return err
	}
	notes := ""
	if len(parts) == 4 {
		notes = parts[3]
	}
	by, ok, err := a.announcer(t, group, host.ID)
	if err != nil || !ok {
		return err
	}
	e, rev, err := allaboard.NewEventUntil(group, 0, by, parts[0], span, parts[2], notes, t.now)
	return a.announceMade(t, group, e, rev, err)
}

// announcer is host, looked up, if they may announce in group now (the
// quotas); ok is false once they have been told why not.
func (a *Events) announcer(t *turn, group, host int64) (by allaboard.User, ok bool, err error) {
	if by, err = allaboard.LookupUser(t.tx, host); err != nil {
		return by, false, err
	}
	ok, err = a.mayAnnounce(t, group, by.ID, group)
	return by, ok, err
}

// announceMade announces e, just made with rev, or tells the group why it
// could not be made (err, a field refused).
func (a *Events) announceMade(t *turn, group int64, e allaboard.Event, rev allaboard.Revision, err error) error {
	if err != nil {
		return t.Tell(group, notice.OfField(err))
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
	if err := a.app.Settings.planDigest(t, e.Group); err != nil { // its host's own digest time may be sooner
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

// readAsking reads a time typed in a command in the group's zone, as
// written at sent, replying when it can't be used as it is: a problem, or a
// question whose answers are buttons (and can be sent again as text). The
// command, asked (its chat, sender, name and arguments, as onChoicePress
// carries it out again), then waits for the answer.
func (a *core) readAsking(t *turn, asked allaboard.AskedCommand, group int64, typed string, sent time.Time) (allaboard.Span, bool, error) {
	return a.readAskingWith(t, asked, group, typed, a.reader(t.tx, group, writtenAt(t, sent)), allaboard.Span.Typed)
}

// readAskingWith is readAsking with the reader to use, and how a choice is
// typed back for the command to read again.
func (a *core) readAskingWith(t *turn, asked allaboard.AskedCommand, group int64, typed string,
	read func(string) (allaboard.Reading, error), typedBack func(allaboard.Span, *time.Location) string) (allaboard.Span, bool, error) {
	loc := a.zone(t.tx, group)
	r, err := read(typed)
	if err != nil {
		return allaboard.Span{}, false, t.Tell(asked.Chat, notice.OfWhen(typed, err))
	}
	if len(r.Ask) == 0 {
		return r.Span, true, nil
	}
	asked.Typed = typed
	var data []string
	for i, sp := range r.Ask {
		asked.Choices = append(asked.Choices, typedBack(sp, loc))
		data = append(data, fmt.Sprintf("%s%d", choiceData, i))
	}
	if err := t.tx.SaveAskedCommand(asked); err != nil {
		return allaboard.Span{}, false, err
	}
	return allaboard.Span{}, false, t.Tell(asked.Chat, notice.OfWhenQuestion(group, typed, r, data))
}

// reads says whether words read as a time in the group's zone, as written
// at sent: where a sentence or an edit splits. A reading that must ask
// counts: readAsking asks.
func (a *core) reads(t *turn, group int64, sent time.Time) func(string) bool {
	return readsWith(a.reader(t.tx, group, writtenAt(t, sent)))
}

// readsWith says whether words read with read, a question to ask included.
func readsWith(read func(string) (allaboard.Reading, error)) func(string) bool {
	return func(s string) bool {
		_, err := read(s)
		return err == nil
	}
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
	n := notice.New(notice.WhenChosen, "choice", asked.Choices[i])
	n.Group = q.Chat.ID // whose clock the choice is on
	t.answer(q, n)
	chosen := func(args string) string { return strings.Replace(args, asked.Typed, asked.Choices[i], 1) }
	switch asked.Command {
	case "event":
		return a.Announce(t, q.Chat.ID, q.From, chosen(asked.Args), time.Time{})
	case "announce": // "<text> | <day>": the text may hold the day as typed
		text, _ := splitDay(asked.Args)
		return a.app.Notices.Announce(t, q.Chat.ID, q.From, text+" | "+asked.Choices[i], time.Time{})
	case "todo": // "<what> | <when>", as announceNotice keeps it
		what, _ := splitDay(asked.Args)
		return a.app.Todos.Announce(t, q.Chat.ID, q.From, what+" | "+asked.Choices[i], time.Time{})
	case "edit":
		num, changes := changeAsked(asked.Args)
		return a.Change(t, q.Chat.ID, q.From.ID, num, 0, chosen(changes), time.Time{})
	case "cancel-day": // "<n> <day>"
		num, day := changeAsked(asked.Args)
		return a.app.Series.CancelDate(t, q.Chat.ID, q.From.ID, num, chosen(day), time.Time{})
	}
	return nil
}

// changeAsked reads the arguments of an /edit that waits for a choice:
// "<n> <changes>" (an older version kept them as typed, perhaps without the
// number).
func changeAsked(args string) (num int, changes string) {
	args = strings.TrimSpace(args)
	if i := strings.IndexFunc(args, unicode.IsSpace); i >= 0 {
		if n, err := strconv.Atoi(strings.TrimPrefix(args[:i], "#")); err == nil {
			return n, args[i:]
		}
	}
	return 0, args
}

// Change changes one or more fields of event num in one revision, from the
// changes typed after /edit: "when Sun 14:00 where Café", or one field a
// line (editParts; where a time ends depends on the group's zone, so they
// are read here, as written at sent). Without a number (0), it is the event
// whose card the command replies to (replyTo, 0 if none), or else the one
// upcoming event the sender, by, hosts.
func (a *Events) Change(t *turn, group, by int64, num, replyTo int, changes string, sent time.Time) error {
	edits, bad := editParts(changes, a.reads(t, group, sent))
	if bad != "" {
		return t.Tell(group, notice.New(notice.EditField, "typed", bad))
	}
	if len(edits) == 0 {
		return t.Tell(group, &allaboard.Notice{Kind: notice.EditUsage, Event: num})
	}
	if num == 0 && replyTo != 0 {
		var err error
		if num, err = a.cardEvent(t, group, replyTo); err != nil {
			return err
		}
	}
	e, ok, err := a.hostedEvent(t, group, by, num, notice.EditWhich)
	if err != nil || !ok {
		return err
	}
	if e.IsNotice() {
		return a.app.Notices.changeNotice(t, e, group, by, changes, sent)
	}
	if e.IsTodo() {
		return a.app.Todos.changeTodo(t, e, group, by, changes, sent)
	}
	for _, ed := range edits {
		if !e.HasField(ed.Field) { // a notice's text
			return t.Tell(group, &allaboard.Notice{Kind: notice.EditField, Event: e.Num, Values: map[string]string{"typed": string(ed.Field)}})
		}
	}
	if asked, err := a.app.Series.askScope(t, e, by, changes); asked || err != nil {
		return err
	}
	// Asked about a time, the change goes on with this event.
	asked := allaboard.AskedCommand{Chat: group, User: by, Command: "edit", Args: strconv.Itoa(e.Num) + " " + changes}
	for i, ed := range edits {
		if ed.Field != allaboard.FieldWhen {
			continue
		}
		span, ok, err := a.readAsking(t, asked, e.Group, ed.Text, sent)
		if err != nil || !ok {
			return err
		}
		edits[i].When = span
	}
	if ok, err := a.mayChange(t, e, group); err != nil || !ok {
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
	if err := a.revised(t, e, rev); err != nil {
		return err
	}
	return a.app.Series.changed(t, e, edits)
}

// hostsOne is the number of the one upcoming event the user hosts in the
// group, or 0 when they host none or several.
func (a *Events) hostsOne(t *turn, group, user int64) (int, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return 0, err
	}
	num := 0
	for _, e := range events {
		if e.Host != user || !e.Upcoming(t.now) {
			continue
		}
		if num != 0 {
			return 0, nil
		}
		num = e.Num
	}
	return num, nil
}

// Cancel calls event num off, for by. Everyone must confirm that too.
func (a *Events) Cancel(t *turn, group, by int64, num int) error {
	e, ok, err := a.event(t, group, num)
	if err == nil && ok {
		ok, err = a.allowed(t, group, by, e)
	}
	if err != nil || !ok {
		return err
	}
	if asked, err := a.app.Series.askScope(t, e, by, ""); asked || err != nil {
		return err
	}
	who, err := allaboard.LookupUser(t.tx, by)
	if err != nil {
		return err
	}
	rev, err := e.Cancel(who, t.now)
	if err != nil {
		return t.Tell(group, notice.OfChange(e, err))
	}
	if err := a.revised(t, e, rev); err != nil {
		return err
	}
	return a.app.Series.cancelled(t, e)
}

// hostedEvent is event num of a group if by may change it or, without a
// number (0), the one upcoming event by hosts; which is the kind of notice
// to reply with when there is no such one event.
func (a *Events) hostedEvent(t *turn, group, by int64, num int, which string) (allaboard.Event, bool, error) {
	if num == 0 {
		var err error
		if num, err = a.hostsOne(t, group, by); err != nil || num == 0 {
			if err == nil {
				err = t.Tell(group, notice.New(which))
			}
			return allaboard.Event{}, false, err
		}
	}
	e, ok, err := a.event(t, group, num)
	if err != nil || !ok {
		return e, false, err
	}
	ok, err = a.allowed(t, group, by, e)
	return e, ok, err
}

// allowed reports whether by may change e, in its group, replying when not.
func (a *Events) allowed(t *turn, group, by int64, e allaboard.Event) (bool, error) {
	if !allaboard.MayChange(e, by, t.admin(group, by)) {
		return false, t.Tell(group, notice.OfEvent(notice.ChangeNotAllowed, e))
	}
	return true, nil
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
// group, or 0 if it is no event's card: /edit as a reply to a card picks
// that event.
func (a *Events) cardEvent(t *turn, group int64, msg int) (int, error) {
	events, err := t.tx.Events(group)
	if err != nil {
		return 0, err
	}
	for _, e := range events {
		revs, err := t.tx.Revisions(group, e.Num)
		if err != nil {
			return 0, err
		}
		for _, rev := range allaboard.MaterialRevs(revs) { // every card it had
			e.Material = rev
			id, err := t.tx.RefMessage(group, allaboard.CardRef(e))
			if err != nil {
				return 0, err
			}
			if id == msg {
				return e.Num, nil
			}
		}
	}
	return 0, nil
}

// writtenAt is when a message sent at sent (zero if unknown) was written,
// for reading "tomorrow" or "in 2 hours" as its writer meant them: a
// message sent at 23:50 and read after midnight (the bot was busy or down)
// still means the next day from 23:50. Telegram's clock is trusted only
// within a day of the bot's.
func writtenAt(t *turn, sent time.Time) time.Time {
	if sent.IsZero() || sent.After(t.now) || t.now.Sub(sent) > 24*time.Hour {
		return t.now
	}
	return sent
}

// reader reads typed times as written at now in the group's zone, with the
// day and month in the order that zone's people write them, and the words
// of the group's language first where languages differ.
func (a *core) reader(tx allaboard.Tx, group int64, now time.Time) func(s string) (allaboard.Reading, error) {
	return a.readerWith(tx, group, now, allaboard.ReadWhen)
}

// readerWith reads typed text with read (a time, a day, a deadline) as
// written at now, in the group's zone, date order and language first.
func (a *core) readerWith(tx allaboard.Tx, group int64, now time.Time, read func(string, time.Time, *time.Location, allaboard.ReadOpts) (allaboard.Reading, error)) func(s string) (allaboard.Reading, error) {
	set := a.settings(tx, group)
	loc := set.Location()
	opts := allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc), Lang: set.Language}
	return func(s string) (allaboard.Reading, error) { return read(s, now, loc, opts) }
}

// aPerson reports whether whoever announces something is a person: posted
// as the group or a channel, there is nobody to send the status card and
// the hand-offs to, and others could change it.
func aPerson(host *User) bool {
	return host != nil && !host.IsBot && host.ID != allaboard.TelegramAccount
}
