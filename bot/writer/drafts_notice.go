package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// Guided creation's first question, and its questions about a notice.

func init() {
	kinds[notice.DraftKind] = draftRows(render.FlowKind, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.KindButtons(l, n.Value("event"), n.Value("notice"), n.Value("todo"))
	})
	kinds[notice.DraftNoticeText] = draftNoticeText
	kinds[notice.DraftNoticeDay] = draftRows(render.FlowNoticeDay, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return append(draftDays(l, n), render.NoDay(l, n.Value("skip")))
	})
	kinds[notice.DraftNoticeFix] = draftRows(render.FlowFix, func(l lang.Lang, n allaboard.Notice) [][]allaboard.Button {
		return render.NoticeFixButtons(l, n.Value("text"), n.Value("day"))
	})
}

// draftNoticeText asks what everyone should know, naming the group.
func draftNoticeText(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	c, err := s.chat(n.Group)
	m.Text = render.FlowNoticeText(s.lang, c.Title)
	return m, err == nil, err
}
