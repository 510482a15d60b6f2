package render

import (
	"errors"
	"fmt"

	"allaboard"
)

// calendarExample ends every explanation that is about how to write a cron
// expression.
const calendarExample = "give minute hour day-of-month month day-of-week, like 0 19 * * * (every day at 19:00)"

// problems explain, by code, input the domain refuses. They are plain text
// (Problem escapes them whole) filled with the problem's Args in order, as
// allaboard lists them at each code.
var problems = map[allaboard.ProblemCode]string{
	allaboard.ProblemZone:             "%q is not a time zone; use a name like Europe/Berlin or America/New_York",
	allaboard.ProblemQuiet:            "quiet hours look like 21:00-08:00, or off",
	allaboard.ProblemDelay:            "%q is not a delay like 15m or 4h",
	allaboard.ProblemDelaysGrow:       "delays must grow, %s comes after %s",
	allaboard.ProblemTooManySteps:     "at most %v steps",
	allaboard.ProblemLastDelay:        "the last delay repeats, so it must be at least %s",
	allaboard.ProblemStepsTooClose:    "reminders must be at least %s apart, and %s comes only %s after %s",
	allaboard.ProblemLastStep:         "the last step repeats, so it must be at least %s",
	allaboard.ProblemReminderLead:     "%q is not a time before the event like 1d, 2h or 30m (or off)",
	allaboard.ProblemReminderTooClose: "%s is too close to the event; remind at least %s before",
	allaboard.ProblemReminderTooEarly: "%s is too early; remind at most %s before",
	allaboard.ProblemReminderTwice:    "%s is given twice",
	allaboard.ProblemTooManyReminders: "at most %v reminders",
	allaboard.ProblemCalendarMissing:  "a cron expression is missing: " + calendarExample,
	allaboard.ProblemCalendarTooLong:  "that is too long for a cron expression: " + calendarExample,
	allaboard.ProblemCalendarZone:     "leave out CRON_TZ= and TZ=: the digest follows the group's timezone setting (/settings timezone)",
	allaboard.ProblemCalendarInterval: "a digest follows the calendar, not an interval: instead of @every, " + calendarExample,
	allaboard.ProblemCalendarSyntax:   "can't read %q (%s): " + calendarExample,
	allaboard.ProblemCalendarNever:    "%q never happens: no date matches it",
	allaboard.ProblemCalendarTooOften: "%q runs more than once an hour; a digest comes at most once an hour",
	allaboard.ProblemChasePreset:      "%q is not a pace: choose gentle, normal or urgent",
	allaboard.ProblemFieldEmpty:       "%s can't be empty",
	allaboard.ProblemFieldTooLong:     "%s has %v characters, at most %v fit",
}

// problemUnknown explains an error that is not an allaboard.Problem.
const problemUnknown = "that value can't be used"

// Problem explains why input was refused, in Telegram HTML, as the rest of a
// sentence: "for <b>quiet</b>, " + Problem(err).
func Problem(err error) string { return Escape(ProblemPlain(err)) }

// ProblemPlain is Problem as plain text, for a terminal.
func ProblemPlain(err error) string {
	var p allaboard.Problem
	if !errors.As(err, &p) {
		return problemUnknown
	}
	format, ok := problems[p.Code]
	if !ok {
		return problemUnknown
	}
	return fmt.Sprintf(format, p.Args...)
}
