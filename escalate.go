package allaboard

import (
	"slices"
	"strings"
	"time"
)

// Preset is a group's chase cadence in words people use. The reminders and
// the hand-off to the host follow the time left between a change and the
// event: a party twelve days away is chased gently, one this afternoon
// urgently.
type Preset string

// The presets a group can choose.
const (
	Gentle Preset = "gentle"
	Normal Preset = "normal"
	Urgent Preset = "urgent"
)

// presets are the presets, gentlest first.
var presets = []Preset{Gentle, Normal, Urgent}

// parsePreset reads a preset's name.
func parsePreset(s string) (Preset, error) {
	p := Preset(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(presets, p) {
		return p, nil
	}
	return "", problem(ProblemChasePreset, clipInput(s))
}

// ParseChase reads how a group's members are chased: a preset's name, or
// (with digits) a raw schedule, which only an operator may make closer
// together than MinGroupStep.
func ParseChase(s string, operator bool) (Preset, []time.Duration, error) {
	if !strings.ContainsAny(s, "0123456789") {
		p, err := parsePreset(s)
		return p, nil, err
	}
	if operator {
		steps, err := parseSchedule(s)
		return "", steps, err
	}
	steps, err := parseGroupSchedule(s)
	return "", steps, err
}

// nearStart is how close to the start a change must be made for the host to
// be told after the first round of reminders, handOffSoon after it. A call
// is still useful usefulCall before the start.
const (
	nearStart   = 2 * time.Hour
	handOffSoon = 5 * time.Minute
	usefulCall  = time.Hour
)

// steps are the delays after a change made left before the start at which
// members are reminded, on the normal cadence; the last repeats.
func normalSteps(left time.Duration) []time.Duration {
	const h, d = time.Hour, 24 * time.Hour
	switch {
	case left <= nearStart:
		return []time.Duration{0, 15 * time.Minute, 30 * time.Minute}
	case left <= d:
		return []time.Duration{0, 15 * time.Minute, h, 3 * h}
	case left <= 7*d:
		return []time.Duration{0, h, 4 * h, d}
	}
	return []time.Duration{0, 4 * h, 2 * d}
}

// presetSteps are the preset's reminder delays for a change made left before
// the start: gentle ones twice as far apart, urgent ones half as far (at
// least MinGroupStep).
func (p Preset) steps(left time.Duration) []time.Duration {
	steps := normalSteps(left)
	out := make([]time.Duration, len(steps))
	for i, s := range steps {
		switch p {
		case Gentle:
			s *= 2
		case Urgent:
			if s > 0 {
				s = max(s/2, MinGroupStep)
			}
		}
		out[i] = s
	}
	return out
}

// handOffShare is the share of the time between a change and the start after
// which the host is told whom to call: a quarter, an eighth when urgent.
func (p Preset) handOffShare() time.Duration {
	if p == Urgent {
		return 8
	}
	return 4
}

// HandOffAt returns when the host is told to contact a member personally who
// has not confirmed the change made at from, for an event at start: after the
// first round (handOffSoon, or a quarter of the time left if less) for a
// change made within nearStart of the start,
// otherwise when a quarter of the time left has passed (an eighth if urgent),
// or with the HandOff-th reminder of an operator's raw schedule if that is
// sooner. Quiet hours delay it only while calling is still useful: their end
// must be usefulCall before the start. With a preset it never comes before
// the member's first reminder has had handOffSoon to work. The zero time
// means never: the event starts first.
func (p Policy) HandOffAt(from, start time.Time, loc *time.Location) time.Time {
	left := start.Sub(from)
	if left <= 0 {
		return time.Time{}
	}
	at := from.Add(left / p.Preset.handOffShare())
	if p.Preset == "" {
		at = from.Add(left / 4)
		if p.HandOff > 0 {
			if nth := from.Add(p.delay(p.Schedule, p.HandOff)); nth.Before(at) {
				at = nth
			}
		}
	}
	soon := min(handOffSoon, left/4) // 12 minutes ahead: after 3
	if left <= nearStart {
		at = from.Add(soon)
	}
	if end := p.Quiet.After(at, loc); end.After(at) && !end.After(start.Add(-usefulCall)) {
		at = end
	}
	if p.Preset != "" {
		var fresh Response
		fresh.Restart(from, time.Time{})
		if first := p.Next(fresh, from, start, loc); !first.IsZero() && at.Before(first.Add(soon)) {
			at = first.Add(soon)
		}
	}
	if !at.Before(start) {
		return time.Time{}
	}
	return at
}
