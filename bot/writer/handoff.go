package writer

import (
	"errors"

	"allaboard"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// The host's hand-off, whom to call, is written from the state when it is
// sent: a member who confirmed or left meanwhile is not listed, and each
// line says how the bot has tried them so far.

func init() {
	kinds[notice.HandOff] = handOffList
}

// handOffList lists the members of a hand-off who still need a call, a
// family on one line with a button for each of them; nothing is sent if
// none does.
func handOffList(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	var lines []render.HandOffLine
	var buttons [][][]allaboard.Button // each line's
	at := map[int64]int{}              // member → their line
	for _, id := range n.Users {
		if e.IsHost(id) {
			continue
		}
		r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, id)
		if err != nil {
			return m, false, err
		}
		if over, err := allaboard.ChaseOver(s.tx, e, r, s.now); err != nil || over {
			if err != nil {
				return m, false, err
			}
			continue
		}
		u, err := s.user(id)
		if err != nil {
			return m, false, err
		}
		i, listed := at[id]
		if !listed {
			family, err := handOffFamily(s, e.Group, id)
			if err != nil {
				return m, false, err
			}
			i = len(lines)
			at[id] = i
			for _, f := range family {
				at[f.ID] = i
			}
			lines = append(lines, render.HandOffLine{User: u, Pings: r.Reminders(), Late: r.Late, Unreachable: r.Unreachable, Family: family})
			buttons = append(buttons, nil)
		}
		told := render.ToldButton
		if e.IsTodo() && !e.Cancelled {
			told = render.TodoMarkedButton // the host knows they did it
		}
		buttons[i] = append(buttons[i], told(s.lang, u, notice.ToldData(n, id)))
	}
	if len(lines) == 0 {
		return m, false, nil
	}
	m.Text = render.HandOff(s.lang, e, lines)
	for _, b := range buttons {
		m.Buttons = append(m.Buttons, b...)
	}
	return m, true, nil
}

// handOffFamily are the others of user's household still in group, named
// with them: a call to one of them reaches the family.
func handOffFamily(s *state, group, user int64) ([]allaboard.User, error) {
	h, err := s.tx.Household(group, user)
	if errors.Is(err, allaboard.ErrNotFound) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var family []allaboard.User
	for _, id := range h.Others(user) {
		if in, err := allaboard.InGroup(s.tx, group, id); err != nil {
			return nil, err
		} else if !in {
			continue
		}
		u, err := s.user(id)
		if err != nil {
			return nil, err
		}
		family = append(family, u)
	}
	return family, nil
}
