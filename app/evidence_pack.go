package app

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"secretary/internal/fsutil"
	"secretary/model"
	"secretary/model/summary"
	"secretary/printout"
)

// The inspection pack (secretary evidence pack OUT.zip): one zip holding
// the binder catalogue and the self-assessment (HTML, and PDF when a
// browser can make one), every evidence file renamed by its catalogue
// number with its original extension, a printout of every ledger record
// filed as evidence, and SHA256SUMS listing every file's SHA-256 in the
// form `sha256sum -c` reads. The same ledger on the same day gives the
// same bytes: entries in name order, one fixed time stamp, and the PDFs'
// own creation dates set to that day. The zip is read back and every
// file checked against SHA256SUMS before it appears under its name.

// Message keys of the pack.
const (
	MsgPackVerify = "evidence.pack_verify" // the zip read back differs; args: entry, cause
)

// PackRequest is a pack to write.
type PackRequest struct {
	Path   string
	Rubric model.ID // 0: the active rubric
	Lang   model.Lang
	Force  bool // replace an existing file (see CheckOutput)
	// NoPDF leaves the PDFs out (the HTML is there either way): for a
	// machine without a browser, and for measuring the pack itself.
	NoPDF bool
}

// Packed is what a pack holds.
type Packed struct {
	Path    string
	Size    int64
	SHA256  string // of the zip, as sha256sum prints it
	Entries int    // files in the zip
	Files   int    // evidence files
	Records int    // record printouts
	PDF     bool   // the PDFs are in it
	// NoBrowser says the PDFs were left out because no browser was found.
	NoBrowser bool
	// Left are the items whose file could not go in: missing from the
	// evidence folder, or changed since it was attached. The catalogue
	// still lists them.
	Left []*model.Evidence
}

// packTime is every entry's time stamp: noon of the pack's day, in UTC,
// so the zip does not depend on the clock's hour or the machine's zone.
func packTime(d model.Date) time.Time {
	y, m, dd := d.Parts()
	return time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
}

// WritePack writes the inspection pack of the rubric. It refuses an
// existing file without Force (CheckOutput), writes beside the target and
// renames only after the zip read back matches its SHA256SUMS.
//
// Each evidence file is read once: hashed (against the SHA-256 the ledger
// recorded), checksummed and, unless its format is compressed already,
// deflated — on every core at once, written in name order. A file found
// changed is left out and the printouts, made after the files, mark it.
func (s *Service) WritePack(ctx context.Context, req PackRequest) (Packed, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	out := req.Path
	if isFolder(out) {
		out = filepath.Join(out, PackName(req.Lang, s.Today()))
	}
	target, err := CheckOutput(out, req.Force, Guard{Ledger: s.Path()})
	if err != nil {
		return Packed{}, err
	}
	l, err := s.Load()
	if err != nil {
		return Packed{}, err
	}
	files := CheckEvidenceFiles(s.Path(), l, false)
	sc, err := summary.BuildSelfCheck(l, req.Rubric, files.State, s.Today())
	if err != nil {
		return Packed{}, err
	}
	p := &packer{s: s, ctx: ctx, req: req, sc: sc, files: files, stamp: packTime(s.Today()), res: Packed{Path: out}}
	// Read back before it takes the target's place: a pack that fails
	// its check leaves an older one (replaced with --force) as it was.
	if err := fsutil.WriteFileAtomicChecked(target, p.write, verifyPack); err != nil {
		return Packed{}, writeErr(out, err)
	}
	p.res.SHA256, p.res.Size, _ = fileSum(target)
	return p.res, nil
}

// packer is one pack being written.
type packer struct {
	s     *Service
	ctx   context.Context
	req   PackRequest
	sc    *summary.SelfCheck
	files *FileCheck
	stamp time.Time
	res   Packed
	zw    *zip.Writer
	sums  []string // "<sha256>  <name>" of every entry written
}

// packEntry is one file of the pack: bytes in memory, or a file on disk
// with the SHA-256 it must have.
type packEntry struct {
	name string
	data []byte
	path string
	want string // the file's recorded SHA-256
	item *model.Evidence
}

