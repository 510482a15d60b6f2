package app

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
)

// A group whose time zone nobody chose is offered one with a tap: the zones
// most groups use, or any with /settings timezone.

// commonZones are offered as buttons; any other is one /settings away.
var commonZones = []string{"Europe/London", "Europe/Berlin", "Europe/Kyiv", "Europe/Moscow",
	"America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
	"Asia/Kolkata", "Asia/Shanghai", "Australia/Sydney", "UTC"}

// zoneData is what a zone button sends: "z:<group>:<zone>"; without a
// zone, the button that shows the choices.
func zoneData(group int64, zone string) string { return fmt.Sprintf("z:%d:%s", group, zone) }

func parseZoneData(data string) (group int64, zone string, ok bool) {
	rest, found := strings.CutPrefix(data, "z:")
	if !found {
		return 0, "", false
	}
	id, zone, found := strings.Cut(rest, ":")
	group, err := strconv.ParseInt(id, 10, 64)
	return group, zone, found && err == nil && group < 0
}

// onZonePress shows the zones to choose from, or sets the one chosen, for
// the group's admins.
func (a *Settings) onZonePress(t *turn, q *Press) error {
	group, zone, ok := parseZoneData(q.Data)
	if !ok {
		t.answer(q, notice.New(notice.StaleButton))
		return nil
	}
	if !mayConfigure(t, group, q.From.ID) { // nor may anyone else fill the group with the choices
		t.answer(q, notice.New(notice.ZoneNotAllowed))
		return nil
	}
	if zone == "" {
		t.answer(q, nil)
		presses := make([]string, len(commonZones))
		for i, z := range commonZones {
			presses[i] = zoneData(group, z)
		}
		return t.Tell(group, notice.New(notice.ZoneChoices, "zones", notice.Lines(commonZones), "presses", notice.Lines(presses)))
	}
	cur := a.settings(t.tx, group)
	changed := cur
	changed.Chase, changed.Reminders = slices.Clone(cur.Chase), slices.Clone(cur.Reminders)
	if _, err := allaboard.ParseZone(zone); err != nil || !slices.Contains(commonZones, zone) {
		t.answer(q, notice.New(notice.StaleButton)) // made up: only the zones offered come as buttons
		return nil
	}
	changed.Zone = zone
	if err := a.changeSettings(t, group, changed); err != nil {
		return err
	}
	t.answer(q, notice.New(notice.ZoneSet, "zone", zone))
	return t.Tell(group, settingChanged("timezone", changed, cur))
}
