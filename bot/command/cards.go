package command

import (
	"allaboard/bot/app"
	"allaboard/bot/notice"
	"allaboard/bot/wire"
)

// Seeing events and confirming them: lists, counts, history, /ack, and the
// private chat's start.

// listEvents is /events in a group: its upcoming events, sent privately.
func listEvents(a *app.App, t *app.Turn, m *app.Message) error {
	return a.Cards.ListEvents(t, m.Chat.ID, m.From.ID)
}

// pending is /events and /ack in private: what the sender has yet to confirm.
func pending(a *app.App, t *app.Turn, m *app.Message) error { return a.Cards.Pending(t, m.From.ID) }

// myStatus is /status in private: the events the sender hosts.
func myStatus(a *app.App, t *app.Turn, m *app.Message) error { return a.Cards.HostStatus(t, m.From.ID) }

// confirm is /ack <n>: the sender confirms event n.
func confirm(a *app.App, t *app.Turn, m *app.Message) error {
	num, ok, err := eventNumber(t, m, notice.AckUsage)
	if err != nil || !ok {
		return err
	}
	return a.Cards.Confirm(t, m.Chat.ID, m.From.ID, num)
}

// status is /status <n> in a group: event n's standing, sent privately.
func status(a *app.App, t *app.Turn, m *app.Message) error {
	num, ok, err := eventNumber(t, m, notice.StatusUsage)
	if err != nil || !ok {
		return err
	}
	return a.Cards.Status(t, m.Chat.ID, m.From.ID, num)
}

// history is /history <n>: every revision of event n.
func history(a *app.App, t *app.Turn, m *app.Message) error {
	num, ok, err := eventNumber(t, m, notice.HistoryUsage)
	if err != nil || !ok {
		return err
	}
	return a.Cards.History(t, m.Chat.ID, num)
}

// start is /start in private, often from one of the bot's deep links.
func start(a *app.App, t *app.Turn, m *app.Message) error {
	user, link := m.From.ID, readStart(m.Args)
	switch link.kind {
	case startEvent:
		return a.Cards.ShowEvent(t, user, link.group, link.num)
	case startList:
		return a.Cards.ShowList(t, user, link.group)
	case startCounts:
		return a.Cards.ShowCounts(t, user, link.group, link.num)
	case startBring:
		return a.Bring.Show(t, user, link.group, link.num)
	case startNewEvent:
		return a.Drafts.Start(t, user, link.group)
	case startResume:
		if resumed, err := a.Drafts.Resume(t, user); err != nil || resumed {
			return err
		}
	}
	return a.Cards.Welcome(t, user, link.kind == startFromGroup)
}

// startLink is what a /start deep link asks for.
type startLink struct {
	kind  startKind
	group int64 // the event's group, or the group to announce an event in
	num   int   // the event
}

// startKind is the kind of deep link a /start came from.
type startKind int

// The deep links.
const (
	startPlain     startKind = iota // none of ours: the help
	startEvent                      // an event's card
	startNewEvent                   // guided creation of an event in a group
	startResume                     // back to the draft waiting for an answer
	startFromGroup                  // the group's "open a private chat" button
	startList                       // a group's events, asked for there (/events)
	startCounts                     // an event's standing, asked for in its group (/status)
	startBring                      // an event's sign-up list, from its card's button
)

// readStart reads /start's payload, exactly as typed.
func readStart(payload string) startLink {
	if group, num, ok := wire.ParseEventPayload(payload); ok {
		return startLink{startEvent, group, num}
	}
	if group, ok := wire.ParseNewEventPayload(payload); ok {
		return startLink{kind: startNewEvent, group: group}
	}
	if group, ok := wire.ParseListPayload(payload); ok {
		return startLink{kind: startList, group: group}
	}
	if group, num, ok := wire.ParseCountsPayload(payload); ok {
		return startLink{startCounts, group, num}
	}
	if group, num, ok := wire.ParseBringPayload(payload); ok {
		return startLink{startBring, group, num}
	}
	switch payload {
	case wire.ResumePayload:
		return startLink{kind: startResume}
	case wire.OpenChatPayload:
		return startLink{kind: startFromGroup}
	}
	return startLink{kind: startPlain}
}
