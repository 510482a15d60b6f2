package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"time"
)

// The check here reads the file as bbolt lays it out (its internal/common
// package): pages of pageSize bytes, each with a 16-byte header (id, flags,
// count, overflow), two meta pages first, a freelist page, and a B+tree of
// branch and leaf pages per bucket, all in the machine's byte order. It
// reads with ReadAt, never through bbolt's memory map, so a page beyond
// the end of the file is an error here, not a fault.
const (
	pageHeaderSize = 16
	elementSize    = 16 // branch (pos, ksize, pgid) and leaf (flags, pos, ksize, vsize) alike

	flagBranch   = 0x01
	flagLeaf     = 0x02
	flagFreelist = 0x10
	flagBucket   = 0x01 // of a leaf element whose value is a bucket

	boltMagic   = 0xED0CDAED
	boltVersion = 2
	noFreelist  = ^uint64(0)
)

var order = binary.NativeEndian

// meta is what a meta page says about the file.
type meta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64
	pgid     uint64 // the high-water mark: pages at or above it are not in use
	txid     uint64
}

// readMeta reads and validates the meta page at off.
func readMeta(f io.ReaderAt, off int64) (meta, bool) {
	b := make([]byte, pageHeaderSize+64)
	if _, err := f.ReadAt(b, off); err != nil {
		return meta{}, false
	}
	m := b[pageHeaderSize:]
	h := fnv.New64a()
	h.Write(m[:56])
	if order.Uint32(m[0:]) != boltMagic || order.Uint32(m[4:]) != boltVersion || order.Uint64(m[56:]) != h.Sum64() {
		return meta{}, false
	}
	return meta{pageSize: order.Uint32(m[8:]), root: order.Uint64(m[16:]), freelist: order.Uint64(m[32:]),
		pgid: order.Uint64(m[40:]), txid: order.Uint64(m[48:])}, true
}

// walk is one structural check of a file.
type walk struct {
	f        *os.File
	pageSize int64
	m        meta
	deadline time.Time // zero: no limit
	state    []byte    // of each page below the high-water mark: pageFree, pageUsed or 0
	buf      []byte    // the page read last
	pages    int       // pages of buckets and freelist read
	complete bool
	oneMeta  bool // only one of the two meta pages is valid
}

const (
	pageFree = 1
	pageUsed = 2
)

type treePage struct {
	id     uint64
	bucket string
}

// checkStructure checks the file's layout: a valid meta page whose pages
// all lie within the file, a freelist of pages below the high-water mark,
// and every bucket's tree of pages (headers, element bounds, child pages),
// no page used twice or both used and free. It reads breadth-first, so
// with a budget the upper levels of every bucket's tree are read before
// their leaves; it reports how many pages it read and whether it read them
// all. It says what is wrong in words for the operator.
func checkStructure(f *os.File, pageSize int, budget time.Duration) (w *walk, err error) {
	w = &walk{f: f, pageSize: int64(pageSize)}
	if budget > 0 {
		w.deadline = time.Now().Add(budget)
	}
	if err := w.meta(); err != nil {
		return w, err
	}
	if err := w.freelist(); err != nil {
		return w, err
	}
	return w, w.trees()
}

func (w *walk) meta() error {
	m0, ok0 := readMeta(w.f, 0)
	m1, ok1 := readMeta(w.f, w.pageSize)
	switch {
	case ok0 && (!ok1 || m0.txid > m1.txid):
		w.m = m0
	case ok1:
		w.m = m1
	default:
		return errors.New("neither of its two meta pages is valid")
	}
	w.oneMeta = ok0 != ok1
	info, err := w.f.Stat()
	if err != nil {
		return err
	}
	if need := int64(w.m.pgid) * w.pageSize; info.Size() < need {
		return fmt.Errorf("it is cut short: its pages need %d bytes but the file has %d", need, info.Size())
	}
	if w.m.root < 2 || w.m.root >= w.m.pgid {
		return fmt.Errorf("its root page %d lies outside its %d pages", w.m.root, w.m.pgid)
	}
	if w.m.freelist != noFreelist && (w.m.freelist < 2 || w.m.freelist >= w.m.pgid) {
		return fmt.Errorf("its freelist page %d lies outside its %d pages", w.m.freelist, w.m.pgid)
	}
	w.state = make([]byte, w.m.pgid)
	return nil
}

// page reads page id, at least n bytes of it and its overflow pages, into
// w.buf, which the next read reuses.
func (w *walk) page(id uint64, n int) ([]byte, error) {
	n = max(n, int(w.pageSize))
	if cap(w.buf) < n {
		w.buf = make([]byte, n)
	}
	p := w.buf[:n]
	if _, err := w.f.ReadAt(p, int64(id)*w.pageSize); err != nil {
		return nil, fmt.Errorf("page %d cannot be read: %v", id, err)
	}
	if got := order.Uint64(p); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	overflow := uint64(order.Uint32(p[12:]))
	if id+overflow >= w.m.pgid {
		return nil, fmt.Errorf("page %d runs on to page %d, past its %d pages", id, id+overflow, w.m.pgid)
	}
	if span := int64(1+overflow) * w.pageSize; int64(n) > span {
		return nil, fmt.Errorf("page %d holds more than its %d bytes", id, span)
	}
	return p, nil
}

