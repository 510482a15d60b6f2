package sender

import (
	"testing"
	"time"
)

func TestBackoffGrowsWithJitterWithinBounds(t *testing.T) {
	b := Backoff{Min: 100 * time.Millisecond, Max: time.Second}
	for n, max := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond, 3: 400 * time.Millisecond, 10: time.Second} {
		for range 50 {
			d := b.Delay(n)
			if d < max/2 || d > max {
				t.Fatalf("Delay(%d) = %v, want within [%v, %v]", n, d, max/2, max)
			}
		}
	}
}
