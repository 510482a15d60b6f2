package app

import (
	"allaboard"
	"allaboard/bot/notice"
)

// statusMessage is the status card of e for a host (or an admin who asked):
// every member's standing on the latest version, by name. Only they see it.
// Fresh posts it anew (asked for on demand); otherwise it edits the last one.
func statusMessage(e allaboard.Event, to int64, fresh bool) allaboard.Outgoing {
	return allaboard.Outgoing{ChatID: to, Notice: notice.StatusOf(e), Ref: allaboard.StatusRef(e), Fresh: fresh, Silent: true}
}