func (w *walk) freelist() error {
	if w.m.freelist == noFreelist {
		return nil
	}
	id := w.m.freelist
	p, err := w.page(id, 0)
	if err != nil {
		return fmt.Errorf("its freelist: %w", err)
	}
	w.pages++
	if flags := order.Uint16(p[8:]); flags != flagFreelist {
		return fmt.Errorf("its freelist page %d is not a freelist page (flags %#x)", id, flags)
	}
	start, count := pageHeaderSize, int(order.Uint16(p[10:]))
	if count == 0xFFFF { // the count did not fit: it is the first element
		start, count = pageHeaderSize+8, int(min(order.Uint64(p[pageHeaderSize:]), w.m.pgid))
	}
	if need := start + 8*count; need > len(p) {
		if p, err = w.page(id, need); err != nil {
			return fmt.Errorf("its freelist: %w", err)
		}
	}
	for i := range count {
		free := order.Uint64(p[start+8*i:])
		if free < 2 || free >= w.m.pgid {
			return fmt.Errorf("its freelist names page %d, outside its %d pages", free, w.m.pgid)
		}
		if w.state[free] == pageFree {
			return fmt.Errorf("its freelist names page %d twice", free)
		}
		w.state[free] = pageFree
	}
	return w.use(id, order.Uint32(p[12:]), "the freelist")
}

// use notes that pages id to id+overflow are in use, by what.
func (w *walk) use(id uint64, overflow uint32, by string) error {
	for p := id; p <= id+uint64(overflow); p++ {
		switch w.state[p] {
		case pageFree:
			return fmt.Errorf("page %d of %s is also listed as free", p, by)
		case pageUsed:
			return fmt.Errorf("page %d of %s is used twice", p, by)
		}
		w.state[p] = pageUsed
	}
	return nil
}

func (w *walk) trees() error {
	queue := []treePage{{w.m.root, "(root)"}}
	for len(queue) > 0 {
		if !w.deadline.IsZero() && time.Now().After(w.deadline) {
			return nil
		}
		next, err := w.tree(queue[0])
		if err != nil {
			return err
		}
		queue = append(queue[1:], next...)
	}
	w.complete = true
	return nil
}

// tree checks one page of a bucket's tree and returns the pages below it:
// its children, or the roots of the buckets it holds.
func (w *walk) tree(tp treePage) ([]treePage, error) {
	p, err := w.page(tp.id, 0)
	if err != nil {
		return nil, fmt.Errorf("bucket %s: %w", tp.bucket, err)
	}
	w.pages++
	flags, count, overflow := order.Uint16(p[8:]), int(order.Uint16(p[10:])), order.Uint32(p[12:])
	if flags != flagBranch && flags != flagLeaf {
		return nil, fmt.Errorf("page %d of bucket %s is neither a branch nor a leaf (flags %#x)", tp.id, tp.bucket, flags)
	}
	if flags == flagBranch && count == 0 {
		return nil, fmt.Errorf("page %d of bucket %s is an empty branch", tp.id, tp.bucket)
	}
	if err := w.use(tp.id, overflow, "bucket "+tp.bucket); err != nil {
		return nil, err
	}
	if need := pageHeaderSize + elementSize*count; need > len(p) {
		if p, err = w.page(tp.id, need); err != nil {
			return nil, fmt.Errorf("bucket %s: %w", tp.bucket, err)
		}
	}
	span := (1 + int(overflow)) * int(w.pageSize)
	var below []treePage
	for i := range count {
		at := pageHeaderSize + elementSize*i
		e := p[at : at+elementSize]
		if flags == flagBranch {
			pos, ksize, child := int(order.Uint32(e[0:])), int(order.Uint32(e[4:])), order.Uint64(e[8:])
			if at+pos+ksize > span {
				return nil, fmt.Errorf("page %d of bucket %s: key %d lies past the page", tp.id, tp.bucket, i)
			}
			if child < 2 || child >= w.m.pgid {
				return nil, fmt.Errorf("page %d of bucket %s points to page %d, outside its %d pages", tp.id, tp.bucket, child, w.m.pgid)
			}
			below = append(below, treePage{child, tp.bucket})
			continue
		}
		eflags, pos, ksize, vsize := order.Uint32(e[0:]), int(order.Uint32(e[4:])), int(order.Uint32(e[8:])), int(order.Uint32(e[12:]))
		if at+pos+ksize+vsize > span {
			return nil, fmt.Errorf("page %d of bucket %s: entry %d lies past the page", tp.id, tp.bucket, i)
		}
		if eflags&flagBucket == 0 {
			continue
		}
		if vsize < 16 {
			return nil, fmt.Errorf("page %d of bucket %s: bucket entry %d is too short", tp.id, tp.bucket, i)
		}
		if end := at + pos + ksize + 8; end > len(p) {
			if p, err = w.page(tp.id, end); err != nil {
				return nil, fmt.Errorf("bucket %s: %w", tp.bucket, err)
			}
		}
		// The key is the bucket's name, the value begins with its root page;
		// 0 is an inline bucket, which holds no buckets.
		if root := order.Uint64(p[at+pos+ksize:]); root != 0 {
			below = append(below, treePage{root, string(p[at+pos : at+pos+ksize])})
		}
	}
	return below, nil
}
