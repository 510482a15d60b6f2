package store

import (
	"allaboard"

	"go.etcd.io/bbolt"
)

// tx implements allaboard.Tx on one bbolt transaction. Its methods are
// declared on its parts, one for each kind of record, each owning that
// record's buckets; btx stays for what needs the whole transaction
// (completing deliveries).
type tx struct {
	btx *bbolt.Tx

	outboxTx
	chatTx
	userTx
	memberTx
	eventTx
	responseTx
	timerTx
	householdTx
	draftTx
	askedTx
	passOnTx
	groupTx
	seriesTx
}

var _ allaboard.Tx = (*tx)(nil)

func newTx(btx *bbolt.Tx) *tx {
	t := &tx{
		btx:         btx,
		outboxTx:    outboxTx{btx: btx},
		chatTx:      chatTx{btx},
		userTx:      userTx{btx},
		memberTx:    memberTx{btx},
		eventTx:     eventTx{btx},
		responseTx:  responseTx{btx},
		timerTx:     timerTx{btx},
		householdTx: householdTx{btx},
		draftTx:     draftTx{btx},
		askedTx:     askedTx{btx},
		passOnTx:    passOnTx{btx},
		seriesTx:    seriesTx{btx},
	}
	// The group part shares this outbox part, whose flags tell the commit
	// what the sender must hear.
	t.groupTx = groupTx{btx: btx, outbox: &t.outboxTx, chats: &t.chatTx, households: &t.householdTx}
	return t
}
