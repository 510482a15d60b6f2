package render

import (
	"regexp"
	"strings"

	"allaboard/bot/lang"
)

// Long texts. Telegram refuses a message over 4,096 UTF-16 units after its
// HTML is parsed, so a long list is sent as several messages (Parts), or,
// where one message is edited in place, folded (ClipHTML). Either cuts only
// between lines outside any tag, so every piece is valid HTML.

// Parts splits html into messages that each fit, at blank lines where it
// can, else at line breaks. A single line too long for a message is cut,
// its tags dropped.
func Parts(html string) []string {
	if VisibleLen(html) <= MaxMessage {
		return []string{html}
	}
	var parts []string
	var cur []string
	n := 0
	flush := func() {
		if len(cur) > 0 {
			parts = append(parts, strings.TrimRight(strings.Join(cur, "\n"), "\n"))
			cur, n = nil, 0
		}
	}
	for _, block := range units(html) {
		size := VisibleLen(block) + 1
		if size > MaxMessage {
			flush()
			parts = append(parts, Escape(Clip(StripTags(block), MaxMessage/2)))
			continue
		}
		if n+size > MaxMessage {
			// Cut at the last blank line in the second half, if any.
			j := len(cur) - 1
			for j > len(cur)/2 && cur[j] != "" {
				j--
			}
			if j <= len(cur)/2 {
				flush()
			} else {
				rest := cur[j+1:]
				cur = cur[:j]
				flush()
				for _, b := range rest {
					cur, n = append(cur, b), n+VisibleLen(b)+1
				}
			}
		}
		cur, n = append(cur, block), n+size
	}
	flush()
	return parts
}

// ClipHTML folds a message to what fits, keeping its first lines and saying
// how many more there were, in l.
func ClipHTML(l lang.Lang, html string) string {
	if VisibleLen(html) <= MaxMessage {
		return html
	}
	lines := units(html)
	var out []string
	n := 0
	for i, line := range lines {
		size := VisibleLen(line) + 1
		if n+size > MaxMessage-60 {
			return strings.Join(out, "\n") + "\n" + l.N("status_more_lines", len(lines)-i, nil)
		}
		out, n = append(out, line), n+size
	}
	return strings.Join(out, "\n")
}

var tagName = regexp.MustCompile(`<(/?)([a-zA-Z-]+)[^>]*>`)

// units are html's lines, joined where a tag is open across a line break,
// so that a cut between two never leaves a tag open.
func units(html string) []string {
	var out []string
	var cur strings.Builder
	depth := 0
	for _, line := range strings.Split(html, "\n") {
		if cur.Len() > 0 || depth > 0 {
			cur.WriteString("\n")
		}
		cur.WriteString(line)
		for _, m := range tagName.FindAllStringSubmatch(line, -1) {
			if m[1] == "/" {
				depth--
			} else {
				depth++
			}
		}
		if depth <= 0 {
			out, depth = append(out, cur.String()), 0
			cur.Reset()
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}
