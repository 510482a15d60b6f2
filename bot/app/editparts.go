package app

import (
	"strings"

	"allaboard"
)

// editFields are the words /edit knows for each field.
var editFields = map[string]allaboard.Field{
	"when": allaboard.FieldWhen, "day": allaboard.FieldWhen, "date": allaboard.FieldWhen, "time": allaboard.FieldWhen, "start": allaboard.FieldWhen,
	"where": allaboard.FieldWhere, "place": allaboard.FieldWhere, "location": allaboard.FieldWhere, "venue": allaboard.FieldWhere, "address": allaboard.FieldWhere,
	"title": allaboard.FieldTitle, "name": allaboard.FieldTitle,
	"notes": allaboard.FieldNotes, "note": allaboard.FieldNotes,
	"text":     allaboard.FieldText,                             // a notice's or a to-do's
	"deadline": allaboard.FieldWhen, "due": allaboard.FieldWhen, // a to-do's
}

// IsFieldWord reports whether word names a field /edit changes ("when",
// "place", …; any case): the command table tells the first change from an
// event's number by it.
func IsFieldWord(word string) bool {
	_, ok := editFields[strings.ToLower(word)]
	return ok
}

// editParts reads "when Sun 14:00 where Café" as edits, values as typed
// (the time not yet read). A new field starts after a line break or "|", or
// at a field's word where a time ends (a date never holds one), or at a word
// for the time followed by something that reads as one ("where Café when Sun
// 14:00"); elsewhere such words are part of the text ("where Time Square").
// bad is a first word that names no field.
func editParts(args string, reads func(string) bool) (edits []allaboard.Edit, bad string) {
	for _, seg := range strings.FieldsFunc(args, func(r rune) bool { return r == '\n' || r == '|' }) {
		words := strings.Fields(seg)
		if len(words) == 0 {
			continue
		}
		f, ok := editFields[strings.ToLower(words[0])]
		if n := len(edits) - 1; !ok && n >= 0 && (edits[n].Field == allaboard.FieldNotes || edits[n].Field == allaboard.FieldText) {
			edits[n].Text += "\n" + strings.TrimSpace(seg) // notes and a notice's text keep their lines
			continue
		}
		if !ok {
			return nil, words[0]
		}
		start := 1
		for i := 1; i <= len(words); i++ {
			next, isField := allaboard.Field(""), false
			if i < len(words) {
				next, isField = editFields[strings.ToLower(words[i])]
			}
			split := i == len(words) || isField && !seen(edits, next) && next != f &&
				(f == allaboard.FieldWhen || next == allaboard.FieldWhen && reads(strings.Join(words[i+1:], " ")))
			if !split {
				continue
			}
			value := strings.Join(words[start:i], " ")
			if f == allaboard.FieldNotes && value == "-" {
				value = ""
			}
			edits = append(edits, allaboard.Edit{Field: f, Text: value})
			f, start = next, i+1
		}
	}
	return edits, ""
}

// seen reports whether edits already change f.
func seen(edits []allaboard.Edit, f allaboard.Field) bool {
	for _, e := range edits {
		if e.Field == f {
			return true
		}
	}
	return false
}
