package allaboard_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"allaboard"
)

// Every form issue 14 lists, read at Tue 24 Nov 2026 10:00 in Berlin unless
// said otherwise: the time it gives, or the question it asks.
func TestReadWhen(t *testing.T) {
	const layout = "2006-01-02 15:04"
	tests := []struct {
		name, zone, now, text string
		lang                  string // the reader's language, ReadOpts.Lang
		want, end             string // in layout; end "" when no range
		ask                   string // the readings asked for, "|"-separated, each "start" or "start–end"
		why                   allaboard.Question
		err                   error
	}{
		// English as people write it.
		{name: "15h", text: "15h", want: "2026-11-24 15:00"},
		{name: "15.00", text: "15.00", want: "2026-11-24 15:00"},
		{name: "3.30pm", text: "3.30pm", want: "2026-11-24 15:30"},
		{name: "noon", text: "noon", want: "2026-11-24 12:00"},
		{name: "noon tomorrow", text: "noon tomorrow", want: "2026-11-25 12:00"},
		{name: "tonight 7pm", text: "tonight 7pm", want: "2026-11-24 19:00"},
		{name: "tonight 7", text: "tonight 7", want: "2026-11-24 19:00"},
		{name: "tmrw 3pm", text: "tmrw 3pm", want: "2026-11-25 15:00"},
		{name: "tomorrow afternoon is 15:00", text: "tomorrow afternoon", want: "2026-11-25 15:00"},
		{name: "sat evening is 19:00", text: "Sat evening", want: "2026-11-28 19:00"},
		{name: "tomorrow morning 8", text: "tomorrow morning 8", want: "2026-11-25 08:00"},
		{name: "in 2 hours", text: "in 2 hours", want: "2026-11-24 12:00"},
		{name: "in 30 min", text: "in 30 min", want: "2026-11-24 10:30"},
		{name: "in an hour", text: "in an hour", want: "2026-11-24 11:00"},
		{name: "5/12 3pm day first", text: "5/12 3pm", want: "2026-12-05 15:00"},
		{name: "5/12 3pm month first in NY", zone: "America/New_York", text: "5/12 3pm", want: "2027-05-12 15:00"},
		{name: "12/05/2026 in NY", zone: "America/New_York", text: "12/05/2026 15:00", want: "2026-12-05 15:00"},
		{name: "iso with T", text: "2026-12-05T15:00", want: "2026-12-05 15:00"},
		{name: "saturday 5th", text: "Saturday 5th 3pm", want: "2026-12-05 15:00"},
		{name: "12 Mar 3pm", text: "12 Mar 3pm", want: "2027-03-12 15:00"},
		{name: "tue 5th is the next 5th that is one", text: "Tue 5th 3pm", want: "2027-01-05 15:00"},
		{name: "9:30 is the morning", text: "9:30", want: "2026-11-25 09:30"},
		{name: "leading zero is 24h", text: "03:30", want: "2026-11-25 03:30"},
		{name: "12 is noon", text: "Sat 12", want: "2026-11-28 12:00"},

		// Ranges set an end.
		{name: "range pm", text: "Sat 3-5pm", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "range 24h", text: "Sat 15:00-17:00", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "range to", text: "Sat 3pm to 5pm", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "range spaced dash", text: "Sat 15:00 - 17:00", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "range 11 to 1pm", text: "Sat 11-1pm", want: "2026-11-28 11:00", end: "2026-11-28 13:00"},
		{name: "range uhr", text: "Sa 15-17 Uhr", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "range past midnight", text: "Sat 22:00-01:00", want: "2026-11-28 22:00", end: "2026-11-29 01:00"},

		// Other languages.
		{name: "de Sa 15 Uhr", text: "Sa 15 Uhr", want: "2026-11-28 15:00"},
		{name: "de Samstag", text: "Samstag 15:00", want: "2026-11-28 15:00"},
		{name: "de 5. Dez", text: "5. Dez 15:00", want: "2026-12-05 15:00"},
		{name: "de morgen um", text: "morgen um 15 Uhr", want: "2026-11-25 15:00"},
		{name: "de am Samstag um", text: "am Samstag um 15:00", want: "2026-11-28 15:00"},
		{name: "de heute abend", text: "heute Abend 7", want: "2026-11-24 19:00"},
		{name: "fr samedi 15h", text: "samedi 15h", want: "2026-11-28 15:00"},
		{name: "fr 5 déc 15h", text: "5 déc 15h", want: "2026-12-05 15:00"},
		{name: "fr demain", text: "demain à 15h30", want: "2026-11-25 15:30"},
		{name: "fr aujourd'hui", text: "aujourd’hui 18h", want: "2026-11-24 18:00"},
		{name: "es sábado", text: "sábado 15:00", want: "2026-11-28 15:00"},
		{name: "es 5 de diciembre", text: "5 de diciembre 15:00", want: "2026-12-05 15:00"},
		{name: "es mañana", text: "mañana a las 15:00", want: "2026-11-25 15:00"},
		{name: "it sabato", text: "sabato 15:00", want: "2026-11-28 15:00"},
		{name: "it dicembre", text: "5 dicembre 15:00", want: "2026-12-05 15:00"},
		{name: "it domani", text: "domani alle 15:00", want: "2026-11-25 15:00"},
		{name: "pt sábado", text: "sábado 15h", want: "2026-11-28 15:00"},
		{name: "pt dezembro", text: "5 de dezembro 15:00", want: "2026-12-05 15:00"},
		{name: "pt amanhã", text: "amanhã às 15:00", want: "2026-11-25 15:00"},
		{name: "nl zaterdag", text: "zaterdag 15:00", want: "2026-11-28 15:00"},
		{name: "nl za", text: "za 15:00", want: "2026-11-28 15:00"},
		{name: "nl morgen om", text: "morgen om 15:00", want: "2026-11-25 15:00"},
		{name: "ru суббота", text: "суббота 15:00", want: "2026-11-28 15:00"},
		{name: "ru в субботу", text: "в субботу в 15:00", want: "2026-11-28 15:00"},
		{name: "ru декабря", text: "5 декабря 15:00", want: "2026-12-05 15:00"},
		{name: "ru завтра", text: "Завтра в 15:00", want: "2026-11-25 15:00"},
		{name: "uk субота", text: "субота 15:00", want: "2026-11-28 15:00"},
		{name: "uk грудня", text: "5 грудня 15:00", want: "2026-12-05 15:00"},
		{name: "uk завтра о", text: "завтра о 15:00", want: "2026-11-25 15:00"},
		{name: "uk п'ятниця", text: "п’ятниця 15:00", want: "2026-11-27 15:00"},

		// A time that may be either asks, afternoon first; only readings still ahead.
		{name: "Saturday at 3 asks", text: "Saturday at 3", ask: "2026-11-28 15:00|2026-11-28 03:00", why: allaboard.AskAmPm},
		{name: "Sat 3 asks", text: "Sat 3", ask: "2026-11-28 15:00|2026-11-28 03:00", why: allaboard.AskAmPm},
		{name: "3:30 asks", text: "3:30", ask: "2026-11-24 15:30|2026-11-25 03:30", why: allaboard.AskAmPm},
		{name: "bare 3 asks", text: "3", ask: "2026-11-24 15:00|2026-11-25 03:00", why: allaboard.AskAmPm},
		{name: "8 asks", text: "at 8", ask: "2026-11-24 20:00|2026-11-25 08:00", why: allaboard.AskAmPm},
		{name: "today 3:30 is the afternoon", text: "today 3:30", want: "2026-11-24 15:30"},
		{name: "today 3:30 late is past", now: "2026-11-24 16:00", text: "today 3:30", err: allaboard.ErrWhenPast},
		{name: "range asks", text: "Sat 3-5", ask: "2026-11-28 15:00–2026-11-28 17:00|2026-11-28 03:00–2026-11-28 05:00", why: allaboard.AskAmPm},

		// A date just passed, far ahead, or a slash date that reads better the other way.
		{name: "earlier today asks", now: "2026-11-25 12:00", text: "25 Nov 10:00", ask: "2027-11-25 10:00", why: allaboard.AskPassed},
		{name: "passed this morning asks", text: "24 Nov 9:00", ask: "2027-11-24 09:00", why: allaboard.AskPassed},
		{name: "far ahead asks", text: "5 Jun 15:00", ask: "2027-06-05 15:00", why: allaboard.AskFarAhead},
		{name: "far ahead with a year does not", text: "5 Jun 2027 15:00", want: "2027-06-05 15:00"},
		{name: "leap day asks", text: "29 Feb 10:00", ask: "2028-02-29 10:00", why: allaboard.AskFarAhead},
		{name: "january is near", text: "Jan 3 10am", want: "2027-01-03 10:00"},
		{name: "slash past the other way", text: "12/05/2026 15:00", ask: "2026-12-05 15:00", why: allaboard.AskDayMonth},
		{name: "slash far the other way", text: "1/6 15:00", ask: "2027-06-01 15:00|2027-01-06 15:00", why: allaboard.AskDayMonth},

		// What a question suggests sending again is read without a question.
		{name: "typed back am", text: "Sat 28 Nov 2026 03:00", want: "2026-11-28 03:00"},
		{name: "typed back range", text: "Sat 28 Nov 2026 15:00-17:00", want: "2026-11-28 15:00", end: "2026-11-28 17:00"},
		{name: "typed back next year", now: "2026-11-25 12:00", text: "Thu 25 Nov 2027 10:00", want: "2027-11-25 10:00"},

		// "next <weekday>" asks while the coming one is in this week (Mon-Sun):
		// Tue 24 Nov, "next Fri" is 27 Nov or 4 Dec; the coming day first.
		{name: "next fri asks", text: "next Fri 15:00", ask: "2026-11-27 15:00|2026-12-04 15:00", why: allaboard.AskWhichWeek},
		{name: "next sat asks", text: "next Saturday 3pm", ask: "2026-11-28 15:00|2026-12-05 15:00", why: allaboard.AskWhichWeek},
		{name: "next sun on a monday asks", now: "2026-11-23 10:00", text: "next Sun 10:00", ask: "2026-11-29 10:00|2026-12-06 10:00", why: allaboard.AskWhichWeek},
		{name: "next range asks", text: "next Fri 15:00-17:00", ask: "2026-11-27 15:00–2026-11-27 17:00|2026-12-04 15:00–2026-12-04 17:00", why: allaboard.AskWhichWeek},
		{name: "next fri 3 asks both", text: "next Fri 3", ask: "2026-11-27 15:00|2026-11-27 03:00|2026-12-04 15:00|2026-12-04 03:00", why: allaboard.AskAmPm},
		{name: "de nächsten Freitag asks", text: "nächsten Freitag 15 Uhr", ask: "2026-11-27 15:00|2026-12-04 15:00", why: allaboard.AskWhichWeek},
		{name: "fr vendredi prochain asks", text: "vendredi prochain 15h", ask: "2026-11-27 15:00|2026-12-04 15:00", why: allaboard.AskWhichWeek},
		{name: "ru в следующую пятницу asks", text: "в следующую пятницу в 15:00", ask: "2026-11-27 15:00|2026-12-04 15:00", why: allaboard.AskWhichWeek},
		{name: "next sat on a sunday is in 6 days", now: "2026-11-29 10:00", text: "next Sat 15:00", want: "2026-12-05 15:00"},
		{name: "next mon passed this week", text: "next Mon 15:00", want: "2026-11-30 15:00"},
		{name: "next tue on a tuesday", text: "next Tue 15:00", want: "2026-12-01 15:00"},
		{name: "sat alone is the coming one", text: "Sat 15:00", want: "2026-11-28 15:00"},

		// A weekday in next week (Mon 30 Nov to Sun 6 Dec) never asks.
		{name: "next week saturday", text: "next week Saturday 3pm", want: "2026-12-05 15:00"},
		{name: "saturday next week", text: "Saturday next week at 3pm", want: "2026-12-05 15:00"},
		{name: "next week monday", text: "next week Mon 9am", want: "2026-11-30 09:00"},
		{name: "next week from a sunday", now: "2026-11-29 10:00", text: "next week Sat 3pm", want: "2026-12-05 15:00"},
		{name: "de nächste Woche Samstag", text: "nächste Woche Samstag 15 Uhr", want: "2026-12-05 15:00"},
		{name: "fr semaine prochaine", text: "samedi de la semaine prochaine 15h", want: "2026-12-05 15:00"},
		{name: "es próxima semana", text: "sábado de la próxima semana 15:00", want: "2026-12-05 15:00"},
		{name: "it prossima settimana", text: "sabato della prossima settimana 15:00", want: "2026-12-05 15:00"},
		{name: "pt próxima semana", text: "sábado da próxima semana 15:00", want: "2026-12-05 15:00"},
		{name: "nl volgende week", text: "volgende week zaterdag 15:00", want: "2026-12-05 15:00"},
		{name: "ru следующей неделе", text: "в субботу на следующей неделе в 15:00", want: "2026-12-05 15:00"},
		{name: "uk наступного тижня", text: "в суботу наступного тижня о 15:00", want: "2026-12-05 15:00"},

		// Spoken times. Without am or pm their hour is like a bare "3": it asks.
		{name: "half past three asks", text: "half past three", ask: "2026-11-24 15:30|2026-11-25 03:30", why: allaboard.AskAmPm},
		{name: "sat half past three asks", text: "Sat half past three", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "quarter past 3 asks", text: "Sat quarter past 3", ask: "2026-11-28 15:15|2026-11-28 03:15", why: allaboard.AskAmPm},
		{name: "quarter to 4 asks", text: "Sat at a quarter to 4", ask: "2026-11-28 15:45|2026-11-28 03:45", why: allaboard.AskAmPm},
		{name: "half past three pm", text: "Saturday half past three pm", want: "2026-11-28 15:30"},
		{name: "half past 3pm", text: "Sat half past 3pm", want: "2026-11-28 15:30"},
		{name: "quarter to 1pm", text: "Sat quarter to 1pm", want: "2026-11-28 12:45"},
		{name: "spoken first", text: "half past 3pm tomorrow", want: "2026-11-25 15:30"},
		{name: "spoken in the afternoon", text: "tomorrow afternoon half past three", want: "2026-11-25 15:30"},
		{name: "half past twelve is noon", text: "Sat half past twelve", want: "2026-11-28 12:30"},
		{name: "de Samstag halb vier asks", text: "Samstag halb vier", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "de Sa halb vier Uhr asks", text: "Sa halb vier Uhr", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "de halb 4 asks", text: "Sa halb 4", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "de halb eins is noon", text: "Sa um halb eins", want: "2026-11-28 12:30"},
		{name: "de halb 16 Uhr", text: "Sa halb 16 Uhr", want: "2026-11-28 15:30"},
		{name: "de viertel nach drei nachmittags", text: "Samstag nachmittags viertel nach drei", want: "2026-11-28 15:15"},
		{name: "de viertel vor vier asks", text: "Sa viertel vor vier", ask: "2026-11-28 15:45|2026-11-28 03:45", why: allaboard.AskAmPm},
		{name: "de dreiviertel vier", text: "morgen dreiviertel vier nachmittags", want: "2026-11-25 15:45"},
		{name: "nl half vier asks", text: "zaterdag half vier", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "nl kwart over drie asks", text: "zaterdag kwart over drie", ask: "2026-11-28 15:15|2026-11-28 03:15", why: allaboard.AskAmPm},
		{name: "fr trois heures et demie asks", text: "samedi à trois heures et demie", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "fr 15h et quart", text: "samedi 15h et quart", want: "2026-11-28 15:15"},
		{name: "fr moins le quart", text: "samedi quatre heures moins le quart de l'après-midi", want: "2026-11-28 15:45"},
		{name: "es tres y media de la tarde", text: "sábado a las tres y media de la tarde", want: "2026-11-28 15:30"},
		{name: "es cuatro menos cuarto asks", text: "sábado a las cuatro menos cuarto", ask: "2026-11-28 15:45|2026-11-28 03:45", why: allaboard.AskAmPm},
		{name: "it quattro meno un quarto asks", text: "sabato alle quattro meno un quarto", ask: "2026-11-28 15:45|2026-11-28 03:45", why: allaboard.AskAmPm},
		{name: "it tre e mezza del pomeriggio", text: "sabato alle tre e mezza del pomeriggio", want: "2026-11-28 15:30"},
		{name: "pt três e meia asks", text: "sábado às três e meia", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "ru половина четвертого asks", text: "суббота половина четвёртого", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},
		{name: "ru в половине четвертого днем", text: "в субботу в половине четвёртого днем", want: "2026-11-28 15:30"},
		{name: "ru без четверти четыре asks", text: "суббота без четверти четыре", ask: "2026-11-28 15:45|2026-11-28 03:45", why: allaboard.AskAmPm},
		{name: "uk пів на четверту asks", text: "субота о пів на четверту", ask: "2026-11-28 15:30|2026-11-28 03:30", why: allaboard.AskAmPm},

		// Refused, saying why.
		{name: "yesterday is past", text: "yesterday 3pm", err: allaboard.ErrWhenPast},
		{name: "de gestern is past", text: "gestern 15 Uhr", err: allaboard.ErrWhenPast},
		{name: "yesterday alone is past", text: "yesterday", err: allaboard.ErrWhenPast},
		{name: "fri 5 dec is a saturday", text: "Fri 5 Dec 15:00", err: allaboard.ErrWhenWrongDay},
		{name: "fri 5 dec 3 is a saturday", text: "Fri 5 Dec 3", err: allaboard.ErrWhenWrongDay},
		{name: "a friday passed is past", text: "Fri 20 Nov 15:00", err: allaboard.ErrWhenPast},

		// Each language as its parents type it, read in that language first
		// (issue 25); forms refused before are marked "was refused".
		{name: "en day after tomorrow", lang: "en", text: "the day after tomorrow at 3pm", want: "2026-11-26 15:00"}, // was refused
		{name: "de Sa 14:30 Uhr", lang: "de", text: "Sa 14:30 Uhr", want: "2026-11-28 14:30"},                        // was refused
		{name: "de 14:30 Uhr", lang: "de", text: "14:30 Uhr", want: "2026-11-24 14:30"},                              // was refused
		{name: "de 14.30 Uhr", lang: "de", text: "morgen 14.30 Uhr", want: "2026-11-25 14:30"},                       // was refused
		{name: "de Samstag um 15 Uhr", lang: "de", text: "Samstag um 15 Uhr", want: "2026-11-28 15:00"},
		{name: "de Samstagmorgen", lang: "de", text: "Samstag Morgen um 9", want: "2026-11-28 09:00"}, // was refused
		{name: "de morgen früh", lang: "de", text: "morgen früh um 8", want: "2026-11-25 08:00"},      // was refused
		{name: "de Sa., 28. Nov., 15:00", lang: "de", text: "Sa., 28. Nov., 15:00", want: "2026-11-28 15:00"},
		{name: "de hier is here", lang: "de", text: "hier 15 Uhr", err: allaboard.ErrWhenUnreadable},
		{name: "fr hier is yesterday", lang: "fr", text: "hier 15h", err: allaboard.ErrWhenPast},
		{name: "fr demain à 15 heures", lang: "fr", text: "demain à 15 heures", want: "2026-11-25 15:00"}, // was refused
		{name: "fr à 3 heures asks", lang: "fr", text: "samedi à 3 heures", ask: "2026-11-28 15:00|2026-11-28 03:00", why: allaboard.AskAmPm},
		{name: "fr dans 2h", lang: "fr", text: "dans 2h", want: "2026-11-24 12:00"},               // was refused
		{name: "fr après demain", lang: "fr", text: "après demain 10h", want: "2026-11-26 10:00"}, // was refused
		{name: "fr mar. 1 déc. is a Tuesday", lang: "fr", text: "mar. 1 déc. 15h", want: "2026-12-01 15:00"},
		{name: "es pasado mañana", lang: "es", text: "pasado mañana 10:00", want: "2026-11-26 10:00"},         // was refused
		{name: "es sábado a las 15", lang: "es", text: "sábado a las 15", want: "2026-11-28 15:00"},           // was refused
		{name: "es a las 15 horas", lang: "es", text: "mañana a las 15 horas", want: "2026-11-25 15:00"},      // was refused
		{name: "es de la mañana", lang: "es", text: "mañana a las 10 de la mañana", want: "2026-11-25 10:00"}, // was refused
		{name: "es por la tarde", lang: "es", text: "sábado por la tarde", want: "2026-11-28 15:00"},          // was refused
		{name: "it sabato alle 15", lang: "it", text: "sabato alle 15", want: "2026-11-28 15:00"},             // was refused
		{name: "it alle ore 15", lang: "it", text: "domani alle ore 15", want: "2026-11-25 15:00"},            // was refused
		{name: "it alle 8 di sera", lang: "it", text: "sabato alle 8 di sera", want: "2026-11-28 20:00"},      // was refused
		{name: "pt sábado às 15", lang: "pt", text: "sábado às 15", want: "2026-11-28 15:00"},                 // was refused
		{name: "pt depois de amanhã", lang: "pt", text: "depois de amanhã 10:00", want: "2026-11-26 10:00"},   // was refused
		{name: "pt pela manhã", lang: "pt", text: "sábado pela manhã", want: "2026-11-28 09:00"},              // was refused
		{name: "nl morgen om 15 uur", lang: "nl", text: "morgen om 15 uur", want: "2026-11-25 15:00"},         // was refused
		{name: "nl 17u30", lang: "nl", text: "zaterdag om 17u30", want: "2026-11-28 17:30"},                   // was refused
		{name: "nl ma is Monday", lang: "nl", text: "ma 15:00", want: "2026-11-30 15:00"},                     // was refused
		{name: "nl over 2 uur", lang: "nl", text: "over 2 uur", want: "2026-11-24 12:00"},
		{name: "nl hier is here", lang: "nl", text: "hier om 15 uur", err: allaboard.ErrWhenUnreadable},
		{name: "ru в 15 часов", lang: "ru", text: "в субботу в 15 часов", want: "2026-11-28 15:00"}, // was refused
		{name: "ru завтра в 15", lang: "ru", text: "завтра в 15", want: "2026-11-25 15:00"},         // was refused
		{name: "ru в 3 часа asks", lang: "ru", text: "в субботу в 3 часа", ask: "2026-11-28 15:00|2026-11-28 03:00", why: allaboard.AskAmPm},
		{name: "ru через 2 часа", lang: "ru", text: "через 2 часа", want: "2026-11-24 12:00"},
		{name: "ru сб, 28 нояб. 2026 г.", lang: "ru", text: "сб, 28 нояб. 2026 г., 15:00", want: "2026-11-28 15:00"}, // was refused
		{name: "uk о 15 годині", lang: "uk", text: "завтра о 15 годині", want: "2026-11-25 15:00"},                   // was refused
		{name: "uk в суботу о 15", lang: "uk", text: "в суботу о 15", want: "2026-11-28 15:00"},                      // was refused
		{name: "uk сб, 28 лист. 2026 р.", lang: "uk", text: "сб, 28 лист. 2026 р., 15:00", want: "2026-11-28 15:00"}, // was refused
		{name: "another language's words still read", lang: "de", text: "samedi 15h", want: "2026-11-28 15:00"},

		// Still refused.
		{name: "hour words alone", text: "Sat three", err: allaboard.ErrWhenUnreadable},
		{name: "half 4 is 3:30 or 4:30", text: "Sat half 4", err: allaboard.ErrWhenUnreadable},
		{name: "half three is british", text: "Sat half three", err: allaboard.ErrWhenUnreadable},
		{name: "next week alone", text: "next week 3pm", err: allaboard.ErrWhenUnreadable},
		{name: "bare 15 may be the 15th", text: "Sat 15", err: allaboard.ErrWhenUnreadable},
		{name: "date only", text: "Dec 5", err: allaboard.ErrWhenNoTime},
		{name: "de date only", text: "5. Dez", err: allaboard.ErrWhenNoTime},
		{name: "sat 5th no time", text: "Sat 5th", err: allaboard.ErrWhenNoTime},
		{name: "12 Mar is a day, not Tuesday noon", text: "12 Mar", err: allaboard.ErrWhenNoTime},
		{name: "Mar 3 is a day, not Tuesday at 3", text: "Mar 3", err: allaboard.ErrWhenNoTime},
		{name: "two meanings of jui", text: "5 jui 15h", err: allaboard.ErrWhenUnreadable},
		{name: "in 0 hours", text: "in 0 hours", err: allaboard.ErrWhenUnreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, now := caseAt(t, tt.zone, tt.now)
			r, err := allaboard.ReadWhen(tt.text, now, loc, allaboard.ReadOpts{MonthFirst: allaboard.MonthFirst(loc), Lang: tt.lang})
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("ReadWhen(%q) = %+v, %v; want error %v", tt.text, r, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadWhen(%q): %v", tt.text, err)
			}
			show := func(sp allaboard.Span) string {
				s := sp.Start.In(loc).Format(layout)
				if !sp.End.IsZero() {
					s += "–" + sp.End.In(loc).Format(layout)
				}
				return s
			}
			var asked []string
			for _, sp := range r.Ask {
				asked = append(asked, show(sp))
			}
			if got, want := strings.Join(asked, "|"), tt.ask; got != want || r.Why != tt.why {
				t.Fatalf("ReadWhen(%q) asks %q (%q), want %q (%q)", tt.text, got, r.Why, want, tt.why)
			}
			if tt.ask != "" {
				return
			}
			want := tt.want
			if tt.end != "" {
				want += "–" + tt.end
			}
			if got := show(r.Span); got != want {
				t.Fatalf("ReadWhen(%q) = %s, want %s", tt.text, got, want)
			}
			if r.Start.Location() != loc || r.Start.Second() != 0 {
				t.Fatalf("ReadWhen(%q) = %v, want in %v with seconds zeroed", tt.text, r.Start, loc)
			}
		})
	}
}

