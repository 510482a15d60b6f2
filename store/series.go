package store

import (
	"fmt"

	"allaboard"

	"go.etcd.io/bbolt"
)

// seriesTx keeps series: what repeats; their dates are events.
type seriesTx struct{ btx *bbolt.Tx }

var _ allaboard.SeriesTx = (*seriesTx)(nil)

func (t *seriesTx) Series(group int64, num int) (allaboard.Series, error) {
	var s allaboard.Series
	ok, err := getRecord(t.btx.Bucket(bucketSeries), key(group, num), &s)
	switch {
	case err != nil:
		return s, fmt.Errorf("store: read series %d/%d: %w", group, num, err)
	case !ok:
		return s, fmt.Errorf("store: series %d/%d: %w", group, num, allaboard.ErrNotFound)
	}
	return s, nil
}

func (t *seriesTx) SaveSeries(s allaboard.Series) error {
	if err := putRecord(t.btx.Bucket(bucketSeries), key(s.Group, s.Num), s); err != nil {
		return fmt.Errorf("store: save series %d/%d: %w", s.Group, s.Num, err)
	}
	return nil
}
