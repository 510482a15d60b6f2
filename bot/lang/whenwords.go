package lang

// langs are the bot's languages, in the order of the Lang constants (English
// is 1, langs[0]), with their names and the words and layouts their dates are
// written with: CLDR's, but for English, which keeps the bot's words from
// before it spoke nine languages, and the 24-hour clock everywhere.
//
// Layouts are CLDR's date patterns with only these letters: E and EEEE the
// short and long weekday, d the day of the month, MMM and MMMM the short and
// long month (in the form used after a day number: "19 дек.", "19 декабря"),
// y the year; text in single quotes is copied. Anything else is copied too.
var langs = [...]entry{
	{ // English
		code: "en", name: "English", english: "English",
		days:       [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"},
		months:     [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
		longDays:   [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
		longMonths: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		day:        "E d MMM", dayYear: "E d MMM y", weekday: "E d", longDay: "EEEE d MMMM",
		at: " ", atYear: ", ",
	},
	{ // German
		code: "de", name: "Deutsch", english: "German",
		days:       [7]string{"So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."},
		months:     [12]string{"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."},
		longDays:   [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
		longMonths: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		day:        "E, d. MMM", dayYear: "E, d. MMM y", weekday: "E, d.", longDay: "EEEE, d. MMMM",
		at: ", ", atYear: ", ",
	},
	{ // French
		code: "fr", name: "Français", english: "French", aliases: []string{"francais"},
		days:       [7]string{"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."},
		months:     [12]string{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
		longDays:   [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
		longMonths: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		day:        "E d MMM", dayYear: "E d MMM y", weekday: "E d", longDay: "EEEE d MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Spanish
		code: "es", name: "Español", english: "Spanish", aliases: []string{"espanol", "castellano"},
		days:       [7]string{"dom", "lun", "mar", "mié", "jue", "vie", "sáb"},
		months:     [12]string{"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"},
		longDays:   [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
		longMonths: [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		day:        "E, d MMM", dayYear: "E, d MMM y", weekday: "E d", longDay: "EEEE, d 'de' MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Italian
		code: "it", name: "Italiano", english: "Italian",
		days:       [7]string{"dom", "lun", "mar", "mer", "gio", "ven", "sab"},
		months:     [12]string{"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
		longDays:   [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
		longMonths: [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		day:        "E d MMM", dayYear: "E d MMM y", weekday: "E d", longDay: "EEEE d MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Portuguese
		code: "pt", name: "Português", english: "Portuguese", aliases: []string{"portugues"},
		days:       [7]string{"dom.", "seg.", "ter.", "qua.", "qui.", "sex.", "sáb."},
		months:     [12]string{"jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."},
		longDays:   [7]string{"domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"},
		longMonths: [12]string{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		day:        "E, d 'de' MMM", dayYear: "E, d 'de' MMM 'de' y", weekday: "E, d", longDay: "EEEE, d 'de' MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Dutch
		code: "nl", name: "Nederlands", english: "Dutch", aliases: []string{"vlaams"},
		days:       [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"},
		months:     [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"},
		longDays:   [7]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"},
		longMonths: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		day:        "E d MMM", dayYear: "E d MMM y", weekday: "E d", longDay: "EEEE d MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Russian
		code: "ru", name: "Русский", english: "Russian",
		days:       [7]string{"вс", "пн", "вт", "ср", "чт", "пт", "сб"},
		months:     [12]string{"янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."},
		longDays:   [7]string{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"},
		longMonths: [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		day:        "E, d MMM", dayYear: "E, d MMM y 'г'.", weekday: "E, d", longDay: "EEEE, d MMMM",
		at: ", ", atYear: ", ",
	},
	{ // Ukrainian
		code: "uk", name: "Українська", english: "Ukrainian", aliases: []string{"ua"},
		days:       [7]string{"нд", "пн", "вт", "ср", "чт", "пт", "сб"},
		months:     [12]string{"січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."},
		longDays:   [7]string{"неділя", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота"},
		longMonths: [12]string{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		day:        "E, d MMM", dayYear: "E, d MMM y 'р'.", weekday: "E, d", longDay: "EEEE, d MMMM",
		at: ", ", atYear: ", ",
	},
}

// entry is one language: its names, and how its dates are written.
type entry struct {
	code    string   // ISO 639-1, as Telegram's language_code starts
	name    string   // in its own words, for buttons: "Deutsch"
	english string   // in English, for Parse: "German"
	aliases []string // other words Parse reads as this language

	days       [7]string  // short weekdays, Sunday first: "Sa."
	months     [12]string // short months, January first: "Dez."
	longDays   [7]string  // "Samstag"
	longMonths [12]string // "Dezember"

	day     string // a day: "E, d. MMM"
	dayYear string // a day with its year: "E, d. MMM y"
	weekday string // a weekday with its day of the month, for buttons: "E, d."
	longDay string // a day written out: "EEEE, d. MMMM"
	at      string // between a day and its time: "Sa., 19. Dez., 15:00"
	atYear  string // the same after a day with its year
}
