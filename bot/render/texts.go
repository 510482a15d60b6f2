package render

import (
	"html"
	"regexp"
)

// Escape makes user text safe inside Telegram HTML.
func Escape(s string) string { return html.EscapeString(s) }

var tag = regexp.MustCompile(`<[^>]*>`)

// StripTags turns our HTML into plain text, for answers to button presses.
func StripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }
