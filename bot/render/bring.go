package render

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// Sign-up lists (who brings what): the group card's line, a member's own
// copy with its buttons, the question after a move, the host's view, and
// what the group is told. Item names are the host's, shown as typed,
// escaped.

// Claimant is a member with a claim as a list shows them: their name, and
// whether the claim holds for the event's current time and place.
type Claimant struct {
	Name   string
	Stands bool
}

// BringUsage explains /bring.
func BringUsage(l lang.Lang) string { return l.T("bring_usage", nil) }

// BringNotEvent answers /bring for a notice or a to-do.
func BringNotEvent(l lang.Lang) string { return l.T("bring_not_event", nil) }

// BringClosed says e is over or cancelled, so its list is closed.
func BringClosed(l lang.Lang, e allaboard.Event) string {
	return l.T("bring_closed", map[string]any{"Event": EventName(e)})
}

// BringProblem explains why a /bring line was refused.
func BringProblem(l lang.Lang, err error) string {
	var p allaboard.Problem
	if !errors.As(err, &p) {
		return l.T("problem_unknown", nil)
	}
	arg := func(i int) string {
		if i < len(p.Args) {
			return Escape(fmt.Sprint(p.Args[i]))
		}
		return ""
	}
	most := func(i int) int { n, _ := strconv.Atoi(arg(i)); return n }
	switch p.Code {
	case allaboard.ProblemBringEmpty:
		return l.T("bring_problem_empty", nil)
	case allaboard.ProblemBringItem:
		return l.T("bring_problem_item", map[string]any{"Typed": arg(0)})
	case allaboard.ProblemBringLong:
		return l.N("bring_problem_long", most(1), map[string]any{"Typed": arg(0)})
	case allaboard.ProblemBringCount:
		return l.N("bring_problem_count", most(1), map[string]any{"Typed": arg(0)})
	case allaboard.ProblemBringTooMany:
		return l.N("bring_problem_too_many", most(0), nil)
	case allaboard.ProblemBringTooLong:
		return l.N("bring_problem_too_long", most(0), nil)
	case allaboard.ProblemBringNotThere:
		return l.T("bring_problem_not_there", map[string]any{"Typed": arg(0)})
	}
	return l.T("problem_unknown", nil)
}

// itemName is an item as a list names it: "juice", or "drivers (1 of 2)"
// when it needs several people and free of them are still needed.
func itemName(l lang.Lang, it allaboard.Item, free int) string {
	name := Escape(Clip(it.Name, allaboard.MaxItemName))
	if it.Wanted() == 1 {
		return name
	}
	return l.T("bring_item_count", map[string]any{"Item": name, "Free": free, "Want": it.Wanted()})
}

// wantedItem is an item as a whole list names it: "juice", or "drivers ×2"
// when it needs several people.
func wantedItem(it allaboard.Item) string {
	name := Escape(Clip(it.Name, allaboard.MaxItemName))
	if it.Wanted() == 1 {
		return name
	}
	return name + " ×" + strconv.Itoa(it.Wanted())
}