// write writes the zip: the evidence files, the record printouts, the
// catalogue and self-assessment, SHA256SUMS.
func (p *packer) write(w io.Writer) error {
	p.zw = zip.NewWriter(w)
	numbers := p.sc.Catalogue.FirstNumbers()
	all := map[model.ID][]string{} // item → every number it is filed under
	for _, sec := range p.sc.Catalogue.Sections {
		for _, e := range sec.Entries {
			all[e.Item.ID] = append(all[e.Item.ID], e.No)
		}
	}
	var fileEntries, recordEntries []packEntry
	seen := map[model.ID]bool{}
	o := summary.Options{Lang: p.req.Lang}
	for _, sec := range p.sc.Catalogue.Sections {
		for _, e := range sec.Entries {
			item := e.Item
			if seen[item.ID] {
				continue
			}
			seen[item.ID] = true
			no := numbers[item.ID]
			if item.HasFile() {
				if p.files.State[item.SHA256] != model.FileOK {
					p.res.Left = append(p.res.Left, item)
				} else {
					fileEntries = append(fileEntries, packEntry{name: "files/" + no + model.FileExt(item.FileName),
						path: filepath.Join(p.files.Dir, item.StoredName()), want: item.SHA256, item: item})
				}
			}
			if !item.Record.IsZero() {
				rec := p.sc.Ledger.Record(item.Record.Entity, item.Record.ID)
				if rec == nil {
					continue
				}
				sheet := &summary.RecordSheet{Header: p.sc.Header, Today: p.sc.Today, Ledger: p.sc.Ledger, Record: rec, Numbers: all[item.ID]}
				var page bytes.Buffer
				if err := sheet.Write(&page, summary.FormatHTML, o); err != nil {
					return err
				}
				recordEntries = append(recordEntries, packEntry{name: "records/" + no + "_" + model.CodeOf(rec) + ".html", data: page.Bytes()})
			}
		}
	}
	sortEntries(fileEntries)
	sortEntries(recordEntries)
	changed, err := p.entries(fileEntries)
	if err != nil {
		return err
	}
	if len(changed) > 0 {
		// The printouts are made after the files, so they mark a file
		// found changed on the way.
		for _, item := range changed {
			p.files.State[item.SHA256] = model.FileChanged
			p.res.Left = append(p.res.Left, item)
		}
		if p.sc, err = summary.BuildSelfCheck(p.sc.Ledger, p.req.Rubric, p.files.State, p.sc.Today); err != nil {
			return err
		}
	}
	p.res.Files = len(fileEntries) - len(changed)
	if _, err := p.entries(recordEntries); err != nil {
		return err
	}
	p.res.Records = len(recordEntries)
	docs, err := p.documents()
	if err != nil {
		return err
	}
	if _, err := p.entries(docs); err != nil {
		return err
	}
	sums := []byte(strings.Join(p.sums, "\n") + "\n")
	if _, err := p.entries([]packEntry{{name: "SHA256SUMS", data: sums}}); err != nil {
		return err
	}
	p.res.Entries = len(p.sums) // every entry, SHA256SUMS too: put counts each as it writes it
	return p.zw.Close()
}

// documents are the catalogue and the self-assessment, HTML and (when a
// browser can make it) PDF, in name order.
func (p *packer) documents() ([]packEntry, error) {
	o := summary.Options{Lang: p.req.Lang}
	browser := ""
	if !p.req.NoPDF {
		browser = printout.FindBrowser(p.s.opts.Env.printEnv())
		p.res.NoBrowser = browser == ""
	}
	var out []packEntry
	for _, d := range []summary.Document{p.sc.BinderCatalogue(), p.sc} {
		var page bytes.Buffer
		if err := d.Write(&page, summary.FormatHTML, o); err != nil {
			return nil, err
		}
		out = append(out, packEntry{name: d.FileName(summary.FormatHTML, p.req.Lang), data: page.Bytes()})
		if browser == "" {
			continue
		}
		pdf, err := printout.PDF(p.ctx, p.s.opts.Env.printEnv(), browser, page.Bytes())
		if err != nil {
			return nil, err
		}
		out = append(out, packEntry{name: d.FileName(summary.FormatPDF, p.req.Lang), data: stablePDF(pdf, p.sc.Today)})
		p.res.PDF = true
	}
	sortEntries(out)
	return out, nil
}

func sortEntries(es []packEntry) {
	sort.Slice(es, func(i, j int) bool { return es[i].name < es[j].name })
}

// prepared is an entry ready to write: its bytes as they go into the zip
// and what the header needs.
type prepared struct {
	name    string
	method  uint16
	crc     uint32
	size    int64  // uncompressed
	body    []byte // stored or deflated bytes; nil when streamed from path
	path    string // a large file, streamed while it is written
	sum     string
	changed bool
	err     error
}

