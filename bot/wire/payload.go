package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// Deep links (t.me/<bot>?start=<payload>) open a private chat with the bot
// and send it /start <payload>: Telegram passes on at most 64 characters of
// [A-Za-z0-9_-].

// EventPayload is a deep link's payload that opens an event in a private
// chat: "e-1001234567890_12".
func EventPayload(group int64, event int) string { return fmt.Sprintf("e%d_%d", group, event) }

// ParseEventPayload reads EventPayload's payload.
func ParseEventPayload(s string) (group int64, event int, ok bool) {
	g, e, found := strings.Cut(strings.TrimPrefix(s, "e"), "_")
	if !found || !strings.HasPrefix(s, "e") {
		return 0, 0, false
	}
	group, err1 := strconv.ParseInt(g, 10, 64)
	event, err2 := strconv.Atoi(e)
	return group, event, err1 == nil && err2 == nil && group < 0 && event > 0
}

// NewEventPayload is the /start payload of a deep link that starts guided
// creation for a group: "new_" and the group's id without its sign.
func NewEventPayload(group int64) string { return "new_" + strconv.FormatInt(-group, 10) }

// ParseNewEventPayload reads NewEventPayload's payload.
func ParseNewEventPayload(s string) (group int64, ok bool) {
	digits, found := strings.CutPrefix(s, "new_")
	n, err := strconv.ParseInt(digits, 10, 64)
	return -n, found && err == nil && n > 0
}

// The payloads that carry nothing else.
const (
	OpenChatPayload = "hello" // the group's "open a private chat" button: a member, not a host to pitch to
	ResumePayload   = "draft" // back to the guided creation waiting for an answer
	AddPayload      = "add"   // the link that adds the bot to a group (?startgroup=)
)
