package store

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"

	"filippo.io/age"
	"filippo.io/age/armor"
)

// Encrypted snapshots are age files (age-encryption.org/v1) with one
// scrypt recipient: the passphrase. age is a small, audited format with a
// standard command-line tool, so a snapshot can still be opened in years
// with `age -d` if this program is gone.

const (
	ageMagic   = "age-encryption.org/v1\n"
	armorMagic = "-----BEGIN AGE ENCRYPTED FILE-----"
	// DefaultWorkFactor is age's own scrypt cost (2^18): about a second to
	// derive the key on a school laptop, which is what makes guessing a
	// passphrase slow.
	DefaultWorkFactor = 18
	// maxWorkFactor caps the cost a file may ask for when it is opened: a
	// damaged or hostile header asking for 2^22 would want 4 GiB of
	// memory.
	maxWorkFactor = 20
)

// CryptOptions are the passphrase settings of snapshots.
type CryptOptions struct {
	// Passphrase is asked for only when a file is encrypted. It returns
	// the passphrase or an error (e.g. the user gave up).
	Passphrase func() (string, error)
	// WorkFactor is the scrypt cost (log2) for encrypting; 0 means
	// DefaultWorkFactor. Tests lower it to stay fast.
	WorkFactor int
	// MaxWorkFactor is the highest cost a file may ask for when it is
	// decrypted; 0 means 20.
	MaxWorkFactor int
}

// IsEncrypted reports whether the start of a file is an age header
// (binary or armored).
func IsEncrypted(head []byte) bool {
	return bytes.HasPrefix(head, []byte(ageMagic)) || bytes.HasPrefix(head, []byte(armorMagic))
}

// encryptTo wraps w in an age writer for the passphrase; the caller must
// Close the result to write the last chunk.
func encryptTo(w io.Writer, passphrase string, workFactor int) (io.WriteCloser, error) {
	if passphrase == "" {
		return nil, newErr(KindNeedPassphrase, nil, MsgSnapEmptyPass)
	}
	r, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return nil, err
	}
	if workFactor == 0 {
		workFactor = DefaultWorkFactor
	}
	r.SetWorkFactor(workFactor)
	return age.Encrypt(w, r)
}

// decryptFrom opens an age stream. Its errors say apart a wrong
// passphrase from a damaged file: age tells them apart by whether the
// passphrase unwraps the file key (wrong passphrase) or the header or
// payload fail their authentication (damaged, cut short, altered).
func decryptFrom(r io.Reader, path string, opts CryptOptions) (io.Reader, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(armorMagic)); bytes.HasPrefix(head, []byte(armorMagic)) {
		r = armor.NewReader(br)
	} else {
		r = br
	}
	if kind := keyRecipient(br); kind != "" {
		return nil, newErr(KindWrongPassphrase, nil, MsgSnapKeyFile, path, kind)
	}
	if opts.Passphrase == nil {
		return nil, newErr(KindNeedPassphrase, nil, MsgSnapNeedPass, path)
	}
	pass, err := opts.Passphrase()
	if err != nil {
		return nil, err
	}
	if pass == "" {
		return nil, newErr(KindNeedPassphrase, nil, MsgSnapEmptyPass)
	}
	id, err := age.NewScryptIdentity(pass)
	if err != nil {
		return nil, err
	}
	maxWF := opts.MaxWorkFactor
	if maxWF == 0 {
		maxWF = maxWorkFactor
	}
	id.SetMaxWorkFactor(maxWF)
	out, err := age.Decrypt(r, id)
	if err != nil {
		return nil, cryptErr(err, path)
	}
	return &cryptReader{r: out, path: path}, nil
}

// cryptErr classifies an age error.
func cryptErr(err error, path string) error {
	var noMatch *age.NoIdentityMatchError
	if errors.As(err, &noMatch) || errors.Is(err, age.ErrIncorrectIdentity) {
		return newErr(KindWrongPassphrase, err, MsgSnapWrongPass, path)
	}
	return newErr(KindDamaged, err, MsgSnapCryptDamaged, path)
}

// cryptReader turns errors met while reading the payload (a chunk that
// fails authentication, a file cut short) into "damaged".
type cryptReader struct {
	r    io.Reader
	path string
}

func (c *cryptReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		err = newErr(KindDamaged, err, MsgSnapCryptDamaged, c.path)
	}
	return n, err
}

// MsgSnapKeyFile: an age file encrypted to a key (X25519, SSH), not a
// passphrase, so no passphrase can open it. Args: path, recipient type.
const MsgSnapKeyFile = "snapshot.key_file"

// keyRecipient reads the age header at the start of br (without consuming
// it) and returns the type of its recipients when none of them is a
// passphrase (scrypt): "X25519", "ssh-ed25519", …; "" for a passphrase
// file, or a header it cannot read (decryption then reports that).
func keyRecipient(br *bufio.Reader) string {
	head, _ := br.Peek(8 << 10)
	if bytes.HasPrefix(head, []byte(armorMagic)) {
		dec, _ := io.ReadAll(io.LimitReader(armor.NewReader(bytes.NewReader(head)), 4<<10))
		head = dec
	}
	var types []string
	for _, line := range strings.Split(string(head), "\n") {
		if strings.HasPrefix(line, "---") {
			break // the end of the header
		}
		if rest, ok := strings.CutPrefix(line, "-> "); ok {
			t, _, _ := strings.Cut(rest, " ")
			if t == "scrypt" {
				return ""
			}
			types = append(types, t)
		}
	}
	for _, t := range types {
		// age adds a random "grease" stanza to some files; only a known
		// key type names what the file was made for.
		if t == "X25519" || strings.HasPrefix(t, "ssh-") || strings.HasPrefix(t, "mlkem") || strings.Contains(t, "25519") {
			return t
		}
	}
	return ""
}
