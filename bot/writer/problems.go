package writer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

func init() {
	kinds[notice.FieldProblem] = said(fieldProblem)
	kinds[notice.WhenProblem] = words(whenProblem)
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
func whenProblem(n allaboard.Notice) string {
	typed := render.Escape(render.Clip(strings.TrimSpace(n.Value("typed")), 60))
	switch n.Value("why") {
	case "past":
		return fmt.Sprintf(render.WhenPast, typed)
	case "no-time":
		return fmt.Sprintf(render.WhenNoTime, typed)
	case "weekday":
		date, err := time.Parse(time.DateOnly, n.Value("date"))
		named, errN := strconv.Atoi(n.Value("named"))
		if err != nil || errN != nil {
			break
		}
		near, _ := time.Parse(time.DateOnly, n.Value("near")) // zero when none
		return render.WhenWrongWeekday(n.Value("typed"), date, near, time.Weekday(named))
	}
	return fmt.Sprintf(render.WhenUnreadable, typed)
}
