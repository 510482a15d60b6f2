package allaboard

import "strings"

// SplitSentence reads an event written as a sentence, without separators
// (reads says whether words read as a time, as ReadWhen does):
// "Mia's party on Saturday 3pm at Jump House" is the title, the first words
// that read as a time (the longest such run), and the place after them. It
// returns nil when the sentence has no time, or no title or place around it.
func SplitSentence(args string, reads func(string) bool) []string {
	parts := splitSentence(args, reads)
	if len(parts) < 3 || parts[2] == "" {
		return nil
	}
	return parts
}

// SentenceWithoutPlace reads "Mia's party tomorrow at 3": a title and a time
// that ends the sentence, the place still to be asked.
func SentenceWithoutPlace(args string, reads func(string) bool) (title, when string, ok bool) {
	parts := splitSentence(args, reads)
	if len(parts) < 3 || parts[2] != "" {
		return "", "", false
	}
	return parts[0], parts[1], true
}

// splitSentence is SplitSentence with the place allowed to be missing.
func splitSentence(args string, reads func(string) bool) []string {
	if strings.ContainsAny(args, "|\n") {
		return nil
	}
	words := strings.Fields(args)
	const longest = 6 // words in a time: "next Saturday 5 Dec at 3pm"
	for i := 0; i < len(words); i++ {
		for j := min(len(words), i+longest); j > i; j-- {
			if !reads(strings.Join(words[i:j], " ")) {
				continue
			}
			when := trimLinks(trimLinks(words[i:j], true), false) // "on Saturday 3pm at"
			title := strings.Join(trimLinks(words[:i], false), " ")
			where := strings.Join(trimLinks(words[j:], true), " ")
			if title == "" || len(when) == 0 {
				return nil
			}
			return []string{title, strings.Join(when, " "), where}
		}
	}
	return nil
}

// links join a title, a time and a place in a sentence, in the languages
// times are read in; they belong to none of the three.
var links = map[string]bool{"on": true, "at": true, "in": true, "@": true, "am": true, "um": true, "im": true,
	"bei": true, "le": true, "à": true, "a": true, "el": true, "en": true, "op": true, "om": true, "il": true, "alle": true, "às": true}

// trimLinks drops link words at the end of a title, or the start of a place.
func trimLinks(words []string, front bool) []string {
	for len(words) > 0 {
		i := len(words) - 1
		if front {
			i = 0
		}
		if !links[strings.ToLower(words[i])] {
			break
		}
		if front {
			words = words[1:]
		} else {
			words = words[:i]
		}
	}
	return words
}
