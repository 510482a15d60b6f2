package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// The host's status card has buttons for what a host does next: remind the
// waiting ones now, see everyone, change the event, or cancel it.

// StatusAction is what a status card's button does.
type StatusAction = byte

// The status card's actions, the fourth part of their data.
const (
	StatusRemind  StatusAction = 'r'
	StatusAll     StatusAction = 'a'
	StatusChange  StatusAction = 'e'
	StatusCancel  StatusAction = 'c' // asks first
	StatusCancelY StatusAction = 'y' // yes, cancel it
	StatusKeep    StatusAction = 'k' // no, keep it
	// StatusCancelAll cancels a date of a series and all that follow
	// (StatusCancelY, that date only).
	StatusCancelAll StatusAction = 'z'
	// StatusKeepOpen keeps a notice without a day open, or no longer.
	StatusKeepOpen StatusAction = 'o'
)

// StatusPress is what a status card button sends: "s:<group>:<event>:<act>".
func StatusPress(group int64, num int, act StatusAction) string {
	return fmt.Sprintf("s:%d:%d:%c", group, num, act)
}

// IsStatusPress reports whether button data is a status card's.
func IsStatusPress(s string) bool { return strings.HasPrefix(s, "s:") }

// ParseStatusPress reads StatusPress's data, rejecting anything the bot did not make.
func ParseStatusPress(s string) (group int64, num int, act StatusAction, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 || parts[0] != "s" || len(parts[3]) != 1 {
		return 0, 0, 0, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	num, err2 := strconv.Atoi(parts[2])
	return group, num, parts[3][0], err1 == nil && err2 == nil && group < 0 && num > 0
}
