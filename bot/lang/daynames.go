package lang

import (
	"strings"
	"time"
)

// DayName is a weekday written out, as the subject of a sentence:
// "Thursday", "Donnerstag", "четверг".
func (l Lang) DayName(d time.Weekday) string { return l.info().longDays[d] }

// PlainDate is a day with its year but without its weekday, for a sentence
// that names the weekday itself: "5 Mar 2026", "5. März 2026", "5 мар.
// 2026 г.".
func (l Lang) PlainDate(t time.Time) string {
	layout := strings.TrimLeft(strings.TrimPrefix(l.info().dayYear, "E"), ", ")
	return l.format(layout, t)
}