// The forms parseWhen always read keep giving what they gave: its table test
// runs through ReadWhen, and the two silent misreadings of issue 14 now ask.
func TestReadWhenAsksWhereParseWhenGuessed(t *testing.T) {
	loc := whenZone(t, "Europe/Berlin")
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, loc)
	for _, text := range []string{"3:30", "25 Nov 10:00"} {
		old, err := parseWhen(text, now, loc)
		if err != nil {
			t.Fatal(err)
		}
		r, err := allaboard.ReadWhen(text, now, loc, allaboard.ReadOpts{})
		if err != nil || len(r.Ask) == 0 {
			t.Fatalf("ReadWhen(%q) = %+v, %v; want a question instead of %v", text, r, err, old)
		}
	}
}

// A date typed with another weekday says which weekday the date is, and
// the day within three days that is the weekday typed, if still ahead.
func TestReadWhenWrongWeekday(t *testing.T) {
	loc, now := caseAt(t, "", "") // Tue 24 Nov 2026 10:00
	for _, tt := range []struct{ text, date, near string }{
		{"Fri 5 Dec 15:00", "2026-12-05", "2026-12-04"},
		{"Mon 5 Dec 15:00", "2026-12-05", "2026-12-07"},
		{"Tue 26 Nov 15:00", "2026-11-26", "2026-11-24"}, // today, still ahead at 15:00
		{"Tue 26 Nov 9:00", "2026-11-26", ""},            // today, passed at 9:00
		{"Mon 25 Nov 15:00", "2026-11-25", ""},           // Mon 23 Nov has passed
		{"Fri 5 Dec 2027 15:00", "2027-12-05", "2027-12-03"},
		{"Mon 5th 3pm", "2026-12-05", "2026-12-07"},    // not the next Monday the 5th, in April
		{"Fri 5/12 15:00", "2026-12-05", "2026-12-04"}, // nor Wed 12 May read the other way
		{"Fri 5.12. 15:00", "2026-12-05", "2026-12-04"},
		{"Fri 5 Dec", "2026-12-05", "2026-12-04"}, // before the missing time
	} {
		_, err := allaboard.ReadWhen(tt.text, now, loc, allaboard.ReadOpts{})
		var wd allaboard.WrongWeekday
		if !errors.As(err, &wd) {
			t.Fatalf("ReadWhen(%q): %v, want a WrongWeekday", tt.text, err)
		}
		near := ""
		if !wd.Near.IsZero() {
			near = wd.Near.Format(time.DateOnly)
		}
		if got := wd.Date.Format(time.DateOnly) + " " + near; got != tt.date+" "+tt.near {
			t.Errorf("ReadWhen(%q): %v (near %q), want %s near %q", tt.text, wd, near, tt.date, tt.near)
		}
	}
}
