package render

import "allaboard/bot/lang"

// Phrase is a message that says the same every time, by its id in the
// catalogue (bot/lang/locales): render.StaleButton.In(l).
type Phrase string

// In is p in l.
func (p Phrase) In(l lang.Lang) string { return l.T(string(p), nil) }
