package notice

import (
	"strconv"

	"allaboard"
)

// Guided creation of an event in a private chat: its questions, the preview,
// and the answers to its buttons. The buttons' data are values (press...),
// made by the use case that reads them back.
const (
	// DraftGone says the draft was discarded; also an answer.
	DraftGone = "draft_gone"
	// DraftExpired answers a press on a draft a day old.
	DraftExpired = "draft_expired"
	// DraftNotYours says the bot hasn't seen the user in that group; also an
	// answer.
	DraftNotYours = "draft_not_yours"
	// DraftNoGroup says the user shares no group with the bot: "payload", of
	// the link that adds the bot to a group.
	DraftNoGroup = "draft_no_group"
	// DraftWhichGroup asks which group the event is for: the items "group"
	// (ids) and "press" (their data).
	DraftWhichGroup = "draft_which_group"
	// DraftTitle asks what the event is called: Group.
	DraftTitle = "draft_title"
	// DraftDay asks which day: the items "day" (today, tomorrow, the next
	// Saturday and Sunday, 2006-01-02) and "press" (their data), and "other",
	// the data of another day.
	DraftDay = "draft_day"
	// DraftOtherDay asks to type the day.
	DraftOtherDay = "draft_other_day"
	// DraftTime asks when it starts.
	DraftTime = "draft_time"
	// DraftUntil asks until when: "skip", the data of skipping.
	DraftUntil = "draft_until"
	// DraftEndEarly refuses an end not after the start: Group, "start"
	// (RFC 3339).
	DraftEndEarly = "draft_end_early"
	// DraftWhere asks where.
	DraftWhere = "draft_where"
	// DraftNotes asks for the notes: "skip", the data of skipping.
	DraftNotes = "draft_notes"
	// DraftGuests asks whether the event is for the whole group or chosen
	// guests: "everyone" and "pick", their data.
	DraftGuests = "draft_guests"
	// DraftGuestList is a page of the guest list, from User's draft: Users,
	// the members on the page, the items "press" (their data), "page" (from
	// 0) and "pages", and the data "prev", "next" (none on the
	// first and last page) and "done".
	DraftGuestList = "draft_guest_list"
	// DraftNoGuests answers Done with no guest chosen.
	DraftNoGuests = "draft_no_guests"
	// DraftWhenQuestion asks which reading of a time typed in User's draft is
	// meant, one button per reading the draft offers: Group, "typed", "why"
	// (the allaboard.Question), and the items "press" (each reading's data).
	DraftWhenQuestion = "draft_when_question"
	// DraftPreview shows User's draft as the group's card will be: "post",
	// "fix" and "discard", their data.
	DraftPreview = "draft_preview"
	// DraftFix asks which field to change: "title", "day", "until", "where"
	// and "notes", their data.
	DraftFix = "draft_fix"
	// DraftRefused refuses an answer to a question: the problem's values
	// (WithProblem), none when it was empty.
	DraftRefused = "draft_refused"
	// DraftWhereAsked tells the group the host is asked privately where an
	// event is: "title" as typed, "payload" of the link to the private chat.
	DraftWhereAsked = "draft_where_asked"
	// DraftTapped answers a press that was carried out.
	DraftTapped = "draft_tapped"
	// DraftPosted answers posting: Group, where it went.
	DraftPosted = "draft_posted"
	// DraftSaved answers saving the changes to an event.
	DraftSaved = "draft_saved"
	// DraftNotAllowed answers saving changes the user may no longer make.
	DraftNotAllowed = "draft_not_allowed"
)

// WithItems adds a list to n as the values name0, name1, and so on.
func WithItems(n *allaboard.Notice, name string, items []string) *allaboard.Notice {
	if n.Values == nil {
		n.Values = make(map[string]string, len(items))
	}
	for i, item := range items {
		n.Values[name+strconv.Itoa(i)] = item
	}
	return n
}

// Items is the list WithItems added to n by name.
func Items(n allaboard.Notice, name string) []string {
	var items []string
	for i := 0; ; i++ {
		item, ok := n.Values[name+strconv.Itoa(i)]
		if !ok {
			return items
		}
		items = append(items, item)
	}
}

// DraftGroupsOf asks which group the event is for, among groups, each
// pressed with its data.
func DraftGroupsOf(groups []int64, data []string) *allaboard.Notice {
	ids := make([]string, len(groups))
	for i, g := range groups {
		ids[i] = strconv.FormatInt(g, 10)
	}
	return WithItems(WithItems(New(DraftWhichGroup), "group", ids), "press", data)
}

// DraftDayOf asks which day, offering days (2006-01-02) with their data, and
// another day with other.
func DraftDayOf(days, data []string, other string) *allaboard.Notice {
	return WithItems(WithItems(New(DraftDay, "other", other), "day", days), "press", data)
}

// DraftGuestListOf is page (of pages) of the guest list of user's draft,
// showing members, each with its data; prev and next turn the page, done
// ends the choice.
func DraftGuestListOf(user int64, page, pages int, members []int64, data []string, prev, next, done string) *allaboard.Notice {
	n := New(DraftGuestList, "page", strconv.Itoa(page), "pages", strconv.Itoa(pages), "prev", prev, "next", next, "done", done)
	n.User, n.Users = user, members
	return WithItems(n, "press", data)
}

// DraftWhenQuestionOf asks user which reading of typed is meant, why, with
// the data of each reading their draft offers; group's zone tells the times.
func DraftWhenQuestionOf(user, group int64, typed string, why allaboard.Question, data []string) *allaboard.Notice {
	n := New(DraftWhenQuestion, "typed", typed, "why", string(why))
	n.User, n.Group = user, group
	return WithItems(n, "press", data)
}

// DraftPreviewOf is the preview of user's draft, with the data of posting,
// fixing and discarding it.
func DraftPreviewOf(user int64, post, fix, discard string) *allaboard.Notice {
	n := New(DraftPreview, "post", post, "fix", fix, "discard", discard)
	n.User = user
	return n
}

// Guided creation of a notice, and its first question.
const (
	// DraftKind asks what is announced, an event, a notice or a to-do:
	// "event", "notice" and "todo", the buttons' data.
	DraftKind = "draft_kind"
	// DraftNoticeText asks what everyone should know: Group.
	DraftNoticeText = "draft_notice_text"
	// DraftNoticeDay asks which day a notice is about, as DraftDay, with
	// "skip", the data of no day.
	DraftNoticeDay = "draft_notice_day"
	// DraftNoticeFix asks which part of a notice to change: "text" and
	// "day", their data.
	DraftNoticeFix = "draft_notice_fix"
)
