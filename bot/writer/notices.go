package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What /announce answers, the question whether a notice's new text was only
// a typo fix, and the answers about notices.

func init() {
	kinds[notice.AnnounceUsage] = phrase(render.AnnounceUsage)
	kinds[notice.NoticeEditUsage] = said(func(l lang.Lang, n allaboard.Notice) string { return render.NoticeEditUsage(l, n.Event) })
	kinds[notice.MinorAsk] = minorAsk
	kinds[notice.MinorTypo] = phrase(render.MinorTypo)
	kinds[notice.MinorAgain] = phrase(render.MinorAgain)
	kinds[notice.MinorChangedSince] = phrase(render.MinorChangedSince)
	kinds[notice.NoticeKept] = phrase(render.NoticeKept)
	kinds[notice.NoticeUnkept] = phrase(render.NoticeUnkept)
	kinds[notice.NoticeClosed] = phrase(render.NoticeClosed)
	kinds[notice.NoticeDayAsk] = noticeDayAsk
}

// noticeDayAsk asks whether a notice is about the day its text names
// inside, with a button for each day it may be and one for none.
func noticeDayAsk(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	r, data := notice.ReadingOf(n)
	if len(r.Ask) == 0 {
		return m, false, nil
	}
	m.Text = render.NoticeDayAsk(s.lang, n.Value("typed"))
	m.Buttons = render.NoticeDayButtons(s.lang, r.Ask, data, n.Value("none"), s.zone(n.Group))
	return m, true, nil
}

// minorAsk asks whether a notice's new text was only a typo fix, with its
// two buttons until answered; then how it was.
func minorAsk(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	marked := n.Value("marked")
	m.Text = render.MinorAsk(s.lang, e, marked)
	if marked == "" {
		m.Buttons = render.MinorButtons(s.lang, n.Value("again"), n.Value("typo"))
	}
	return m, true, nil
}
