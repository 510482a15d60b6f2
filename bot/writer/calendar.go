package writer

import (
	"slices"

	"allaboard"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// calendar writes a queued calendar file from the event as it is now. It is
// dropped if the event is gone, the member left its group, or a later file
// for the same event waits for the same chat.
func calendar(s *state, m allaboard.Outgoing, later []allaboard.Outgoing) (allaboard.Outgoing, bool, error) {
	tag := *m.Calendar
	if slices.ContainsFunc(later, func(n allaboard.Outgoing) bool {
		return n.ChatID == m.ChatID && n.Calendar != nil && n.Calendar.Group == tag.Group && n.Calendar.Event == tag.Event
	}) {
		return m, false, nil
	}
	e, found, err := s.event(tag.Group, tag.Event)
	if err != nil || !found {
		return m, false, err
	}
	if in, err := allaboard.InGroup(s.tx, e.Group, m.ChatID); err != nil || !in {
		return m, false, err
	}
	f := render.CalendarFile{Event: e, Link: s.link(wire.EventPayload(e.Group, e.Num)),
		Loc: s.zone(e.Group), Stamp: s.now}
	m.Text = render.CalendarCaption(s.lang, e, tag.Update)
	m.Document = &allaboard.Document{Name: f.Name(), Data: f.ICS()}
	if sf, ok, err := s.seriesFile(e); err != nil || ok { // a date of a series: the whole series
		m.Document = &allaboard.Document{Name: sf.Name(), Data: sf.ICS()}
		return m, err == nil, err
	}
	return m, true, nil
}
