package app

import (
	"fmt"
	"strings"

	"allaboard"
	"allaboard/bot/render"
)

// OnEvents lists the group's upcoming events with their counts.
func (a *App) OnEvents(t *turn, m *Message) error {
	events, err := t.tx.Events(m.Chat.ID)
	if err != nil {
		return err
	}
	loc := a.zone(t.tx, m.Chat.ID)
	var lines []string
	for _, e := range events {
		if !e.Upcoming(t.now) {
			continue
		}
		r, err := allaboard.LoadRoll(t.tx, e)
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s\n🕒 %s · 📍 %s\n%s", render.EventName(e), render.ShortWhen(e.When, loc), render.Escape(render.Clip(e.Where, 60)), render.TallyLine(r.Tally())))
	}
	if len(lines) == 0 {
		return t.send(m.Chat.ID, render.NoEvents)
	}
	return t.send(m.Chat.ID, render.ClipHTML("📅 <b>Upcoming events</b>\n\n"+strings.Join(lines, "\n\n")))
}

// OnHistory shows every revision of an event: who changed what, and when.
func (a *App) OnHistory(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.HistoryUsage)
	}
	e, ok, err := a.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	revs, err := t.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return err
	}
	loc := a.zone(t.tx, e.Group)
	var sb strings.Builder
	fmt.Fprintf(&sb, "📜 <b>History</b> of %s\n", render.EventName(e))
	for _, r := range revs {
		fmt.Fprintf(&sb, "\n<b>%d.</b> %s · %s", r.N, render.ShortWhen(r.At, loc), render.Escape(r.ByName))
		if r.N == 1 {
			sb.WriteString(" announced it")
			continue
		}
		for _, c := range r.Changes {
			sb.WriteString("\n    " + render.ChangeLine(c, loc))
		}
		if r.Material {
			sb.WriteString("\n    <i>everyone was asked to confirm again</i>")
		}
	}
	return t.send(m.Chat.ID, render.ClipHTML(sb.String()))
}

// OnStatus shows an event's counts in the group, and sends its host or an
// admin every member's standing privately.
func (a *App) OnStatus(t *turn, m *Message) error {
	fields := strings.Fields(m.CommandArguments())
	if len(fields) != 1 {
		return t.send(m.Chat.ID, render.StatusUsage)
	}
	e, ok, err := a.findEvent(t, m.Chat.ID, fields[0])
	if err != nil || !ok {
		return err
	}
	r, err := allaboard.LoadRoll(t.tx, e)
	if err != nil {
		return err
	}
	text := render.EventName(e) + "\n" + render.TallyLine(r.Tally())
	if e.Host != m.From.ID && !t.admin(e.Group, m.From.ID) {
		return t.send(m.Chat.ID, text)
	}
	u, err := lookupUser(t.tx, m.From.ID)
	if err != nil {
		return err
	}
	if !u.Reachable() {
		return t.send(m.Chat.ID, text+"\n\n"+render.StatusNeedsDM,
			[]allaboard.Button{{Text: "💬 Open a private chat with me", URL: a.link("start", allaboard.EventPayload(e.Group, e.Num))}})
	}
	if err := t.enqueue(a.statusMessage(t, r, u.ID, true)); err != nil {
		return err
	}
	return t.send(m.Chat.ID, text+"\n\n"+render.StatusSent)
}
