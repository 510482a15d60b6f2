package notice

import (
	"errors"
	"time"

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

// Kinds about calling off one date of a series by its day (/cancel <n> <day>).
const (
	// SeriesSkipped tells the group a date of a series (Group, Event: the
	// series' number) won't take place: "start" is its start (RFC 3339).
	SeriesSkipped = "series_skipped"
	// SeriesNotOnDay says a series (Group, Event: its number) has no date on
	// "day" (RFC 3339, the day's start).
	SeriesNotOnDay = "series_not_on_day"
	// NotOnDay says an event of no series (Group, Event) is not on "day"
	// (RFC 3339, the day's start).
	NotOnDay = "not_on_day"
)

// OfSkipped is the notice that s's date starting at start won't take place.
func OfSkipped(s allaboard.Series, start time.Time) *allaboard.Notice {
	n := New(SeriesSkipped, "start", start.Format(time.RFC3339))
	n.Group, n.Event = s.Group, s.Num
	return n
}

// OfSeriesNotOnDay is the notice that s has no date on day.
func OfSeriesNotOnDay(s allaboard.Series, day time.Time) *allaboard.Notice {
	n := New(SeriesNotOnDay, "day", day.Format(time.RFC3339))
	n.Group, n.Event = s.Group, s.Num
	return n
}
