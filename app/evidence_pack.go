package app

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

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

// packEntry is one file of the pack, in memory or on disk.
type packEntry struct {
	name  string
	data  []byte // nil: read from path
	path  string
	store bool // already compressed: stored as it is
}

// WritePack writes the inspection pack of the rubric. It refuses an
// existing file without Force (CheckOutput), writes beside the target and
// renames only after the zip read back matches its SHA256SUMS.
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
	res := Packed{Path: out}
	files := CheckEvidenceFiles(s.Path(), l, true)
	sc, err := summary.BuildSelfCheck(l, req.Rubric, files.State, s.Today())
	if err != nil {
		return Packed{}, err
	}
	entries, err := s.packEntries(ctx, sc, files, req, &res)
	if err != nil {
		return Packed{}, err
	}
	if err := writeFile(out, target, func(w io.Writer) error {
		return writeZip(w, entries, packTime(s.Today()))
	}); err != nil {
		return Packed{}, err
	}
	if err := verifyPack(target); err != nil {
		os.Remove(target)
		return Packed{}, err
	}
	res.Entries = len(entries)
	res.SHA256, res.Size, _ = fileSum(target)
	return res, nil
}

// PackName is the name a pack gets in a folder: 迎检材料包_2026-11-20.zip.
func PackName(lang model.Lang, today model.Date) string {
	name := "迎检材料包"
	if lang == model.LangEn {
		name = "inspection-pack"
	}
	return name + "_" + today.String() + ".zip"
}

// packEntries are the pack's files in name order, SHA256SUMS last.
func (s *Service) packEntries(ctx context.Context, sc *summary.SelfCheck, files *FileCheck, req PackRequest, res *Packed) ([]packEntry, error) {
	o := summary.Options{Lang: req.Lang}
	var entries []packEntry
	docs := []summary.Document{sc.BinderCatalogue(), sc}
	browser := ""
	if !req.NoPDF {
		browser = printout.FindBrowser(s.opts.Env.printEnv())
		res.NoBrowser = browser == ""
	}
	for _, d := range docs {
		var page bytes.Buffer
		if err := d.Write(&page, summary.FormatHTML, o); err != nil {
			return nil, err
		}
		entries = append(entries, packEntry{name: d.FileName(summary.FormatHTML, req.Lang), data: page.Bytes()})
		if browser == "" {
			continue
		}
		pdf, err := printout.PDF(ctx, s.opts.Env.printEnv(), browser, page.Bytes())
		if err != nil {
			return nil, err
		}
		entries = append(entries, packEntry{name: d.FileName(summary.FormatPDF, req.Lang), data: stablePDF(pdf, sc.Today), store: true})
		res.PDF = true
	}
	numbers := sc.Catalogue.FirstNumbers()
	all := map[model.ID][]string{} // item → every number it is filed under
	for _, sec := range sc.Catalogue.Sections {
		for _, e := range sec.Entries {
			all[e.Item.ID] = append(all[e.Item.ID], e.No)
		}
	}
	seen := map[model.ID]bool{}
	header := sc.Header
	for _, sec := range sc.Catalogue.Sections {
		for _, e := range sec.Entries {
			item := e.Item
			if seen[item.ID] {
				continue
			}
			seen[item.ID] = true
			no := numbers[item.ID]
			if item.HasFile() {
				if files.State[item.SHA256] != model.FileOK {
					res.Left = append(res.Left, item)
				} else {
					ext := model.FileExt(item.FileName)
					entries = append(entries, packEntry{name: "files/" + no + ext, path: filepath.Join(files.Dir, item.StoredName()), store: compressed(ext)})
					res.Files++
				}
			}
			if !item.Record.IsZero() {
				rec := sc.Ledger.Record(item.Record.Entity, item.Record.ID)
				if rec == nil {
					continue
				}
				sheet := &summary.RecordSheet{Header: header, Today: sc.Today, Ledger: sc.Ledger, Record: rec, Numbers: all[item.ID]}
				var page bytes.Buffer
				if err := sheet.Write(&page, summary.FormatHTML, o); err != nil {
					return nil, err
				}
				entries = append(entries, packEntry{name: "records/" + no + "_" + model.CodeOf(rec) + ".html", data: page.Bytes()})
				res.Records++
			}
		}
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
	sums, err := checksums(entries)
	if err != nil {
		return nil, err
	}
	return append(entries, packEntry{name: "SHA256SUMS", data: sums}), nil
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

// checksums is SHA256SUMS: "<sha256>  <name>" a line, as sha256sum
// writes it, for every entry.
func checksums(entries []packEntry) ([]byte, error) {
	var b bytes.Buffer
	for _, e := range entries {
		sum, err := entrySum(e)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%s  %s\n", sum, e.name)
	}
	return b.Bytes(), nil
}

func entrySum(e packEntry) (string, error) {
	if e.data != nil {
		s := sha256.Sum256(e.data)
		return hex.EncodeToString(s[:]), nil
	}
	s, _, err := fileSum(e.path)
	return s, err
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

// writeZip writes the entries in order, each with the same time stamp.
func writeZip(w io.Writer, entries []packEntry, stamp time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.DefaultCompression)
	})
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: stamp}
		if e.store {
			h.Method = zip.Store
		}
		h.SetMode(0o644)
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if e.data != nil {
			if _, err := fw.Write(e.data); err != nil {
				return err
			}
			continue
		}
		f, err := os.Open(e.path)
		if err != nil {
			return err
		}
		_, err = io.Copy(fw, f)
		f.Close()
		if err != nil {
			return err
		}
	}
	return zw.Close()
}

// verifyPack reads the written zip back: every entry must read whole
// (its CRC checked) and hash to what SHA256SUMS says, and SHA256SUMS must
// name every entry.
func verifyPack(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return model.NewMsgError(MsgPackVerify, path, err.Error()).Wrap(err)
	}
	defer zr.Close()
	got := map[string]string{}
	var sums []byte
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return model.NewMsgError(MsgPackVerify, f.Name, err.Error()).Wrap(err)
		}
		h := sha256.New()
		var buf bytes.Buffer
		var w io.Writer = h
		if f.Name == "SHA256SUMS" {
			w = &buf
		}
		_, err = io.Copy(w, rc)
		rc.Close()
		if err != nil {
			return model.NewMsgError(MsgPackVerify, f.Name, err.Error()).Wrap(err)
		}
		if f.Name == "SHA256SUMS" {
			sums = buf.Bytes()
			continue
		}
		got[f.Name] = hex.EncodeToString(h.Sum(nil))
	}
	listed := 0
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok || got[name] != sum {
			return model.NewMsgError(MsgPackVerify, name, "SHA-256")
		}
		listed++
	}
	if listed != len(got) {
		return model.NewMsgError(MsgPackVerify, "SHA256SUMS", fmt.Sprintf("%d/%d", listed, len(got)))
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
