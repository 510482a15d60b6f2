package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// Texts about co-hosts. Names come escaped (HTML).

// CoHostUsage explains /cohost.
func CoHostUsage(l lang.Lang) string { return l.T("cohost_usage", nil) }

// CoHostWhich asks which event, when the host has several.
func CoHostWhich(l lang.Lang) string { return l.T("cohost_which", nil) }

// CoHostUnknown says the bot doesn't know whom the host typed.
func CoHostUnknown(l lang.Lang, typed string) string {
	return l.T("cohost_unknown", map[string]any{"Name": typed})
}

// CoHostAdded tells the host that name now co-hosts e.
func CoHostAdded(l lang.Lang, name string, e allaboard.Event) string {
	return l.T("cohost_added", map[string]any{"Name": name, "Event": EventName(e)})
}

// CoHostRemoved tells the host that name no longer co-hosts e.
func CoHostRemoved(l lang.Lang, name string, e allaboard.Event) string {
	return l.T("cohost_removed", map[string]any{"Name": name, "Event": EventName(e)})
}

// CoHostAlready says name hosts e already.
func CoHostAlready(l lang.Lang, name string, e allaboard.Event) string {
	return l.T("cohost_already", map[string]any{"Name": name, "Event": EventName(e)})
}

// CoHostNotOne says name isn't a co-host of e.
func CoHostNotOne(l lang.Lang, name string, e allaboard.Event) string {
	return l.T("cohost_not_one", map[string]any{"Name": name, "Event": EventName(e)})
}

// CoHostTooMany says e has as many co-hosts as it can.
func CoHostTooMany(l lang.Lang, e allaboard.Event) string {
	return l.N("cohost_too_many", len(e.CoHosts), map[string]any{"Event": EventName(e)})
}

// CoHostIsOver says e is over or cancelled: nothing to share.
func CoHostIsOver(l lang.Lang, e allaboard.Event) string {
	return l.T("cohost_is_over", map[string]any{"Event": EventName(e)})
}

// CoHostYou tells a new co-host who made them one, of what, where.
func CoHostYou(l lang.Lang, by string, e allaboard.Event, group string) string {
	return l.T("cohost_you", map[string]any{"By": by, "Event": EventName(e), "Group": Escape(group)})
}

// CoHostHostOnly says only the host may remove name, a co-host of e.
func CoHostHostOnly(l lang.Lang, e allaboard.Event, name string) string {
	return l.T("cohost_host_only", map[string]any{"Event": EventName(e), "Name": name})
}
