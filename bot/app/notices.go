package app

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// Must-read notices are events of another kind: a text every member
// confirms, perhaps about a day, announced, chased, changed and cancelled
// by the same use cases as events. What differs is here: reading /announce,
// changing a notice, asking whether a new text was only a typo fix, and
// keeping a notice without a day open.

// Announce announces a notice in a group from the text typed after
// /announce: "<text>", "<text> | <day>", or a text that ends with its day
// ("… on Monday"). Which words are a day depends on the group's zone, so
// the text is read here, as written at sent (zero if unknown). Without a
// text, the host is shown how.
func (a *Notices) Announce(t *turn, group int64, host *User, text string, sent time.Time) error {
	if !aPerson(host) {
		return t.Tell(group, notice.New(notice.PostAsYourself))
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return t.Tell(group, notice.New(notice.AnnounceUsage))
	}
	body, typed := splitDay(text)
	if typed == "" && !strings.Contains(text, "|") {
		isDay := a.isDay(t, group, sent)
		if typed = allaboard.DayInText(text, isDay); typed == "" {
			if within := allaboard.DayWithin(text, isDay); within != "" {
				return a.askDayWithin(t, group, host.ID, text, within, sent)
			}
		}
	}
	var day allaboard.Span
	if typed != "" {
		asked := allaboard.AskedCommand{Chat: group, User: host.ID, Command: "announce", Args: body + " | " + typed}
		var ok bool
		var err error
		if day, ok, err = a.readAskingDay(t, asked, group, typed, sent); err != nil || !ok {
			return err
		}
	}
	by, ok, err := a.app.Events.announcer(t, group, host.ID)
	if err != nil || !ok {
		return err
	}
	e, rev, err := allaboard.NewNotice(group, 0, by, body, day, t.now)
	return a.app.Events.announceMade(t, group, e, rev, err)
}

// askDayWithin asks who announced text whether it is about the day it
// names inside, within: a button for each day within may be, and one for
// no day. The choice announces it (onChoicePress) as "<text> | <day>", or
// "<text> |" for none.
func (a *Notices) askDayWithin(t *turn, group, host int64, text, within string, sent time.Time) error {
	r, err := a.dayReader(t.tx, group, writtenAt(t, sent))(within)
	if err != nil {
		return err // isDay read it a moment ago
	}
	days := r.Ask
	if len(days) == 0 {
		days = []allaboard.Span{r.Span}
	}
	loc := a.zone(t.tx, group)
	asked := allaboard.AskedCommand{Chat: group, User: host, Command: "announce", Args: text + " | " + within, Typed: within}
	var data []string
	for i, d := range days {
		asked.Choices = append(asked.Choices, allaboard.DayTyped(d.Start, loc))
		data = append(data, choiceData+strconv.Itoa(i))
	}
	asked.Choices = append(asked.Choices, "") // no day
	if err := t.tx.SaveAskedCommand(asked); err != nil {
		return err
	}
	return t.Tell(group, notice.OfNoticeDayAsk(group, within, days, data, choiceData+strconv.Itoa(len(days))))
}

// splitDay splits "<text> | <day>" at its last "|"; without one, the whole
// is the text and the day is "".
func splitDay(args string) (text, day string) {
	i := strings.LastIndex(args, "|")
	if i < 0 {
		return strings.TrimSpace(args), ""
	}
	return strings.TrimSpace(args[:i]), strings.TrimSpace(args[i+1:])
}

// dayReader reads typed days as written at now in the group's zone, as
// reader reads times.
func (a *core) dayReader(tx allaboard.Tx, group int64, now time.Time) func(s string) (allaboard.Reading, error) {
	return a.readerWith(tx, group, now, allaboard.ReadDay)
}

// isDay says whether words name a day without a time, in the group's zone
// and as written at sent: where a notice's text ends with its day.
func (a *Notices) isDay(t *turn, group int64, sent time.Time) func(string) bool {
	read := a.reader(t.tx, group, writtenAt(t, sent))
	return func(s string) bool {
		_, err := read(s)
		return errors.Is(err, allaboard.ErrWhenNoTime)
	}
}

// readsDay says whether words read as a day (with or without a time), as
// written at sent: where the day in an /edit of a notice ends.
func (a *Notices) readsDay(t *turn, group int64, sent time.Time) func(string) bool {
	return readsWith(a.dayReader(t.tx, group, writtenAt(t, sent)))
}

// readAskingDay is readAsking for a notice's day: the reading is a whole
// day, and each choice it asks about is typed back as a day.
func (a *Notices) readAskingDay(t *turn, asked allaboard.AskedCommand, group int64, typed string, sent time.Time) (allaboard.Span, bool, error) {
	return a.readAskingWith(t, asked, group, typed, a.dayReader(t.tx, group, writtenAt(t, sent)),
		func(sp allaboard.Span, loc *time.Location) string { return allaboard.DayTyped(sp.Start, loc) })
}

// changeNotice changes a notice's text or day in one revision, from the
// changes typed after /edit (num's event is e): "text <new text>", "day
// <day>", "day -" for none; "title" is its text too. A new text is asked
// about, privately, in case it is only a typo fix.
func (a *Notices) changeNotice(t *turn, e allaboard.Event, group, by int64, changes string, sent time.Time) error {
	usage := &allaboard.Notice{Kind: notice.NoticeEditUsage, Event: e.Num}
	edits, bad := editParts(changes, a.readsDay(t, group, sent))
	if bad != "" || len(edits) == 0 {
		return t.Tell(group, usage)
	}
	asked := allaboard.AskedCommand{Chat: group, User: by, Command: "edit", Args: strconv.Itoa(e.Num) + " " + changes}
	for i, ed := range edits {
		switch ed.Field {
		case allaboard.FieldTitle, allaboard.FieldText:
			edits[i].Field = allaboard.FieldText
		case allaboard.FieldWhen:
			if strings.TrimSpace(ed.Text) == "-" {
				continue // no day any more
			}
			span, ok, err := a.readAskingDay(t, asked, e.Group, ed.Text, sent)
			if err != nil || !ok {
				return err
			}
			edits[i].When = span
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

// keepOpen keeps notice e, one without a day, open until it is cancelled,
// or no longer: then it closes a week after its last change, at once if
// that has passed.
func (a *Cards) keepOpen(t *turn, q *Press, e allaboard.Event) error {
	if !e.IsNotice() || e.Dated() || e.Cancelled {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	e.Kept = !e.Kept
	if err := t.tx.SaveEvent(e); err != nil {
		return err
	}
	answer := notice.NoticeKept
	if !e.Kept {
		answer = notice.NoticeUnkept
	}
	t.answer(q, notice.New(answer))
	if e.Started(t.now) {
		return a.app.Chase.started(t, e.Group, e.Num) // closed a while ago: now it is
	}
	if err := a.app.Chase.plan(t, e); err != nil {
		return err
	}
	return a.app.Events.refreshStatus(t, e)
}
