package allaboard

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Words for days, months and parts of the day in English, German, French,
// Spanish, Italian, Portuguese, Dutch, Russian and Ukrainian, without accents
// (whenWords folds them). A word is read if it is one of these, or, from
// three letters, the start of only one meaning ("sam" is samedi, "jui" is
// juin or juillet and so nothing). Russian and Ukrainian weekdays come in
// the genitive too, as "до пятницы" (by Friday) has them, and Russian in the
// dative, as "к пятнице" (by Friday).
var (
	weekdayNames = [7][]string{
		{"sunday", "sonntag", "so", "dimanche", "domingo", "domenica", "zondag", "zo", "воскресенье", "вс", "неділя", "неділю", "нд", "воскресенья", "неділі", "воскресенью"},
		{"monday", "montag", "mo", "lundi", "lunes", "lunedi", "segunda", "segunda-feira", "maandag", "понедельник", "пн", "понеділок", "понедельника", "понеділка", "понедельнику"},
		{"tuesday", "dienstag", "di", "mardi", "martes", "martedi", "terca", "terca-feira", "dinsdag", "вторник", "вт", "вівторок", "вторника", "вівторка", "вторнику"},
		{"wednesday", "mittwoch", "mi", "mercredi", "miercoles", "mercoledi", "quarta", "quarta-feira", "woensdag", "wo", "среда", "среду", "ср", "середа", "середу", "среды", "середи", "среде"},
		{"thursday", "donnerstag", "do", "jeudi", "jueves", "giovedi", "quinta", "quinta-feira", "donderdag", "четверг", "чт", "четвер", "четверга", "четвергу"},
		{"friday", "freitag", "fr", "vendredi", "viernes", "venerdi", "sexta", "sexta-feira", "vrijdag", "vr", "пятница", "пятницу", "пт", "п'ятниця", "п'ятницю", "пятницы", "п'ятниці", "пятнице"},
		{"saturday", "samstag", "sonnabend", "sa", "samedi", "sabado", "sabato", "zaterdag", "za", "суббота", "субботу", "сб", "субота", "суботу", "субботы", "суботи", "субботе"},
	}
	monthNames = [12][]string{
		{"january", "januar", "janner", "janvier", "enero", "gennaio", "janeiro", "januari", "января", "январь", "січня", "січень"},
		{"february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "февраля", "февраль", "лютого", "лютий"},
		{"march", "marz", "maerz", "mars", "marzo", "marco", "maart", "mrt", "марта", "март", "березня", "березень"},
		{"april", "avril", "abril", "aprile", "апреля", "апрель", "квітня", "квітень"},
		{"may", "mai", "mayo", "maggio", "maio", "mei", "мая", "май", "травня", "травень"},
		{"june", "juni", "juin", "junio", "giugno", "junho", "июня", "июнь", "червня", "червень"},
		{"july", "juli", "juillet", "julio", "luglio", "julho", "июля", "июль", "липня", "липень"},
		{"august", "aout", "agosto", "augustus", "августа", "август", "серпня", "серпень"},
		{"september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентября", "сентябрь", "вересня", "вересень"},
		{"october", "oktober", "octobre", "octubre", "ottobre", "outubro", "октября", "октябрь", "жовтня", "жовтень"},
		{"november", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "листопада", "листопад"},
		{"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro", "декабря", "декабрь", "грудня", "грудень"},
	}
	// dayWords are days counted from today; "tonight" words also mean the evening.
	dayWords = map[string]int{
		"today": 0, "heute": 0, "aujourd'hui": 0, "aujourdhui": 0, "hoy": 0, "oggi": 0, "hoje": 0, "vandaag": 0, "сегодня": 0, "сьогодні": 0,
		"tonight": 0, "tonite": 0, "stasera": 0, "vanavond": 0,
		"tomorrow": 1, "tmrw": 1, "tmr": 1, "tomorow": 1, "tommorow": 1, "morgen": 1, "demain": 1, "manana": 1, "domani": 1, "amanha": 1, "завтра": 1,
		"ubermorgen": 2, "apres-demain": 2, "dopodomani": 2, "overmorgen": 2, "послезавтра": 2, "післязавтра": 2,
		"pasado-manana": 2, "depois-de-amanha": 2, "day-after-tomorrow": 2, // joined by whenPhrases
		// Read so that "yesterday 3pm" is refused as past, not as unreadable.
		"yesterday": -1, "gestern": -1, "hier": -1, "ayer": -1, "ieri": -1, "ontem": -1, "gisteren": -1, "вчера": -1, "вчора": -1,
	}
	tonightWords = map[string]bool{"tonight": true, "tonite": true, "stasera": true, "vanavond": true}
	nextWords    = map[string]bool{"next": true, "nachsten": true, "nachster": true, "nachste": true, "prochain": true, "proximo": true, "prossimo": true, "volgende": true,
		"prochaine": true, "proxima": true, "prossima": true, // with "semaine", "semana", "settimana"
		"следующую": true, "следующей": true, "следующий": true, "следующее": true, "наступного": true, "наступному": true, "наступної": true, "наступну": true, "наступний": true}
	// weekWords are "week" in "next week Saturday" ("nächste Woche Samstag").
	weekWords = map[string]bool{"week": true, "woche": true, "semaine": true, "semana": true, "settimana": true, "неделе": true, "неделю": true, "неделя": true, "тижня": true, "тижні": true, "тиждень": true}
	// partOfDay are the parts of a day, each with the hour it means when no
	// time is given (documented in README: morning 09:00, afternoon 15:00,
	// evening 19:00).
	partOfDay = map[string]int{
		"morning": 9, "morgens": 9, "fruh": 9, "vormittag": 9, "vormittags": 9, "matin": 9, "mattina": 9, "mattino": 9, "manha": 9, "ochtend": 9, "утром": 9, "вранці": 9, "зранку": 9,
		"afternoon": 15, "nachmittag": 15, "nachmittags": 15, "apres-midi": 15, "tarde": 15, "pomeriggio": 15, "middag": 15, "днем": 15, "вдень": 15,
		"evening": 19, "abend": 19, "abends": 19, "soir": 19, "noche": 19, "sera": 19, "noite": 19, "avond": 19, "вечером": 19, "ввечері": 19, "вечора": 19,
		"tonight": 19, "tonite": 19, "stasera": 19, "vanavond": 19,
	}
	// clockWords stand for a time of day.
	clockWords = map[string]string{"noon": "12:00", "midday": "12:00", "mittag": "12:00", "midi": "12:00", "mediodia": "12:00", "mezzogiorno": "12:00", "полдень": "12:00", "midnight": "00:00", "mitternacht": "00:00", "minuit": "00:00"}
	// inWords and unitWords read "in 2 hours" and its translations.
	inWords   = map[string]bool{"in": true, "dans": true, "en": true, "tra": true, "fra": true, "em": true, "over": true, "через": true}
	unitWords = map[string]time.Duration{
		"hour": time.Hour, "hours": time.Hour, "h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "stunde": time.Hour, "stunden": time.Hour,
		"heure": time.Hour, "heures": time.Hour, "hora": time.Hour, "horas": time.Hour, "ora": time.Hour, "ore": time.Hour, "uur": time.Hour,
		"час": time.Hour, "часа": time.Hour, "часов": time.Hour, "годину": time.Hour, "години": time.Hour, "годин": time.Hour,
		"minute": time.Minute, "minutes": time.Minute, "min": time.Minute, "mins": time.Minute, "minuten": time.Minute, "minuto": time.Minute,
		"minutos": time.Minute, "minuti": time.Minute, "minuut": time.Minute, "минут": time.Minute, "минуты": time.Minute, "хвилин": time.Minute,
	}
	// fillers are words that add nothing to a date: "on Saturday at 3".
	fillers = map[string]bool{
		"at": true, "on": true, "of": true, "the": true, "this": true, "um": true, "a": true, "le": true, "la": true, "el": true, "las": true,
		"il": true, "alle": true, "alla": true, "as": true, "om": true, "op": true, "de": true, "del": true, "du": true, "der": true, "den": true,
		"ce": true, "cette": true, "esta": true, "este": true, "в": true, "во": true, "у": true, "о": true, "об": true, "на": true,
		"della": true, "da": true, // "sabato della prossima settimana", "sábado da próxima semana"
		"por": true, "pela": true, // "sábado por la tarde", "sábado pela manhã"
		"г.": true, "р.": true, // after a year: "5 дек. 2026 г."
	}
	// atWords say that the number after them is a time of day: "alle 15",
	// "a las 15", "om 15", "в 15", where "15" alone may be the 15th.
	atWords = map[string]bool{"at": true, "um": true, "alle": true, "ore": true, "las": true, "as": true, "a": true, "om": true, "в": true, "о": true, "об": true}
	// hourNouns follow a time of day: "15 heures", "в 15 часов", "a las 15
	// horas", "о 15 годині" (bare hours after them are read as after atWords).
	hourNouns = map[string]bool{"uhr": true, "uur": true, "heures": true, "heure": true, "horas": true, "hora": true, "ore": true,
		"часов": true, "часа": true, "час": true, "годині": true, "годину": true, "години": true, "годин": true}
)

// fold lowercases text and takes accents off letters: "Déc" is "dec".
var fold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c", "ñ", "n", "ß", "ss", "ё", "е",
	"’", "'", "ʼ", "'", "`", "'", "–", "-", "—", "-", ",", " ", "a.m.", "am", "p.m.", "pm",
)

