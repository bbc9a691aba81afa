package app

import (
	"os"
	"path/filepath"
	"strings"
)

// PlaceKind is what a place is: a folder of the user's, or a drive.
type PlaceKind uint8

// Places a file picker offers.
const (
	PlaceDesktop PlaceKind = 1 + iota
	PlaceDocuments
	PlaceHome
	PlaceDrive // a mounted USB stick or other removable drive
)

// Place is somewhere to look for or put a file.
type Place struct {
	Kind PlaceKind
	Name string // a drive's label (KINGSTON, D:); "" for the user's folders
	Path string
}

// Places are where a secretary keeps files: the desktop, documents, the
// home folder, and the drives mounted now — the USB stick a handover
// comes on. It reads the file system: call it off the UI goroutine.
func (e Env) Places() []Place {
	e = e.withDefaults()
	var out []Place
	isDir := func(p string) bool { info, err := os.Stat(p); return err == nil && info.IsDir() }
	if e.Home != "" {
		for _, c := range []struct {
			kind  PlaceKind
			names []string
		}{{PlaceDesktop, []string{"Desktop", "桌面"}}, {PlaceDocuments, []string{"Documents", "文档"}}} {
			for _, n := range c.names {
				if p := filepath.Join(e.Home, n); isDir(p) {
					out = append(out, Place{Kind: c.kind, Path: p})
					break
				}
			}
		}
		if isDir(e.Home) {
			out = append(out, Place{Kind: PlaceHome, Path: e.Home})
		}
	}
	return append(out, e.drives()...)
}

// drives are the removable drives mounted now: the folders inside the
// places the OS mounts them (Linux /media/USER and /run/media/USER, macOS
// /Volumes), or the drive letters after C: on Windows.
func (e Env) drives() []Place {
	if e.GOOS == "windows" && e.MountRoots == nil {
		var out []Place
		for c := 'D'; c <= 'Z'; c++ {
			root := string(c) + `:\`
			if info, err := os.Stat(root); err == nil && info.IsDir() {
				out = append(out, Place{Kind: PlaceDrive, Name: string(c) + ":", Path: root})
			}
		}
		return out
	}
	roots := e.MountRoots
	if roots == nil {
		switch e.GOOS {
		case "darwin":
			roots = []string{"/Volumes"}
		default:
			user := e.Getenv("USER")
			if user == "" && e.Home != "" {
				user = filepath.Base(e.Home)
			}
			if user != "" {
				roots = []string{filepath.Join("/media", user), filepath.Join("/run/media", user)}
			}
			roots = append(roots, "/mnt")
		}
	}
	var out []Place
	for _, root := range roots {
		entries, err := os.ReadDir(root)
		if err != nil {
			continue
		}
		for _, en := range entries {
			p := filepath.Join(root, en.Name())
			if strings.HasPrefix(en.Name(), ".") {
				continue
			}
			// macOS lists the system disk in /Volumes as a link to /.
			if target, err := filepath.EvalSymlinks(p); err != nil || target == "/" {
				continue
			}
			if info, err := os.Stat(p); err == nil && info.IsDir() {
				out = append(out, Place{Kind: PlaceDrive, Name: en.Name(), Path: p})
			}
		}
	}
	return out
}
