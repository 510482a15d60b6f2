package command

import (
	"strconv"
	"strings"
	"unicode"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// Announcing, changing, cancelling and co-hosting events, in the group.

// announce: /event <text>. The use case reads the text: one not split at
// "|" or lines is a sentence whose time is found in the group's zone, and a
// question about the time carries the text out again once answered.
func announce(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Events.Announce(t, m.Chat.ID, m.From, m.Args, m.Sent)
}

// announceNotice: /announce <text>, "<text> | <day>", or a text that ends
// with its day; the use case reads the day in the group's zone.
func announceNotice(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Notices.Announce(t, m.Chat.ID, m.From, m.Args, m.Sent)
}

// announceTodo: /todo <what> by <when>, or "<what> | <when>"; the use case
// reads the deadline in the group's zone.
func announceTodo(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Todos.Announce(t, m.Chat.ID, m.From, m.Args, m.Sent)
}

// change: /edit [n] <changes>, /edit [n] guests @name… | all, or /edit [n]
// pace <pace>.
func change(a *app.App, t *app.Turn, m *app.Message) error {
	c, refusal := parseChange(m.Args)
	switch {
	case refusal != nil:
		return t.Tell(m.Chat.ID, refusal)
	case c.guests:
		return a.Events.SetGuests(t, m.Chat.ID, m.From.ID, c.num, c.usernames)
	case c.pace:
		return a.Chase.SetPace(t, m.Chat.ID, m.From.ID, c.num, c.paceValue)
	}
	return a.Events.Change(t, m.Chat.ID, m.From.ID, c.num, m.ReplyTo, c.changes, m.Sent)
}

// cancel: /cancel <n>, or /cancel <n> <day> for one date of a series
// ("/cancel 4 Tue 22 Dec"), which the use case reads in the group's zone.
func cancel(a *app.App, t *app.Turn, m *app.Message) error {
	fields := strings.Fields(m.Args)
	if len(fields) < 2 {
		num, ok, err := eventNumber(t, m, notice.CancelUsage)
		if err != nil || !ok {
			return err
		}
		return a.Events.Cancel(t, m.Chat.ID, m.From.ID, num)
	}
	num, ok := parseNumber(fields[0])
	if !ok {
		return t.Tell(m.Chat.ID, notice.New(notice.BadEventNum, "typed", fields[0]))
	}
	return a.Series.CancelDate(t, m.Chat.ID, m.From.ID, num, strings.Join(fields[1:], " "), m.Sent)
}

// coHost: /cohost [n] @name, /cohost [n] remove @name.
func coHost(a *app.App, t *app.Turn, m *app.Message) error {
	c, refusal := parseCoHost(m.Args)
	switch {
	case refusal != nil:
		return t.Tell(m.Chat.ID, refusal)
	case c.remove:
		return a.Events.RemoveCoHost(t, m.Chat.ID, m.From.ID, c.num, c.username)
	}
	return a.Events.AddCoHost(t, m.Chat.ID, m.From.ID, c.num, c.username)
}

// changeArgs are /edit's arguments as read: the event's number (0: the
// event whose card the command replies to, or the one the sender hosts),
// and either the changes as typed, or whom the event is for.
type changeArgs struct {
	num       int
	changes   string   // "when Sun 14:00 where Café": read by Events.Change
	guests    bool     // /edit [n] guests …
	usernames []string // with guests: whom it is for, none for the whole group
	pace      bool     // /edit [n] pace …
	paceValue string   // with pace: as typed, "" for none (the use case explains)
}

// isPaceWord reports whether word names an event's pace in /edit: "pace",
// or "chase" as the group's setting is called.
func isPaceWord(word string) bool {
	return strings.EqualFold(word, "pace") || strings.EqualFold(word, "chase")
}

// parseChange reads /edit [n] <changes>, /edit [n] guests @name… | all
// and /edit [n] pace <pace>; refusal is the reply when they can't be read.
// The first word is the event's number unless it names a field, or is
// "guests" or a pace word.
func parseChange(args string) (c changeArgs, refusal *allaboard.Notice) {
	args = strings.TrimSpace(args)
	typed, rest := args, ""
	if i := strings.IndexFunc(args, unicode.IsSpace); i >= 0 {
		typed, rest = args[:i], args[i:]
	}
	if app.IsFieldWord(typed) || strings.EqualFold(typed, "guests") || isPaceWord(typed) { // no number
		typed, rest = "", args
	}
	word, names, _ := strings.Cut(strings.TrimSpace(rest), " ")
	c.guests = strings.EqualFold(word, "guests")
	c.pace = isPaceWord(word)
	num, _ := parseNumber(typed) // for the examples of a usage: 0 if none
	switch {
	case c.pace:
		c.paceValue = strings.TrimSpace(names)
	case c.guests && len(strings.Fields(names)) == 0:
		return c, notice.New(notice.GuestsUsage)
	case !c.guests && strings.TrimSpace(strings.ReplaceAll(rest, "|", "")) == "":
		return c, &allaboard.Notice{Kind: notice.EditUsage, Event: num}
	case !c.guests && !app.IsFieldWord(firstWord(rest)):
		n := notice.New(notice.EditField, "typed", firstWord(rest))
		n.Event = num
		return c, n
	}
	if typed != "" {
		var ok bool
		if c.num, ok = parseNumber(typed); !ok {
			return c, notice.New(notice.BadEventNum, "typed", typed)
		}
	}
	if c.pace {
		return c, nil
	}
	if !c.guests {
		c.changes = rest
		return c, nil
	}
	c.usernames, refusal = parseGuests(strings.Fields(names))
	return c, refusal
}

// firstWord is the first word of changes: a field's (Events.Change reads
// the others, which may be part of a field's value).
func firstWord(changes string) string {
	words := strings.Fields(strings.ReplaceAll(changes, "|", " "))
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// parseGuests reads whom an event is for: "@ana @ben", or "all" for the
// whole group (no usernames).
func parseGuests(names []string) (usernames []string, refusal *allaboard.Notice) {
	if len(names) == 1 && strings.EqualFold(names[0], "all") {
		return nil, nil
	}
	for _, name := range names {
		username, ok := strings.CutPrefix(name, "@")
		if !ok || username == "" {
			return nil, notice.New(notice.GuestsNotKnown, "typed", name)
		}
		usernames = append(usernames, username)
	}
	return usernames, nil
}

// coHostArgs are /cohost's arguments as read.
type coHostArgs struct {
	num      int // 0: the one upcoming event the sender hosts
	remove   bool
	username string // without "@"
}

// parseCoHost reads /cohost [n] [remove] @name; refusal is the reply when
// it can't.
func parseCoHost(args string) (c coHostArgs, refusal *allaboard.Notice) {
	fields := strings.Fields(args)
	typed := ""
	if len(fields) > 0 {
		if _, err := strconv.Atoi(strings.TrimPrefix(fields[0], "#")); err == nil {
			typed, fields = fields[0], fields[1:]
		}
	}
	if len(fields) > 0 && strings.EqualFold(fields[0], "remove") {
		c.remove, fields = true, fields[1:]
	}
	if len(fields) != 1 || len(fields[0]) < 2 || !strings.HasPrefix(fields[0], "@") {
		return c, notice.New(notice.CoHostUsage)
	}
	c.username = fields[0][1:]
	if typed != "" {
		var ok bool
		if c.num, ok = parseNumber(typed); !ok { // "0"
			return c, notice.New(notice.BadEventNum, "typed", typed)
		}
	}
	return c, nil
}
