// Package writer writes what the use cases decided to tell whom, when the
// sender takes it: it loads what it needs from the state then (the event,
// the roll, the settings, the reader), words it in the reader's language,
// and fits it to Telegram's limits. A message nobody needs any more (a
// reminder to someone who confirmed meanwhile) is not written at all.
package writer

import (
	"fmt"
	"time"

	"allaboard"
	"allaboard/bot/lang"
	"allaboard/bot/render"
)

// Store is what the writer reads.
type Store interface {
	View(fn func(allaboard.Tx) error) error
}

// Config is what the writer needs to know about its surroundings.
type Config struct {
	BotName  string // the bot's username, for links that open a chat with it
	Now      func() time.Time
	Defaults allaboard.Settings // of groups that have not changed theirs
}

// Writer writes queued messages.
type Writer struct {
	cfg   Config
	store Store
}

// New returns a writer reading st.
func New(cfg Config, st Store) *Writer {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Writer{cfg: cfg, store: st}
}

// Write is m as it is to be sent now: one message, or several when a long
// list doesn't fit in one. ok is false when nothing is to be sent; absorbed
// are the ids of later messages it took in, which leave the outbox unsent.
// An error means the state could not be read: m is tried again later.
func (w *Writer) Write(m allaboard.Outgoing, later []allaboard.Outgoing) (out []allaboard.Outgoing, absorbed []uint64, ok bool, err error) {
	if !m.Written() {
		return []allaboard.Outgoing{m}, nil, true, nil
	}
	err = w.store.View(func(tx allaboard.Tx) error {
		s := &state{w: w, tx: tx, now: w.cfg.Now()}
		s.lang = s.language(m.ChatID, aboutGroup(m))
		var one allaboard.Outgoing
		one, absorbed, ok, err = s.write(m, later)
		if ok && err == nil {
			out = fit(s.lang, one)
		}
		return err
	})
	if err != nil {
		return nil, nil, false, fmt.Errorf("write a message for chat %d: %w", m.ChatID, err)
	}
	return out, absorbed, ok, nil
}

// state is one writing: the stored state as it is now, and the language
// of the one who reads it.
type state struct {
	w    *Writer
	tx   allaboard.Tx
	now  time.Time
	lang lang.Lang // of the one who reads it (language)
}

// write dispatches m by what it is.
func (s *state) write(m allaboard.Outgoing, later []allaboard.Outgoing) (allaboard.Outgoing, []uint64, bool, error) {
	switch {
	case m.Calendar != nil:
		out, ok, err := calendar(s, m, later)
		return out, nil, ok, err
	case m.Chase != nil:
		return chase(s, m, later)
	case m.Notice == nil:
		return m, nil, m.Text != "", nil
	}
	write, known := kinds[m.Notice.Kind]
	if !known {
		// Queued by a newer version, run back: this one has no words for it.
		// Trying again would hold up the chat for good (every kind this
		// version makes has words: TestEveryKindHasAWriter).
		return m, nil, false, nil
	}
	out, ok, err := write(s, m, *m.Notice)
	return out, nil, ok, err
}

// kinds are the writers of each kind of notice: m as queued, and its notice;
// ok false when nothing is to be sent. Each file of the writer adds the
// kinds it writes, in its init.
var kinds = map[string]kind{}

type kind func(s *state, m allaboard.Outgoing, n allaboard.Notice) (out allaboard.Outgoing, ok bool, err error)

// phrase is a kind whose text is the same for every notice of it, in the
// reader's language, with buttons made from the notice's values.
func phrase(text func(l lang.Lang) string, buttons ...func(l lang.Lang, n allaboard.Notice) []allaboard.Button) kind {
	return said(func(l lang.Lang, _ allaboard.Notice) string { return text(l) }, buttons...)
}

// said is a kind whose text and buttons are made from the notice's values
// alone, in the reader's language.
func said(text func(l lang.Lang, n allaboard.Notice) string, buttons ...func(l lang.Lang, n allaboard.Notice) []allaboard.Button) kind {
	return func(s *state, m allaboard.Outgoing, n allaboard.Notice) (allaboard.Outgoing, bool, error) {
		m.Text = text(s.lang, n)
		for _, b := range buttons {
			m.Buttons = append(m.Buttons, b(s.lang, n))
		}
		return m, true, nil
	}
}

// Answer is the text of an answer to a button press, from a notice, for the
// user who pressed it: short, plain, at most what Telegram shows.
func (w *Writer) Answer(n allaboard.Notice, to int64) (string, error) {
	write, known := kinds[n.Kind]
	if !known {
		return "", fmt.Errorf("no words for an answer of kind %q", n.Kind)
	}
	var text string
	err := w.store.View(func(tx allaboard.Tx) error {
		s := &state{w: w, tx: tx, now: w.cfg.Now()}
		s.lang = s.language(to, n.Group)
		m, _, err := write(s, allaboard.Outgoing{ChatID: to}, n)
		text = m.Text
		return err
	})
	if err != nil {
		return "", fmt.Errorf("write an answer for %d: %w", to, err)
	}
	return render.ClipAnswer(text), nil
}

// fit is m within Telegram's limits: a message edited in place is folded, a
// long one split into several, its buttons under the last.
func fit(l lang.Lang, m allaboard.Outgoing) []allaboard.Outgoing {
	if !m.IsMessage() || m.Document != nil {
		return []allaboard.Outgoing{m}
	}
	if m.Ref != "" {
		m.Text = render.ClipHTML(l, m.Text)
		return []allaboard.Outgoing{m}
	}
	parts := render.Parts(m.Text)
	out := make([]allaboard.Outgoing, len(parts))
	for i, p := range parts {
		out[i] = m
		out[i].Text, out[i].Buttons = p, nil
	}
	out[len(out)-1].Buttons = m.Buttons
	return out
}

// zone is a group's time zone.
func (s *state) zone(group int64) *time.Location {
	if c, err := s.tx.Chat(group); err == nil && c.Settings != nil {
		return c.Settings.Location()
	}
	return s.w.cfg.Defaults.Location()
}

// link is a t.me deep link that opens a chat with the bot with a payload.
func (s *state) link(payload string) string {
	return fmt.Sprintf("https://t.me/%s?start=%s", s.w.cfg.BotName, payload)
}
