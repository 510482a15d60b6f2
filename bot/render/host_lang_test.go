package render

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"allaboard"
	"allaboard/bot/lang"
)

// What hosts, co-hosts and admins read, in every language: the status card,
// Everyone knows, the hand-off, undo, the digest, /events, /history,
// /members and co-hosts.

// hostMessages are the catalogue's messages of what hosts read; hostCounts
// those of them about a count.
var (
	hostMessages = []string{
		"status_header", "status_your_group", "status_cancelled", "status_told_by", "status_family_by",
		"status_call_now", "status_waiting", "status_not_reminded", "status_confirmed",
		"status_answered", "status_answered_earlier", "status_late", "status_remind_button",
		"status_everyone_button", "status_change_button", "status_cancel_button", "status_everyone",
		"status_is_waiting", "status_is_told", "status_is_family", "status_is_confirmed", "status_is_to_call",
		"status_cancel_ask", "status_cancel_yes", "status_cancel_keep", "status_remind_nobody",
		"status_not_allowed", "status_started", "status_kept", "status_cancelled_answer", "status_usage",
		"handoff_one", "handoff_tap_told", "handoff_gone", "handoff_unreachable", "handoff_blocked",
		"handoff_mention_only", "handoff_private", "handoff_late", "handoff_told_button",
		"handoff_told_not_allowed", "handoff_told_outdated", "handoff_told_noted", "handoff_told_already",
		"undo_posted", "undo_button", "undo_too_late", "undo_done_text", "undo_done",
		"digest_header", "digest_pending", "events_none", "events_header", "history_header",
		"history_announced", "history_asked_again", "history_usage",
		"members_header", "members_dm", "members_mention", "members_unreachable", "members_account_deleted",
		"members_blocked", "members_all", "members_not_counted", "members_sent", "members_needs_dm",
		"members_usage", "members_not_allowed", "host_not_hosting", "host_ask_start", "host_removed",
		"cohost_usage", "cohost_which", "cohost_unknown", "cohost_added", "cohost_removed", "cohost_already",
		"cohost_not_one", "cohost_is_over", "cohost_you", "cohost_host_only",
	}
	hostCounts = []string{
		"status_reminded", "status_and_more", "status_unknown", "status_because_told", "status_everyone_knows",
		"status_everyone_knows_families", "status_going", "status_maybe", "status_cant_come", "status_reminding",
		"status_more_lines", "handoff_many", "handoff_reminded", "undo_posted_guests", "undo_in_minutes",
		"undo_in_seconds", "members_unknown", "cohost_too_many",
	}
)

