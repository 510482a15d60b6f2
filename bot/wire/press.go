package wire

import (
	"fmt"
	"strconv"
	"strings"
)

// Action is what an event card's button does.
type Action byte

// The card's buttons.
const (
	ActAck   Action = 'a'
	ActGoing Action = 'g'
	ActMaybe Action = 'm'
	ActCant  Action = 'n'
)

// ActDone is a to-do card's ☑️ Done: the member did it. On a to-do's card
// ActAck says they saw it, ActCant that they can't do it.
const ActDone Action = 'd'

// ActCalendar is the private card's "Add to calendar" button: it confirms
// nothing, it asks for the event as a calendar file.
const ActCalendar Action = 'c'

// PressData is what a card button sends back: which event, which revision
// the card showed, and what was pressed. It says nothing about who pressed:
// that is always the press's sender, so it cannot be forged.
type PressData struct {
	Group int64
	Event int
	Rev   int
	Act   Action
}

// Encode fits in Telegram's 64 bytes: "e:-1001234567890:999:999:g" is 27.
func (p PressData) Encode() string {
	return fmt.Sprintf("e:%d:%d:%d:%c", p.Group, p.Event, p.Rev, p.Act)
}

// ParsePress reads button data, rejecting anything the bot did not make.
func ParsePress(s string) (PressData, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 5 || parts[0] != "e" || len(parts[4]) != 1 {
		return PressData{}, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	event, err2 := strconv.Atoi(parts[2])
	rev, err3 := strconv.Atoi(parts[3])
	p := PressData{group, event, rev, Action(parts[4][0])}
	if err1 != nil || err2 != nil || err3 != nil || group >= 0 || event < 1 || rev < 1 {
		return PressData{}, false
	}
	switch p.Act {
	case ActAck, ActGoing, ActMaybe, ActCant, ActCalendar, ActDone:
		return p, true
	}
	return PressData{}, false
}
