package allaboard

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrBadSetting means a setting's value could not be read.
var ErrBadSetting = errors.New("bad setting")

// Policy is how members are chased for the latest version of an event.
type Policy struct {
	// Schedule holds the delays after a revision at which a member who has
	// not confirmed is reminded; the last delay repeats.
	Schedule []time.Duration
	// Preset, if set, replaces Schedule: the reminders and the hand-off
	// follow the time left before the event.
	Preset  Preset
	Quiet   Quiet // no reminders in these hours of the group's zone
	HandOff int   // with a raw Schedule: with this reminder the host is asked to call
}

// DefaultPolicy is the product's default: 0, 15 min, 1 h, 4 h, then daily,
// quiet 21:00–08:00, host told with the 4th reminder.
var DefaultPolicy = Policy{
	Schedule: []time.Duration{0, 15 * time.Minute, time.Hour, 4 * time.Hour, 24 * time.Hour},
	Quiet:    Quiet{From: 21 * time.Hour, To: 8 * time.Hour},
	HandOff:  4,
}

// due returns when reminder number n (1 for the first) is due for a change
// made at from, for an event at start, moved out of quiet hours in loc.
func (p Policy) due(from, start time.Time, n int, loc *time.Location) time.Time {
	return p.Quiet.After(from.Add(p.delay(p.steps(from, start), n)), loc)
}

// steps are the reminder delays for a change made at from: the preset's for
// the time left, or the raw schedule.
func (p Policy) steps(from, start time.Time) []time.Duration {
	if p.Preset != "" {
		return p.Preset.steps(start.Sub(from))
	}
	if len(p.Schedule) == 0 {
		return DefaultPolicy.Schedule
	}
	return p.Schedule
}

// delay is reminder n's delay on a schedule whose last delay repeats: after
// 0,15m,1h,4h,24h come 48h, 72h, …
func (p Policy) delay(s []time.Duration, n int) time.Duration {
	if len(s) == 0 {
		s = DefaultPolicy.Schedule
	}
	if n <= len(s) {
		return s[max(n, 1)-1]
	}
	last := s[len(s)-1]
	if last <= 0 {
		last = 24 * time.Hour // a schedule of only "0" still repeats daily
	}
	return s[len(s)-1] + time.Duration(n-len(s))*last
}

// A schedule has at most maxSteps steps, and a last one that repeats at
// least minLastDelay apart, so that it does not repeat at once, forever.
const (
	maxSteps     = 20
	minLastDelay = time.Second
)

// parseSchedule reads a chase schedule such as "0,15m,1h,4h,24h".
func parseSchedule(s string) ([]time.Duration, error) {
	var out []time.Duration
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "0" {
			part = "0s"
		}
		d, err := time.ParseDuration(part)
		if err != nil || d < 0 {
			return nil, problem(ProblemDelay, part)
		}
		if len(out) > 0 && d <= out[len(out)-1] {
			return nil, problem(ProblemDelaysGrow, part, formatDuration(out[len(out)-1]))
		}
		out = append(out, d)
	}
	if len(out) > maxSteps {
		return nil, problem(ProblemTooManySteps, maxSteps)
	}
	if out[len(out)-1] < minLastDelay && len(out) > 1 {
		return nil, problem(ProblemLastDelay, formatDuration(minLastDelay))
	}
	return out, nil
}

// MinGroupStep is the shortest wait between two reminders a group may set:
// shorter ones would let one group use up the bot's whole sending budget.
const MinGroupStep = 5 * time.Minute

// parseGroupSchedule reads a chase schedule as /settings accepts it: like
// parseSchedule, with reminders at least MinGroupStep apart, the repeating
// last step included. Only the operator's flag may set shorter ones.
func parseGroupSchedule(s string) ([]time.Duration, error) {
	out, err := parseSchedule(s)
	if err != nil {
		return nil, err
	}
	prev := time.Duration(0)
	for i, d := range out {
		if i > 0 && d-prev < MinGroupStep {
			return nil, problem(ProblemStepsTooClose, formatDuration(MinGroupStep), formatDuration(d), formatDuration(d-prev), formatDuration(prev))
		}
		prev = d
	}
	if last := out[len(out)-1]; last > 0 && last < MinGroupStep {
		return nil, problem(ProblemLastStep, formatDuration(MinGroupStep))
	}
	return out, nil
}

// FormatSchedule writes a schedule the way ParseChase reads it.
func FormatSchedule(s []time.Duration) string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = formatDuration(d)
	}
	return strings.Join(parts, ",")
}

func formatDuration(d time.Duration) string {
	switch {
	case d == 0:
		return "0"
	case d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return d.String()
}

// MaxMentions is how many mentions in one message reliably notify: a
// reminder in a group names at most this many members.
const MaxMentions = 5
