package allaboard

import (
	"strconv"
	"strings"
)

// Refs name messages the bot keeps up to date in place (Outgoing.Ref): the
// use cases queue an entry under one, the sender records the message it
// sent under (chat, ref) and edits that message for the next entry with the
// same ref. They are our own keys into the outbox, not Telegram's: no button
// or link carries one. They live here, not in bot/, because the store reads
// them too: it renames a group's refs in private chats when the group moves
// (StatusPrefix), deletes them when it is forgotten, and deletes an event's
// with the event (RefEvent); and the sender tells status cards by theirs.

// CardRef names a group's card for an event's material revision.
func CardRef(e Event) string {
	return "card:" + strconv.Itoa(e.Num) + ":" + strconv.Itoa(e.Material)
}

// ParseCardRef reads CardRef's ref: the event's number and the material
// revision the card shows.
func ParseCardRef(ref string) (num, rev int, ok bool) {
	rest, ok := strings.CutPrefix(ref, "card:")
	n, r, ok2 := strings.Cut(rest, ":")
	num, err1 := strconv.Atoi(n)
	rev, err2 := strconv.Atoi(r)
	if !ok || !ok2 || err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return num, rev, true
}

// StatusRef names a host's status card for an event, in their private chat.
func StatusRef(e Event) string { return StatusPrefix(e.Group) + strconv.Itoa(e.Num) }

// PrivateCardRef names a member's own card of an event, in their private
// chat: a reminder posts it anew, their answer on it edits it.
func PrivateCardRef(e Event) string {
	return StatusPrefix(e.Group) + "card:" + strconv.Itoa(e.Num)
}

// BringRef names a member's copy of an event's sign-up list, in their
// private chat: their presses on it edit it.
func BringRef(e Event) string { return StatusPrefix(e.Group) + "bring:" + strconv.Itoa(e.Num) }

// BringAskRef names the question to a member, after an event moved,
// whether they still bring what they claimed: their answer edits it.
func BringAskRef(e Event) string {
	return StatusPrefix(e.Group) + "bringask:" + strconv.Itoa(e.Num)
}

// StatusPrefix begins the refs of the messages about a group in private
// chats (hosts' status cards, members' cards): the store renames them when
// the group moves and deletes them when it is forgotten.
func StatusPrefix(group int64) string { return "status:" + strconv.FormatInt(group, 10) + ":" }

// The refs of single messages.
const (
	RollCallRef = "rollcall" // a group's roll-call card
	WelcomeRef  = "welcome"  // a group's welcome, rewritten when its language or zone is set
	ForgetRef   = "forget"   // the question before forgetting, edited once answered
	LanguageRef = "language" // a group's language menu, which becomes the answer once chosen
)

// IsStatusRef reports whether ref names a host's status card (StatusRef).
func IsStatusRef(ref string) bool {
	if !strings.HasPrefix(ref, "status:") {
		return false
	}
	i := strings.LastIndexByte(ref, ':')
	_, err := strconv.Atoi(ref[i+1:])
	return err == nil && strings.Count(ref, ":") == 2
}

// RefEvent reads back the event a ref names, in the chat it was delivered
// to: a group's cards and its messages about cosmetic changes ("notes:num:rev",
// made by bot/app), a host's status card and a member's own card in private.
// The store deletes these with the event.
func RefEvent(chat int64, ref string) (group int64, num int, ok bool) {
	if rest, ok := strings.CutPrefix(ref, "status:"); ok {
		g, n, _ := strings.Cut(rest, ":")
		n = strings.TrimPrefix(n, "card:")
		n = strings.TrimPrefix(strings.TrimPrefix(n, "bring:"), "bringask:")
		group, err1 := strconv.ParseInt(g, 10, 64)
		num, err2 := strconv.Atoi(n)
		if err1 != nil || err2 != nil {
			return 0, 0, false
		}
		return group, num, true
	}
	for _, prefix := range []string{"card:", "notes:"} {
		if rest, ok := strings.CutPrefix(ref, prefix); ok {
			n, _, _ := strings.Cut(rest, ":")
			num, err := strconv.Atoi(n)
			if err != nil {
				return 0, 0, false
			}
			return chat, num, true
		}
	}
	return 0, 0, false
}
