package app

import (
	"fmt"
	"strconv"
	"strings"
)

// action is what a card button does.
type action byte

const (
	actAck   action = 'a'
	actGoing action = 'g'
	actMaybe action = 'm'
	actCant  action = 'n'
)

// pressData is what a card button sends back: which event, which revision
// the card showed, and what was pressed. It says nothing about who pressed:
// that is always the callback's sender, so it cannot be forged.
type pressData struct {
	group int64
	event int
	rev   int
	act   action
}

// encode fits in Telegram's 64 bytes: "e:-1001234567890:999:999:g" is 27.
func (p pressData) encode() string {
	return fmt.Sprintf("e:%d:%d:%d:%c", p.group, p.event, p.rev, p.act)
}

// parsePress reads button data, rejecting anything we did not make.
func parsePress(s string) (pressData, bool) {
	parts := strings.Split(s, ":")
	if len(parts) != 5 || parts[0] != "e" || len(parts[4]) != 1 {
		return pressData{}, false
	}
	group, err1 := strconv.ParseInt(parts[1], 10, 64)
	event, err2 := strconv.Atoi(parts[2])
	rev, err3 := strconv.Atoi(parts[3])
	p := pressData{group, event, rev, action(parts[4][0])}
	if err1 != nil || err2 != nil || err3 != nil || group >= 0 || event < 1 || rev < 1 {
		return pressData{}, false
	}
	switch p.act {
	case actAck, actGoing, actMaybe, actCant:
		return p, true
	}
	return pressData{}, false
}

// deepLinkPayload opens an event in a private chat: "e-1001234567890_12".
func eventPayload(group int64, event int) string { return fmt.Sprintf("e%d_%d", group, event) }

func parseEventPayload(s string) (group int64, event int, ok bool) {
	g, e, found := strings.Cut(strings.TrimPrefix(s, "e"), "_")
	if !found || !strings.HasPrefix(s, "e") {
		return 0, 0, false
	}
	group, err1 := strconv.ParseInt(g, 10, 64)
	event, err2 := strconv.Atoi(e)
	return group, event, err1 == nil && err2 == nil && group < 0 && event > 0
}
