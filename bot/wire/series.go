package wire

import (
	"strconv"
	"strings"
)

// A change or cancellation of a date of a series asks its host whether it
// is for that date only or for it and all that follow.

// ScopePress is a press on that question: which group's event (a date of a
// series), and whether for all that follow too.
type ScopePress struct {
	Group int64
	Event int
	All   bool
}

// Encode is the button's data: "r:<group>:<event>:<o|a>".
func (p ScopePress) Encode() string {
	scope := "o"
	if p.All {
		scope = "a"
	}
	return "r:" + strconv.FormatInt(p.Group, 10) + ":" + strconv.Itoa(p.Event) + ":" + scope
}

// IsScopePress reports whether button data is a ScopePress's.
func IsScopePress(s string) bool { return strings.HasPrefix(s, "r:") }

// ParseScopePress reads ScopePress's data, refusing anything the bot did not make.
func ParseScopePress(s string) (ScopePress, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 4 || parts[0] != "r" || parts[3] != "o" && parts[3] != "a" {
		return ScopePress{}, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	num, err2 := strconv.Atoi(parts[2])
	p := ScopePress{Group: group, Event: num, All: parts[3] == "a"}
	if err1 != nil || err2 != nil || group >= 0 || num <= 0 || p.Encode() != s {
		return ScopePress{}, false
	}
	return p, true
}
