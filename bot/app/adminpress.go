package app

import "allaboard/bot/wire"

// PressAdminOf reports the group whose admins may do more with a press of
// this data, made in chat (0 if not known): the adapter asks Telegram about
// the presser before the turn, since it must not inside the transaction. A
// press whose answer checks t.admin and is missing here refuses every admin.
func PressAdminOf(data string, chat int64) (int64, bool) {
	if data == forgetGroupData || notesChoice.is(data) { // pressed in the group itself
		return chat, chat != 0
	}
	if group, _, ok := parseZoneData(data); ok {
		return group, true
	}
	if group, _, _, ok := wire.ParseStatusPress(data); ok {
		return group, true
	}
	if p, ok := wire.ParseLanguagePress(data); ok && p.Group != 0 {
		return p.Group, true
	}
	if group, _, _, _, ok := minorChoice.parse(data); ok {
		return group, true
	}
	return 0, false
}
