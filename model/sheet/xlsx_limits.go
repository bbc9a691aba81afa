package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"secretary/model"
)

// A workbook is a zip of XML parts, and the XML parser holds a whole text
// or tag in memory before it hands it over: a 409 KB file holding one
// 400 MB cell once took 3.5 GB and 24 s to read. Before the workbook
// parser sees the file, checkWorkbookZip bounds what unpacking can make,
// using the sizes in the zip's directory (archive/zip refuses a part that
// unpacks to more than its entry says), and streams each sheet and the
// shared strings through a scan that refuses any text or tag longer than a
// cell can be, in constant memory. What is left for the parser is at most
// unzipLimit of XML in pieces no larger than maxRun.
const (
	// unzipLimit bounds the whole workbook unpacked; a 100,000-record
	// ledger exported by this program unpacks to about 95 MB.
	unzipLimit = 256 << 20
	// sharedStringsLimit bounds the shared strings, which the parser
	// holds in memory all at once (the sheets it streams).
	sharedStringsLimit = 64 << 20
	// maxRun is the longest stretch of XML without a '<' or '>': a cell's
	// text (MaxCellChars characters, each at most a 10-byte character
	// reference such as &#x1F600;) or one tag with its attributes.
	maxRun = MaxCellChars*10 + 4096
)

// checkWorkbookZip returns, for each sheet, how many <row> elements its
// part holds (see readSheet).
func checkWorkbookZip(name string, data []byte) (map[string]int, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, model.NewMsgError(MsgBadXLSX, name, err.Error()).Wrap(err)
	}
	names := sheetNames(zr)
	rows := map[string]int{}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > unzipLimit {
			return nil, model.NewMsgError(MsgUnzipLimit, name, f.Name, int(min(f.UncompressedSize64, 1<<40)>>20), unzipLimit>>20)
		}
		lower := strings.ToLower(f.Name)
		if lower == "xl/sharedstrings.xml" && f.UncompressedSize64 > sharedStringsLimit {
			return nil, model.NewMsgError(MsgUnzipLimit, name, f.Name, int(f.UncompressedSize64>>20), sharedStringsLimit>>20)
		}
		if path.Ext(lower) != ".xml" || !(strings.HasPrefix(lower, "xl/worksheets/") || lower == "xl/sharedstrings.xml") {
			continue
		}
		sheet, ok := names[lower]
		if !ok {
			sheet = f.Name
		}
		ps, err := scanPart(f)
		switch {
		case err != nil:
			return nil, model.NewMsgError(MsgBadSheet, name, sheet, oneLine(err.Error())).Wrap(err)
		case ps.tooLong:
			return nil, model.NewMsgError(MsgTagTooLong, name, sheet)
		case ps.brokenAt:
			return nil, model.NewMsgError(MsgBadSheet, name, sheet, "XML")
		}
		rows[sheet] = ps.rows
	}
	return rows, nil
}

// partScan is what scanning one part found.
type partScan struct {
	rows     int  // <row> elements
	tooLong  bool // a text or tag longer than maxRun
	brokenAt bool // a '<' inside a tag, or the part ends inside one
}

// scanPart streams one part in constant memory: it refuses any stretch
// without '<' or '>' longer than maxRun, so the XML parser behind it never
// buffers more than that; it notices a '<' inside a tag and a part that
// ends inside one (damaged or cut-off XML, which the workbook parser
// reads silently up to the damage and no further); and it counts the
// <row> elements, so readSheet can tell a sheet read to its end from one
// the parser gave up on. A full XML tokenizer would find more, but costs
// as much as the parse itself.
func scanPart(f *zip.File) (partScan, error) {
	var ps partScan
	rc, err := f.Open()
	if err != nil {
		return ps, err
	}
	defer rc.Close()
	buf := make([]byte, 256<<10)
	run, inTag := 0, false
	var name []byte // the start of the current tag's name, across reads
	for {
		n, err := rc.Read(buf)
		p := buf[:n]
		for len(p) > 0 {
			if inTag && len(name) < 8 && p[0] != '<' && p[0] != '>' {
				// Collect a few bytes of the tag's name: "row", "x:row".
				k := 0
				for k < len(p) && len(name) < 8 && p[k] != '<' && p[k] != '>' {
					name = append(name, p[k])
					k++
				}
				run += k
				p = p[k:]
				continue
			}
			i := bytes.IndexAny(p, "<>")
			if i < 0 {
				run += len(p)
				break
			}
			run += i
			if run > maxRun {
				break
			}
			if p[i] == '<' {
				if inTag {
					ps.brokenAt = true
					return ps, nil
				}
				inTag, name = true, name[:0]
			} else if inTag {
				if isRowTag(name) {
					ps.rows++
				}
				inTag = false
			}
			run, p = 0, p[i+1:]
		}
		if run > maxRun {
			ps.tooLong = true
			return ps, nil
		}
		if err == io.EOF {
			if inTag && !isRowTag(name) {
				ps.brokenAt = true
			}
			ps.brokenAt = ps.brokenAt || inTag
			return ps, nil
		}
		if err != nil {
			return ps, err
		}
	}
}

// isRowTag reports whether a tag's first bytes name a row element
// (<row …>, <x:row …>), not its end tag or another element.
func isRowTag(name []byte) bool {
	if i := bytes.IndexByte(name, ':'); i >= 0 && i < 4 {
		name = name[i+1:]
	}
	return bytes.HasPrefix(name, []byte("row")) && (len(name) == 3 || name[3] == ' ' || name[3] == '/' || name[3] == '\t' || name[3] == '\n' || name[3] == '\r')
}

// sheetNames maps each worksheet part ("xl/worksheets/sheet3.xml") to the
// sheet's name as the user sees it, read from the workbook and its
// relationships; a part it cannot place keeps its path.
func sheetNames(zr *zip.Reader) map[string]string {
	read := func(name string, v any) {
		for _, f := range zr.File {
			if strings.EqualFold(f.Name, name) && f.UncompressedSize64 < 16<<20 {
				if rc, err := f.Open(); err == nil {
					_ = xml.NewDecoder(rc).Decode(v)
					rc.Close()
				}
			}
		}
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	read("xl/workbook.xml", &wb)
	read("xl/_rels/workbook.xml.rels", &rels)
	target := map[string]string{}
	for _, r := range rels.Rel {
		t := strings.TrimPrefix(r.Target, "/")
		if !strings.HasPrefix(strings.ToLower(t), "xl/") {
			t = path.Join("xl", t)
		}
		target[r.ID] = strings.ToLower(t)
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		if t, ok := target[s.ID]; ok {
			out[t] = s.Name
		}
	}
	return out
}
