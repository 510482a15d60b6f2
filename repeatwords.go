package allaboard

import (
	"maps"
	"time"
)

// Words of repeat rules in the nine languages the date reader reads, folded
// as whenWords folds them (no accents, lower case).
var (
	// everyWords start a rule: "every Tue", "jeden Di", "chaque mardi",
	// "tous les mardis", "cada martes", "ogni martedì", "todas as terças",
	// "elke dinsdag", "каждый вторник", "кожного вівторка".
	everyWords = map[string]bool{
		"every": true, "each": true, "jeden": true, "jede": true, "jedes": true, "jeder": true,
		"chaque": true, "tous": true, "toutes": true, "cada": true, "ogni": true, "tutti": true, "tutte": true,
		"todo": true, "toda": true, "todos": true, "todas": true, "elke": true, "iedere": true, "ieder": true,
		"каждый": true, "каждую": true, "каждое": true, "каждого": true, "каждые": true,
		"кожен": true, "кожний": true, "кожну": true, "кожне": true, "кожного": true, "кожної": true, "кожні": true,
	}
	// otherWords make it every other week: "every other Sat", "jeden zweiten
	// Sa", "cada dos sábados", "ogni due sabati", "elke tweede zaterdag",
	// "каждую вторую субботу", "кожну другу суботу". With a month word they
	// are the second of the month instead ("jeden zweiten Montag im Monat").
	otherWords = map[string]bool{
		"other": true, "second": true, "2nd": true, "zweiten": true, "zweite": true, "zweites": true, "2.": true,
		"deux": true, "deuxieme": true, "2e": true, "dos": true, "segundo": true, "due": true, "secondo": true, "seconda": true,
		"dois": true, "duas": true, "tweede": true, "вторую": true, "второй": true, "второе": true, "второго": true,
		"другу": true, "другий": true, "друге": true, "другого": true, "другої": true,
	}
	// nthWords are the week of the month: "every first Monday", "jeden
	// ersten Montag", "le premier lundi", "el último viernes", -1 the last.
	nthWords = map[string]int{
		"first": 1, "1st": 1, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1,
		"ersten": 1, "erste": 1, "erster": 1, "1.": 1, "dritten": 3, "dritte": 3, "3.": 3, "vierten": 4, "vierte": 4, "4.": 4, "letzten": -1, "letzte": -1,
		"premier": 1, "premiere": 1, "1er": 1, "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4, "dernier": -1, "derniere": -1,
		"primer": 1, "primero": 1, "primera": 1, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "ultimo": -1, "ultima": -1,
		"primo": 1, "prima": 1, "terzo": 3, "terza": 3, "quarto": 4, "quarta": 4,
		"primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3,
		"eerste": 1, "derde": 3, "vierde": 4, "laatste": -1,
		"первый": 1, "первую": 1, "первое": 1, "первого": 1, "третий": 3, "третью": 3, "третье": 3, "третьего": 3,
		"четвертый": 4, "четвертую": 4, "четвертое": 4, "четвертого": 4, "последний": -1, "последнюю": -1, "последнее": -1, "последнего": -1,
		"перший": 1, "першу": 1, "перше": 1, "першого": 1, "першої": 1, "третій": 3, "третю": 3, "третього": 3, "третьої": 3,
		"четвертий": 4, "четверту": 4, "четвертої": 4, "останній": -1, "останню": -1, "останнього": -1, "останньої": -1,
	}
	// secondOfMonth are the otherWords that are the 2nd with a month word.
	// monthWords say the rule is monthly: "of the month", "im Monat",
	// "du mois", "del mes", "del mese", "do mês", "van de maand", "месяца", "місяця".
	monthWords = map[string]bool{"month": true, "monat": true, "monats": true, "mois": true, "mes": true, "mese": true, "maand": true, "месяца": true, "місяця": true}
	// everyDayWords, alone or after an every word, are every day: "daily",
	// "every day", "täglich", "tous les jours", "todos los días", "щодня".
	everyDayWords = map[string]bool{"daily": true, "day": true, "taglich": true, "tag": true, "jour": true, "jours": true, "dia": true, "dias": true,
		"giorno": true, "giorni": true, "dag": true, "dagelijks": true, "день": true, "дня": true, "ежедневно": true, "щодня": true, "щоденно": true}
	// weekdaysWords are Monday to Friday: "weekdays", "werktags", "en
	// semaine", "entre semana", "nei giorni feriali", "dias úteis",
	// "doordeweeks", "по будням", "по буднях".
	weekdaysWords = map[string]bool{"weekdays": true, "weekday": true, "werktags": true, "wochentags": true, "werktag": true,
		"en-semaine": true, "entre-semana": true, "feriali": true, "uteis": true, "doordeweeks": true, "werkdagen": true,
		"будням": true, "будни": true, "буднях": true, "щобудня": true, "будні": true}
	// untilWords come before the last day: "until 20 Dec", "bis 20.12.",
	// "jusqu'au 20 déc", "hasta el 20", "fino al 20", "até 20", "tot 20 dec", "до 20 декабря".
	untilWords = map[string]bool{"until": true, "till": true, "til": true, "bis": true, "jusqu'au": true, "jusqu'a": true,
		"hasta": true, "fino": true, "ate": true, "tot": true, "до": true}
	// timesWords follow a count: "10 times", "10 Mal", "10 fois", "10 veces",
	// "10 volte", "10 vezes", "10 keer", "10 раз", "10 разів".
	timesWords = map[string]bool{"times": true, "x": true, "mal": true, "fois": true, "veces": true, "volte": true, "vezes": true,
		"keer": true, "maal": true, "раз": true, "раза": true, "разів": true, "рази": true}
	// repeatFillers add nothing to a rule: "tous les mardis", "todos los
	// martes", "tutti i martedì", "aos sábados", "op dinsdag", "по вторникам",
	// "fino al 20", "jusqu'au 20", "van de maand".
	repeatFillers = map[string]bool{"les": true, "los": true, "i": true, "gli": true, "aos": true, "nos": true, "op": true, "por": true,
		"по": true, "al": true, "au": true, "os": true, "na": true, "nas": true, "no": true}
	// andWords join weekdays: "every Tue and Thu", "jeden Di und Do", "tous
	// les mardis et jeudis", "cada martes y jueves", "ogni martedì e
	// giovedì", "elke dinsdag en donderdag", "по вторникам и четвергам".
	andWords = map[string]bool{"and": true, "&": true, "+": true, "und": true, "et": true, "y": true, "e": true, "en": true, "и": true, "і": true, "й": true, "та": true}
	// countWords are German counts said in one word with "mal": "zehnmal".
	countWords = map[string]string{"zwei": "2", "drei": "3", "vier": "4", "funf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
		"zehn": "10", "elf": "11", "zwolf": "12", "zwanzig": "20"}
	// countNames are counts said in words before a times word: "ten times",
	// "dix fois", "zehn Mal", "десять раз"; read nowhere else ("due" alone
	// is a deadline, "sept" a month).
	countNames = mergeCounts(countWords, map[string]string{
		"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
		"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12", "vingt": "20",
		"dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "doce": "12", "veinte": "20",
		"due": "2", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8", "nove": "9", "dieci": "10", "undici": "11", "dodici": "12", "venti": "20",
		"dois": "2", "duas": "2", "sete": "7", "oito": "8", "dez": "10", "doze": "12", "vinte": "20",
		"twee": "2", "drie": "3", "vijf": "5", "zes": "6", "zeven": "7", "negen": "9", "tien": "10", "twaalf": "12", "twintig": "20",
		"два": "2", "две": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6", "семь": "7", "восемь": "8", "девять": "9", "десять": "10",
		"одиннадцать": "11", "двенадцать": "12", "двадцать": "20",
		"дві": "2", "чотири": "4", "шість": "6", "сім": "7", "вісім": "8", "одинадцять": "11", "дванадцять": "12"})
	// monthLinks come before a month word: "im Monat", "van de maand", "do mês".
	monthLinks = map[string]bool{"im": true, "van": true, "do": true, "des": true, "a": true, "per": true, "cada": true}
	// weekdayPlurals are a weekday said as every one of them: "Tuesdays",
	// "dienstags", "les mardis", "los sábados", "às terças", "dinsdags",
	// "по вторникам", "щовівторка", "по вівторках".
	weekdayPlurals = map[string]time.Weekday{
		"sundays": time.Sunday, "sonntags": time.Sunday, "dimanches": time.Sunday, "domingos": time.Sunday, "domeniche": time.Sunday, "zondags": time.Sunday, "воскресеньям": time.Sunday, "неділях": time.Sunday, "щонеділі": time.Sunday,
		"mondays": time.Monday, "montags": time.Monday, "lundis": time.Monday, "segundas": time.Monday, "maandags": time.Monday, "понедельникам": time.Monday, "понеділках": time.Monday, "щопонеділка": time.Monday,
		"tuesdays": time.Tuesday, "dienstags": time.Tuesday, "mardis": time.Tuesday, "tercas": time.Tuesday, "dinsdags": time.Tuesday, "вторникам": time.Tuesday, "вівторках": time.Tuesday, "щовівторка": time.Tuesday,
		"wednesdays": time.Wednesday, "mittwochs": time.Wednesday, "mercredis": time.Wednesday, "quartas": time.Wednesday, "woensdags": time.Wednesday, "средам": time.Wednesday, "середах": time.Wednesday, "щосереди": time.Wednesday,
		"thursdays": time.Thursday, "donnerstags": time.Thursday, "jeudis": time.Thursday, "quintas": time.Thursday, "donderdags": time.Thursday, "четвергам": time.Thursday, "четвергах": time.Thursday, "щочетверга": time.Thursday,
		"fridays": time.Friday, "freitags": time.Friday, "vendredis": time.Friday, "sextas": time.Friday, "vrijdags": time.Friday, "пятницам": time.Friday, "п'ятницях": time.Friday, "щоп'ятниці": time.Friday,
		"saturdays": time.Saturday, "samstags": time.Saturday, "samedis": time.Saturday, "sabados": time.Saturday, "sabati": time.Saturday, "zaterdags": time.Saturday, "субботам": time.Saturday, "суботах": time.Saturday, "щосуботи": time.Saturday,
	}
	// repeatPhrases are words said in several, and the word each is read as.
	repeatPhrases = []struct {
		words []string
		word  string
	}{
		{[]string{"en", "semaine"}, "en-semaine"},
		{[]string{"entre", "semana"}, "entre-semana"},
		{[]string{"giorni", "feriali"}, "feriali"},
		{[]string{"dias", "uteis"}, "uteis"},
		{[]string{"dias", "semana"}, "uteis"},
		{[]string{"every", "weekday"}, "weekdays"},
	}
)

// mergeCounts is the counts of both maps.
func mergeCounts(a, b map[string]string) map[string]string {
	out := maps.Clone(b)
	maps.Copy(out, a)
	return out
}
