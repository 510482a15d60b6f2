package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Answers when a quota (allaboard's quota.go) is reached.
const (
	QuotaCommands Phrase = "quota_commands"
	QuotaPresses  Phrase = "quota_presses" // plain, as answers to presses are
)

// QuotaHostEvents answers /event from someone who announced n events in a
// day, the most.
func QuotaHostEvents(l lang.Lang, n int) string { return l.N("quota_host_events", n, nil) }

// QuotaGroupEvents answers /event in a group that had n new events in a
// day, the most.
func QuotaGroupEvents(l lang.Lang, n int) string { return l.N("quota_group_events", n, nil) }

// QuotaChanges answers a change of e, which changed n times in the last
// hour, the most.
func QuotaChanges(l lang.Lang, e allaboard.Event, n int) string {
	return l.N("quota_changes", n, map[string]any{"Event": EventName(e), "Num": e.Num})
}