// englishHost are the runs of English of 12 letters or more in the host's
// messages, between their placeholders and lines.
func englishHost(tb testing.TB) []string {
	tb.Helper()
	const gap = "\x00"
	data := map[string]any{}
	for _, p := range []string{"Event", "Group", "Name", "By", "Names", "Answer", "Told", "Members", "Wait", "Num",
		"Who", "Known", "Number", "When", "Host", "Date"} {
		data[p] = gap
	}
	var texts []string
	for _, id := range hostMessages {
		texts = append(texts, lang.English.T(id, data))
	}
	for _, id := range hostCounts {
		texts = append(texts, lang.English.N(id, 1, data), lang.English.N(id, 5, data))
	}
	var runs []string
	for _, s := range texts {
		for _, run := range strings.FieldsFunc(StripTags(s), func(r rune) bool { return r == 0 || r == '\n' }) {
			letters := 0
			for _, r := range run {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			if letters >= 12 {
				runs = append(runs, strings.TrimSpace(run))
			}
		}
	}
	if len(runs) < 80 {
		tb.Fatalf("only %d runs of English in the host's messages: %q", len(runs), runs)
	}
	return runs
}

// hostRoll is a roll of an event on Sat 19 Dec 2026 15:00 UTC in a group of
// 17 members Telegram counts, with every standing the status card names:
// told, confirmed for the family, confirmed and answered, answered an
// earlier version, to call, reminded, not reminded, late, and 12 waiting.
func hostRoll() allaboard.Roll {
	e := allaboard.Event{Group: -100, Num: 3, Host: 1, Title: "Picnic", Where: "Park",
		When: time.Date(2026, 12, 19, 15, 0, 0, 0, time.UTC), Rev: 2, Material: 2, Moved: 2}
	r := allaboard.Roll{Event: e, Resp: map[int64]allaboard.Response{}, Users: map[int64]allaboard.User{},
		Chat: allaboard.Chat{ID: -100, Title: "Class 2b", Count: 22, CountedAt: e.When.AddDate(0, 0, -3)}}
	add := func(u allaboard.User, resp allaboard.Response) {
		r.Members = append(r.Members, allaboard.Member{Group: -100, User: u.ID})
		r.Users[u.ID] = u
		resp.User = u.ID
		r.Resp[u.ID] = resp
	}
	add(allaboard.User{ID: 1, FirstName: "Hanna", Started: true}, allaboard.Response{Acked: 2, RSVP: allaboard.Going, RSVPRev: 2})
	add(allaboard.User{ID: 2, FirstName: "Otto"}, allaboard.Response{Acked: 2, ToldBy: 1})
	add(allaboard.User{ID: 3, FirstName: "Mia"}, allaboard.Response{Family: 2, FamilyBy: 4})
	add(allaboard.User{ID: 4, FirstName: "Max", Started: true}, allaboard.Response{Acked: 2, RSVP: allaboard.Maybe, RSVPRev: 1})
	add(allaboard.User{ID: 5, FirstName: "Ida", Blocked: true}, allaboard.Response{HandedOff: true, Late: true})
	for i := int64(6); i <= 17; i++ {
		add(allaboard.User{ID: i, FirstName: fmt.Sprintf("Parent%d", i), Started: i%2 == 0, Gone: i == 7},
			allaboard.Response{Pings: int(i%3) + 1})
	}
	return r
}

// hostTexts are everything hosts read, in l.
func hostTexts(l lang.Lang) []string {
	r := hostRoll()
	e := r.Event
	cancelled := hostRoll()
	cancelled.Event.Cancelled = true
	families := hostRoll()
	for id, resp := range families.Resp {
		resp.Acked, resp.RSVP, resp.RSVPRev = 2, allaboard.CantGo, 2
		families.Resp[id] = resp
	}
	families.Households = []allaboard.Household{{Group: -100, Members: []int64{3, 4}}}
	told := []HandOffLine{
		{User: r.Users[5], Pings: 2, Late: true},
		{User: allaboard.User{ID: 20, FirstName: "Gus", Gone: true}},
		{User: r.Users[8], Pings: 1, Unreachable: true},
		{User: r.Users[9]},
		{User: r.Users[10], Pings: 3},
	}
	revs := []allaboard.Revision{
		{N: 1, By: 1, ByName: "Hanna", At: e.When.AddDate(0, 0, -9)},
		{N: 2, By: 1, ByName: "Hanna", At: e.When.AddDate(0, 0, -4), Material: true,
			Changes: []allaboard.Change{{Field: allaboard.FieldWhere, Old: "Hall", New: "Park"}}},
	}
	var members []allaboard.User
	for _, m := range r.Members {
		members = append(members, r.Users[m.User])
	}
	texts := []string{
		Status(l, r, r.Chat, time.UTC, time.Time{}), Status(l, cancelled, cancelled.Chat, time.UTC, time.Time{}),
		Status(l, r, allaboard.Chat{}, time.UTC, time.Time{}),
		EveryoneKnows(l, families), EveryoneKnows(l, allaboard.Roll{Event: e, Members: families.Members[:2], Resp: families.Resp}),
		Everyone(l, r, time.UTC), CancelAsk(l, e),
		RemindingNow(l, 0), RemindingNow(l, 3),
		StatusNotAllowed(l), StatusStarted(l), Kept(l), Cancelled(l), StatusUsage(l),
		HandOff(l, e, told), HandOff(l, e, told[:1]), HandOff(l, e, told[3:4]),
		ToldNotAllowed(l), ToldOutdated(l), ToldNoted(l, r.Users[2]), ToldAlready(l, r.Users[2]),
		Posted(l, e, "Class 2b", 2*time.Minute), Posted(l, allaboard.Event{Num: 3, Title: "Picnic", Guests: []int64{1, 2}}, "", 30*time.Second),
		UndoTooLate(l, e), UndoneText(l, e), Undone(l),
		Digest(l, "Class 2b", []allaboard.Roll{r, cancelled}, time.UTC),
		Events(l, nil, time.UTC), Events(l, []allaboard.Roll{r}, time.UTC),
		History(l, e, revs, time.UTC), HistoryUsage(l),
		MemberList(l, r.Chat, members, time.UTC), MemberList(l, allaboard.Chat{Title: "Class 2b"}, members, time.UTC),
		MemberList(l, allaboard.Chat{Title: "Class 2b", Count: 18, CountedAt: e.When}, members, time.UTC),
		MembersSent(l), MembersNeedsDM(l), MembersUsage(l), MembersNotAllowed(l),
		NotHosting(l), AskHost(l, Mention(1, "Hanna"), e), RemovedHost(l, "Class 2b", e, e.When, time.UTC),
		CoHostUsage(l), CoHostWhich(l), CoHostUnknown(l, "@ida"), CoHostAdded(l, "Max", e), CoHostRemoved(l, "Max", e),
		CoHostAlready(l, "Max", e), CoHostNotOne(l, "Max", e), CoHostIsOver(l, e), CoHostYou(l, "Hanna", e, "Class 2b"),
		CoHostHostOnly(l, e, "Max"), CoHostTooMany(l, allaboard.Event{Num: 3, Title: "Picnic", CoHosts: []int64{2, 3, 4}}),
		ClipHTML(l, strings.Repeat("a line of the list\n", 400)),
	}
	rows := StatusButtons(l, true, true, StatusActions{})
	rows = append(rows, CancelButtons(l, "y", "k")...)
	rows = append(rows, ToldButton(l, r.Users[2], "t"), UndoButton(l, "u"))
	for _, row := range rows {
		for _, b := range row {
			texts = append(texts, b.Text)
		}
	}
	return texts
}

// A host reading another language reads none of the English of the host's
// messages, and no message's id (which shows when a language lacks it).
func TestTheHostReadsTheirOwnLanguage(t *testing.T) {
	english := englishHost(t)
	for _, l := range lang.All() {
		if l == lang.English {
			continue
		}
		t.Run(l.Code(), func(t *testing.T) {
			for _, text := range hostTexts(l) {
				plain := StripTags(text)
				for _, run := range english {
					if strings.Contains(plain, run) {
						t.Errorf("English %q in:\n%s", run, plain)
					}
				}
				for _, id := range append(hostMessages, hostCounts...) {
					if strings.Contains(text, id) {
						t.Errorf("the message %s is missing in:\n%s", id, text)
					}
				}
			}
		})
	}
}

// Each language's words fit where they go: buttons three to a row at most
// 20 characters, a row of their own 32; answers to presses within
// Telegram's 200.
func TestTheHostsButtonsFit(t *testing.T) {
	for _, l := range lang.All() {
		rows := StatusButtons(l, true, true, StatusActions{})
		rows = append(rows, CancelButtons(l, "y", "k")...)
		rows = append(rows, UndoButton(l, "u"))
		for _, row := range rows {
			limit := 32
			if len(row) > 1 {
				limit = 24 // two to a row
			}
			for _, b := range row {
				if n := len([]rune(b.Text)); n > limit {
					t.Errorf("%s: %q has %d characters, more than %d", l.Code(), b.Text, n, limit)
				}
			}
		}
		for _, answer := range []string{StatusNotAllowed(l), StatusStarted(l), Kept(l), Cancelled(l), RemindingNow(l, 0),
			RemindingNow(l, 25), ToldNotAllowed(l), ToldOutdated(l), Undone(l), UndoTooLate(l, allaboard.Event{Num: 12})} {
			if n := VisibleLen(answer); n > MaxAnswer {
				t.Errorf("%s: the answer %q is %d long, more than %d", l.Code(), answer, n, MaxAnswer)
			}
		}
	}
}

// Counts take the forms of the reader's grammar: Russian and Ukrainian
// have one for 1 and 21, one for 2 to 4 and 22, and one for 5 to 20 and 25.
func TestTheHostsCountsInRussianAndUkrainian(t *testing.T) {
	ru := map[int][3]string{ // the wait, the guests, the people to call
		1:  {"через 1 минуту", "вашему 1 гостю", ""},
		2:  {"через 2 минуты", "вашим 2 гостям", "📞 2 человека не подтвердили"},
		5:  {"через 5 минут", "вашим 5 гостям", "📞 5 человек не подтвердили"},
		11: {"через 11 минут", "вашим 11 гостям", "📞 11 человек не подтвердили"},
		21: {"через 21 минуту", "вашему 21 гостю", "📞 21 человек не подтвердил "},
		22: {"через 22 минуты", "вашим 22 гостям", "📞 22 человека не подтвердили"},
		25: {"через 25 минут", "вашим 25 гостям", "📞 25 человек не подтвердили"},
	}
	uk := map[int][3]string{
		1:  {"через 1 хвилину", "вашому 1 гостю", ""},
		2:  {"через 2 хвилини", "вашим 2 гостям", "📞 2 людини не підтвердили"},
		5:  {"через 5 хвилин", "вашим 5 гостям", "📞 5 людей не підтвердили"},
		11: {"через 11 хвилин", "вашим 11 гостям", "📞 11 людей не підтвердили"},
		21: {"через 21 хвилину", "вашому 21 гостю", "📞 21 людина не підтвердила"},
		22: {"через 22 хвилини", "вашим 22 гостям", "📞 22 людини не підтвердили"},
		25: {"через 25 хвилин", "вашим 25 гостям", "📞 25 людей не підтвердили"},
	}
	for l, want := range map[lang.Lang]map[int][3]string{lang.Russian: ru, lang.Ukrainian: uk} {
		for n, w := range want {
			e := allaboard.Event{Num: 1, Title: "Picnic", Guests: make([]int64, n)}
			if got := Posted(l, e, "Class 2b", time.Duration(n)*time.Minute); !strings.Contains(got, w[0]) || !strings.Contains(got, w[1]) {
				t.Errorf("%s, %d: Posted = %q, want %q and %q", l.Code(), n, got, w[0], w[1])
			}
			if n == 1 {
				continue // one to call is named alone
			}
			who := make([]HandOffLine, n)
			for i := range who {
				who[i].User = allaboard.User{ID: int64(i + 1), FirstName: fmt.Sprintf("P%d", i+1)}
			}
			if got := HandOff(l, e, who); !strings.HasPrefix(got, w[2]) {
				t.Errorf("%s, %d: HandOff = %q, want it to start %q", l.Code(), n, got, w[2])
			}
		}
	}
}

// The status card says how many members the bot hasn't seen in Russian's
// forms, and how often each was reminded.
func TestTheRussianStatusCard(t *testing.T) {
	for unseen, want := range map[int]string{
		1: "❓ 1 участника группы я пока не знаю, поэтому ему",
		2: "❓ 2 участников группы я пока не знаю, поэтому им",
		5: "❓ 5 участников", 21: "❓ 21 участника группы я пока не знаю, поэтому ему", 22: "❓ 22 участников",
	} {
		r := hostRoll()
		r.Chat.Count = len(r.Members) + 1 + unseen // the bot counts too
		if got := Status(lang.Russian, r, r.Chat, time.UTC, time.Time{}); !strings.Contains(got, want) {
			t.Errorf("%d unseen: the card lacks %q:\n%s", unseen, want, got)
		}
	}
	got := Status(lang.Russian, hostRoll(), hostRoll().Chat, time.UTC, time.Time{})
	for _, want := range []string{"📋 <b>Статус</b>: <b>Picnic</b> (#3) в группе Class 2b", "сб, 19 дек. 2026 г., 15:00 UTC",
		"(1 напоминание)", "(2 напоминания)", "(ещё без напоминаний)", "и ещё 2", "Otto (предупредил(а) Hanna)", "Mia (Max за всю семью)"} {
		if !strings.Contains(got, want) {
			t.Errorf("the Russian card lacks %q:\n%s", want, got)
		}
	}
}

// Dates are the reader's: the status card, the digest, the member list and
// the day the data of a group the bot left is deleted.
func TestTheHostsDatesInGerman(t *testing.T) {
	r := hostRoll()
	for _, tc := range []struct{ text, want string }{
		{Status(lang.German, r, r.Chat, time.UTC, time.Time{}), "🕒 Sa., 19. Dez. 2026, 15:00 UTC · 📍 Park"},
		{Digest(lang.German, "Class 2b", []allaboard.Roll{r}, time.UTC), "<b>Picnic</b> (#3) — Sa., 19. Dez. 2026, 15:00 UTC"},
		{Events(lang.German, []allaboard.Roll{r}, time.UTC), "🕒 Sa., 19. Dez., 15:00 · 📍 Park"},
		{MemberList(lang.German, r.Chat, nil, time.UTC), "(Mi., 16. Dez., 15:00)"},
		{RemovedHost(lang.German, "Class 2b", r.Event, r.Event.When, time.UTC), "am Sa., 19. Dez. 2026, was ich"},
		{RemovedHost(lang.Russian, "Class 2b", r.Event, r.Event.When, time.UTC), "будет удалено сб, 19 дек. 2026 г."},
	} {
		if !strings.Contains(tc.text, tc.want) {
			t.Errorf("%q lacks %q", tc.text, tc.want)
		}
	}
}
