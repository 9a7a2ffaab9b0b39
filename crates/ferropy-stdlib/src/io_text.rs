//! `TextIOWrapper` (CPython `Modules/_io/textio.c`): str in and out over a buffered byte
//! stream — decoding with the file's encoding and error handler, universal newlines on
//! read, newline translation on write, and `tell()`/`seek()` cookies.
//!
//! Reading goes a chunk (8192 bytes) at a time: the chunk's bytes, plus any undecoded
//! tail held back from the previous chunk, are the *decoder input*; a tail that could
//! still change meaning (an incomplete UTF-8 sequence, or a `\r` that may be the first
//! half of `\r\n` in universal mode) is held back for the next chunk, the rest decoded and
//! translated into `decoded`. `tell()` is then the buffer position minus the input's
//! length plus the bytes behind the characters already returned — for ASCII-compatible
//! encodings a plain byte offset, as CPython's cookie is whenever the decoder holds no
//! state. Writes discard any read-ahead and collect encoded in `wpending`, handed to the
//! buffer in chunks (and before any read, flush, tell or seek), as CPython's
//! `pending_bytes` are — which is observable through a `BytesIO` underneath.

use super::layers::{
    append_native, buf_closed, buf_flush, buf_read1, buf_read_all, buf_seek, buf_tell, buf_write,
};
use super::memory::{scan_newlines, translate_newlines};
use super::unsupported;
use ferropy_vm::object::ExtPayload;
use ferropy_vm::types::str::codecs;
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// What `open()` reports as the encoding when none is given: the locale's
/// (`locale.getpreferredencoding(False)`), UTF-8 on the machines ferropy targets.
pub(super) const LOCALE_ENCODING: &str = "UTF-8";

const CHUNK_SIZE: usize = 8192;

/// How bytes map to characters, for holding back tails and for `tell()`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// Any other codec (UTF-16, UTF-32): the stream is decoded whole on first read.
    Other,
}

pub(super) fn classify(name: &str) -> Codec {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        _ => Codec::Other,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Life {
    Uninit,
    Ok,
    Detached,
}

pub(super) struct TextIO {
    pub(super) life: Cell<Life>,
    pub(super) buffer: RefCell<Value>,
    /// The encoding as reported by `.encoding` (as given, or the locale's).
    pub(super) encoding: RefCell<String>,
    pub(super) codec: Cell<Codec>,
    pub(super) errors: RefCell<String>,
    pub(super) readable: Cell<bool>,
    pub(super) writable: Cell<bool>,
    pub(super) readuniversal: Cell<bool>,
    pub(super) readtranslate: Cell<bool>,
    /// The line ending readline looks for when not universal.
    pub(super) readnl: RefCell<String>,
    /// What `\n` becomes on write (`\r` or `\r\n`), if anything.
    pub(super) writenl: RefCell<Option<String>>,
    pub(super) line_buffering: Cell<bool>,
    pub(super) write_through: Cell<bool>,
    /// Decoded text of the current chunk; `decoded[decoded_pos..]` is not yet returned.
    pub(super) decoded: RefCell<String>,
    pub(super) decoded_pos: Cell<usize>,
    /// The decoder input `decoded` came from, for `tell()` (CPython's snapshot).
    pub(super) snapshot: RefCell<Option<Vec<u8>>>,
    /// Bytes `decoded` does not cover yet: the held-back tail of the input.
    pub(super) pending: RefCell<Vec<u8>>,
    pub(super) seen: Cell<u8>,
    pub(super) seekable: Cell<bool>,
    pub(super) telling: Cell<bool>,
    /// Encoded text not yet handed to the buffer (CPython's `pending_bytes`): written
    /// out past `chunk_size`, on a line-buffered newline, and before reads, `flush()`,
    /// `tell()` and `seek()`.
    pub(super) wpending: RefCell<Vec<u8>>,
    /// A BOM-writing codec has written its BOM (or the stream did not start empty).
    pub(super) encoder_started: Cell<bool>,
    pub(super) chunk_size: Cell<usize>,
}

impl ExtPayload for TextIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.buffer.try_borrow() {
            visit(&b);
        }
    }

    fn clear(&self) {
        self.pending_to_native();
        let b = std::mem::replace(&mut *self.buffer.borrow_mut(), Value::None);
        drop(b);
    }

    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }
}

