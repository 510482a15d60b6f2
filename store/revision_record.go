package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"allaboard"
)

// A revision is kept compactly too (see fields.go), without its number,
// which its key (group | event | number) holds: an event's history was the
// largest record about it after its responses.

const revisionV1 = 1

var changeFields = []string{string(allaboard.FieldTitle), string(allaboard.FieldWhen), string(allaboard.FieldWhere),
	string(allaboard.FieldNotes), string(allaboard.FieldStatus), string(allaboard.FieldEnd)}

// maxChanges is the most changes a compact revision holds: a field mask has
// 64 bits. An event has fewer fields than that; more are kept as JSON.
const maxChanges = (64 - 5) / 4

// The order of the fields is the format: add new ones at the end.
func encodeRevision(r allaboard.Revision) ([]byte, error) {
	if len(r.Changes) > maxChanges {
		return json.Marshal(r)
	}
	var w fieldWriter
	w.int(r.By)
	w.string(r.ByName)
	w.time(r.At)
	w.bool(r.Material)
	w.int(int64(len(r.Changes)))
	for _, c := range r.Changes {
		w.enum(string(c.Field), changeFields)
		w.string(c.Old)
		w.string(c.New)
	}
	return w.record(revisionV1), nil
}

// decodeRevision reads a revision kept under key, compact or, as older
// versions wrote it, JSON.
func decodeRevision(key, data []byte, r *allaboard.Revision) error {
	if len(key) != 16 {
		return fmt.Errorf("%w: revision key %x", errRecord, key)
	}
	*r = allaboard.Revision{}
	if len(data) > 0 && data[0] == '{' {
		if err := json.Unmarshal(data, r); err != nil {
			return err
		}
	} else {
		f := newFieldReader(data, revisionV1)
		r.By = f.int()
		r.ByName = f.string()
		r.At = f.time()
		r.Material = f.bool()
		n := f.int()
		if n < 0 || n > maxChanges {
			return fmt.Errorf("%w: %d changes", errRecord, n)
		}
		r.Changes = make([]allaboard.Change, n)
		for i := range r.Changes {
			r.Changes[i] = allaboard.Change{Field: allaboard.Field(f.enum(changeFields)), Old: f.string(), New: f.string()}
		}
		if err := f.done(); err != nil {
			return err
		}
	}
	r.N = int(int32(binary.BigEndian.Uint32(key[12:])))
	return nil
}
