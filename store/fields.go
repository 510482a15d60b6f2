package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// Compact records begin with a version byte that JSON never begins with,
// then a mask of the fields present (not zero), then those fields in their
// order: integers and times (unix nanoseconds, exact) as varints, strings
// with their length, booleans by their bit alone. A field is read in the
// order it was written, and a record written as JSON by an older version is
// still read as JSON.

var errRecord = errors.New("damaged record")

// fieldWriter builds a compact record field by field.
type fieldWriter struct {
	n    uint // fields so far
	mask uint64
	data []byte
}

func (w *fieldWriter) next(present bool) bool {
	if present {
		w.mask |= 1 << w.n
	}
	w.n++
	return present
}

func (w *fieldWriter) int(v int64) {
	if w.next(v != 0) {
		w.data = binary.AppendVarint(w.data, v)
	}
}

func (w *fieldWriter) bool(v bool) { w.next(v) }

func (w *fieldWriter) time(t time.Time) {
	if w.next(!t.IsZero()) {
		w.data = binary.AppendVarint(w.data, t.UnixNano())
	}
}

func (w *fieldWriter) string(s string) {
	if w.next(s != "") {
		w.data = binary.AppendUvarint(w.data, uint64(len(s)))
		w.data = append(w.data, s...)
	}
}

// enum keeps one of a few known values as its index, any other as a string:
// it takes two fields.
func (w *fieldWriter) enum(s string, known []string) {
	i := 0
	for j, k := range known {
		if s == k {
			i = j + 1
		}
	}
	w.int(int64(i))
	if i == 0 {
		w.string(s)
	} else {
		w.string("")
	}
}

func (w *fieldWriter) record(version byte) []byte {
	out := make([]byte, 0, 1+binary.MaxVarintLen64+len(w.data))
	out = append(out, version)
	out = binary.AppendUvarint(out, w.mask)
	return append(out, w.data...)
}

// fieldReader reads a compact record in the order it was written; the first
// problem sticks and is reported by done.
type fieldReader struct {
	n    uint
	mask uint64
	data []byte
	err  error
}

func newFieldReader(data []byte, version byte) *fieldReader {
	r := &fieldReader{}
	if len(data) == 0 || data[0] != version {
		r.err = fmt.Errorf("%w: version %x, want %x", errRecord, data[:min(1, len(data))], version)
		return r
	}
	mask, n := binary.Uvarint(data[1:])
	if n <= 0 {
		r.err = fmt.Errorf("%w: no field mask", errRecord)
		return r
	}
	r.mask, r.data = mask, data[1+n:]
	return r
}

func (r *fieldReader) next() bool {
	present := r.err == nil && r.mask&(1<<r.n) != 0
	r.n++
	return present
}

func (r *fieldReader) int() int64 {
	if !r.next() {
		return 0
	}
	v, n := binary.Varint(r.data)
	if n <= 0 {
		r.err = fmt.Errorf("%w: field %d", errRecord, r.n-1)
		return 0
	}
	r.data = r.data[n:]
	return v
}

func (r *fieldReader) bool() bool { return r.next() }

func (r *fieldReader) time() time.Time {
	if r.mask&(1<<r.n) == 0 {
		r.n++
		return time.Time{}
	}
	return time.Unix(0, r.int()).UTC()
}

func (r *fieldReader) string() string {
	if !r.next() {
		return ""
	}
	l, n := binary.Uvarint(r.data)
	if n <= 0 || uint64(len(r.data)-n) < l {
		r.err = fmt.Errorf("%w: field %d", errRecord, r.n-1)
		return ""
	}
	s := string(r.data[n : n+int(l)])
	r.data = r.data[n+int(l):]
	return s
}

func (r *fieldReader) enum(known []string) string {
	i, s := r.int(), r.string()
	switch {
	case i == 0:
		return s
	case i > 0 && int(i) <= len(known):
		return known[i-1]
	}
	r.err = fmt.Errorf("%w: value %d of field %d", errRecord, i, r.n-2)
	return ""
}

// done reports the first problem, or a record with more than was read.
func (r *fieldReader) done() error {
	if r.err == nil && (len(r.data) > 0 || r.mask>>r.n != 0) {
		r.err = fmt.Errorf("%w: %d fields, %d bytes more than known", errRecord, r.mask>>r.n, len(r.data))
	}
	return r.err
}
