package allaboard

import (
	"fmt"
	"strings"
)

// Problem is input the domain refuses, as a code and the values that
// explain it. bot/render turns it into words, so that a second language is
// a catalogue there and nothing here. errors.Is matches it to ErrBadSetting,
// ErrEmpty or ErrTooLong, as its code says.
type Problem struct {
	Code ProblemCode
	// Args are the values an explanation shows, in the order given at each
	// code: text as typed (clipped), durations in the setting's own syntax
	// ("5m", "30d"), limits and counts.
	Args []any
}

// ProblemCode says what is wrong with some input. Codes are stable names,
// fit for logs and for a catalogue's keys.
type ProblemCode string

// Settings that cannot be read or used: errors.Is(p, ErrBadSetting). The
// comments list the Args.
const (
	ProblemZone             ProblemCode = "zone"               // the name as typed
	ProblemQuiet            ProblemCode = "quiet"              // none
	ProblemDelay            ProblemCode = "delay"              // the delay as typed
	ProblemDelaysGrow       ProblemCode = "delays-grow"        // the delay as typed, the delay before it
	ProblemTooManySteps     ProblemCode = "too-many-steps"     // the most steps
	ProblemLastDelay        ProblemCode = "last-delay"         // the shortest delay that may repeat
	ProblemStepsTooClose    ProblemCode = "steps-too-close"    // the least gap, a step, its gap, the step before
	ProblemLastStep         ProblemCode = "last-step"          // the shortest step that may repeat
	ProblemReminderLead     ProblemCode = "reminder-lead"      // the lead as typed
	ProblemReminderTooClose ProblemCode = "reminder-too-close" // the lead as typed, the shortest lead
	ProblemReminderTooEarly ProblemCode = "reminder-too-early" // the lead as typed, the longest lead
	ProblemReminderTwice    ProblemCode = "reminder-twice"     // the lead
	ProblemTooManyReminders ProblemCode = "too-many-reminders" // the most reminders
	ProblemCalendarMissing  ProblemCode = "calendar-missing"   // none
	ProblemCalendarTooLong  ProblemCode = "calendar-too-long"  // none
	ProblemCalendarZone     ProblemCode = "calendar-zone"      // none: the group's zone applies
	ProblemCalendarInterval ProblemCode = "calendar-interval"  // none: @every is no calendar
	ProblemCalendarSyntax   ProblemCode = "calendar-syntax"    // the expression, why cron can't read it
	ProblemCalendarNever    ProblemCode = "calendar-never"     // the expression
	ProblemCalendarTooOften ProblemCode = "calendar-too-often" // the expression
	ProblemChasePreset      ProblemCode = "chase-preset"       // the name as typed
)

// An event's text fields that cannot be used.
const (
	ProblemFieldEmpty   ProblemCode = "field-empty"    // the Field; errors.Is(p, ErrEmpty)
	ProblemFieldTooLong ProblemCode = "field-too-long" // the Field, its length, the most; errors.Is(p, ErrTooLong)
)

// Error is a short line for logs: the kind, the code and the values.
func (p Problem) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v: %s", p.kind(), p.Code)
	for _, a := range p.Args {
		if s, ok := a.(string); ok {
			fmt.Fprintf(&sb, " %q", s)
		} else {
			fmt.Fprintf(&sb, " %v", a)
		}
	}
	return sb.String()
}

// Is lets callers branch on the kind of problem without knowing its code.
func (p Problem) Is(target error) bool { return target == p.kind() }

func (p Problem) kind() error {
	switch p.Code {
	case ProblemFieldEmpty:
		return ErrEmpty
	case ProblemFieldTooLong:
		return ErrTooLong
	}
	return ErrBadSetting
}

// problem is a Problem with these values.
func problem(code ProblemCode, args ...any) Problem { return Problem{Code: code, Args: args} }
