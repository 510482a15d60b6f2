package writer

import (
	"allaboard"
	"allaboard/bot/render"
	"allaboard/bot/wire"
)

// A message in the group whose buttons confirm an event's latest version
// (answer a to-do) shows that version: what changed since the earliest
// version those it asks saw, and the rest whole. One too long to show it
// all carries, in place of those buttons, a link to the private card.

// earliestSeen is the earliest version of e one of users confirmed (a
// to-do: saw); 0 if none did, the event being new to them all.
func earliestSeen(s *state, e allaboard.Event, users []int64) (int, error) {
	seen := 0
	for _, id := range users {
		r, err := allaboard.LookupResponse(s.tx, e.Group, e.Num, id)
		if err != nil {
			return 0, err
		}
		if r.Acked > 0 && (seen == 0 || r.Acked < seen) {
			seen = r.Acked
		}
	}
	return seen, nil
}

// changesSince are e's changes since version seen, one line each
// (ChangesSince); none if seen is 0.
func changesSince(s *state, e allaboard.Event, seen int) ([]string, error) {
	if seen == 0 {
		return nil, nil
	}
	revs, err := s.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return nil, err
	}
	return render.ChangesSince(s.lang, e, revs, seen, s.zone(e.Group)), nil
}

// mentionButtons go under a mention of e: its ✅ (a to-do's answers) and a
// link to the private chat, if the mention shows all they confirm (whole);
// else only the link, to read it there.
func mentionButtons(s *state, e allaboard.Event, link string, whole bool) [][]allaboard.Button {
	switch {
	case !whole:
		return render.ReadPrivatelyButtons(s.lang, link)
	case e.IsTodo() && !e.Cancelled:
		return render.TodoMentionButtons(s.lang, answers(e), link)
	}
	return render.MentionButtons(s.lang, press(e, wire.ActAck), link)
}
