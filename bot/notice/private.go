package notice

import (
	"strconv"

	"allaboard"
)

// What is asked in a group and answered in private, so that nothing in the
// group shows a snapshot that goes stale; and a member's message passed on
// to a host.

// Answers in the group to /events and /status asked there.
const (
	// SentPrivately tells User, in the group, that the answer went to their
	// private chat: nothing that can go stale.
	SentPrivately = "sent_privately"
	// AskPrivately invites User, who has no private chat with the bot, to
	// open one: its deep link ("open", see WithOpenChat) shows the answer.
	// The answer in private is the same kind as the group's was (EventList,
	// Counts), which names the group there.
	AskPrivately = "ask_privately"
)

// Passing a member's private message on to a host.
const (
	// PassOnOffer offers User to pass their message on: "id", the
	// allaboard.PassOn kept, whose events the buttons offer.
	PassOnOffer = "pass_on_offer"
	// PassOnTooLong says the message is too long to pass on: Count, its
	// length in characters.
	PassOnTooLong = "pass_on_too_long"
	// PassedOn is User's message about Group's Event, for a host: "text",
	// as typed.
	PassedOn = "passed_on"
	// PassOnNoChat tells the member the host (User) has no private chat with
	// the bot: whom to write to instead. Group, Event.
	PassOnNoChat = "pass_on_no_chat"

	// Answers to a press on the offer's buttons.
	PassOnDone    = "pass_on_done"    // passed on to User, the host
	PassOnFailed  = "pass_on_failed"  // couldn't: a message says whom to write to
	PassOnAlready = "pass_on_already" // this message was passed on before
	PassOnExpired = "pass_on_expired" // kept no more: send it again
	PassOnOver    = "pass_on_over"    // the event is cancelled or has started
	PassOnQuota   = "pass_on_quota"   // Count messages passed on in the last hour: wait
)

// PassOnOfferOf offers user to pass their message id on.
func PassOnOfferOf(user int64, id uint64) *allaboard.Notice {
	return &allaboard.Notice{Kind: PassOnOffer, User: user, Values: map[string]string{"id": strconv.FormatUint(id, 10)}}
}

// PassOnID is the message an offer is about, as PassOnOfferOf put it in n.
func PassOnID(n allaboard.Notice) (uint64, bool) {
	id, err := strconv.ParseUint(n.Value("id"), 10, 64)
	return id, err == nil
}

// PassedOnOf is member's message text about e, for its host.
func PassedOnOf(e allaboard.Event, member int64, text string) *allaboard.Notice {
	n := AboutEvent(PassedOn, e, "text", text)
	n.User = member
	return n
}
