package notice

import (
	"strconv"
	"strings"

	"allaboard"
)

// Kinds about sign-up lists (who brings what). Group and Event name the
// event; the writer reads the list from it when it writes, so what it says
// is the list as it is then.
const (
	// BringUsage explains /bring.
	BringUsage = "bring_usage"
	// BringProblem explains a /bring line that can't be used: the problem's
	// values (WithProblem).
	BringProblem = "bring_problem"
	// BringNotEvent: a notice or a to-do has no sign-up list.
	BringNotEvent = "bring_not_event"
	// BringClosed: the event is over or cancelled; its list is closed.
	BringClosed = "bring_closed"
	// BringSaved tells the group the list changed: what is on it now.
	BringSaved = "bring_saved"
	// BringList is the list in User's private chat, with a button for each
	// item they may claim or release.
	BringList = "bring_list"
	// BringAsk asks User privately, after the event moved, whether they
	// still bring what they claimed; Rev is the material revision asked
	// about. Written again once answered: where they stand.
	BringAsk = "bring_ask"
	// BringNeededAgain tells the group that items released after a change
	// are needed again: "items", their ids. Only those still needed are
	// named when it is sent; none: nothing is sent.
	BringNeededAgain = "bring_needed_again"
	// BringMissing tells the group, the day before, what is still missing.
	BringMissing = "bring_missing"
	// BringReleasedCant tells a host that User can't come, so what they
	// claimed is free again: "items", the names.
	BringReleasedCant = "bring_released_cant"
	// BringReleasedLeft tells a host that User left the group, so what they
	// claimed is free again: "items", the names.
	BringReleasedLeft = "bring_released_left"
	// BringRemoved tells User that the host took an item they claimed off
	// the list: "item", its name.
	BringRemoved = "bring_removed"
)

// Answers to a list's buttons: "item", the item's name, where one is named.
const (
	BringClaimed  = "bring_claimed"   // they bring it now
	BringReleased = "bring_released"  // they no longer bring it
	BringFull     = "bring_full"      // it has all the people it needs
	BringGone     = "bring_gone"      // it is no longer on the list
	BringStillOn  = "bring_still_on"  // they still bring it all
	BringDropped  = "bring_dropped"   // released after the move
	BringOutdated = "bring_outdated"  // the list they pressed was for an earlier time
	BringNotYours = "bring_not_yours" // they had not claimed it
	BringShut     = "bring_shut"      // the event is over or cancelled
)

// OfUserEvent is a notice of a kind about e for user.
func OfUserEvent(kind string, e allaboard.Event, user int64, pairs ...string) *allaboard.Notice {
	n := OfEvent(kind, e, pairs...)
	n.User = user
	return n
}

// ItemIDs writes items' ids as a value; ReadItemIDs reads them back.
func ItemIDs(items []allaboard.Item) string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = strconv.Itoa(it.ID)
	}
	return strings.Join(ids, ",")
}

// ReadItemIDs reads the ids ItemIDs wrote.
func ReadItemIDs(s string) []int {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if id, err := strconv.Atoi(f); err == nil {
			out = append(out, id)
		}
	}
	return out
}

// ItemNames writes items' names as a value; ReadItemNames reads them back.
func ItemNames(items []allaboard.Item) string {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Name
	}
	return strings.Join(names, "\n")
}

// ReadItemNames reads the names ItemNames wrote.
func ReadItemNames(s string) []string { return strings.Split(s, "\n") }

// DraftBring asks, in guided creation, what people should bring: "skip",
// the data of skipping.
const DraftBring = "draft_bring"