// whenWords lowercases and splits the text, drops filler words, joins "3 pm"
// into "3pm", "15 Uhr" into "15h" and "alle 15" into "15h", splits
// "2026-12-05T15:00", and joins the words of a day said in several
// ("pasado mañana").
func whenWords(text string) []string {
	var out []string
	endsInDigit := func() bool {
		return len(out) > 0 && strings.IndexAny(out[len(out)-1][len(out[len(out)-1])-1:], "0123456789") == 0
	}
	fields := strings.Fields(fold.Replace(strings.ToLower(text)))
	for i, w := range fields {
		prev, next := "", ""
		if i > 0 {
			prev = fields[i-1]
		}
		if i+1 < len(fields) {
			next = fields[i+1]
		}
		w = flemish(w)
		if d, t, ok := strings.Cut(w, "t"); ok && strings.Count(d, "-") == 2 && t != "" {
			out = append(out, d, t)
			continue
		}
		switch {
		case (w == "am" || w == "pm" || w == "h" || w == "uhr" || w == "uur" || w == "u") && endsInDigit():
			if w != "am" && w != "pm" {
				w = "h" // "15 Uhr", "15 uur" are "15h"
			}
			out[len(out)-1] += w
		case atWords[prev] && isHour24(w): // "alle 15"
			out = append(out, w+"h")
		case hourNouns[w] && len(out) > 0 && isHour24(out[len(out)-1]): // "15 heures"
			out[len(out)-1] += "h"
		case hourNouns[w] && len(out) > 0 && strings.HasSuffix(out[len(out)-1], "h"): // "в 15 часов"
		case w == "ore" && !endsInDigit(): // "alle ore 15"; "tra 2 ore" is a while
		case w == "di" && italianParts[next]: // "alle 8 di sera", not Tuesday
		case w == "manana" && prev == "la": // "de la mañana" is the morning
			out = append(out, "morning")
		case w == "числа" && len(out) > 0 && isMonthDay(out[len(out)-1]): // "15 числа" is the 15th
			out[len(out)-1] += "."
		case w == "morgen" && isDayWord(prev): // "Samstag Morgen", "heute Morgen"
			out = append(out, "morning")
		case fillers[w] || w == "am" || w == "o'clock" || w == "oclock": // German "am Samstag"
		case strings.HasPrefix(w, "l'") && len(w) > 2: // "de l'après-midi"
			out = append(out, w[2:])
		case clockWords[w] != "":
			out = append(out, clockWords[w])
		default:
			out = append(out, w)
		}
	}
	return whenPhrases(out)
}

