package wire

import "testing"

func TestNewEventPayloadRoundTrip(t *testing.T) {
	for _, group := range []int64{-1001234567890, -42} {
		p := NewEventPayload(group)
		if len(p) > 64 {
			t.Errorf("%q is longer than Telegram allows", p)
		}
		if got, ok := ParseNewEventPayload(p); !ok || got != group {
			t.Errorf("ParseNewEventPayload(%q) = %d, %v; want %d", p, got, ok, group)
		}
	}
	for _, bad := range []string{"", "new_", "new_-5", "new_x", "e-100_1", "hello"} {
		if _, ok := ParseNewEventPayload(bad); ok {
			t.Errorf("ParseNewEventPayload(%q) accepted", bad)
		}
	}
}
