package allaboard

import "time"

// Weeks run Monday to Sunday here, as in most of Europe: "next week" starts
// on the coming Monday.

// nextEither says whether "next <wd>" typed on a day may mean either of two
// days, the coming wd or the one a week later. It may while the coming wd
// is still in this week: typed on a Wednesday, "next Friday" is in 2 days to
// some and in 9 to others, and so is "next Saturday" typed on Mon to Fri.
// Once wd is past in this week, the coming one is in next week and "next"
// can only mean it: "next Saturday" typed on a Sunday is in 6 days (the
// day before would be "this Saturday" or "yesterday"), "next Tuesday" on a
// Wednesday in 6, and "next Friday" on a Friday in 7.
func nextEither(today, wd time.Weekday) bool { return weekIndex(wd) > weekIndex(today) }

// weekIndex is a weekday's place in the week: Monday 0, …, Sunday 6.
func weekIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// whenNextWeek reads a weekday in next week, its words in any order: "next
// week Saturday", "Saturday next week", "nächste Woche Samstag", "samedi
// de la semaine prochaine", "volgende week zaterdag", "в субботу на
// следующей неделе". It is never in doubt, so never asks.
func whenNextWeek(w []string, today time.Time) (whenDay, bool) {
	if len(w) != 3 {
		return whenDay{}, false
	}
	next, week, days := 0, 0, 0
	var wd time.Weekday
	for _, x := range w {
		switch {
		case nextWords[x]:
			next++
		case weekWords[x]:
			week++
		default:
			d, ok := whenWeekday(x)
			if !ok {
				return whenDay{}, false
			}
			wd, days = d, days+1
		}
	}
	if next != 1 || week != 1 || days != 1 {
		return whenDay{}, false
	}
	k := 7 - weekIndex(today.Weekday()) + weekIndex(wd)
	return whenDay{days: []time.Time{today.AddDate(0, 0, k)}}, true
}
