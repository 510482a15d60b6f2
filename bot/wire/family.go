package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// FamilyPress is what a button under an invitation sends back: the group,
// who invited, and the answer. Who answers is the press's sender, and the
// answer counts only if that sender is the one invited (see allaboard.FamilyAsk).
type FamilyPress struct {
	Group int64
	From  int64
	Yes   bool
}

// Encode fits in Telegram's 64 bytes: "h:-1001234567890:1234567890123:y" is 33.
func (p FamilyPress) Encode() string {
	answer := "n"
	if p.Yes {
		answer = "y"
	}
	return fmt.Sprintf("h:%d:%d:%s", p.Group, p.From, answer)
}

// IsFamilyPress reports whether button data is an answer to an invitation.
func IsFamilyPress(s string) bool { return strings.HasPrefix(s, "h:") }

// ParseFamilyPress reads button data, rejecting anything the bot did not make.
func ParseFamilyPress(s string) (FamilyPress, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 || parts[0] != "h" || parts[3] != "y" && parts[3] != "n" {
		return FamilyPress{}, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	from, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil || group >= 0 || from <= 0 {
		return FamilyPress{}, false
	}
	return FamilyPress{group, from, parts[3] == "y"}, true
}
