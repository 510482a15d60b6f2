package bot

import (
	"errors"

	"allaboard"
	"allaboard/bot/app"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// SetDefault sets one of the settings new groups start with (timezone,
// quiet, chase, reminders or digest) from the operator's flag, read as
// /settings reads it, except that an operator may chase more often. A value
// it refuses comes back as an error in plain words, for the terminal.
func SetDefault(s *allaboard.Settings, name, value string) error {
	err := app.SetDefault(s, name, value)
	var p allaboard.Problem
	if errors.As(err, &p) {
		return plainProblem{render.ProblemPlain(lang.English, p), err}
	}
	return err
}

// plainProblem is a refused value explained in words; errors.Is still
// finds what it wraps (allaboard.ErrBadSetting).
type plainProblem struct {
	text string
	err  error
}

func (e plainProblem) Error() string { return e.text }
func (e plainProblem) Unwrap() error { return e.err }
