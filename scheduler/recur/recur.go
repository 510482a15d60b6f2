// Package recur expands series' rules with github.com/teambition/rrule-go:
// the one package that knows it (allaboard.Expander is what the rest use).
package recur

import (
	"fmt"
	"time"

	"allaboard"

	"github.com/teambition/rrule-go"
)

// RRule expands RFC 5545 rules.
type RRule struct{}

var _ allaboard.Expander = RRule{}

// Starts are at most n starts of r after after, each at the first start's
// wall clock in r's zone. UNTIL is read as the instant written (UTC), not
// in any zone: the library's own reading of zoned UNTIL is unreliable.
func (RRule) Starts(r allaboard.Rule, after time.Time, n int) ([]time.Time, error) {
	opt, err := rrule.StrToROption(r.RRule)
	if err != nil {
		return nil, fmt.Errorf("rule %q: %w", r.RRule, err)
	}
	opt.Dtstart = r.Start.In(r.Location())
	rule, err := rrule.NewRRule(*opt)
	if err != nil {
		return nil, fmt.Errorf("rule %q: %w", r.RRule, err)
	}
	var out []time.Time
	it := rule.Iterator()
	for t, ok := it(); ok && len(out) < n; t, ok = it() {
		if t.After(after) {
			out = append(out, t)
		}
	}
	return out, nil
}
