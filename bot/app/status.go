package app

import (
	"allaboard"
	"allaboard/bot/render"
)

// statusMessage is the status card for a host (or an admin who asked):
// every member's standing on the latest version, by name. Only they see it.
// Fresh posts it anew (asked for on demand); otherwise it edits the last one.
func (a *Cards) statusMessage(t *turn, r allaboard.Roll, to int64, fresh bool) allaboard.Outgoing {
	m := allaboard.Outgoing{ChatID: to, Text: a.statusText(t, r), Ref: allaboard.StatusRef(r.Event), Fresh: fresh, Silent: true}
	if e := r.Event; !e.Started(t.now) {
		m.Buttons = render.StatusButtons(!e.Cancelled && len(r.Pending()) > 0, !e.Cancelled,
			func(act byte) string { return statusData(e, act) })
	}
	return m
}

func (a *Cards) statusText(t *turn, r allaboard.Roll) string {
	chat, err := t.tx.Chat(r.Event.Group)
	if err != nil {
		chat = allaboard.Chat{ID: r.Event.Group}
	}
	return render.Status(r, chat, a.zone(t.tx, r.Event.Group))
}
