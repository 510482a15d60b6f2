package notice

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"allaboard"
)

// Kinds that explain refused input.
const (
	// FieldProblem explains a title, place or notes that can't be used: the
	// problem's values (WithProblem).
	FieldProblem = "field_problem"
	// WhenProblem explains a time that can't be used: "typed", and "why":
	// "past", "no-time", "weekday" (with "date", the date typed, "near", the
	// day nearby that is the weekday typed or "", and "named", that weekday
	// 0-6), or nothing for unreadable.
	WhenProblem = "when_problem"
)

// WithProblem adds to n the problem err is (an allaboard.Problem), as
// values the writer reads back with ProblemOf: its code, and its arguments
// as text.
func WithProblem(n *allaboard.Notice, err error) *allaboard.Notice {
	var p allaboard.Problem
	if !errors.As(err, &p) {
		return n
	}
	if n.Values == nil {
		n.Values = map[string]string{}
	}
	n.Values["problem"] = string(p.Code)
	for i, a := range p.Args {
		n.Values["arg"+strconv.Itoa(i)] = fmt.Sprint(a)
	}
	return n
}

// ProblemOf is the problem WithProblem put in n, or nil if there is none.
func ProblemOf(n allaboard.Notice) error {
	code, ok := n.Values["problem"]
	if !ok {
		return nil
	}
	p := allaboard.Problem{Code: allaboard.ProblemCode(code)}
	for i := 0; ; i++ {
		a, ok := n.Values["arg"+strconv.Itoa(i)]
		if !ok {
			return p
		}
		p.Args = append(p.Args, a)
	}
}

// OfField is the notice explaining a refused title, place or notes.
func OfField(err error) *allaboard.Notice { return WithProblem(New(FieldProblem), err) }

// OfWhen is the notice explaining a time that can't be used, as typed.
func OfWhen(typed string, err error) *allaboard.Notice {
	why := ""
	switch {
	case errors.Is(err, allaboard.ErrWhenPast):
		why = "past"
	case errors.Is(err, allaboard.ErrWhenNoTime):
		why = "no-time"
	}
	var wd allaboard.WrongWeekday
	if errors.As(err, &wd) {
		near := ""
		if !wd.Near.IsZero() {
			near = wd.Near.Format(time.DateOnly)
		}
		return New(WhenProblem, "typed", typed, "why", "weekday", "date", wd.Date.Format(time.DateOnly), "near", near, "named", strconv.Itoa(int(wd.Named)))
	}
	return New(WhenProblem, "typed", typed, "why", why)
}
