package app

import (
	"errors"
	"strings"
	"time"

	"allaboard"
	"allaboard/bot/notice"
)

// A host chooses, in private, when they get their digests: one time for
// the events they host in every group, on each group's clock, instead of
// the group's digest time, which its admins choose for every host.

// ShowOwn is /settings in private: the settings that are user's own.
func (a *Settings) ShowOwn(t *turn, user int64) error {
	return t.Tell(user, &allaboard.Notice{Kind: notice.OwnSettings, User: user})
}

// ChangeOwnDigest is /settings digest <time> in private: when user gets the
// digests of the events they host, as typed: a time of day or a cron
// expression as the group's digest setting takes it, "off" for none, or
// "group" for each group's own time again. The digests of their groups are
// planned anew.
func (a *Settings) ChangeOwnDigest(t *turn, user int64, typed string) error {
	own := strings.TrimSpace(typed)
	switch {
	case strings.EqualFold(own, allaboard.FollowGroup):
		own = ""
	case strings.EqualFold(own, allaboard.DigestOff):
		own = allaboard.DigestOff
	default:
		cal, err := allaboard.ParseCalendar(own, time.UTC) // read on each group's clock when planned
		if errors.Is(err, allaboard.ErrBadSetting) {
			return t.Tell(user, notice.WithProblem(notice.New(notice.SettingRefused, "name", "digest"), err))
		} else if err != nil {
			return err
		}
		own = cal.String()
	}
	if err := updateUser(t.tx, user, func(u *allaboard.User) { u.Digest = own }); err != nil {
		return err
	}
	groups, err := t.tx.UserGroups(user)
	if err != nil {
		return err
	}
	for _, g := range groups {
		if err := a.planDigest(t, g); err != nil {
			return err
		}
	}
	return t.Tell(user, &allaboard.Notice{Kind: notice.OwnDigestChanged, User: user})
}
