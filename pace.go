package allaboard

import (
	"strings"
	"time"
)

// A host chooses how hard their own event is chased: its pace, one of the
// presets, overrides the group's chase setting for that event only.

// FollowGroup is the word that gives back the group's setting: an event's
// pace, a host's digest time.
const FollowGroup = "group"

// ParsePace reads an event's pace as /edit takes it: a preset's name, or
// FollowGroup for the group's own (""), in any case.
func ParsePace(s string) (Preset, error) {
	if strings.EqualFold(strings.TrimSpace(s), FollowGroup) {
		return "", nil
	}
	return parsePreset(s)
}

// For is the policy by which e's members are chased: the group's, at e's
// own pace if its host chose one.
func (p Policy) For(e Event) Policy {
	if e.Pace != "" {
		p.Preset = e.Pace
	}
	return p
}

// SetPace sets how hard e is chased ("" for the group's pace). A cancelled
// or started event is chased no more: it keeps its pace.
func (e *Event) SetPace(p Preset, now time.Time) error {
	if err := e.editable(now); err != nil {
		return err
	}
	e.Pace = p
	return nil
}
