package render

import (
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Guided creation: one short question at a time, in private.
const (
	FlowWhichGroup Phrase = "flow_which_group"
	FlowNoGroup    Phrase = "flow_no_group"
	FlowDay        Phrase = "flow_day"
	FlowOtherDay   Phrase = "flow_other_day"
	FlowTime       Phrase = "flow_time"
	FlowUntil      Phrase = "flow_until"
	FlowWhere      Phrase = "flow_where"
	FlowNotes      Phrase = "flow_notes"
	FlowPreview    Phrase = "flow_preview"
	FlowFix        Phrase = "flow_fix"
	FlowGone       Phrase = "flow_gone"
	FlowExpired    Phrase = "flow_expired"
	FlowNotYours   Phrase = "flow_not_yours"
	EventGuide     Phrase = "flow_event_guide"
	// Saved answers saving the changes made step by step.
	Saved Phrase = "flow_saved"
	// FlowTapped answers a tap that moves the flow on: no words needed.
	FlowTapped = `👍`
)

// FlowTitle asks what the event in the group (its title, as it is) is called.
func FlowTitle(l lang.Lang, group string) string {
	return l.T("flow_title", map[string]any{"Group": Escape(group)})
}

// FlowEndEarly refuses an end that is not after the start (start: as
// render.When writes it).
func FlowEndEarly(l lang.Lang, start string) string {
	return l.T("flow_end_early", map[string]any{"Start": start})
}

// FlowPosted answers posting to the group (its title, as it is): plain text.
func FlowPosted(l lang.Lang, group string) string {
	return l.T("flow_posted", map[string]any{"Group": group})
}

// WhereAsked tells the group that the host is asked, privately, where the
// event they announced in a sentence (its title, as typed) is.
func WhereAsked(l lang.Lang, title string) string {
	return l.T("flow_where_asked", map[string]any{"Title": Escape(title)})
}

// CreateEvent opens the private chat at guided creation for the group.
func CreateEvent(l lang.Lang, url string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("flow_create_button", nil), URL: url}}
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
func FlowDays(l lang.Lang, days []time.Time, data []string, other string) [][]allaboard.Button {
	row := []allaboard.Button{{Text: l.T("flow_today", nil), Data: data[0]}, {Text: l.T("flow_tomorrow", nil), Data: data[1]}}
	var weekend []allaboard.Button
	for i := 2; i < len(days); i++ {
		weekend = append(weekend, allaboard.Button{Text: l.Weekday(days[i]), Data: data[i]})
	}
	return [][]allaboard.Button{row, append(weekend, allaboard.Button{Text: l.T("flow_other_day_button", nil), Data: other})}
}

// WhenChoices is WhenQuestion with a button for each reading.
func WhenChoices(l lang.Lang, typed string, r allaboard.Reading, now time.Time, loc *time.Location, data []string) (string, [][]allaboard.Button) {
	var row []allaboard.Button
	for i, sp := range r.Ask {
		row = append(row, allaboard.Button{Text: choiceLabel(l, r.Why, sp, loc), Data: data[i]})
	}
	return WhenQuestion(l, typed, r, now, loc), [][]allaboard.Button{row}
}

// Skip skips an optional question.
func Skip(l lang.Lang, data string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("flow_skip", nil), Data: data}}
}

// PreviewButtons post, fix or discard a previewed event.
func PreviewButtons(l lang.Lang, group string, editing bool, post, fix, discard string) [][]allaboard.Button {
	label := l.T("flow_post_to", map[string]any{"Group": Clip(group, 40)})
	if editing {
		label = l.T("flow_save_changes", nil)
	}
	return [][]allaboard.Button{
		{{Text: label, Data: post}},
		{{Text: l.T("flow_fix_button", nil), Data: fix}, {Text: l.T("flow_discard", nil), Data: discard}},
	}
}

// FixButtons name the fields to go back to, with their data; the pace of
// an event being changed too, unless pace is "".
func FixButtons(l lang.Lang, title, when, until, where, notes, pace string) [][]allaboard.Button {
	b := func(id, data string) allaboard.Button { return allaboard.Button{Text: l.T(id, nil), Data: data} }
	rows := [][]allaboard.Button{
		{b("flow_field_title", title), b("flow_field_when", when), b("flow_field_until", until)},
		{b("flow_field_where", where), b("flow_field_notes", notes)},
	}
	if pace != "" {
		rows[1] = append(rows[1], b("flow_field_pace", pace))
	}
	return rows
}

// Choosing guests in guided creation.
const (
	FlowGuests   Phrase = "flow_guests"
	FlowNoGuests Phrase = "flow_no_guests"
)

// GuestsChoice are the buttons of FlowGuests.
func GuestsChoice(l lang.Lang, everyone, pick string) [][]allaboard.Button {
	return [][]allaboard.Button{{
		{Text: l.T("flow_guests_everyone", nil), Data: everyone},
		{Text: l.T("flow_guests_pick", nil), Data: pick},
	}}
}

// GuestOption is one member on the guest list.
type GuestOption struct {
	Name   string
	Chosen bool
	Data   string
}

// GuestList is a page of the guest list: a button per member, two to a
// row, then the pages and Done.
func GuestList(l lang.Lang, people []GuestOption, chosen, page, pages int, prev, next, done string) (string, [][]allaboard.Button) {
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
	rows = append(rows, []allaboard.Button{{Text: l.T("flow_guests_done", nil), Data: done}})
	text := l.N("flow_guests_header", chosen, nil)
	if pages > 1 {
		text += " " + l.T("flow_guests_page", map[string]any{"Page": page + 1, "Pages": pages})
	}
	return text, rows
}
