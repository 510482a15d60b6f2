package app

import (
	"slices"
	"strconv"
	"strings"

	"allaboard"
	"allaboard/bot/notice"
)

// guestsPerPage is how many members one page of the guest list shows.
const guestsPerPage = 10

// guestListRef names the guest list in the host's private chat: each tap
// edits it in place.
const guestListRef = "guests"

// askGuests shows a page of the group's members, each a button that chooses
// them as a guest or not, with the pages and Done. The writer names them and
// marks those chosen, from the draft when it is sent.
func (a *Drafts) askGuests(t *turn, d allaboard.Draft, page int) error {
	group, err := allaboard.CurrentGroup(t.tx, d.Group)
	if err != nil {
		return err
	}
	r, err := allaboard.LoadRoll(t.tx, allaboard.Event{Group: group})
	if err != nil {
		return err
	}
	var people []int64
	for _, m := range r.Members {
		if m.User != d.User { // the host is always there
			people = append(people, m.User)
		}
	}
	pages := max(1, (len(people)+guestsPerPage-1)/guestsPerPage)
	page = min(page, pages-1)
	var prev, next string
	if page > 0 {
		prev = draftData(dataPick, strconv.Itoa(page-1))
	}
	if page < pages-1 {
		next = draftData(dataPick, strconv.Itoa(page+1))
	}
	shown := people[page*guestsPerPage : min(len(people), (page+1)*guestsPerPage)]
	data := make([]string, len(shown))
	for i, user := range shown {
		data[i] = draftData(dataGuest, strconv.FormatInt(user, 10)+":"+strconv.Itoa(page))
	}
	n := notice.DraftGuestListOf(d.User, page, pages, shown, data, prev, next, draftData(dataPicked, ""))
	return t.enqueue(allaboard.Outgoing{ChatID: d.User, Notice: n, Ref: guestListRef})
}

// toggleGuest chooses a member as a guest, or not any more, and shows the
// page again. arg is "<user>:<page>".
func (a *Drafts) toggleGuest(t *turn, d allaboard.Draft, arg string) (*allaboard.Notice, error) {
	id, pageText, _ := strings.Cut(arg, ":")
	user, err1 := strconv.ParseInt(id, 10, 64)
	page, err2 := strconv.Atoi(pageText)
	if err1 != nil || err2 != nil || page < 0 {
		return notice.New(notice.StaleButton), nil
	}
	group, err := allaboard.CurrentGroup(t.tx, d.Group)
	if err != nil {
		return nil, err
	}
	if m, err := t.tx.Member(group, user); err != nil || m.Left || user == d.User {
		return notice.New(notice.StaleButton), nil // forged, or gone meanwhile
	}
	if i := slices.Index(d.Guests, user); i >= 0 {
		d.Guests = slices.Delete(d.Guests, i, i+1)
	} else {
		d.Guests = append(d.Guests, user)
	}
	if err := t.tx.SaveDraft(d); err != nil {
		return nil, err
	}
	return notice.New(notice.DraftTapped), a.askGuests(t, d, page)
}
