package app

import (
	"fmt"
	"strconv"
	"strings"

	"allaboard"
)

// revisionChoice is a two-button question about one revision of an event
// (are new notes important? was a notice's new text a typo fix?). Its
// buttons send "<prefix>:<group>:<event>:<rev>:<yes or no>".
type revisionChoice struct {
	prefix, yes, no string
	minRev          int // the first revision the question can be about
}

var (
	notesChoice = revisionChoice{prefix: "n", yes: "y", no: "n", minRev: 1} // the notes are important
	minorChoice = revisionChoice{prefix: "m", yes: "t", no: "a", minRev: 2} // a typo fix, not asked again
)

// data is what the button for answer sends about revision rev of e.
func (c revisionChoice) data(e allaboard.Event, rev int, answer bool) string {
	a := c.no
	if answer {
		a = c.yes
	}
	return fmt.Sprintf("%s:%d:%d:%d:%s", c.prefix, e.Group, e.Num, rev, a)
}

// is reports whether button data is this question's.
func (c revisionChoice) is(s string) bool { return strings.HasPrefix(s, c.prefix+":") }

// parse reads data made by data, rejecting anything else.
func (c revisionChoice) parse(s string) (group int64, num, rev int, answer, ok bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 5 || parts[0] != c.prefix || parts[4] != c.yes && parts[4] != c.no {
		return 0, 0, 0, false, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	num, err2 := strconv.Atoi(parts[2])
	rev, err3 := strconv.Atoi(parts[3])
	ok = err1 == nil && err2 == nil && err3 == nil && group < 0 && num > 0 && rev >= c.minRev
	return group, num, rev, parts[4] == c.yes, ok
}
