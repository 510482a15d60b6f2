package allaboard

import "strings"

// A spoken time is a time of day said the way people say it: "half past
// three", "quarter to 4", "halb vier" (3:30), "trois heures et demie",
// "половина четвертого" (3:30). Its hour may be a word, read only here:
// "Sat three" stays unread.

// hourWords are the hours one to twelve as words. Russian and Ukrainian
// name the hour under way ("половина четвертого", half of the fourth), so
// their ordinals are here as the hour they end at: 4.
var hourWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
	"een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12,
	"une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
	"una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
	"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12,
	"uma": 1, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "dez": 10, "doze": 12,
	"час": 1, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
	"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5, "шестого": 6, "седьмого": 7, "восьмого": 8, "девятого": 9, "десятого": 10, "одиннадцатого": 11, "двенадцатого": 12,
	"першу": 1, "першої": 1, "перша": 1, "другу": 2, "другої": 2, "друга": 2, "третю": 3, "третьої": 3, "третя": 3,
	"четверту": 4, "четвертої": 4, "четверта": 4, "п'яту": 5, "п'ятої": 5, "п'ята": 5, "шосту": 6, "шостої": 6, "шоста": 6,
	"сьому": 7, "сьомої": 7, "сьома": 7, "восьму": 8, "восьмої": 8, "восьма": 8, "дев'яту": 9, "дев'ятої": 9, "дев'ята": 9,
	"десяту": 10, "десятої": 10, "десята": 10, "одинадцяту": 11, "одинадцятої": 11, "одинадцята": 11, "дванадцяту": 12, "дванадцятої": 12, "дванадцята": 12,
}

// dutchHours are the hours a Dutch "half" may take. "half vier" is 3:30,
// but in British English "half four" and "half 4" are 4:30: those stay unread.
var dutchHours = map[string]bool{"een": true, "twee": true, "drie": true, "vier": true, "vijf": true, "zes": true, "zeven": true, "acht": true, "negen": true, "tien": true, "elf": true, "twaalf": true}

// spokenTimes are the spoken forms, H the hour (NL a Dutch one), each with
// its minutes from H o'clock. Filler words are gone already ("a quarter
// past", "las tres y media", "пів на четверту"), and so is "heures" after
// the hour ("trois heures et demie").
var spokenTimes = []struct {
	words   string
	minutes int
}{
	{"half past H", 30}, {"quarter past H", 15}, {"quarter after H", 15}, {"quarter to H", -15}, {"quarter till H", -15},
	{"halb H", -30}, {"viertel nach H", 15}, {"viertel vor H", -15}, {"dreiviertel H", -15},
	{"half NL", -30}, {"kwart over H", 15}, {"kwart voor H", -15},
	{"H et demie", 30}, {"H et demi", 30}, {"H et quart", 15}, {"H moins quart", -15},
	{"H y media", 30}, {"H y cuarto", 15}, {"H menos cuarto", -15},
	{"H e mezza", 30}, {"H e mezzo", 30}, {"H e un quarto", 15}, {"H e quarto", 15}, {"H meno un quarto", -15}, {"H meno quarto", -15},
	{"H e meia", 30}, {"quarto para H", -15},
	{"половина H", -30}, {"половине H", -30}, {"пол H", -30}, {"четверть H", -45}, {"без четверти H", -15},
	{"пів H", -30}, {"чверть H", -45}, {"за чверть H", -15}, {"без чверті H", -15},
}

// maxSpoken is the most words a spoken time has.
const maxSpoken = 4

// whenSpoken reads a spoken time. Its hour follows the rule for a bare hour
// ("3"): without "pm", a part of the day or a 24-hour hour ("15h et
// demie"), 1 to 11 o'clock may be either, and ReadWhen asks.
func whenSpoken(w []string) (dayClock, bool) {
	if len(w) == 1 { // "полчетвертого", "пол-четвертого"
		if rest, ok := strings.CutPrefix(w[0], "пол"); ok {
			w = []string{"пол", strings.TrimPrefix(rest, "-")}
		}
	}
	pm := len(w) > 1 && w[len(w)-1] == "pm" // "half past three pm"
	if pm {
		w = w[:len(w)-1]
	}
	for _, st := range spokenTimes {
		h, dial, ok := spokenMatch(strings.Fields(st.words), w)
		if !ok || (pm && !dial) {
			continue
		}
		if !dial {
			m := (h*60 + st.minutes + 24*60) % (24 * 60)
			return dayClock{h: m / 60, m: m % 60}, true
		}
		m := ((h%12)*60 + st.minutes + 12*60) % (12 * 60) // on a clock face: "halb eins" is 12:30
		c := dayClock{h: m / 60, m: m % 60}
		if c.h == 0 {
			c.h = 12
		}
		c.twelve = c.h < 12
		c.both = c.twelve
		if pm && c.twelve {
			c = c.pm()
		}
		return c, true
	}
	return dayClock{}, false
}

// spokenMatch matches the words to a spoken form: the hour, and whether it
// is on a clock face (a word, or a bare 1 to 12) rather than on a 24-hour
// or am/pm clock.
func spokenMatch(form, w []string) (h int, dial, ok bool) {
	if len(w) > 1 && (w[1] == "heures" || w[1] == "heure") {
		w = append([]string{w[0]}, w[2:]...)
	}
	if len(form) != len(w) {
		return 0, false, false
	}
	for i, f := range form {
		switch {
		case f == "H":
			if h, dial, ok = spokenHour(w[i]); !ok {
				return 0, false, false
			}
		case f == "NL":
			if !dutchHours[w[i]] {
				return 0, false, false
			}
			h, dial = hourWords[w[i]], true
		case f != w[i]:
			return 0, false, false
		}
	}
	return h, dial, true
}

// spokenHour reads the hour of a spoken time: a word, a bare hour, or an
// hour with am, pm or h ("3pm", "15h").
func spokenHour(w string) (h int, dial, ok bool) {
	if n, ok := hourWords[w]; ok {
		return n, true, true
	}
	c, ok := whenClock(w)
	if !ok || c.m != 0 || strings.ContainsAny(w, ":.") {
		return 0, false, false
	}
	return c.h, c.twelve || w == "12", true
}
