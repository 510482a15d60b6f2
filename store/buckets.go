package store

import (
	"encoding/binary"
	"fmt"

	"go.etcd.io/bbolt"
)

// Bucket names. Keys are 8-byte big-endian integers unless noted.
var (
	bucketUpdates = []byte("updates") // Telegram update id → unix time it was applied
	bucketOutbox  = []byte("outbox")  // sequence → Outgoing (JSON)
	bucketRefs    = []byte("refs")    // chat id | ref string → message id
	bucketChats   = []byte("chats")   // chat id → Chat (JSON)
	bucketUsers   = []byte("users")   // user id → User (JSON)

	bucketEvents      = []byte("events")      // group | num → Event
	bucketEventSeq    = []byte("event_seq")   // group → last event number
	bucketRevisions   = []byte("revisions")   // group | num | rev → Revision
	bucketResponses   = []byte("responses")   // group | num | user → Response
	bucketDue         = []byte("due")         // unix nanos | group | num | user → nothing
	bucketMembers     = []byte("members")     // group | user → Member
	bucketMemberships = []byte("memberships") // user | group → nothing (index of members)
	bucketTimers      = []byte("timers")      // unix nanos | group | event | kind → nothing
	bucketTimerKeys   = []byte("timer_keys")  // group | event | kind → Timer
	bucketDrafts      = []byte("drafts")      // user → Draft (guided creation in progress)
	bucketQuestions   = []byte("questions")   // chat | user → Question (a time read two ways)
	bucketSends       = []byte("sends")       // unix nanos | chat → nothing: the last minutes' requests to Telegram
	bucketNamed       = []byte("named")       // user | group → nothing: groups whose records name the user (members, histories)
	bucketHouseholds  = []byte("households")  // group | user → Household (JSON): the user's family, whole
	bucketFamilyAsks  = []byte("family_asks") // group | invited | inviter → FamilyAsk (JSON)
	bucketEdits       = []byte("edits")       // chat id | ref string → ids: the edits under it a newer entry may replace (coalesce.go)
	bucketReplaced    = []byte("replaced")    // sequence → Outgoing (JSON): a queued edit replaced while the sender may hold it
	bucketPassOns     = []byte("pass_ons")    // user | id → PassOn (JSON): a private message waiting to be passed on to a host
	bucketSeries      = []byte("series")      // group | num → Series (JSON): an event that repeats
)

var allBuckets = [][]byte{
	bucketUpdates, bucketOutbox, bucketRefs, bucketChats, bucketUsers,
	bucketEvents, bucketEventSeq, bucketRevisions, bucketResponses, bucketDue, bucketMembers, bucketMemberships,
	bucketTimers, bucketTimerKeys, bucketDrafts, bucketQuestions, bucketSends, bucketNamed,
	bucketHouseholds, bucketFamilyAsks, bucketEdits, bucketReplaced, bucketPassOns,
	bucketSeries,
}

func createBuckets(tx *bbolt.Tx) error {
	indexNamed := tx.Bucket(bucketNamed) == nil && tx.Bucket(bucketMembers) != nil
	indexEdits := tx.Bucket(bucketEdits) == nil && tx.Bucket(bucketOutbox) != nil
	if err := createAll(tx); err != nil {
		return err
	}
	if indexNamed {
		if err := buildNamed(tx); err != nil { // kept by a version without the index
			return err
		}
	}
	box := &outboxTx{btx: tx, unreadFrom: 1} // no sender has read anything: none has started
	if indexEdits {
		if err := box.indexEdits(); err != nil { // kept by a version without the index
			return err
		}
	}
	return box.dropReplaced()
}

func createAll(tx *bbolt.Tx) error {
	for _, name := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return fmt.Errorf("create bucket %s: %w", name, err)
		}
	}
	return nil
}

// itob encodes n as an 8-byte big-endian key; negative ids (groups) work too.
func itob(n int64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, uint64(n))
	return b
}

func btoi(b []byte) int64 { return int64(binary.BigEndian.Uint64(b)) }

// key joins fixed-width big-endian parts: int64 as 8 bytes, int as 4.
func key(parts ...any) []byte {
	k := make([]byte, 0, 8*len(parts))
	for _, p := range parts {
		switch v := p.(type) {
		case int64:
			k = binary.BigEndian.AppendUint64(k, uint64(v))
		case int:
			k = binary.BigEndian.AppendUint32(k, uint32(v))
		default:
			panic(fmt.Sprintf("store: key part %T", p))
		}
	}
	return k
}

// tightly makes a write transaction fill the pages it splits in the
// responses bucket to 90%. bbolt's default, 50%, suits random inserts; the
// responses of an event arrive together and then change in place, and at
// 50% their pages were half empty (BenchmarkSizeYear: 32 MB of pages for
// 16 MB of responses; 18 MB at 90%).
func tightly(btx *bbolt.Tx) *bbolt.Tx {
	btx.Bucket(bucketResponses).FillPercent = 0.9
	return btx
}
