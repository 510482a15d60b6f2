package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"allaboard"
)

// There is a response for each member of each event, so its record is
// compact (see fields.go) and leaves out group, event and user: its key
// holds them.

const responseV1 = 1

var (
	rsvps = []string{string(allaboard.Going), string(allaboard.Maybe), string(allaboard.CantGo)}
	vias  = []string{string(allaboard.ViaDM), string(allaboard.ViaGroup)}
)

// The order of the fields is the format: add new ones at the end.
func encodeResponse(r allaboard.Response) []byte {
	var w fieldWriter
	w.int(int64(r.Acked))
	w.time(r.AckedAt)
	w.enum(string(r.RSVP), rsvps)
	w.int(int64(r.RSVPRev))
	w.time(r.From)
	w.int(int64(r.Pings))
	w.time(r.LastPing)
	w.enum(string(r.LastVia), vias)
	w.time(r.Due)
	w.bool(r.HandedOff)
	w.time(r.HandOffAt)
	w.int(r.ToldBy)
	w.bool(r.Unreachable)
	w.bool(r.Late)
	w.int(int64(r.Mention))
	w.time(r.Queued)
	w.int(int64(r.Calendar))
	w.int(int64(r.Family))
	w.int(r.FamilyBy)
	w.int(int64(r.Named))
	w.int(int64(r.Done)) // a to-do's
	w.time(r.DoneAt)
	w.int(r.DoneBy)
	return w.record(responseV1)
}

// decodeResponse reads a response kept under key (group | event | user),
// compact or, as older versions wrote it, JSON.
func decodeResponse(key, data []byte, r *allaboard.Response) error {
	if len(key) != 20 {
		return fmt.Errorf("%w: response key %x", errRecord, key)
	}
	*r = allaboard.Response{}
	if len(data) > 0 && data[0] == '{' {
		if err := json.Unmarshal(data, r); err != nil {
			return err
		}
	} else {
		f := newFieldReader(data, responseV1)
		r.Acked = int(f.int())
		r.AckedAt = f.time()
		r.RSVP = allaboard.RSVP(f.enum(rsvps))
		r.RSVPRev = int(f.int())
		r.From = f.time()
		r.Pings = int(f.int())
		r.LastPing = f.time()
		r.LastVia = allaboard.Via(f.enum(vias))
		r.Due = f.time()
		r.HandedOff = f.bool()
		r.HandOffAt = f.time()
		r.ToldBy = f.int()
		r.Unreachable = f.bool()
		r.Late = f.bool()
		r.Mention = int(f.int())
		r.Queued = f.time()
		r.Calendar = int(f.int())
		r.Family = int(f.int())
		r.FamilyBy = f.int()
		r.Named = int(f.int())
		r.Done = int(f.int())
		r.DoneAt = f.time()
		r.DoneBy = f.int()
		if err := f.done(); err != nil {
			return err
		}
	}
	r.Group, r.Event, r.User = btoi(key[:8]), int(int32(binary.BigEndian.Uint32(key[8:12]))), btoi(key[12:])
	return nil
}
