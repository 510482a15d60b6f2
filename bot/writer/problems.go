package writer

import (
	"errors"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

func init() {
	kinds[notice.FieldProblem] = said(fieldProblem)
	kinds[notice.WhenProblem] = said(whenProblem)
}

// fieldProblem explains a title, place or notes that could not be used.
func fieldProblem(l lang.Lang, n allaboard.Notice) string {
	err := notice.ProblemOf(n)
	if errors.Is(err, allaboard.ErrEmpty) {
		return render.FieldEmpty.In(l) + "\n\n" + render.EventUsage(l)
	}
	return render.FieldRefused(l, err)
}

// whenProblem explains a time that could not be used.
func whenProblem(l lang.Lang, n allaboard.Notice) string {
	typed := n.Value("typed")
	switch n.Value("why") {
	case "past":
		return render.WhenPast(l, typed)
	case "no-time":
		return render.WhenNoTime(l, typed)
	case "weekday":
		date, err := time.Parse(time.DateOnly, n.Value("date"))
		named, errN := strconv.Atoi(n.Value("named"))
		if err != nil || errN != nil {
			break
		}
		near, _ := time.Parse(time.DateOnly, n.Value("near")) // zero when none
		return render.WhenWrongWeekday(l, typed, date, near, time.Weekday(named))
	}
	return render.WhenUnreadable(l, typed)
}
