package render

import (
	"errors"
	"fmt"
	"strconv"

	"allaboard"
	"allaboard/bot/lang"
)

// problem explains one code of allaboard.Problem in l, from the problem's
// Args as text, in the order allaboard lists them at each code; ok is false
// when the Args are not as it lists them.
type problem func(l lang.Lang, args []string) (text string, ok bool)

// said is a problem whose message takes the Args as the named values, in
// order, and How, which says how to write a cron expression.
func said(id string, names ...string) problem {
	return func(l lang.Lang, args []string) (string, bool) {
		if len(args) < len(names) {
			return "", false
		}
		data := map[string]any{"How": l.T("problem_cron_how", nil)}
		for i, name := range names {
			data[name] = args[i]
		}
		return l.T(id, data), true
	}
}

// counted is a problem whose message counts its first Arg; the rest take
// the names given.
func counted(id string, names ...string) problem {
	return func(l lang.Lang, args []string) (string, bool) {
		if len(args) < 1+len(names) {
			return "", false
		}
		n, err := strconv.Atoi(args[0])
		if err != nil {
			return "", false
		}
		data := map[string]any{}
		for i, name := range names {
			data[name] = args[1+i]
		}
		return l.N(id, n, data), true
	}
}

// byField is a problem about one of an event's fields, the first Arg: the
// field's own problem, with the rest of the Args.
func byField(fields map[allaboard.Field]problem) problem {
	return func(l lang.Lang, args []string) (string, bool) {
		if len(args) < 1 || fields[allaboard.Field(args[0])] == nil {
			return "", false
		}
		return fields[allaboard.Field(args[0])](l, args[1:])
	}
}

// problems explain, by code, input the domain refuses: plain text (Problem
// escapes it whole).
var problems = map[allaboard.ProblemCode]problem{
	allaboard.ProblemZone:             said("problem_zone", "Typed"),
	allaboard.ProblemQuiet:            said("problem_quiet"),
	allaboard.ProblemDelay:            said("problem_delay", "Typed"),
	allaboard.ProblemDelaysGrow:       said("problem_delays_grow", "Delay", "Before"),
	allaboard.ProblemTooManySteps:     counted("problem_too_many_steps"),
	allaboard.ProblemLastDelay:        said("problem_last_delay", "Least"),
	allaboard.ProblemStepsTooClose:    said("problem_steps_too_close", "Least", "Step", "Gap", "Before"),
	allaboard.ProblemLastStep:         said("problem_last_step", "Least"),
	allaboard.ProblemReminderLead:     said("problem_reminder_lead", "Typed"),
	allaboard.ProblemReminderTooClose: said("problem_reminder_too_close", "Lead", "Least"),
	allaboard.ProblemReminderTooEarly: said("problem_reminder_too_early", "Lead", "Most"),
	allaboard.ProblemReminderTwice:    said("problem_reminder_twice", "Lead"),
	allaboard.ProblemTooManyReminders: counted("problem_too_many_reminders"),
	allaboard.ProblemCalendarMissing:  said("problem_calendar_missing"),
	allaboard.ProblemCalendarTooLong:  said("problem_calendar_too_long"),
	allaboard.ProblemCalendarZone:     said("problem_calendar_zone"),
	allaboard.ProblemCalendarInterval: said("problem_calendar_interval"),
	allaboard.ProblemCalendarSyntax:   said("problem_calendar_syntax", "Typed", "Why"),
	allaboard.ProblemCalendarNever:    said("problem_calendar_never", "Typed"),
	allaboard.ProblemCalendarTooOften: said("problem_calendar_too_often", "Typed"),
	allaboard.ProblemChasePreset:      said("problem_chase_preset", "Typed"),
	allaboard.ProblemFieldEmpty: byField(map[allaboard.Field]problem{
		allaboard.FieldTitle: said("problem_title_empty"),
		allaboard.FieldWhere: said("problem_where_empty"),
		allaboard.FieldText:  said("problem_text_empty"),
	}),
	allaboard.ProblemFieldTooLong: byField(map[allaboard.Field]problem{
		allaboard.FieldTitle: counted("problem_title_too_long", "Most"),
		allaboard.FieldWhere: counted("problem_where_too_long", "Most"),
		allaboard.FieldNotes: counted("problem_notes_too_long", "Most"),
		allaboard.FieldText:  counted("problem_text_too_long", "Most"),
	}),
}

// Problem explains why input was refused, in Telegram HTML, as the rest of a
// sentence: "for <b>quiet</b>, " + Problem(l, err).
func Problem(l lang.Lang, err error) string { return Escape(ProblemPlain(l, err)) }

// ProblemPlain is Problem as plain text, for a terminal.
func ProblemPlain(l lang.Lang, err error) string {
	var p allaboard.Problem
	if !errors.As(err, &p) {
		return l.T("problem_unknown", nil)
	}
	explain, ok := problems[p.Code]
	if !ok {
		return l.T("problem_unknown", nil)
	}
	args := make([]string, len(p.Args))
	for i, a := range p.Args {
		args[i] = fmt.Sprint(a)
	}
	text, ok := explain(l, args)
	if !ok {
		return l.T("problem_unknown", nil)
	}
	return text
}
