package render

import (
	"fmt"
	"time"

	"allaboard"
)

// Guided creation: one short question at a time, in private.
const (
	FlowWhichGroup = `📝 Which group is the event for?`
	FlowNoGroup    = `I don't share a group with you yet. Add me to your group chat, write something there, then send /event here again.`
	FlowTitle      = `📝 New event for <b>%s</b>.

What is it called? (e.g. <i>Mia's birthday party</i>)
/cancel to stop.`
	FlowDay      = `📅 Which day?`
	FlowOtherDay = `📅 Type the day, e.g. <i>5 May</i> or <i>Friday</i>; add the time if you like: <i>Fri 15:00</i>.`
	FlowTime     = `🕒 What time does it start? (e.g. <i>15:00</i> or <i>3pm</i>)`
	FlowUntil    = `🕒 Until when? (e.g. <i>17:00</i>) — or skip.`
	FlowEndEarly = `✋ That is not after the start (%s).`
	FlowWhere    = `📍 Where?`
	FlowNotes    = `📝 Anything else to know, like what to bring? — or skip.`
	FlowPreview  = `👀 This is what the group will see:`
	FlowFix      = `✏️ What do you want to change?`
	FlowGone     = `Discarded: nothing was posted.`
	FlowExpired  = `This draft expired: send /event to start again.`
	FlowPosted   = `✅ Posted to %s.`
	FlowNotYours = `I haven't seen you in that group. Write something there first, then try again.`
	FlowTapped   = `👍`
	EventGuide   = `📝 Tap the button to create an event step by step in our private chat — or type it in one line.`
)

// CreateEvent opens the private chat at guided creation for the group.
func CreateEvent(url string) []allaboard.Button {
	return []allaboard.Button{{Text: "📝 Create an event", URL: url}}
}

// FlowGroups offers the groups to choose from, one a row.
func FlowGroups(titles, data []string) [][]allaboard.Button {
	var rows [][]allaboard.Button
	for i, t := range titles {
		rows = append(rows, []allaboard.Button{{Text: Clip(t, 40), Data: data[i]}})
	}
	return rows
}

// FlowDays offers today, tomorrow, the next Saturday and Sunday (days, in
// that order), and another day.
func FlowDays(days []time.Time, data []string, other string) [][]allaboard.Button {
	row := []allaboard.Button{{Text: "Today", Data: data[0]}, {Text: "Tomorrow", Data: data[1]}}
	var weekend []allaboard.Button
	for i := 2; i < len(days); i++ {
		weekend = append(weekend, allaboard.Button{Text: days[i].Format("Mon 2"), Data: data[i]})
	}
	return [][]allaboard.Button{row, append(weekend, allaboard.Button{Text: "Other…", Data: other})}
}

// WhenChoices is WhenQuestion with a button for each reading.
func WhenChoices(typed string, r allaboard.Reading, now time.Time, loc *time.Location, data []string) (string, [][]allaboard.Button) {
	var row []allaboard.Button
	for i, sp := range r.Ask {
		row = append(row, allaboard.Button{Text: choiceLabel(r.Why, sp, loc), Data: data[i]})
	}
	return WhenQuestion(typed, r, now, loc), [][]allaboard.Button{row}
}

// Skip skips an optional question.
func Skip(data string) []allaboard.Button { return []allaboard.Button{{Text: "Skip ⏭", Data: data}} }

// PreviewButtons post, fix or discard a previewed event.
func PreviewButtons(group string, editing bool, post, fix, discard string) [][]allaboard.Button {
	label := fmt.Sprintf("✅ Post to %s", Clip(group, 40))
	if editing {
		label = "✅ Save the changes"
	}
	return [][]allaboard.Button{
		{{Text: label, Data: post}},
		{{Text: "✏️ Fix something", Data: fix}, {Text: "✖️ Discard", Data: discard}},
	}
}

// FixButtons name the fields to go back to, with their data.
func FixButtons(title, when, until, where, notes string) [][]allaboard.Button {
	return [][]allaboard.Button{
		{{Text: "Title", Data: title}, {Text: "Day & time", Data: when}, {Text: "Until", Data: until}},
		{{Text: "Place", Data: where}, {Text: "Notes", Data: notes}},
	}
}

// Saved answers saving the changes made step by step.
const Saved = "✅ Saved: everyone sees the new version."

// WhereAsked tells the group that the host is asked, privately, where the
// event they announced in a sentence is.
const WhereAsked = "📍 Where is <b>%s</b>? I've asked you privately: answer there, and I'll show you the card before it's posted."

// Choosing guests in guided creation.
const (
	FlowGuests   = `👥 Who is it for? The whole group, or only the guests you choose (a birthday party, say): only they are asked to confirm, and the group's card doesn't name them.`
	FlowNoGuests = `Choose at least one guest, or go back and pick the whole group.`
	guestsHeader = `🎟 Tap the guests — %d chosen so far. Then tap Done.`
)

// GuestsChoice are the buttons of FlowGuests.
func GuestsChoice(everyone, pick string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: "👥 The whole group", Data: everyone}, {Text: "🎟 Choose guests", Data: pick}}}
}

// GuestOption is one member on the guest list.
type GuestOption struct {
	Name   string
	Chosen bool
	Data   string
}

// GuestList is a page of the guest list: a button per member, two to a
// row, then the pages and Done.
func GuestList(people []GuestOption, chosen, page, pages int, prev, next, done string) (string, [][]allaboard.Button) {
	var rows [][]allaboard.Button
	for i, p := range people {
		mark := "☐ "
		if p.Chosen {
			mark = "✅ "
		}
		b := allaboard.Button{Text: mark + Clip(p.Name, 30), Data: p.Data}
		if i%2 == 0 {
			rows = append(rows, []allaboard.Button{b})
		} else {
			rows[len(rows)-1] = append(rows[len(rows)-1], b)
		}
	}
	var nav []allaboard.Button
	if prev != "" {
		nav = append(nav, allaboard.Button{Text: "◀️", Data: prev})
	}
	if next != "" {
		nav = append(nav, allaboard.Button{Text: "▶️", Data: next})
	}
	if len(nav) > 0 {
		rows = append(rows, nav)
	}
	rows = append(rows, []allaboard.Button{{Text: "✅ Done", Data: done}})
	text := fmt.Sprintf(guestsHeader, chosen)
	if pages > 1 {
		text += fmt.Sprintf(" (page %d of %d)", page+1, pages)
	}
	return text, rows
}
