package writer

import (
	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What a host chooses for themselves, written as it is when sent: the pace
// of their own event, the time of their own digests.

func init() {
	kinds[notice.ZoneNotAllowed] = phrase(render.ZoneNotAllowed.In)
	kinds[notice.PaceUsage] = said(func(l lang.Lang, n allaboard.Notice) string { return render.PaceUsage(l, n.Event) })
	kinds[notice.PaceRefused] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.PaceRefused(l, n.Event, notice.ProblemOf(n))
	})
	kinds[notice.PaceSet] = ofTheEvent(func(s *state, e allaboard.Event, _ allaboard.Notice) (string, error) {
		set, err := settingsOfGroup(s, e.Group)
		return render.PaceSet(s.lang, e, notice.SettingValue(set, "chase")), err
	})
	kinds[notice.OwnSettings] = ownDigest(render.OwnSettings)
	kinds[notice.OwnDigestChanged] = ownDigest(render.OwnDigestChanged)
	kinds[notice.DraftPace] = func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		m.Text = render.FlowPace(s.lang)
		m.Buttons = render.PaceButtons(s.lang, n.Value("gentle"), n.Value("normal"), n.Value("urgent"), n.Value("group"))
		return m, true, nil
	}
}

// ownDigest is a kind that shows the notice's user their own digest time
// as it is when sent.
func ownDigest(text func(l lang.Lang, digest string) string) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		u, err := s.user(n.User)
		m.Text = text(s.lang, u.Digest)
		return m, err == nil, err
	}
}
