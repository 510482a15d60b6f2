package render

import (
	"time"

	"allaboard"
	"allaboard/bot/lang"
)

// What hosts, co-hosts and admins read besides the status card and the
// hand-off: the member list's short answers, the usage of /status and
// /history, and news about their events' group.

// NotHosting says the reader hosts no upcoming event.
func NotHosting(l lang.Lang) string { return l.T("host_not_hosting", nil) }

// StatusUsage explains /status.
func StatusUsage(l lang.Lang) string { return l.T("status_usage", nil) }

// HistoryUsage explains /history.
func HistoryUsage(l lang.Lang) string { return l.T("history_usage", nil) }

// AskHost asks the host, mentioned in the group, to open a private chat:
// the status of e goes there.
func AskHost(l lang.Lang, mention string, e allaboard.Event) string {
	return l.T("host_ask_start", map[string]any{"Host": mention, "Event": EventName(e)})
}

// RemovedHost tells a host that the bot was removed from the group of e,
// and the day what it keeps about the group is deleted.
func RemovedHost(l lang.Lang, group string, e allaboard.Event, purge time.Time, loc *time.Location) string {
	return l.T("host_removed", map[string]any{"Group": Escape(group), "Event": EventName(e), "Date": l.Date(purge.In(loc))})
}

// Short answers about the member list.

// MembersSent: the list went to the asker in private.
func MembersSent(l lang.Lang) string { return l.T("members_sent", nil) }

// MembersNeedsDM: the list goes in private, and the asker has no chat open.
func MembersNeedsDM(l lang.Lang) string { return l.T("members_needs_dm", nil) }

// MembersUsage: /members is sent in the group.
func MembersUsage(l lang.Lang) string { return l.T("members_usage", nil) }

// MembersNotAllowed: only admins and hosts see the list.
func MembersNotAllowed(l lang.Lang) string { return l.T("members_not_allowed", nil) }
