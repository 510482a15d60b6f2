package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// What is asked in a group and answered in private: a deep link for one who
// has no private chat with the bot yet, which shows the answer once they
// press Start; and the buttons that pass a member's message on to a host.

// ListPayload is the /start payload that shows a group's upcoming events in
// private (/events asked in the group): "l-1001234567890".
func ListPayload(group int64) string { return "l" + strconv.FormatInt(group, 10) }

// ParseListPayload reads ListPayload's payload.
func ParseListPayload(s string) (group int64, ok bool) {
	digits, found := strings.CutPrefix(s, "l")
	group, err := strconv.ParseInt(digits, 10, 64)
	return group, found && err == nil && group < 0 && digits == strconv.FormatInt(group, 10)
}

// CountsPayload is the /start payload that shows an event's standing in
// private (/status <n> asked in the group): "s-1001234567890_12".
func CountsPayload(group int64, event int) string { return fmt.Sprintf("s%d_%d", group, event) }

// ParseCountsPayload reads CountsPayload's payload.
func ParseCountsPayload(s string) (group int64, event int, ok bool) {
	rest, found := strings.CutPrefix(s, "s")
	g, e, cut := strings.Cut(rest, "_")
	if !found || !cut {
		return 0, 0, false
	}
	group, err1 := strconv.ParseInt(g, 10, 64)
	event, err2 := strconv.Atoi(e)
	ok = err1 == nil && err2 == nil && group < 0 && event > 0 && CountsPayload(group, event) == s
	return group, event, ok
}

// PassOnPress is the data of the button that passes a member's message id
// on to the host of the offered event with index i: "p:123456:0". It names
// neither the event nor the text: both stay in the store, under the one who
// pressed, so data made up by someone else finds nothing.
func PassOnPress(id uint64, i int) string { return fmt.Sprintf("p:%d:%d", id, i) }

// IsPassOnPress reports whether button data is PassOnPress's.
func IsPassOnPress(s string) bool { return strings.HasPrefix(s, "p:") }

// ParsePassOnPress reads PassOnPress's data, rejecting anything the bot did not make.
func ParsePassOnPress(s string) (id uint64, i int, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 || parts[0] != "p" {
		return 0, 0, false
	}
	id, err1 := strconv.ParseUint(parts[1], 10, 64)
	i, err2 := strconv.Atoi(parts[2])
	ok = err1 == nil && err2 == nil && id > 0 && i >= 0 && PassOnPress(id, i) == s
	if !ok {
		return 0, 0, false
	}
	return id, i, true
}
