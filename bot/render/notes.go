package render

import (
	"strings"

	"allaboard"
	"allaboard/bot/lang"
)

// Cosmetic says that an event was updated in a way nobody must confirm, and
// for a change of notes asks the host whether everyone should: a note like
// "Pick-up moved to 16:30!" may matter as much as the time.
func Cosmetic(l lang.Lang, e allaboard.Event, lines []string, notes bool) string {
	s := l.T("notes_updated", map[string]any{"Event": EventName(e)}) + "\n" + strings.Join(lines, "\n")
	if notes {
		s += "\n\n<i>" + l.T("notes_ask_host", nil) + "</i>"
	}
	return s
}

// NotesButtons ask the host whether a change of notes is important.
func NotesButtons(l lang.Lang, important, note string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("notes_button_important", nil), Data: important}, {Text: l.T("notes_button_note", nil), Data: note}}}
}

// Answers to the question about notes.

// NotesImportant: everyone will be asked to confirm the new notes.
func NotesImportant(l lang.Lang) string { return l.T("notes_important", nil) }

// NotesJustANote: the change stays a note.
func NotesJustANote(l lang.Lang) string { return l.T("notes_just_a_note", nil) }

// NotesNotAllowed answers someone who may not decide.
func NotesNotAllowed(l lang.Lang) string { return l.T("notes_not_allowed", nil) }

// NotesChangedSince answers a question overtaken by a newer change.
func NotesChangedSince(l lang.Lang) string { return l.T("notes_changed_since", nil) }

// NotesImportantNow follows the news of a change once the host marked it
// important.
func NotesImportantNow(l lang.Lang) string { return l.T("notes_important_now", nil) }
