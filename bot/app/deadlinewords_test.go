package app_test

import (
	"testing"
	"time"
)

// /todo reads the deadlines parents type in their words, by the end of a
// day named alone; "before Friday" is due as Friday begins.
func TestTodoDeadlineWords(t *testing.T) {
	for _, tt := range []struct {
		command, title string
		due            time.Time
	}{ // t0 is Monday 2 March, 10:00
		{"/todo Sign the permission slip before Friday", "Sign the permission slip", time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)},
		{"/todo Sign the permission slip due Friday", "Sign the permission slip", time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)},
		{"/todo Geld für den Ausflug bis spätestens Freitag", "Geld für den Ausflug", time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)},
		{"/todo Foto schicken bis zum 15.", "Foto schicken", time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)},
		{"/todo Payer la sortie pour vendredi", "Payer la sortie", time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)},
		{"/todo Сдать деньги до 15-го", "Сдать деньги", time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(tt.command, func(t *testing.T) {
			k := newKit(t, nil)
			p := k.parentsGroup("Ann")
			k.announce(p, tt.command)
			if e := k.event(p.g, 1); !e.IsTodo() || e.Title != tt.title || !e.When.Equal(tt.due) {
				t.Fatalf("%+v, want %q due %v", e, tt.title, tt.due)
			}
		})
	}
}