// inMemoryLimit is the largest file prepared in memory (hashed and
// compressed on any core); larger ones are streamed one at a time.
const inMemoryLimit = 16 << 20

// entries prepares the entries on every core and writes them in order;
// it returns the evidence items whose file did not have its SHA-256.
func (p *packer) entries(es []packEntry) ([]*model.Evidence, error) {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(es)))
	slots := make([]chan prepared, len(es))
	for i := range slots {
		slots[i] = make(chan prepared, 1)
	}
	// A bounded window keeps memory to a few files per core.
	window := make(chan struct{}, 2*workers)
	next := make(chan int)
	done := make(chan struct{})
	defer close(done)
	go func() {
		defer close(next)
		for i := range es {
			select {
			case window <- struct{}{}:
			case <-done:
				return
			}
			select {
			case next <- i:
			case <-done:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range next {
				slots[i] <- prepare(es[i])
			}
		}()
	}
	var changed []*model.Evidence
	for i := range es {
		pe := <-slots[i]
		<-window
		if pe.err != nil {
			return nil, pe.err
		}
		if pe.changed {
			changed = append(changed, es[i].item)
			continue
		}
		if err := p.put(pe, es[i]); err != nil {
			return nil, err
		}
	}
	return changed, nil
}

// prepare reads, hashes and compresses one entry.
func prepare(e packEntry) prepared {
	out := prepared{name: e.name, method: zip.Deflate, path: e.path}
	data := e.data
	if data == nil {
		fi, err := os.Stat(e.path)
		if err != nil {
			return prepared{err: err}
		}
		if fi.Size() > inMemoryLimit {
			// Streamed by put; checked first, so a changed file is never
			// written.
			sum, n, err := fileSum(e.path)
			if err != nil {
				return prepared{err: err}
			}
			out.sum, out.size, out.changed = sum, n, e.want != "" && sum != e.want
			if compressed(model.FileExt(e.name)) {
				out.method = zip.Store
			}
			return out
		}
		if data, err = os.ReadFile(e.path); err != nil {
			return prepared{err: err}
		}
	}
	s := sha256.Sum256(data)
	out.sum, out.size, out.crc, out.path = hex.EncodeToString(s[:]), int64(len(data)), crc32.ChecksumIEEE(data), ""
	if e.want != "" && out.sum != e.want {
		out.changed = true
		return out
	}
	if compressed(model.FileExt(e.name)) {
		out.method, out.body = zip.Store, data
		return out
	}
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, packLevel)
	fw.Write(data)
	fw.Close()
	out.body = b.Bytes()
	return out
}

// put writes one prepared entry: raw when it was prepared in memory,
// streamed through the zip writer when it is large.
func (p *packer) put(pe prepared, e packEntry) error {
	p.sums = append(p.sums, pe.sum+"  "+pe.name)
	h := packHeader(pe.name, pe.method, p.stamp)
	if pe.body == nil && pe.path != "" {
		fw, err := p.zw.CreateHeader(h)
		if err != nil {
			return err
		}
		f, err := os.Open(pe.path)
		if err != nil {
			return err
		}
		defer f.Close()
		hs := sha256.New()
		if _, err := io.Copy(io.MultiWriter(fw, hs), f); err != nil {
			return err
		}
		if hex.EncodeToString(hs.Sum(nil)) != pe.sum {
			return model.NewMsgError(MsgPackVerify, pe.name, "SHA-256")
		}
		return nil
	}
	h.CRC32, h.UncompressedSize64, h.CompressedSize64 = pe.crc, uint64(pe.size), uint64(len(pe.body))
	rawHeader(h)
	fw, err := p.zw.CreateRaw(h)
	if err != nil {
		return err
	}
	_, err = fw.Write(pe.body)
	return err
}

// packHeader is an entry's header: the name, the method, the pack's one
// time stamp, mode 0644.
func packHeader(name string, method uint16, stamp time.Time) *zip.FileHeader {
	h := &zip.FileHeader{Name: name, Method: method, Modified: stamp}
	h.SetMode(0o644)
	return h
}

