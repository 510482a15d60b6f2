package notice

import "allaboard"

// Kinds about must-read notices: /announce, changing a notice's text, and
// keeping one without a day open.
const (
	// AnnounceUsage explains /announce.
	AnnounceUsage = "announce_usage"
	// NoticeEditUsage explains /edit for a notice: Event, its number.
	NoticeEditUsage = "notice_edit_usage"
	// MinorAsk asks whoever changed a notice's text, privately, whether it
	// was only a typo fix: Group, Event, Rev (the change), Count (the
	// seconds nobody is reminded meanwhile; 0 for none), "again" and "typo"
	// (the buttons' data). Once answered, "marked" is "typo" or "again",
	// and the buttons go.
	MinorAsk = "minor_ask"
	// MinorTypo answers the typo button: nobody who confirmed the text
	// before must confirm again.
	MinorTypo = "minor_typo"
	// MinorAgain answers the other button: everyone confirms the new text.
	MinorAgain = "minor_again"
	// MinorChangedSince answers a press after the notice changed again.
	MinorChangedSince = "minor_changed_since"
	// NoticeKept answers keeping a notice without a day open.
	NoticeKept = "notice_kept"
	// NoticeUnkept answers no longer keeping it open.
	NoticeUnkept = "notice_unkept"
)

// NoticeClosed answers a press on the status card of a notice that has
// closed (its day is over, or it was retired).
const NoticeClosed = "notice_closed"

// NoticeDayAsk asks who announced a notice whether it is about the day its
// text names inside ("typed"): as OfWhenQuestion, a button for each day it
// may be, and "none", the data of the button for no day.
const NoticeDayAsk = "notice_day_ask"

// OfNoticeDayAsk is the NoticeDayAsk about typed in group, with days'
// buttons' data, and none's.
func OfNoticeDayAsk(group int64, typed string, days []allaboard.Span, data []string, none string) *allaboard.Notice {
	n := OfWhenQuestion(group, typed, allaboard.Reading{Ask: days}, data)
	n.Kind = NoticeDayAsk
	n.Values["none"] = none
	return n
}
