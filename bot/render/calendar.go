package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// AddToCalendar is the private card's button that asks for the event as a
// calendar file.
func AddToCalendar(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("calendar_button", nil), Data: data}}
}

// Answers to the button.

// CalendarComing: the file follows.
func CalendarComing(l lang.Lang) string { return l.T("calendar_coming", nil) }

// CalendarOpenChat: the file goes only to a private chat, not open yet.
func CalendarOpenChat(l lang.Lang) string { return l.T("calendar_open_chat", nil) }

// CalendarCancelled: nothing to add.
func CalendarCancelled(l lang.Lang) string { return l.T("calendar_cancelled", nil) }

// CalendarStarted: too late to add.
func CalendarStarted(l lang.Lang) string { return l.T("calendar_started", nil) }

// CalendarCaption goes with the file: what opening it does. update is set
// for a file sent by itself after a change.
func CalendarCaption(l lang.Lang, e allaboard.Event, update bool) string {
	id := "calendar_caption"
	switch {
	case e.Cancelled:
		id = "calendar_caption_cancelled"
	case update:
		id = "calendar_caption_update"
	}
	return l.T(id, map[string]any{"Event": EventName(e)})
}
