package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// LanguagePress is what a button of a language menu sends back: the
// language's code, for the presser's own messages (Group 0) or for a group's.
// A group's press with no code asks for the menu (the welcome's 🌐 button).
type LanguagePress struct {
	Group int64
	Code  string
}

// Encode fits in Telegram's 64 bytes: "lg:-1001234567890:uk" is 20.
func (p LanguagePress) Encode() string {
	if p.Group == 0 {
		return "lg:" + p.Code
	}
	return fmt.Sprintf("lg:%d:%s", p.Group, p.Code)
}

// IsLanguagePress reports whether button data is a choice of language.
func IsLanguagePress(s string) bool { return strings.HasPrefix(s, "lg:") }

// ParseLanguagePress reads button data, rejecting anything the bot did not
// make; whether the code is a language the bot speaks is the caller's to check.
func ParseLanguagePress(s string) (LanguagePress, bool) {
	parts := strings.Split(s, ":")
	if parts[0] != "lg" || len(parts) < 2 || len(parts) > 3 {
		return LanguagePress{}, false
	}
	p := LanguagePress{Code: parts[len(parts)-1]}
	if len(parts) == 3 {
		g, err := strconv.ParseInt(parts[1], 10, 64)
		if err != nil || g >= 0 {
			return LanguagePress{}, false
		}
		p.Group = g
	}
	if (p.Code == "" && p.Group == 0) || len(p.Code) > 8 {
		return LanguagePress{}, false
	}
	return p, true
}
