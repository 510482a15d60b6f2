package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// A sign-up list's buttons: a member claims or releases an item, or answers
// whether they still bring what they claimed after the event moved. Who
// presses is always the press's sender, so the data cannot claim for
// another.

// BringAction is what a sign-up list's button does.
type BringAction = byte

// The list's actions, the last part of their data.
const (
	BringClaim   BringAction = 'c' // I bring this item
	BringRelease BringAction = 'r' // I no longer bring it
	BringStill   BringAction = 'y' // after a move: I still bring all I claimed
	BringDrop    BringAction = 'x' // after a move: release all I claimed
)

// BringPress is what a sign-up list's button sends: the event, the item (0
// for all of the sender's), the material revision the message showed, and
// the action.
type BringPress struct {
	Group int64
	Event int
	Item  int
	Rev   int
	Act   BringAction
}

// Encode fits in Telegram's 64 bytes: "b:-1001234567890:999:30:999:c" is 30.
func (p BringPress) Encode() string {
	return fmt.Sprintf("b:%d:%d:%d:%d:%c", p.Group, p.Event, p.Item, p.Rev, p.Act)
}

// IsBringPress reports whether button data is a sign-up list's.
func IsBringPress(s string) bool { return strings.HasPrefix(s, "b:") }

// ParseBringPress reads BringPress's data, rejecting anything the bot did
// not make.
func ParseBringPress(s string) (BringPress, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 6 || parts[0] != "b" || len(parts[5]) != 1 {
		return BringPress{}, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	// Numbers within 32 bits keep the data within Telegram's 64 bytes.
	event, err2 := strconv.ParseInt(parts[2], 10, 32)
	item, err3 := strconv.ParseInt(parts[3], 10, 32)
	rev, err4 := strconv.ParseInt(parts[4], 10, 32)
	p := BringPress{group, int(event), int(item), int(rev), parts[5][0]}
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || group >= 0 || event < 1 || item < 0 || rev < 1 {
		return BringPress{}, false
	}
	switch p.Act {
	case BringClaim, BringRelease:
		if item < 1 {
			return BringPress{}, false
		}
	case BringStill, BringDrop:
		if item != 0 {
			return BringPress{}, false
		}
	default:
		return BringPress{}, false
	}
	if p.Encode() != s { // "+1", "01": not ours
		return BringPress{}, false
	}
	return p, true
}

// BringPayload is the /start payload of the group card's button that opens
// an event's sign-up list in private: "b-1001234567890_12".
func BringPayload(group int64, event int) string { return fmt.Sprintf("b%d_%d", group, event) }

// ParseBringPayload reads BringPayload's payload.
func ParseBringPayload(s string) (group int64, event int, ok bool) {
	rest, found := strings.CutPrefix(s, "b")
	g, e, cut := strings.Cut(rest, "_")
	if !found || !cut {
		return 0, 0, false
	}
	group, err1 := strconv.ParseInt(g, 10, 64)
	event, err2 := strconv.Atoi(e)
	ok = err1 == nil && err2 == nil && group < 0 && event > 0 && BringPayload(group, event) == s
	if !ok {
		return 0, 0, false
	}
	return group, event, true
}
