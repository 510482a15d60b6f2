package notice

import (
	"errors"

	"allaboard"
)

// Kinds about series, events that repeat.
const (
	// RepeatProblem explains a repeat rule that can't be used: "typed", and
	// "why": "no-time", "am-pm", "until", "count", or nothing for unreadable.
	RepeatProblem = "repeat_problem"
	// SeriesScope asks the host whether a change ("cancel" set for a
	// cancellation) of a date of a series is for that date only or for it
	// and all that follow: "only" and "all" are its buttons' data.
	SeriesScope = "series_scope"
	// DraftRepeat asks in guided creation whether the event repeats: "no",
	// "weekly", "fortnightly", "monthly" are its buttons' data.
	DraftRepeat = "draft_repeat"
)

// OfRepeat is the notice explaining why a typed repeat rule was refused.
func OfRepeat(typed string, err error) *allaboard.Notice {
	why := ""
	switch {
	case errors.Is(err, allaboard.ErrRepeatNoTime):
		why = "no-time"
	case errors.Is(err, allaboard.ErrRepeatAmPm):
		why = "am-pm"
	case errors.Is(err, allaboard.ErrRepeatUntil):
		why = "until"
	case errors.Is(err, allaboard.ErrRepeatCount):
		why = "count"
	}
	return New(RepeatProblem, "typed", typed, "why", why)
}
