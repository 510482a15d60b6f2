package lang

import (
	"strconv"
	"strings"
	"time"
)

// Dates and times in each language's own way. Each takes a time already in
// the zone it is shown in (t.In(loc)); the zone's name, where shown, is the
// caller's to add.

// Day is a day without its year: "Sat 19 Dec", "Sa., 19. Dez.", "сб, 19 дек.".
func (l Lang) Day(t time.Time) string { return l.format(l.info().day, t) }

// Date is a day with its year: "Sat 19 Dec 2026", "Sa., 19. Dez. 2026".
func (l Lang) Date(t time.Time) string { return l.format(l.info().dayYear, t) }

// Weekday is a weekday with its day of the month, for buttons: "Sat 19",
// "Sa., 19.".
func (l Lang) Weekday(t time.Time) string { return l.format(l.info().weekday, t) }

// LongDay is a day written out: "Saturday 19 December", "суббота, 19 декабря".
func (l Lang) LongDay(t time.Time) string { return l.format(l.info().longDay, t) }

// Time is a time of day on the 24-hour clock: "15:00".
func (l Lang) Time(t time.Time) string { return t.Format("15:04") }

// DayTime is a day and its time: "Sat 19 Dec 15:00", "Sa., 19. Dez., 15:00".
func (l Lang) DayTime(t time.Time) string { return l.Day(t) + l.info().at + l.Time(t) }

// DateTime is a day with its year and its time: "Sat 19 Dec 2026, 15:00".
func (l Lang) DateTime(t time.Time) string { return l.Date(t) + l.info().atYear + l.Time(t) }

// Span is a start and an end, the end's day shown only when it is another
// day: "Sat 19 Dec 15:00–17:00", "Sat 19 Dec 15:00 – Sun 20 Dec 10:00"; with
// year, the start's year: "Sat 19 Dec 2026, 15:00–17:00". A zero end gives
// the start alone.
func (l Lang) Span(start, end time.Time, year bool) string {
	s, at := l.DayTime(start), l.info().at
	if year {
		s, at = l.DateTime(start), l.info().atYear
	}
	switch {
	case end.IsZero():
		return s
	case start.YearDay() == end.YearDay() && start.Year() == end.Year():
		return s + "–" + l.Time(end)
	}
	return s + " – " + l.Day(end) + at + l.Time(end)
}

// format writes t by a layout of CLDR's pattern letters (see langs).
func (l Lang) format(layout string, t time.Time) string {
	w := l.info()
	var b strings.Builder
	for i := 0; i < len(layout); {
		c := layout[i]
		n := 1
		for i+n < len(layout) && layout[i+n] == c {
			n++
		}
		switch c {
		case '\'':
			end := strings.IndexByte(layout[i+1:], '\'')
			if end < 0 {
				end = len(layout) - i - 1
			}
			b.WriteString(layout[i+1 : i+1+end])
			i += end + 2
			continue
		case 'E':
			if n >= 4 {
				b.WriteString(w.longDays[t.Weekday()])
			} else {
				b.WriteString(w.days[t.Weekday()])
			}
		case 'M':
			if n >= 4 {
				b.WriteString(w.longMonths[t.Month()-1])
			} else {
				b.WriteString(w.months[t.Month()-1])
			}
		case 'd':
			b.WriteString(strconv.Itoa(t.Day()))
		case 'y':
			b.WriteString(strconv.Itoa(t.Year()))
		default:
			b.WriteString(layout[i : i+n])
		}
		i += n
	}
	return b.String()
}
