package writer

import (
	"fmt"
	"strings"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Answers to presses on cards and to the commands about them, and the short
// texts of a member's private chat.

func init() {
	for kind, text := range map[string]func(lang.Lang) string{ // a host's
		notice.NotHosting:       render.NotHosting,
		notice.HistoryUsage:     render.HistoryUsage,
		notice.StatusUsage:      render.StatusUsage,
		notice.StatusNotAllowed: render.StatusNotAllowed,
		notice.StatusStarted:    render.StatusStarted,
		notice.StatusKept:       render.Kept,
		notice.StatusCancelled:  render.Cancelled,
		notice.ToldNotAllowed:   render.ToldNotAllowed,
		notice.ToldOutdated:     render.ToldOutdated,
	} {
		kinds[kind] = phrase(text)
	}
	kinds[notice.EventGone] = phrase(render.EventGone)
	kinds[notice.NothingPending] = phrase(render.NothingPending)
	kinds[notice.CalendarComing] = phrase(render.CalendarComing)
	kinds[notice.CalendarOpenChat] = phrase(render.CalendarOpenChat)
	kinds[notice.CalendarCancelled] = phrase(render.CalendarCancelled)
	kinds[notice.CalendarStarted] = phrase(render.CalendarStarted)
	kinds[notice.PendingIntro] = said(func(l lang.Lang, n allaboard.Notice) string { return render.PendingIntro(l, n.Count) })
	kinds[notice.PendingMore] = said(func(l lang.Lang, n allaboard.Notice) string { return render.PendingMore(l, n.Count) })
	kinds[notice.RemindingNow] = said(func(l lang.Lang, n allaboard.Notice) string { return render.RemindingNow(l, n.Count) })
	kinds[notice.Acked] = pressAnswer
	kinds[notice.AlreadyAcked] = pressAnswer
	kinds[notice.AckedCancelled] = pressAnswer
	kinds[notice.Answered] = pressAnswer
	kinds[notice.Outdated] = outdatedAnswer
	kinds[notice.AckReply] = ackReply
	kinds[notice.ToldNoted] = toldAnswer
	kinds[notice.ToldAlready] = toldAnswer
}

// pressAnswer answers a member's press on the latest card: what it noted,
// with the event's title.
func pressAnswer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := answeredEvent(s, &m, n)
	if err != nil || !found {
		return m, err == nil, err
	}
	switch n.Kind {
	case notice.Acked:
		m.Text = render.Acked(s.lang, e.Title)
	case notice.AlreadyAcked:
		if n.Value("older") != "" {
			m.Text = render.AlreadyAcked(s.lang, render.Clip(e.Title, 60))
			return m, true, nil
		}
		m.Text = render.AlreadyAcked(s.lang, e.Title)
	case notice.AckedCancelled:
		m.Text = render.AckedCancelled(s.lang, e.Title)
	case notice.Answered:
		m.Text = render.Answered(s.lang, allaboard.RSVP(n.Value("rsvp")), e.Title)
	}
	m.Text = render.Clip(m.Text, 190)
	return m, true, nil
}

// outdatedAnswer tells a member who pressed an old card what changed since
// its version, and where the latest is.
func outdatedAnswer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := answeredEvent(s, &m, n)
	if err != nil || !found {
		return m, err == nil, err
	}
	revs, err := s.tx.Revisions(e.Group, e.Num)
	if err != nil {
		return m, false, err
	}
	changed := render.StripTags(strings.Join(render.ChangesSince(s.lang, e, revs, n.Rev, s.zone(e.Group)), "; "))
	m.Text = render.OutdatedPress(s.lang, changed, n.Value("dm") != "")
	return m, true, nil
}

// answeredEvent loads the event an answer to a press is about; if it is
// gone, the answer says the button is stale.
func answeredEvent(s *state, m *allaboard.Outgoing, n allaboard.Notice) (allaboard.Event, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err == nil && !found {
		m.Text = render.StaleButton.In(s.lang)
	}
	return e, found, err
}

// ackReply answers /ack in the group: the answer a press would have had,
// under the member's name.
func ackReply(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	answer := notice.AnswerOf(n)
	write, known := kinds[answer.Kind]
	if !known || answer.Kind == notice.AckReply {
		return m, false, fmt.Errorf("no words for an answer to /ack of kind %q", answer.Kind)
	}
	a, ok, err := write(s, allaboard.Outgoing{ChatID: m.ChatID}, answer)
	if err != nil || !ok {
		return m, false, err
	}
	u, err := s.user(n.User)
	if err != nil {
		return m, false, err
	}
	m.Text = render.Mention(n.User, u.FirstName) + ": " + render.Escape(a.Text)
	return m, true, nil
}

// toldAnswer answers a host's "I've told them" about a member.
func toldAnswer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	u, err := s.user(n.User)
	if err != nil {
		return m, false, err
	}
	m.Text = render.ToldNoted(s.lang, u)
	if n.Kind == notice.ToldAlready {
		m.Text = render.ToldAlready(s.lang, u)
	}
	return m, true, nil
}
