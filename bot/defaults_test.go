package bot

import (
	"errors"
	"strings"
	"testing"

	"allaboard"
)

// An operator's bad default is explained in the words /settings uses, and
// is still a bad setting to whoever checks.
func TestSetDefaultExplainsInPlainWords(t *testing.T) {
	var s allaboard.Settings
	err := SetDefault(&s, "timezone", "Mars/Olympus")
	if got, want := err.Error(), `"Mars/Olympus" is not a time zone`; !strings.HasPrefix(got, want) {
		t.Errorf("refusal %q, want it to begin %q", got, want)
	}
	if !errors.Is(err, allaboard.ErrBadSetting) {
		t.Errorf("refusal %v is not an ErrBadSetting", err)
	}
	if err := SetDefault(&s, "digest", "19:00"); err != nil || s.Digest != "0 19 * * *" {
		t.Errorf("digest 19:00: %q, %v; want 0 19 * * *", s.Digest, err)
	}
}
