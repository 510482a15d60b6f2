package writer

import (
	"slices"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// Sign-up lists, written from the event's list as it is when sent: the
// group card's line and button, a member's copy, the question after a move,
// the host's view, and what the group and the hosts are told.

func init() {
	kinds[notice.BringUsage] = phrase(render.BringUsage)
	kinds[notice.BringNotEvent] = phrase(render.BringNotEvent)
	kinds[notice.BringProblem] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.BringProblem(l, notice.ProblemOf(n))
	})
	kinds[notice.BringClosed] = aboutBring(func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
		return render.BringClosed(s.lang, e), nil, true
	})
	kinds[notice.BringSaved] = aboutBring(func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
		return render.BringSaved(s.lang, e), s.bringButton(e), true
	})
	kinds[notice.BringNeededAgain] = aboutBring(bringNeededAgain)
	kinds[notice.BringMissing] = aboutBring(func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
		if e.Bring.Settled(e) || !e.Upcoming(s.now) {
			return "", nil, false
		}
		return render.BringMissing(s.lang, e, s.zone(e.Group)), s.bringButton(e), true
	})
	kinds[notice.BringList] = aboutBring(bringList)
	kinds[notice.BringAsk] = aboutBring(bringAsk)
	for k, write := range map[string]func(lang.Lang, allaboard.Event, string, []string) string{
		notice.BringReleasedCant: render.BringReleasedCant, notice.BringReleasedLeft: render.BringReleasedLeft} {
		kinds[k] = aboutBring(func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
			u, err := s.user(n.User)
			if err != nil {
				return "", nil, false
			}
			return write(s.lang, e, render.Name(u), notice.ReadItemNames(n.Value("items"))), nil, true
		})
	}
	kinds[notice.BringRemoved] = aboutBring(func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
		return render.BringRemoved(s.lang, e, n.Value("item")), nil, true
	})
	for _, k := range []string{notice.BringClaimed, notice.BringReleased, notice.BringFull, notice.BringGone, notice.BringStillOn,
		notice.BringDropped, notice.BringOutdated, notice.BringNotYours, notice.BringShut} {
		kinds[k] = said(func(l lang.Lang, n allaboard.Notice) string { return render.BringAnswer(l, n.Kind, n.Value("item")) })
	}
}

// aboutBring is a kind about an event's list, written by write from the
// event as it is; nothing is sent if the event is gone or write says so.
func aboutBring(write func(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool)) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		e, found, err := s.event(n.Group, n.Event)
		if err != nil || !found {
			return m, false, err
		}
		text, buttons, ok := write(s, e, n)
		m.Text, m.Buttons = text, buttons
		return m, ok, nil
	}
}

// bringButton is the row with the button that opens e's list in private.
func (s *state) bringButton(e allaboard.Event) [][]allaboard.Button {
	return [][]allaboard.Button{render.BringButton(s.lang, s.link(wire.BringPayload(e.Group, e.Num)))}
}

// bringCard adds e's list to its group card: the line of what is still
// needed (the card's footer) and the button that opens it.
func (s *state) bringCard(e allaboard.Event, c *render.Card) [][]allaboard.Button {
	if line := render.BringCardLine(s.lang, e); line != "" && e.Upcoming(s.now) {
		c.Footer = line
		return s.bringButton(e)
	}
	return nil
}

// claimant is how a list shows a claim: the member's name, and whether it
// holds for e's current time and place; you names the reader.
func (s *state) claimant(e allaboard.Event, you int64) func(allaboard.Claim) render.Claimant {
	return func(c allaboard.Claim) render.Claimant {
		name := ""
		if u, err := s.user(c.User); err == nil {
			name = render.Name(u)
		}
		name = render.Escape(name)
		if c.User == you {
			name = render.BringYou(s.lang)
		}
		return render.Claimant{Name: name, Stands: c.Stands(e)}
	}
}

// bringStatus is the host's view of e's list, for the status card.
func (s *state) bringStatus(e allaboard.Event) string {
	return render.BringStatus(s.lang, e, s.claimant(e, 0))
}

// bringList is a member's copy of e's list, with a button for each item
// they may claim or release, and, if they have claims from before a move,
// the question whether they still bring them.
func bringList(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
	text := render.BringList(s.lang, e, s.claimant(e, n.User), s.zone(e.Group))
	if !e.Upcoming(s.now) || e.IsNotice() || e.IsTodo() {
		return text, nil, true
	}
	var buttons [][]allaboard.Button
	if slices.Contains(e.Bring.AskedAgain(e), n.User) {
		buttons = askButtons(s, e)
	}
	buttons = append(buttons, render.BringListButtons(s.lang, e, n.User, func(item int, claim bool) string {
		act := wire.BringRelease
		if claim {
			act = wire.BringClaim
		}
		return wire.BringPress{Group: e.Group, Event: e.Num, Item: item, Rev: e.Material, Act: act}.Encode()
	})...)
	return text, buttons, true
}

// askButtons answer whether a member still brings what they claimed.
func askButtons(s *state, e allaboard.Event) [][]allaboard.Button {
	p := wire.BringPress{Group: e.Group, Event: e.Num, Rev: e.Material, Act: wire.BringStill}
	drop := p
	drop.Act = wire.BringDrop
	return render.BringAskButtons(s.lang, p.Encode(), drop.Encode())
}

// bringAsk asks a member, after a move, whether they still bring what they
// claimed; once answered it says where they stand.
func bringAsk(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
	var pending, mine []string
	for _, it := range e.Bring.Of(n.User) {
		mine = append(mine, it.Name)
		if c, _ := it.Claimed(n.User); !c.Stands(e) {
			pending = append(pending, it.Name)
		}
	}
	text := render.BringAsk(s.lang, e, pending, mine, s.zone(e.Group))
	if len(pending) == 0 || !e.Upcoming(s.now) {
		return text, nil, true
	}
	return text, askButtons(s, e), true
}

// bringNeededAgain tells the group which items released after a move are
// still needed; none: nothing is sent.
func bringNeededAgain(s *state, e allaboard.Event, n allaboard.Notice) (string, [][]allaboard.Button, bool) {
	var items []allaboard.Item
	for _, id := range notice.ReadItemIDs(n.Value("items")) {
		if it := e.Bring.Item(id); it != nil && it.Free() > 0 {
			items = append(items, *it)
		}
	}
	if len(items) == 0 || !e.Upcoming(s.now) {
		return "", nil, false
	}
	return render.BringNeededAgain(s.lang, e, items, s.zone(e.Group)), s.bringButton(e), true
}

func init() { kinds[notice.DraftBring] = phrase(render.FlowBring.In, draftSkip) }
