package render

import (
	"strings"

	"allaboard"
)

// Cosmetic says that an event was updated in a way nobody must confirm, and
// for a change of notes asks the host whether everyone should: a note like
// "Pick-up moved to 16:30!" may matter as much as the time.
func Cosmetic(e allaboard.Event, lines []string, notes bool) string {
	s := "✏️ " + EventName(e) + " was updated (no need to confirm again):\n" + strings.Join(lines, "\n")
	if notes {
		s += "\n\n<i>Host: is this change important? Then everyone will be asked to confirm it.</i>"
	}
	return s
}

// NotesButtons ask the host whether a change of notes is important.
func NotesButtons(important, note string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "⚠️ Important: everyone confirms", Data: important}, {Text: "👍 Just a note", Data: note}}}
}

// Answers to the question about notes.
const (
	NotesImportant    = "⚠️ Everyone will be asked to confirm the new notes."
	NotesJustANote    = "👍 Kept as a note."
	NotesNotAllowed   = "Only the host or an admin can decide this."
	NotesChangedSince = "The notes have changed since; this question no longer applies."
	NotesImportantNow = "⚠️ Marked important: everyone is asked to confirm the new notes."
)
