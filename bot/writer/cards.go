package writer

import (
	"errors"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// An event's cards, written from the event as it is when they are sent: the
// group's card with its counts, a member's own card, and a host's status.

func init() {
	kinds[notice.Card] = groupCard
	kinds[notice.Status] = status
	kinds[notice.OwnCard] = ownCardNotice
}

// event loads the event a notice is about, following its group if it moved;
// found is false if it is gone.
func (s *state) event(group int64, num int) (e allaboard.Event, found bool, err error) {
	group, err = allaboard.CurrentGroup(s.tx, group)
	if err != nil {
		return e, false, err
	}
	e, err = s.tx.Event(group, num)
	if errors.Is(err, allaboard.ErrNotFound) {
		return e, false, nil
	}
	return e, err == nil, err
}

// groupCard is the card in the group, with its counts. A card of a material
// revision that has been followed by another is not written: the newer one
// is queued after it, and retires it once posted.
func groupCard(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found || n.Rev != 0 && e.Material != n.Rev {
		return m, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	c, err := s.card(e, e.Material-1)
	if err != nil {
		return m, false, err
	}
	tally := r.Tally()
	c.Counts = &tally
	bring := s.bringCard(e, &c)
	m.Text, m.Buttons = c.HTML(), append(c.Buttons(answers(e)), bring...)
	return m, true, nil
}

// card is e's card with the material changes after revision seen.
func (s *state) card(e allaboard.Event, seen int) (render.Card, error) {
	host, err := allaboard.LookupUser(s.tx, e.Host)
	if err != nil {
		return render.Card{}, err
	}
	c := render.Card{Lang: s.lang, Event: e, Host: render.Name(host), Loc: s.zone(e.Group), Repeats: s.seriesLine(e)}
	if seen > 0 && e.Material > 1 {
		revs, err := s.tx.Revisions(e.Group, e.Num)
		if err != nil {
			return render.Card{}, err
		}
		c.Changes = render.ChangesSince(s.lang, e, revs, seen, c.Loc)
	}
	return c, nil
}

// status is a host's status card: every member's standing on the latest
// version, by name, with what the host may do next while it is ahead.
func status(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	chat, err := s.tx.Chat(e.Group)
	if err != nil {
		chat = allaboard.Chat{ID: e.Group}
	}
	m.Text = render.Status(s.lang, r, chat, s.zone(e.Group), s.now)
	if list := s.bringStatus(e); list != "" {
		m.Text = render.ClipHTML(s.lang, m.Text+list)
	}
	if !e.Started(s.now) {
		m.Buttons = render.StatusButtons(s.lang, !e.Cancelled && len(r.Pending()) > 0, !e.Cancelled, statusActions(e))
	}
	return m, true, nil
}

// ownCardNotice is a member's own card, under a line saying why it came.
func ownCardNotice(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, n.User)
	if err != nil {
		return m, false, err
	}
	seen := n.Rev
	if seen == 0 {
		seen = r.Acked
	}
	var header string
	switch why := n.Value("why"); {
	case why == notice.WhyOutdated:
		header = render.OutdatedHeader(s.lang)
	case why == notice.WhyBefore && e.IsTodo():
		header = render.TodoBeforeHeader(s.lang, e, s.zone(e.Group))
	case why == notice.WhyBefore:
		header = render.ReminderPendingHeader(s.lang, e, render.StartsIn(s.lang, e.When, s.now, s.zone(e.Group)))
	case e.IsTodo() && !e.Cancelled:
		by, err := s.user(r.DoneBy)
		if err != nil {
			return m, false, err
		}
		header = render.TodoState(s.lang, e, r, by, s.now)
	default:
		header = render.CardPending(s.lang)
		switch {
		case r.Confirmed(e) && e.Cancelled:
			header = render.YourState(s.lang, allaboard.NoAnswer)
		case r.Confirmed(e):
			header = render.YourState(s.lang, r.RSVPFor(e))
		case e.Started(s.now) && e.IsNotice():
			header = render.NoticeClosedHeader(s.lang)
		case e.Started(s.now):
			header = render.CardStarted(s.lang)
		}
	}
	out, err := s.ownCard(e, r, seen, header)
	out.ID, out.ChatID, out.Ref, out.Fresh, out.Silent, out.Class, out.For, out.Urgent, out.Created, out.Notice =
		m.ID, m.ChatID, m.Ref, m.Fresh, m.Silent, m.Class, m.For, m.Urgent, m.Created, m.Notice
	return out, err == nil, err
}

// ownCard is e's card as r's member sees it privately, under header: what
// changed since the version they saw, whether they still come if they said
// so to an earlier one, and its buttons.
func (s *state) ownCard(e allaboard.Event, r allaboard.Response, seen int, header string) (allaboard.Outgoing, error) {
	c, err := s.card(e, seen)
	if err != nil {
		return allaboard.Outgoing{}, err
	}
	c.Header = header
	if answer, rev := r.EarlierRSVP(e); (answer == allaboard.Going || answer == allaboard.Maybe) && !e.Cancelled && !e.Started(s.now) {
		revs, err := s.tx.Revisions(e.Group, e.Num)
		if err != nil {
			return allaboard.Outgoing{}, err
		}
		was := e.AsOf(revs, rev)
		c.Footer = render.StillComing(s.lang, answer, e, was.When, was.Where, c.Loc)
	}
	var bring [][]allaboard.Button
	if line := render.BringPrivateLine(s.lang, e); line != "" && e.Upcoming(s.now) {
		// A parent who reads only this card learns of the list too; what
		// is still needed changes with every claim, so the group card says it.
		c.Footer = strings.TrimPrefix(c.Footer+"\n\n"+line, "\n\n")
		bring = s.bringButton(e)
	}
	buttons := c.Buttons(answers(e))
	if !e.Cancelled && !e.Started(s.now) && e.HasCalendar() {
		buttons = append(buttons, render.AddToCalendar(s.lang, press(e, wire.ActCalendar)))
	}
	buttons = append(buttons, bring...)
	return allaboard.Outgoing{ChatID: r.User, Text: c.HTML(), Buttons: buttons, Ref: allaboard.PrivateCardRef(e)}, nil
}

// groupName is how a group is named in a private message.
func (s *state) groupName(group int64) (string, error) {
	chat, err := s.chat(group)
	return render.GroupTitle(s.lang, chat.Title), err
}
