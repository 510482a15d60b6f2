package render

import (
	"allaboard"
	"allaboard/bot/lang"
)

// What a host chooses for themselves: the pace of their own event, and the
// time of their own digest.

// ZoneNotAllowed answers a press on a time zone by someone who is no admin.
const ZoneNotAllowed Phrase = "settings_zone_not_allowed"

// PaceSet says how hard e is chased now: at its own pace, or at the group's,
// groupPace, the chase setting as /settings shows it.
func PaceSet(l lang.Lang, e allaboard.Event, groupPace string) string {
	if e.Pace == "" {
		return l.T("pace_group", map[string]any{"Event": EventName(e), "Pace": settingValue(l, SettingLine{Name: "chase", Value: groupPace})})
	}
	return l.T("pace_set", map[string]any{"Event": EventName(e), "Pace": string(e.Pace), "About": l.T(paceWords[e.Pace], nil), "Num": e.Num})
}

// PaceUsage explains /edit pace for event num.
func PaceUsage(l lang.Lang, num int) string {
	return l.T("pace_usage", map[string]any{"Num": max(num, 1)})
}

// PaceRefused explains a pace that isn't one (err, as Problem explains it),
// and how to choose one.
func PaceRefused(l lang.Lang, num int, err error) string {
	return l.T("pace_refused", map[string]any{"Why": Problem(l, err)}) + "\n" + PaceUsage(l, num)
}

// PaceLine is the line of a host's status card that says e has a pace of
// its own; "" when it has the group's.
func PaceLine(l lang.Lang, e allaboard.Event) string {
	if e.Pace == "" {
		return ""
	}
	return l.T("status_pace", map[string]any{"Pace": string(e.Pace), "Num": max(e.Num, 1)})
}

// FlowPace asks, while an event is changed step by step, how hard to chase
// it, saying what each pace does.
func FlowPace(l lang.Lang) string {
	return l.T("flow_pace", map[string]any{"Gentle": l.T(paceWords[allaboard.Gentle], nil),
		"Normal": l.T(paceWords[allaboard.Normal], nil), "Urgent": l.T(paceWords[allaboard.Urgent], nil)})
}

// PaceButtons are FlowPace's buttons: the three paces in a row, and the
// group's under them.
func PaceButtons(l lang.Lang, gentle, normal, urgent, group string) [][]allaboard.Button {
	b := func(id, data string) allaboard.Button { return allaboard.Button{Text: l.T(id, nil), Data: data} }
	return [][]allaboard.Button{
		{b("flow_pace_gentle", gentle), b("flow_pace_normal", normal), b("flow_pace_urgent", urgent)},
		{b("flow_pace_group", group)},
	}
}

// OwnSettings shows a member, in private, the settings that are their own:
// digest, the time of their digests (User.Digest).
func OwnSettings(l lang.Lang, digest string) string {
	return l.T("own_settings", map[string]any{"Digest": ownDigest(l, digest)})
}

// OwnDigestChanged confirms the time of a host's own digests.
func OwnDigestChanged(l lang.Lang, digest string) string {
	return l.T("own_digest_changed", map[string]any{"Digest": ownDigest(l, digest)})
}

// ownDigest shows a host's own digest time: in words where it can be said
// so, off, or each group's.
func ownDigest(l lang.Lang, digest string) string {
	if digest == "" {
		return l.T("own_digest_group", nil)
	}
	return settingValue(l, SettingLine{Name: "digest", Value: digest})
}
