package store

import "secretary/model"

// DecodeChange turns a journal change's stored bytes into the records
// (or settings) a person reads, so nothing above the store handles the
// encoding. A side that is absent (a new or deleted record) stays nil.
func DecodeChange(c model.Change) (before, after model.Record, err error) {
	if c.Entity == 0 {
		return nil, nil, nil
	}
	if c.Before != nil {
		if before, err = theCodec.decodeRecord(c.Entity, c.Before); err != nil {
			return nil, nil, err
		}
	}
	if c.After != nil {
		if after, err = theCodec.decodeRecord(c.Entity, c.After); err != nil {
			return nil, nil, err
		}
	}
	return before, after, nil
}

// DecodeSettings reads the settings a journal change holds (entity 0);
// absent bytes are the zero settings.
func DecodeSettings(framed []byte) (model.Settings, error) {
	var s model.Settings
	if framed == nil {
		return s, nil
	}
	err := theCodec.decode(framed, &s)
	return s, err
}
