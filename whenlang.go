package allaboard

import (
	"slices"
	"strings"
)

// A few short words are a date in one language and something else in
// another: "hier" is French for yesterday but German and Dutch for here;
// "ma" is Dutch for Monday but Italian for but. Everyone's words are read in
// every group, so readerWords lists, per language, its own meaning of such
// words, and ReadWhen tries the reader's language first (ReadOpts.Lang),
// then everyone's: a German group's "hier 15 Uhr" is not yesterday, and its
// "samedi 15h" is still Saturday.

// readerWords are, per language code, words it reads its own way, each with
// the word read instead; a word that is no date in that language stands for
// a word that is no date anywhere ("here").
var readerWords = map[string]map[string]string{
	"de": {"hier": "here"},
	"nl": {"hier": "here", "ma": "maandag"},
}

// inLanguage is w with lang's own meanings, and whether any word changed.
func inLanguage(w []string, lang string) ([]string, bool) {
	own := readerWords[lang]
	mine := func(x string) string { return own[strings.TrimSuffix(x, ".")] } // "ma."
	if len(own) == 0 || !slices.ContainsFunc(w, func(x string) bool { return mine(x) != "" }) {
		return w, false
	}
	out := make([]string, len(w))
	for i, x := range w {
		out[i] = x
		if m := mine(x); m != "" {
			out[i] = m
		}
	}
	return out, true
}
