package app

import (
	"testing"

	"allaboard"
)

// A question's buttons read back as they were made, and nothing else reads
// as one: not the other question's, not a forged revision.
func TestRevisionChoiceData(t *testing.T) {
	e := allaboard.Event{Group: -100, Num: 3}
	for _, c := range []revisionChoice{notesChoice, minorChoice} {
		for _, answer := range []bool{true, false} {
			data := c.data(e, 4, answer)
			group, num, rev, got, ok := c.parse(data)
			if !ok || !c.is(data) || group != -100 || num != 3 || rev != 4 || got != answer {
				t.Errorf("%s: %q read back as %d %d %d %v %v", c.prefix, data, group, num, rev, got, ok)
			}
		}
	}
	for _, forged := range []string{
		"n:-100:3:4", "n:-100:3:4:x", "n:100:3:4:y", "n:-100:0:4:y", "n:-100:3:0:y", "n:-100:3:4:y:z",
		"m:-100:3:1:t", "m:-100:3:4:y", "x:-100:3:4:t",
	} {
		for _, c := range []revisionChoice{notesChoice, minorChoice} {
			if _, _, _, _, ok := c.parse(forged); ok {
				t.Errorf("%s: %q read as a choice", c.prefix, forged)
			}
		}
	}
	if notesChoice.is(minorChoice.data(e, 4, true)) || minorChoice.is(notesChoice.data(e, 4, true)) {
		t.Errorf("one question's buttons read as the other's")
	}
}