// italianParts are the parts of the day an Italian "di" comes before.
var italianParts = map[string]bool{"sera": true, "mattina": true, "mattino": true, "pomeriggio": true}

// isDayWord says whether w names a day: "heute", "Samstag".
func isDayWord(w string) bool {
	_, day := dayWords[w]
	_, weekday := whenWeekday(w)
	return day || weekday
}

// phrases are days said in several words, and the word each is read as.
var phrases = []struct {
	words []string
	day   string
}{
	{[]string{"pasado", "manana"}, "pasado-manana"},
	{[]string{"depois", "amanha"}, "depois-de-amanha"}, // "de" is gone already
	{[]string{"apres", "demain"}, "apres-demain"},
	{[]string{"day", "after", "tomorrow"}, "day-after-tomorrow"},
}

// whenPhrases joins the words of each phrase into its day.
func whenPhrases(w []string) []string {
	for _, p := range phrases {
		for i := 0; i+len(p.words) <= len(w); i++ {
			if slices.Equal(w[i:i+len(p.words)], p.words) {
				w = slices.Replace(w, i, i+len(p.words), p.day)
			}
		}
	}
	return w
}

// isMonthDay says whether w is a number that may be a day of the month.
func isMonthDay(w string) bool {
	n, ok := whenNum(w, 1, 2)
	return ok && n >= 1 && n <= 31
}