// needed is the items still needed, named, at most a line's worth.
func needed(l lang.Lang, items []allaboard.Item) string {
	var names []string
	size := 0
	for i, it := range items {
		n := itemName(l, it, it.Free())
		if size += len(n); size > 300 {
			names = append(names, l.N("bring_more", len(items)-i, nil))
			break
		}
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}

// BringPrivateLine is the line on a member's own card of an event with a
// sign-up list: that there is one (what is still needed is the group card's,
// which every claim updates); "" for none.
func BringPrivateLine(l lang.Lang, e allaboard.Event) string {
	if len(e.Bring.Items) == 0 || e.Cancelled {
		return ""
	}
	return l.T("bring_private_line", nil)
}

// BringCardLine is the group card's lines about e's list: what is still
// needed, and what was claimed for an earlier time or place and is asked
// again; or that everything is covered; "" for an event without a list.
func BringCardLine(l lang.Lang, e allaboard.Event) string {
	if len(e.Bring.Items) == 0 || e.Cancelled {
		return ""
	}
	var lines []string
	if need := e.Bring.Needed(); len(need) > 0 {
		lines = append(lines, l.T("bring_card_needed", map[string]any{"Items": needed(l, need)}))
	}
	if asked := e.Bring.Unconfirmed(e); len(asked) > 0 {
		lines = append(lines, l.T("bring_card_asked", map[string]any{"Items": itemNames(asked)}))
	}
	if len(lines) == 0 {
		return l.T("bring_card_covered", nil)
	}
	return strings.Join(lines, "\n")
}

// BringButton opens an event's list in private (a deep link).
func BringButton(l lang.Lang, url string) []allaboard.Button {
	return []allaboard.Button{{Text: l.T("bring_button_open", nil), URL: url}}
}

// BringSaved tells the group what is on e's list now.
func BringSaved(l lang.Lang, e allaboard.Event) string {
	var names []string
	for _, it := range e.Bring.Items {
		names = append(names, wantedItem(it))
	}
	if len(names) == 0 {
		return l.T("bring_saved_empty", map[string]any{"Event": EventName(e)})
	}
	return ClipHTML(l, l.T("bring_saved", map[string]any{"Event": EventName(e), "Items": strings.Join(names, ", ")}))
}

// bringLines are e's items, one a line, with who brings each (who: the
// claimants of an item, by its claims); you names the reader's own.
func bringLines(l lang.Lang, e allaboard.Event, who func(allaboard.Claim) Claimant) string {
	var sb strings.Builder
	for _, it := range e.Bring.Items {
		var names []string
		for _, c := range it.Claims {
			cl := who(c)
			if !cl.Stands {
				cl.Name = l.T("bring_asked_again", map[string]any{"Name": cl.Name})
			}
			names = append(names, cl.Name)
		}
		line := strings.Join(names, ", ")
		if it.Free() > 0 {
			if line != "" {
				line += " · "
			}
			line += l.T("bring_still_needed", nil)
		}
		sb.WriteString("\n• " + wantedItem(it) + " — " + line)
	}
	return sb.String()
}

// BringList is a member's copy of e's list: who brings what, the reader's
// own claims marked.
func BringList(l lang.Lang, e allaboard.Event, who func(allaboard.Claim) Claimant, loc *time.Location) string {
	head := l.T("bring_list_header", map[string]any{"Event": EventName(e), "When": ShortWhen(l, e.When, loc)})
	foot := "\n\n" + l.T("bring_list_footer", nil)
	if len(e.Bring.Items) == 0 {
		foot = "\n\n" + l.T("bring_list_empty", nil)
	}
	return ClipHTML(l, head+"\n"+bringLines(l, e, who)+foot)
}

// BringListButtons are a member's buttons on their copy of the list: claim
// an item that needs someone, release one of theirs (data: what each sends
// for an item and whether it claims).
func BringListButtons(l lang.Lang, e allaboard.Event, user int64, data func(item int, claim bool) string) [][]allaboard.Button {
	var rows [][]allaboard.Button
	for _, it := range e.Bring.Items {
		name := Clip(it.Name, 22)
		if _, mine := it.Claimed(user); mine {
			rows = append(rows, []allaboard.Button{{Text: l.T("bring_button_release", map[string]any{"Item": name}), Data: data(it.ID, false)}})
		} else if it.Free() > 0 {
			rows = append(rows, []allaboard.Button{{Text: l.T("bring_button_claim", map[string]any{"Item": name}), Data: data(it.ID, true)}})
		}
	}
	return rows
}

// BringStatus is the host's view of e's list, under the status card: who
// brings what, claims from before a move marked as asked again.
func BringStatus(l lang.Lang, e allaboard.Event, who func(allaboard.Claim) Claimant) string {
	if len(e.Bring.Items) == 0 {
		return ""
	}
	return "\n" + l.T("bring_status_header", nil) + bringLines(l, e, who)
}

// itemList names items for a sentence: "cake, juice".
func itemList(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = Escape(Clip(it, allaboard.MaxItemName))
	}
	return strings.Join(out, ", ")
}