// rawHeader fills in what zip.Writer.CreateHeader would for a header
// written with CreateRaw: the versions, the UTF-8 flag for a Chinese
// name, the MS-DOS time and the extended time stamp.
func rawHeader(h *zip.FileHeader) {
	h.CreatorVersion = h.CreatorVersion&0xff00 | 20
	h.ReaderVersion = 20
	for i := 0; i < len(h.Name); i++ {
		if h.Name[i] >= 0x80 {
			h.Flags |= 0x800
			break
		}
	}
	t := h.Modified
	h.ModifiedDate = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	h.ModifiedTime = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	var ext [9]byte
	ext[0], ext[1] = 0x55, 0x54 // "UT": extended time stamp
	ext[2], ext[3] = 5, 0
	ext[4] = 1 // modification time
	u := uint32(t.Unix())
	ext[5], ext[6], ext[7], ext[8] = byte(u), byte(u>>8), byte(u>>16), byte(u>>24)
	h.Extra = append(h.Extra, ext[:]...)
}

// compressed reports a file format that is compressed already (photos,
// PDFs, Office files): deflating it again costs time and saves nothing.
func compressed(ext string) bool {
	switch ext {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".pdf", ".zip", ".rar", ".7z", ".gz",
		".docx", ".xlsx", ".pptx", ".odt", ".ods", ".mp3", ".mp4", ".m4a", ".mov", ".avi", ".wps", ".et", ".dps", ".ofd":
		return true
	}
	return false
}

// fileSum is a file's SHA-256 and size.
func fileSum(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// verifyPack reads the written zip back, every entry on any core: each
// must read whole (its CRC checked) and hash to what SHA256SUMS says,
// and SHA256SUMS must name every entry.
func verifyPack(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return model.NewMsgError(MsgPackVerify, path, err.Error()).Wrap(err)
	}
	defer zr.Close()
	got := make([]string, len(zr.File))
	errs := make([]error, len(zr.File))
	var sums []byte
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				f := zr.File[i]
				rc, err := f.Open()
				if err != nil {
					errs[i] = err
					continue
				}
				h := sha256.New()
				var w io.Writer = h
				var buf bytes.Buffer
				if f.Name == "SHA256SUMS" {
					w = &buf
				}
				_, errs[i] = io.Copy(w, rc)
				rc.Close()
				got[i] = hex.EncodeToString(h.Sum(nil))
				if f.Name == "SHA256SUMS" {
					sums = buf.Bytes()
				}
			}
		})
	}
	for i := range zr.File {
		work <- i
	}
	close(work)
	wg.Wait()
	byName := map[string]string{}
	for i, f := range zr.File {
		if errs[i] != nil {
			return model.NewMsgError(MsgPackVerify, f.Name, errs[i].Error()).Wrap(errs[i])
		}
		if f.Name != "SHA256SUMS" {
			byName[f.Name] = got[i]
		}
	}
	listed := 0
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok || byName[name] != sum {
			return model.NewMsgError(MsgPackVerify, name, "SHA-256")
		}
		listed++
	}
	if listed != len(byName) {
		return model.NewMsgError(MsgPackVerify, "SHA256SUMS", fmt.Sprintf("%d/%d", listed, len(byName)))
	}
	return nil
}

// pdfDate is a PDF's creation or modification date as Chromium writes it.
var pdfDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:[0-9]{14}[^)]*\)`)

// stablePDF sets a PDF's own dates to the pack's day at noon, in the
// same number of bytes so the file's cross-reference offsets still hold:
// the browser writes the moment it ran, which would make every pack
// differ.
func stablePDF(pdf []byte, d model.Date) []byte {
	y, m, dd := d.Parts()
	stamp := fmt.Sprintf("%04d%02d%02d120000", y, int(m), dd)
	return pdfDate.ReplaceAllFunc(pdf, func(old []byte) []byte {
		i := bytes.Index(old, []byte("(D:"))
		repl := append([]byte(nil), old...)
		copy(repl[i+3:], stamp)
		// Whatever follows the digits (a zone such as +00'00') becomes
		// Z and spaces, keeping the length.
		rest := repl[i+3+14 : len(repl)-1]
		for k := range rest {
			rest[k] = ' '
		}
		if len(rest) > 0 {
			rest[0] = 'Z'
		}
		return repl
	})
}

// PackName is the name a pack gets in a folder: 迎检材料包_2026-11-20.zip.
func PackName(lang model.Lang, today model.Date) string {
	name := "迎检材料包"
	if lang == model.LangEn {
		name = "inspection-pack"
	}
	return name + "_" + today.String() + ".zip"
}

// packLevel is how hard text is compressed: flate's best speed, as the
// workbook export does. Deflating at the default level took most of a
// pack's time for a few percent of size, and evidence is mostly photos
// and scans, which are stored as they are.
const packLevel = flate.BestSpeed
