package render

import (
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Repeats is a series' rule as a parent says it, in l: "every Tue 17:00",
// "every Tue/Thu 17:00", "every other Sat 10:00", "every first Mon of the
// month, 19:00", "weekdays 08:00". The time is the first date's, in loc.
func Repeats(l lang.Lang, r allaboard.Rule, loc *time.Location) string {
	text := repeats(l, r, loc)
	p, err := r.Repeat()
	switch {
	case err != nil:
	case p.Count > 0: // "every Tue 17:00, 10 times"
		return l.N("series_times", p.Count, map[string]any{"Rule": text})
	case !p.Until.IsZero(): // "every Tue 17:00 until Sun 20 Dec"
		return l.T("series_until", map[string]any{"Rule": text, "Date": l.Day(p.Until)})
	}
	return text
}

// repeats is Repeats without the end.
func repeats(l lang.Lang, r allaboard.Rule, loc *time.Location) string {
	p, err := r.Repeat()
	start := r.Start.In(loc)
	data := map[string]any{"Time": l.Time(start), "Day": ""}
	days := make([]string, len(p.Days)) // "Tue/Thu": every day the rule has
	for i, d := range p.Days {
		days[i] = shortDay(l, d)
	}
	data["Day"] = strings.Join(days, "/")
	switch {
	case err != nil:
		return l.T("series_weekly", data)
	case p.Freq == allaboard.Daily:
		return l.T("series_daily", data)
	case p.Weekdays():
		return l.T("series_weekdays", data)
	case p.Freq == allaboard.Monthly && p.Nth < 0:
		return l.T("series_monthly_last", data)
	case p.Freq == allaboard.Monthly:
		return l.T("series_monthly_"+strconv.Itoa(p.Nth), data)
	case p.Interval == 2:
		return l.T("series_fortnightly", data)
	}
	return l.T("series_weekly", data)
}

// shortDay is a weekday's short name in l: "Tue", "Di.", "вт".
func shortDay(l lang.Lang, d time.Weekday) string {
	monday := time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC) // a Monday
	day := l.Weekday(monday.AddDate(0, 0, (int(d)+6)%7))     // "Tue 1", "Di., 1."
	return strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(strings.TrimRight(day, "0123456789.")), ","), ",")
}

// SeriesLine is the card's line of a date of a series: its rule and the
// next date after this one ("🔁 every Tue 17:00 · next Tue 22 Dec"), or
// that this is the last (next zero).
func SeriesLine(l lang.Lang, r allaboard.Rule, next time.Time, loc *time.Location) string {
	data := map[string]any{"Rule": Repeats(l, r, loc)}
	if next.IsZero() {
		return l.T("card_series_last", data)
	}
	data["Next"] = l.Day(next.In(loc))
	return l.T("card_series_next", data)
}

// Why a typed repeat rule can't be used (the notice's "why").
var repeatProblems = map[string]string{
	"no-time": "repeat_no_time",
	"am-pm":   "repeat_am_pm",
	"until":   "repeat_until",
	"count":   "repeat_count",
}

// RepeatProblem says why a typed rule was refused, with the text typed.
func RepeatProblem(l lang.Lang, typed, why string) string {
	id, ok := repeatProblems[why]
	if !ok {
		id = "repeat_unreadable"
	}
	return l.T(id, map[string]any{"Typed": Escape(Clip(strings.TrimSpace(typed), 60)), "Max": allaboard.MaxRepeats})
}

// SeriesScope asks the host whether a change (or a cancellation) of e, a
// date of a series on day, is for that date only or for all from it on.
func SeriesScope(l lang.Lang, e allaboard.Event, day string, cancel bool) string {
	id := "series_scope_change"
	if cancel {
		id = "series_scope_cancel"
	}
	return l.T(id, map[string]any{"Event": EventName(e), "Day": day})
}

// SeriesScopeButtons are SeriesScope's two answers, each on a row.
func SeriesScopeButtons(l lang.Lang, day, only, all string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("series_scope_only", map[string]any{"Day": day}), Data: only}},
		{{Text: l.T("series_scope_all", nil), Data: all}}}
}

// FlowRepeat asks in guided creation whether the event repeats.
const FlowRepeat Phrase = "flow_repeat"

// RepeatChoice are FlowRepeat's buttons: no, weekly, every 2 weeks,
// monthly, two a row.
func RepeatChoice(l lang.Lang, no, weekly, fortnightly, monthly string) [][]allaboard.Button {
	b := func(id, data string) allaboard.Button { return allaboard.Button{Text: l.T(id, nil), Data: data} }
	return [][]allaboard.Button{{b("flow_repeat_no", no), b("flow_repeat_weekly", weekly)},
		{b("flow_repeat_fortnightly", fortnightly), b("flow_repeat_monthly", monthly)}}
}

// SeriesSkipped tells the group that the date on day (Tue 22 Dec) of the
// series titled title won't take place: one line, the card shows the rest.
func SeriesSkipped(l lang.Lang, title, day string) string {
	return l.T("series_skipped", map[string]any{"Title": Escape(title), "Day": day})
}

// SeriesNotOnDay says that s has no date on day, and what its dates are.
func SeriesNotOnDay(l lang.Lang, s allaboard.Series, day time.Time, loc *time.Location) string {
	return l.T("series_not_on_day", map[string]any{"Title": Escape(s.Title), "Day": l.Day(day.In(loc)), "Rule": Repeats(l, s.Rule, loc)})
}

// NotOnDay says that e, an event of no series, is not on day but when it is,
// and how to cancel it.
func NotOnDay(l lang.Lang, e allaboard.Event, day time.Time, loc *time.Location) string {
	return l.T("cancel_not_on_day", map[string]any{"Title": Escape(e.Title), "Day": l.Day(day.In(loc)),
		"When": l.DayTime(e.When.In(loc)), "Num": e.Num})
}

// CancelUsageWithDay explains /cancel: an event by its number, and one
// date of a series by its day as well.
func CancelUsageWithDay(l lang.Lang) string {
	return CancelUsage.In(l) + "\n" + l.T("reply_cancel_usage_day", nil)
}