// itemNames is itemList of the items' names.
func itemNames(items []allaboard.Item) string {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Name
	}
	return itemList(names)
}

// BringAsk asks a member, after e moved, whether they still bring pending
// (the items they claimed for an earlier time or place); with none pending,
// it says where they stand: bringing mine, or nothing now.
func BringAsk(l lang.Lang, e allaboard.Event, pending, mine []string, loc *time.Location) string {
	data := map[string]any{"Event": EventName(e), "When": ShortWhen(l, e.When, loc)}
	switch {
	case len(pending) > 0:
		data["Items"] = itemList(pending)
		return l.T("bring_ask", data)
	case len(mine) > 0:
		data["Items"] = itemList(mine)
		return l.T("bring_ask_still", data)
	}
	return l.T("bring_ask_released", data)
}

// BringAskButtons answer BringAsk: still bringing it all, or release it.
func BringAskButtons(l lang.Lang, still, drop string) [][]allaboard.Button {
	return [][]allaboard.Button{{{Text: l.T("bring_button_still", nil), Data: still}, {Text: l.T("bring_button_drop", nil), Data: drop}}}
}

// BringNeededAgain tells the group that items released after e moved are
// needed again.
func BringNeededAgain(l lang.Lang, e allaboard.Event, items []allaboard.Item, loc *time.Location) string {
	return l.T("bring_needed_again", map[string]any{"Event": EventName(e), "When": ShortWhen(l, e.When, loc), "Items": needed(l, items)})
}

// BringMissing tells the group, once before e, what is still missing, and
// what was claimed but not confirmed since e moved: such a claim holds its
// place, yet nobody knows it will come.
func BringMissing(l lang.Lang, e allaboard.Event, loc *time.Location) string {
	data := map[string]any{"Event": EventName(e), "When": ShortWhen(l, e.When, loc)}
	unsure := e.Bring.Unconfirmed(e)
	need := e.Bring.Needed()
	if len(need) == 0 {
		data["Items"] = itemNames(unsure)
		return ClipHTML(l, l.T("bring_missing_unconfirmed", data))
	}
	data["Items"] = needed(l, need)
	text := l.T("bring_missing", data)
	if len(unsure) > 0 {
		text += "\n" + l.T("bring_missing_unconfirmed_line", map[string]any{"Items": itemNames(unsure)})
	}
	return ClipHTML(l, text)
}

// BringReleasedCant tells a host that name can't come, so items are free.
func BringReleasedCant(l lang.Lang, e allaboard.Event, name string, items []string) string {
	return l.N("bring_released_cant", len(items), map[string]any{"Event": EventName(e), "Name": Escape(name), "Items": itemList(items)})
}

// BringReleasedLeft tells a host that name left the group, so items are
// free.
func BringReleasedLeft(l lang.Lang, e allaboard.Event, name string, items []string) string {
	return l.N("bring_released_left", len(items), map[string]any{"Event": EventName(e), "Name": Escape(name), "Items": itemList(items)})
}

// BringRemoved tells a member an item they claimed was taken off e's list.
func BringRemoved(l lang.Lang, e allaboard.Event, item string) string {
	return l.T("bring_removed", map[string]any{"Event": EventName(e), "Item": Escape(Clip(item, allaboard.MaxItemName))})
}

// BringAnswer is the short answer to a press on a list (plain text): kind
// is its message, item the item's name as typed ("" for none).
func BringAnswer(l lang.Lang, kind, item string) string {
	return ClipAnswer(l.T(kind, map[string]any{"Item": Clip(item, 40)}))
}

// BringYou names the reader on their own copy of a list.
func BringYou(l lang.Lang) string { return l.T("bring_you", nil) }

// FlowBring asks, in guided creation, what people should bring.
const FlowBring Phrase = "flow_bring"

// FlowBringButton is the preview's button that asks what people should
// bring (change: the list has items, and changes them).
func FlowBringButton(l lang.Lang, change bool, data string) []allaboard.Button {
	id := "flow_bring_button"
	if change {
		id = "flow_bring_change"
	}
	return []allaboard.Button{{Text: l.T(id, nil), Data: data}}
}
