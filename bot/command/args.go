package command

import (
	"strconv"
	"strings"

	"allaboard/bot/app"
	"allaboard/bot/notice"
)

// How arguments are read, the same way for every command.

// eventNumber reads /cmd <n>: one argument, an event's number as typed ("3"
// or "#3"). When it can't, it tells the chat how the command is used
// (usage), or that what was typed is no event number; ok is then false.
func eventNumber(t *app.Turn, m *app.Message, usage string) (num int, ok bool, err error) {
	fields := strings.Fields(m.Args)
	if len(fields) != 1 {
		return 0, false, t.Tell(m.Chat.ID, notice.New(usage))
	}
	num, ok = parseNumber(fields[0])
	if !ok {
		return 0, false, t.Tell(m.Chat.ID, notice.New(notice.BadEventNum, "typed", fields[0]))
	}
	return num, true, nil
}

// parseNumber reads an event's number as typed: "3" or "#3".
func parseNumber(typed string) (int, bool) {
	num, err := strconv.Atoi(strings.TrimPrefix(typed, "#"))
	return num, err == nil && num > 0
}
