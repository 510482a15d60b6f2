package store

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// BenchmarkCheckStructure times the whole structural check on a file of
// the given size (records of 600 bytes, as the outbox's and the responses'
// are, in a few buckets), the full Check, and Open, whose check stops after
// openBudget:
//
//	go test -run '^$' -bench CheckStructure -benchtime 1x ./store/
//
// A year of 1,000 groups is about 215 MB of pages (BenchmarkSizeYear).
func BenchmarkCheckStructure(b *testing.B) {
	for _, mb := range []int{64, 1024} {
		path := bigFile(b, mb)
		b.Run(fmt.Sprintf("%dMB-records", mb), func(b *testing.B) {
			for range b.N {
				began := time.Now()
				w, err := inspect(path, 0, nil)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(time.Since(began).Milliseconds()), "ms-structure")
				b.ReportMetric(float64(w.pages), "pages")
				if info, err := os.Stat(path); err == nil {
					b.ReportMetric(float64(info.Size()>>20), "MB-file")
				}
				began = time.Now()
				if _, err := Check(path); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(time.Since(began).Milliseconds()), "ms-full-check")
				began = time.Now()
				db, err := Open(path)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(time.Since(began).Milliseconds()), "ms-open")
				db.Close()
			}
		})
	}
}

// bigFile writes a database of about mb megabytes.
func bigFile(b *testing.B, mb int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.db")
	db, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	value := make([]byte, 600)
	n := mb << 20 / len(value)
	for i := 0; i < n; i += 20000 {
		err := db.bolt.Update(func(btx *bbolt.Tx) error {
			for j := i; j < min(i+20000, n); j++ {
				k := binary.BigEndian.AppendUint64(nil, uint64(j))
				if err := btx.Bucket(allBuckets[j%4]).Put(k, value); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return path
}
