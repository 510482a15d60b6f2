package writer

import (
	"fmt"
	"strconv"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/notice"
	"allaboard/bot/render"
)

// What the group and the hosts are told when an event is posted or changes,
// written from the event as it is when sent: a message about an event that
// is gone by then is not written.

func init() {
	kinds[notice.EveryoneKnows] = everyoneKnows
	kinds[notice.AskHost] = askHost
	kinds[notice.Cosmetic] = cosmeticNews
	kinds[notice.OutdatedCard] = outdatedCard

	kinds[notice.NotesImportant] = phrase(render.NotesImportant)
	kinds[notice.NotesJustANote] = phrase(render.NotesJustANote)
	kinds[notice.NotesNotAllowed] = phrase(render.NotesNotAllowed)
	kinds[notice.NotesChangedSince] = phrase(render.NotesChangedSince)

	kinds[notice.Posted] = undoOffer
	kinds[notice.Undone] = phrase(render.Undone)
	kinds[notice.UndoneEvent] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.UndoneText(l, allaboard.Event{Num: n.Event, Title: n.Value("title")})
	})
	kinds[notice.UndoTooLate] = said(func(l lang.Lang, n allaboard.Notice) string {
		return render.UndoTooLate(l, allaboard.Event{Num: n.Event})
	})
	kinds[notice.UndoNotHost] = phrase(render.ToldNotAllowed)
}

// everyoneKnows tells that every member knows the latest version, with the
// count and the answers. It is written even when a newer version came
// meanwhile: the host learns of each version that everyone knew.
func everyoneKnows(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	r, err := allaboard.LoadRoll(s.tx, e)
	if err != nil {
		return m, false, err
	}
	m.Text = render.EveryoneKnows(s.lang, r)
	return m, true, nil
}

// askHost asks the host to open a chat with the bot, mentioning them.
func askHost(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	host, err := s.user(e.Host)
	if err != nil {
		return m, false, err
	}
	m.Text = render.AskHost(s.lang, render.Mention(host.ID, host.Name()), e)
	m.Buttons = [][]allaboard.Button{render.OpenChat(s.lang, s.link(n.Value("payload")))}
	return m, true, nil
}

// eventRevisions loads the event a notice is about with its revisions;
// found is false if it is gone.
func eventRevisions(s *state, n allaboard.Notice) (allaboard.Event, []allaboard.Revision, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return e, nil, false, err
	}
	revs, err := s.tx.Revisions(e.Group, e.Num)
	return e, revs, err == nil, err
}

// cosmeticNews says what a cosmetic revision changed, asking the host about a
// change of notes when the notice has the buttons' data.
func cosmeticNews(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, revs, found, err := eventRevisions(s, n)
	if err != nil || !found {
		return m, false, err
	}
	loc := s.zone(e.Group)
	var lines []string
	for _, r := range revs {
		if r.N != n.Rev {
			continue
		}
		for _, c := range r.Changes {
			lines = append(lines, render.ChangeLine(s.lang, c, loc))
		}
	}
	if len(lines) == 0 {
		return m, false, nil // no such revision: nothing to say
	}
	important, note := n.Value("important"), n.Value("note")
	ask := important != "" && note != ""
	m.Text = render.Cosmetic(s.lang, e, lines, ask)
	if n.Value("marked") != "" {
		m.Text += "\n\n" + render.NotesImportantNow(s.lang)
	}
	if ask {
		m.Buttons = render.NotesButtons(s.lang, important, note)
	}
	return m, true, nil
}

// outdatedCard is an earlier card of an event once a newer one is posted:
// what it said, and where the latest card is.
func outdatedCard(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, revs, found, err := eventRevisions(s, n)
	if err != nil || !found {
		return m, false, err
	}
	msg, _ := strconv.Atoi(n.Value("msg"))
	m.Text = render.Outdated(s.lang, e.AsOf(revs, n.Rev), cardLink(n.Group, msg), s.zone(e.Group))
	return m, true, nil
}

// supergroupBase is how Bot API ids of supergroups begin: -100…
const supergroupBase = -1_000_000_000_000

// cardLink links to a message in a supergroup, for its members. Other
// groups have no such links: "".
func cardLink(group int64, msg int) string {
	if group > supergroupBase || msg <= 0 {
		return ""
	}
	return fmt.Sprintf("https://t.me/c/%d/%d", supergroupBase-group, msg)
}

// undoOffer tells the host their new event is posted and how long they may
// undo it, with the button to.
func undoOffer(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
	e, found, err := s.event(n.Group, n.Event)
	if err != nil || !found {
		return m, false, err
	}
	chat, err := s.chat(e.Group)
	if err != nil {
		return m, false, err
	}
	m.Text = render.Posted(s.lang, e, chat.Title, time.Duration(n.Count)*time.Second)
	m.Buttons = [][]allaboard.Button{render.UndoButton(s.lang, n.Value("undo"))}
	return m, true, nil
}
