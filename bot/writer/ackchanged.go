package writer

import (
	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

func init() {
	kinds[notice.AckChanged] = ackChanged
}

// ackChanged answers /ack from a member yet to confirm an event that
// changed since it was announced: a mention of them showing the latest
// version, what changed since the one they saw, and its Got it, as a chase
// mention does. Nothing goes if they confirmed it meanwhile.
func ackChanged(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, n.User)
	if err != nil || max(r.Acked, r.Family) >= e.Material { // seen meanwhile, as Confirm asks
		return m, false, err
	}
	u, err := s.user(n.User)
	if err != nil {
		return m, false, err
	}
	c := render.ChaseMention{Lang: s.lang, Names: []string{render.Mention(n.User, u.Name())}, Event: e, Loc: s.zone(e.Group)}
	if c.Changes, err = changesSince(s, e, n.Rev); err != nil {
		return m, false, err
	}
	text, whole := c.Written()
	m.Text, m.Buttons = text, mentionButtons(s, e, s.link(wire.EventPayload(e.Group, e.Num)), whole)
	return m, true, nil
}