impl Drop for TextIO {
    fn drop(&mut self) {
        self.pending_to_native();
    }
}

impl TextIO {
    /// Hand unwritten text to a native buffer with no interpreter at hand (the wrapper is
    /// being freed; the buffer then writes it out when it goes too).
    fn pending_to_native(&self) {
        let data = match self.wpending.try_borrow_mut() {
            Ok(mut p) => std::mem::take(&mut *p),
            Err(_) => return,
        };
        if !data.is_empty() {
            if let Ok(b) = self.buffer.try_borrow() {
                append_native(&b, &data);
            }
        }
    }

    /// Write pending encoded text to the buffer (`_textiowrapper_writeflush`).
    fn writeflush(&self, vm: &Vm, buf: &Value) -> PyResult<()> {
        let data = std::mem::take(&mut *self.wpending.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        buf_write(vm, buf, data)
    }

    pub(super) fn empty() -> TextIO {
        TextIO {
            life: Cell::new(Life::Uninit),
            buffer: RefCell::new(Value::None),
            encoding: RefCell::new(String::new()),
            codec: Cell::new(Codec::Utf8),
            errors: RefCell::new("strict".into()),
            readable: Cell::new(false),
            writable: Cell::new(false),
            readuniversal: Cell::new(true),
            readtranslate: Cell::new(true),
            readnl: RefCell::new("\n".into()),
            writenl: RefCell::new(None),
            line_buffering: Cell::new(false),
            write_through: Cell::new(false),
            decoded: RefCell::new(String::new()),
            decoded_pos: Cell::new(0),
            snapshot: RefCell::new(None),
            pending: RefCell::new(Vec::new()),
            seen: Cell::new(0),
            seekable: Cell::new(false),
            telling: Cell::new(false),
            wpending: RefCell::new(Vec::new()),
            encoder_started: Cell::new(false),
            chunk_size: Cell::new(CHUNK_SIZE),
        }
    }

    /// The buffer (`CHECK_ATTACHED`).
    pub(super) fn buffer(&self, vm: &Vm) -> PyResult<Value> {
        match self.life.get() {
            Life::Ok => Ok(self.buffer.borrow().clone()),
            Life::Uninit => Err(vm.value_error("I/O operation on uninitialized object")),
            Life::Detached => Err(vm.value_error("underlying buffer has been detached")),
        }
    }

    /// The buffer, checked open (`CHECK_CLOSED`).
    fn open_buffer(&self, vm: &Vm) -> PyResult<Value> {
        let b = self.buffer(vm)?;
        if buf_closed(vm, &b)? {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(b)
    }

    fn readable_buffer(&self, vm: &Vm) -> PyResult<Value> {
        let b = self.open_buffer(vm)?;
        if !self.readable.get() {
            return Err(unsupported(vm, "not readable"));
        }
        Ok(b)
    }

    /// Forget read-ahead: decoded text, snapshot and the decoder's held-back bytes.
    pub(super) fn reset_decoder(&self) {
        self.decoded.borrow_mut().clear();
        self.decoded_pos.set(0);
        self.snapshot.borrow_mut().take();
        self.pending.borrow_mut().clear();
    }

    /// Decode `input` (all of it: `final`) with the stream's codec, then apply universal
    /// newlines.
    fn decode(&self, vm: &Vm, input: &[u8]) -> PyResult<String> {
        let text = codecs::decode(vm, input, &self.encoding_name(), &self.errors.borrow())?;
        if !self.readuniversal.get() {
            return Ok(text);
        }
        if self.seen.get() != 7 {
            self.seen.set(self.seen.get() | scan_newlines(&text));
        }
        Ok(if self.readtranslate.get() && text.contains('\r') {
            translate_newlines(&text)
        } else {
            text
        })
    }

    /// The name to give the codec machinery ("locale" resolved).
    fn encoding_name(&self) -> String {
        let e = self.encoding.borrow();
        if e.as_str() == "locale" {
            LOCALE_ENCODING.into()
        } else {
            e.clone()
        }
    }

    /// How many bytes at the end of `input` must wait for the next chunk.
    fn holdback(&self, input: &[u8]) -> usize {
        let mut keep = if self.codec.get() == Codec::Utf8 {
            utf8_incomplete_tail(input)
        } else {
            0
        };
        if self.readuniversal.get() && input.len() > keep && input[input.len() - keep - 1] == b'\r'
        {
            keep += 1;
        }
        keep
    }

    /// Read and decode the next chunk into `decoded` (which must be used up). Returns
    /// false once the buffer is at EOF (the final, flushed text may still have arrived).
    fn read_chunk(&self, vm: &Vm, buf: &Value) -> PyResult<bool> {
        let whole = self.codec.get() == Codec::Other;
        let chunk = if whole {
            buf_read_all(vm, buf)?
        } else {
            buf_read1(vm, buf, self.chunk_size.get())?
        };
        let chunk = chunk.unwrap_or_default();
        let eof = chunk.is_empty();
        let mut input = std::mem::take(&mut *self.pending.borrow_mut());
        input.extend_from_slice(&chunk);
        let cut = if eof || whole {
            input.len()
        } else {
            input.len() - self.holdback(&input)
        };
        let text = self.decode(vm, &input[..cut])?;
        *self.pending.borrow_mut() = input[cut..].to_vec();
        *self.decoded.borrow_mut() = text;
        self.decoded_pos.set(0);
        *self.snapshot.borrow_mut() = if self.telling.get() {
            Some(input)
        } else {
            None
        };
        Ok(!eof)
    }

    /// Make sure `decoded` has unread text; false at EOF.
    fn ensure_decoded(&self, vm: &Vm, buf: &Value) -> PyResult<bool> {
        loop {
            if self.decoded_pos.get() < self.decoded.borrow().len() {
                return Ok(true);
            }
            let more = self.read_chunk(vm, buf)?;
            if !more && self.decoded.borrow().is_empty() {
                return Ok(false);
            }
        }
    }

    pub(super) fn read(&self, vm: &Vm, n: i64) -> PyResult<String> {
        let buf = self.readable_buffer(vm)?;
        self.writeflush(vm, &buf)?;
        if n < 0 {
            let mut out = {
                let d = self.decoded.borrow();
                d[self.decoded_pos.get()..].to_string()
            };
            let rest = buf_read_all(vm, &buf)?.unwrap_or_default();
            let mut input = std::mem::take(&mut *self.pending.borrow_mut());
            input.extend_from_slice(&rest);
            let text = self.decode(vm, &input)?;
            self.reset_decoder();
            out.push_str(&text);
            return Ok(out);
        }
        let mut out = String::new();
        let mut need = n as usize;
        while need > 0 {
            if !self.ensure_decoded(vm, &buf)? {
                break;
            }
            let d = self.decoded.borrow();
            let pos = self.decoded_pos.get();
            let rem = &d[pos..];
            let end = byte_index_of_char(rem, need);
            let piece = &rem[..end];
            need -= piece.chars().count();
            out.push_str(piece);
            self.decoded_pos.set(pos + end);
        }
        Ok(out)
    }

    /// Where the first line ending in `s` ends, per the newline mode.
    fn line_end(&self, s: &str) -> Option<usize> {
        if self.readtranslate.get() {
            return s.find('\n').map(|i| i + 1);
        }
        if self.readuniversal.get() {
            let b = s.as_bytes();
            let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                return Some(i + 2);
            }
            return Some(i + 1);
        }
        let nl = self.readnl.borrow();
        s.find(nl.as_str()).map(|i| i + nl.len())
    }

    pub(super) fn readline(&self, vm: &Vm, limit: i64) -> PyResult<String> {
        let buf = self.readable_buffer(vm)?;
        self.writeflush(vm, &buf)?;
        let mut line = String::new();
        let mut chars = 0usize;
        let split_crlf = !self.readuniversal.get() && self.readnl.borrow().as_str() == "\r\n";
        loop {
            if limit >= 0 && chars >= limit as usize {
                break;
            }
            if !self.ensure_decoded(vm, &buf)? {
                break;
            }
            let d = self.decoded.borrow();
            let pos = self.decoded_pos.get();
            let rem = &d[pos..];
            // A "\r\n" ending split across two chunks.
            let (take, done) = if split_crlf && line.ends_with('\r') && rem.starts_with('\n') {
                (1, true)
            } else {
                match self.line_end(rem) {
                    Some(e) => (e, true),
                    None => (rem.len(), false),
                }
            };
            let mut piece = &rem[..take];
            let mut done = done;
            if limit >= 0 {
                let room = limit as usize - chars;
                let cut = byte_index_of_char(piece, room);
                if cut < piece.len() {
                    piece = &piece[..cut];
                    done = true;
                }
            }
            if limit >= 0 {
                chars += piece.chars().count();
            }
            line.push_str(piece);
            self.decoded_pos.set(pos + piece.len());
            if done {
                break;
            }
        }
        Ok(line)
    }

    /// `__next__`: one line, with `tell()` disabled while iterating (CPython's rule).
    pub(super) fn next_line(&self, vm: &Vm) -> PyResult<Option<Value>> {
        self.telling.set(false);
        let line = self.readline(vm, -1)?;
        if line.is_empty() {
            self.snapshot.borrow_mut().take();
            self.telling.set(self.seekable.get());
            return Ok(None);
        }
        Ok(Some(vm.new_string(line)))
    }

    pub(super) fn write(&self, vm: &Vm, text: &str) -> PyResult<()> {
        let buf = self.open_buffer(vm)?;
        if !self.writable.get() {
            return Err(unsupported(vm, "not writable"));
        }
        let needflush = self.line_buffering.get() && (text.contains('\n') || text.contains('\r'));
        let translated;
        let text = match &*self.writenl.borrow() {
            Some(nl) if text.contains('\n') => {
                translated = text.replace('\n', nl);
                translated.as_str()
            }
            _ => text,
        };
        let mut bytes = codecs::encode(vm, text, &self.encoding_name(), &self.errors.borrow())?;
        if self.codec.get() == Codec::Other && self.encoder_started.get() {
            strip_bom(&self.encoding_name(), &mut bytes);
        }
        if !bytes.is_empty() {
            self.encoder_started.set(true);
        }
        let full = {
            let mut p = self.wpending.borrow_mut();
            p.extend_from_slice(&bytes);
            p.len() > self.chunk_size.get()
        };
        if full || needflush || self.write_through.get() {
            self.writeflush(vm, &buf)?;
        }
        if needflush {
            buf_flush(vm, &buf)?;
        }
        self.reset_decoder();
        Ok(())
    }

    pub(super) fn flush(&self, vm: &Vm) -> PyResult<()> {
        let buf = self.open_buffer(vm)?;
        self.telling.set(self.seekable.get());
        self.writeflush(vm, &buf)?;
        buf_flush(vm, &buf)
    }

    /// Bytes of the snapshot input behind the first `upto` bytes of `decoded`.
    fn consumed_bytes(&self, input: &[u8], upto: usize) -> usize {
        let cut = input.len() - self.pending.borrow().len();
        let d = self.decoded.borrow();
        if upto >= d.len() {
            return cut;
        }
        let translate = self.readtranslate.get();
        let codec = self.codec.get();
        if codec == Codec::Other {
            // Re-encode what was returned (an approximation for stateful codecs).
            return d[..upto].len().min(cut);
        }
        let errors = self.errors.borrow();
        let (mut i, mut out) = (0usize, 0usize);
        while out < upto && i < cut {
            let b = input[i];
            if translate && b == b'\r' {
                i += if input.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                out += 1;
                continue;
            }
            let (inlen, outlen) = match codec {
                Codec::Latin1 => (1, if b < 0x80 { 1 } else { 2 }),
                Codec::Ascii if b < 0x80 => (1, 1),
                Codec::Ascii => (1, fault_output(&errors, 1)),
                _ => {
                    let end = (i + 4).min(cut);
                    match std::str::from_utf8(&input[i..end]) {
                        Ok(s) => {
                            let n = s.chars().next().map_or(1, char::len_utf8);
                            (n, n)
                        }
                        Err(e) if e.valid_up_to() > 0 => {
                            let s =
                                std::str::from_utf8(&input[i..i + e.valid_up_to()]).unwrap_or("");
                            let n = s.chars().next().map_or(1, char::len_utf8);
                            (n, n)
                        }
                        Err(e) => {
                            let n = e.error_len().unwrap_or(end - i);
                            (n, fault_output(&errors, n))
                        }
                    }
                }
            };
            i += inlen;
            out += outlen;
        }
        i
    }

    pub(super) fn tell(&self, vm: &Vm) -> PyResult<i64> {
        let buf = self.open_buffer(vm)?;
        if !self.seekable.get() {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !self.telling.get() {
            return Err(vm.os_error("telling position disabled by next() call"));
        }
        self.flush(vm)?;
        let pos = buf_tell(vm, &buf)?;
        let snapshot = self.snapshot.borrow().clone();
        let Some(input) = snapshot else {
            return Ok(pos);
        };
        let start = pos - input.len() as i64;
        Ok(start + self.consumed_bytes(&input, self.decoded_pos.get()) as i64)
    }

    pub(super) fn seek(&self, vm: &Vm, cookie: i64, whence: i64) -> PyResult<i64> {
        let buf = self.open_buffer(vm)?;
        if !self.seekable.get() {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        let cookie = match whence {
            1 => {
                if cookie != 0 {
                    return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
                }
                self.tell(vm)?
            }
            2 => {
                if cookie != 0 {
                    return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
                }
                self.flush(vm)?;
                self.reset_decoder();
                let r = buf_seek(vm, &buf, 0, 2)?;
                self.encoder_started.set(r != 0);
                return Ok(r);
            }
            0 => cookie,
            _ => {
                return Err(
                    vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))
                )
            }
        };
        if cookie < 0 {
            return Err(vm.value_error(format!("negative seek position {cookie}")));
        }
        self.flush(vm)?;
        buf_seek(vm, &buf, cookie, 0)?;
        self.reset_decoder();
        if cookie == 0 {
            self.seen.set(0);
        }
        self.encoder_started.set(cookie != 0);
        Ok(cookie)
    }
}

/// The length of an incomplete (so far valid) UTF-8 sequence ending `b`.
fn utf8_incomplete_tail(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=n.min(3) {
        let c = b[n - back];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let need = match c {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => return 0,
        };
        return if need > back { back } else { 0 };
    }
    0
}

/// How many UTF-8 bytes the error handler puts out for an undecodable run of `n` bytes.
fn fault_output(errors: &str, n: usize) -> usize {
    match errors {
        "replace" => 3,
        "backslashreplace" => 4 * n,
        _ => 0,
    }
}

/// The byte index after the first `n` characters of `s` (or its length).
fn byte_index_of_char(s: &str, n: usize) -> usize {
    if s.len() <= n {
        return s.len();
    }
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Drop the byte-order mark a BOM-writing codec put at the front of `bytes`.
fn strip_bom(encoding: &str, bytes: &mut Vec<u8>) {
    let norm = encoding.to_ascii_lowercase().replace(['-', '_'], "");
    let n = match norm.as_str() {
        "utf16" | "u16" => 2,
        "utf32" | "u32" => 4,
        _ => 0,
    };
    if bytes.len() >= n {
        bytes.drain(..n);
    }
}

#[cfg(test)]
mod tests {
    use super::{byte_index_of_char, utf8_incomplete_tail};

    #[test]
    fn incomplete_utf8_tails_are_held_back() {
        assert_eq!(utf8_incomplete_tail(b"abc"), 0);
        assert_eq!(utf8_incomplete_tail("é".as_bytes()), 0);
        assert_eq!(utf8_incomplete_tail(&"é".as_bytes()[..1]), 1);
        assert_eq!(utf8_incomplete_tail(&"☃".as_bytes()[..2]), 2);
        assert_eq!(utf8_incomplete_tail(&"😀".as_bytes()[..3]), 3);
        // Invalid bytes are the decoder's business, not held back.
        assert_eq!(utf8_incomplete_tail(b"a\xff"), 0);
        assert_eq!(utf8_incomplete_tail(b"a\x80"), 0);
    }

    #[test]
    fn char_offsets() {
        assert_eq!(byte_index_of_char("h\u{e9}llo", 2), 3);
        assert_eq!(byte_index_of_char("abc", 5), 3);
        assert_eq!(byte_index_of_char("", 0), 0);
    }
}
