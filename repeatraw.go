package allaboard

import (
	"slices"
	"strings"
	"time"
)

// Some words of a rule are read in the text as typed, before whenWords drops
// its fillers: "alle zwei Wochen" would lose "alle", "de lunes a viernes"
// its "a", and "om de week" all but "week". repeatRaw writes each such
// phrase as one word the rule's reader knows.

// The words repeatRaw writes.
const (
	everyTwoWeeks = "biweekly" // every other week ("every 2 weeks", "alle 14 Tage")
	everyWeek     = "weekly"   // every week: says only that it repeats
	dayRun        = ".."       // joins a run's first and last day: "monday..friday"
)

// intervalPhrases say every week or every two weeks, folded as whenWords
// folds (no accents), each with the word repeatRaw writes for it. None is
// the start of another, so their order does not matter.
var intervalPhrases = append(phrasesOf(everyTwoWeeks,
	"every 2 weeks", "every two weeks", "every other week", "every second week", "every 2nd week", "every 14 days", "every fortnight", "biweekly", "bi-weekly", "fortnightly",
	"alle 2 wochen", "alle zwei wochen", "alle 14 tage", "alle vierzehn tage", "jede zweite woche", "jede 2. woche", "vierzehntagig", "14-tagig", "zweiwochentlich",
	"tous les quinze jours", "tous les 15 jours", "tous les 14 jours", "toutes les deux semaines", "toutes les 2 semaines", "une semaine sur deux",
	"cada dos semanas", "cada 2 semanas", "cada quince dias", "cada 15 dias", "cada 14 dias",
	"ogni due settimane", "ogni 2 settimane", "ogni quindici giorni", "ogni 15 giorni", "ogni 14 giorni", "a settimane alterne",
	"cada duas semanas", "cada quinze dias", "de duas em duas semanas", "quinzenalmente",
	"elke twee weken", "elke 2 weken", "iedere twee weken", "iedere 2 weken", "om de week", "om de twee weken", "om de 2 weken", "tweewekelijks",
	"раз в две недели", "раз в 2 недели", "каждые две недели", "каждые 2 недели", "каждую вторую неделю", "через неделю",
	"кожні два тижні", "кожні 2 тижні", "раз на два тижні", "раз на 2 тижні", "кожного другого тижня", "через тиждень",
), phrasesOf(everyWeek,
	"every week", "once a week", "weekly", "jede woche", "wochentlich", "einmal pro woche", "einmal die woche",
	"chaque semaine", "toutes les semaines", "une fois par semaine", "cada semana", "todas las semanas", "semanalmente", "una vez por semana",
	"ogni settimana", "tutte le settimane", "settimanalmente", "una volta a settimana", "toda semana", "todas as semanas", "uma vez por semana",
	"elke week", "iedere week", "wekelijks", "каждую неделю", "еженедельно", "раз в неделю", "щотижня", "кожного тижня", "кожен тиждень", "раз на тиждень",
)...)

// rawPhrase is a phrase's words and the one word written for it.
type rawPhrase struct {
	words []string
	word  string
}

func phrasesOf(word string, phrases ...string) []rawPhrase {
	out := make([]rawPhrase, len(phrases))
	for i, p := range phrases {
		out[i] = rawPhrase{strings.Fields(p), word}
	}
	return out
}

// runFrom come before a run of days ("from Monday to Friday", "von",
// "du", "de", "da", "dal", "van", "с", "з"); runTo between its first and
// last ("to", "bis", "au", "a", "al", "tot", "t/m", "по", "до").
var (
	runFrom = map[string]bool{"from": true, "von": true, "du": true, "de": true, "da": true, "dal": true, "van": true, "с": true, "з": true}
	runTo   = map[string]bool{"-": true, "to": true, "through": true, "thru": true, "bis": true, "au": true, "a": true, "al": true,
		"tot": true, "t/m": true, "по": true, "до": true}
)

// repeatRaw is text, folded and lowercased, with its phrases of every
// (other) week and its runs of days written as one word each, and days
// joined by "/" as words of their own; days are read in lang's own words
// first ("ma-vr" in Dutch).
func repeatRaw(text, lang string) string {
	f, _ := inLanguage(strings.Fields(fold.Replace(strings.ToLower(text))), lang)
	day := func(x string) (time.Weekday, bool) {
		if own, ok := readerWords[lang][x]; ok {
			x = own
		}
		return anyWeekday(x)
	}
	var out []string
	for i := 0; i < len(f); {
		if word, n := intervalAt(f[i:]); n > 0 {
			out, i = append(out, word), i+n
			continue
		}
		if run, n := dayRunAt(f[i:], day); n > 0 {
			out, i = append(out, run), i+n
			continue
		}
		if days := strings.Split(f[i], "/"); len(days) > 1 && !slices.ContainsFunc(days, func(d string) bool { _, ok := day(d); return !ok }) {
			out, i = append(out, days...), i+1 // "Tue/Thu", as a series' card writes two days
			continue
		}
		out, i = append(out, f[i]), i+1
	}
	return strings.Join(out, " ")
}

// intervalAt reads a phrase of intervalPhrases at the start of f: the
// word for it, and how many words it took (0: none).
func intervalAt(f []string) (string, int) {
	for _, p := range intervalPhrases {
		if len(p.words) <= len(f) && slices.Equal(f[:len(p.words)], p.words) {
			return p.word, len(p.words)
		}
	}
	return "", 0
}

// dayRunAt reads a run of days at the start of f, "Mon-Fri", "montags bis
// freitags", "de lunes a viernes": "monday..friday", and how many words it
// took (0: none). day reads a weekday.
func dayRunAt(f []string, day func(string) (time.Weekday, bool)) (string, int) {
	run := func(a, b time.Weekday) string {
		return strings.ToLower(a.String()) + dayRun + strings.ToLower(b.String())
	}
	if _, ok := day(f[0]); !ok { // "Mon-Fri", but not "segunda-feira"
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			da, okA := day(a)
			db, okB := day(b)
			if okA && okB {
				return run(da, db), 1
			}
		}
	}
	i := 0
	if runFrom[f[0]] {
		i = 1
	}
	if i+2 >= len(f) || !runTo[f[i+1]] {
		return "", 0
	}
	da, okA := day(f[i])
	db, okB := day(f[i+2])
	if !okA || !okB {
		return "", 0
	}
	return run(da, db), i + 3
}

// anyWeekday reads a weekday as ReadWhen does ("Tue", "mardi", "вторника")
// or as every one of it ("Tuesdays", "dienstags", "по вторникам").
func anyWeekday(x string) (time.Weekday, bool) {
	if d, ok := whenWeekday(x); ok {
		return d, true
	}
	d, ok := weekdayPlurals[x]
	return d, ok
}

// runDays are the days of a run "monday..friday", Monday first; isRun is
// false when x is no run, and ok false too for one that runs backwards
// ("Fri-Mon").
func runDays(x string) (days []time.Weekday, isRun, ok bool) {
	a, b, _ := strings.Cut(x, dayRun)
	da, okA := whenWeekday(a)
	db, okB := whenWeekday(b)
	switch {
	case !strings.Contains(x, dayRun) || !okA || !okB:
		return nil, false, false
	case weekIndex(da) >= weekIndex(db):
		return nil, true, false
	}
	for i := weekIndex(da); i <= weekIndex(db); i++ {
		days = append(days, time.Weekday((i+1)%7))
	}
	return days, true, true
}

// isRun reports whether x is a run of days repeatRaw wrote.
func isRun(x string) bool { _, run, _ := runDays(x); return run }