// isHour24 says whether w is an hour only a 24-hour clock has, 13 to 23:
// a day of the month too, unless a word around it says it is a time.
func isHour24(w string) bool {
	n, ok := whenNum(w, 2, 2)
	return ok && n >= 13 && n <= 23
}

// flemish writes "17u" and "17u30", as Flemish parents do, as "17h", "17h30".
func flemish(w string) string {
	h, m, ok := strings.Cut(w, "u")
	if _, okH := whenNum(h, 1, 2); !ok || !okH {
		return w
	}
	if _, okM := whenNum(m, 2, 2); m != "" && !okM {
		return w
	}
	return h + "h" + m
}

// whenMonth reads a month's name or the start of one ("dec", "dez.", "декабря").
func whenMonth(w string) (time.Month, bool) {
	i, ok := whenName(w, monthNames[:])
	return time.Month(i + 1), ok
}

// whenWeekday reads a weekday's name or the start of one ("sat", "Sa", "samedi").
func whenWeekday(w string) (time.Weekday, bool) {
	i, ok := whenName(w, weekdayNames[:])
	return time.Weekday(i), ok
}

// whenName finds w among names: which list holds it, or the one list that has
// a name starting with it (at least three letters).
func whenName(w string, names [][]string) (int, bool) {
	w = strings.TrimSuffix(w, ".")
	found := -1
	for i, list := range names {
		for _, n := range list {
			if n == w {
				return i, true
			}
			if utf8.RuneCountInString(w) >= 3 && strings.HasPrefix(n, w) && found != i {
				if found >= 0 {
					return 0, false // the start of two meanings
				}
				found = i
			}
		}
	}
	return found, found >= 0
}

// MonthFirst reports whether people in the zone write 5/12 for May 12, as in
// the United States; elsewhere 5/12 is 5 December.
func MonthFirst(loc *time.Location) bool {
	name := loc.String()
	if strings.HasPrefix(name, "US/") || name == "Pacific/Honolulu" || name == "Asia/Manila" {
		return true
	}
	for _, z := range []string{"New_York", "Chicago", "Denver", "Los_Angeles", "Phoenix", "Anchorage", "Detroit", "Boise", "Indiana/", "Kentucky/", "North_Dakota/", "Juneau", "Sitka", "Nome", "Adak", "Menominee", "Metlakatla", "Yakutat"} {
		if strings.HasPrefix(name, "America/"+z) {
			return true
		}
	}
	return false
}
