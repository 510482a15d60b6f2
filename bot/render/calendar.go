package render

import (
	"fmt"

	"allaboard"
)

// AddToCalendar is the private card's button that asks for the event as a
// calendar file.
func AddToCalendar(data string) []allaboard.Button {
	return []allaboard.Button{{Text: "📅 Add to calendar", Data: data}}
}

// Answers to the button.
const (
	CalendarComing    = `📅 Sending you the calendar file.`
	CalendarOpenChat  = `Please open a private chat with me first (the button in the group), and I'll send you the calendar file there.`
	CalendarCancelled = `This event is cancelled: there is nothing to add.`
	CalendarStarted   = `This event has already started.`
)

// CalendarCaption goes with the file: what opening it does. update is set
// for a file sent by itself after a change.
func CalendarCaption(e allaboard.Event, update bool) string {
	switch {
	case e.Cancelled:
		return fmt.Sprintf(`📅 %s is <b>cancelled</b>. Open this file to take it out of your calendar.`, EventName(e))
	case update:
		return fmt.Sprintf(`📅 %s has changed. Open this file to move it in your calendar: it replaces the entry you added.`, EventName(e))
	}
	return fmt.Sprintf(`📅 %s — open this file to add it to your calendar. If it changes, I'll send you a new file that moves it.`, EventName(e))
}
