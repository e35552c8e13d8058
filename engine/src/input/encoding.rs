//! Bytes to text: UTF-8 with or without a byte-order mark, and UTF-16 with one (as Windows tools save
//! "Unicode" text). Anything else is an error that names the line and says how to re-save the file.
use std::path::Path;

use crate::error::InputError;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn lines_before(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// The text of a file's bytes; the byte-order mark, if any, is not part of it.
pub fn text(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => return utf16(path, rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => return utf16(path, rest, u16::from_be_bytes),
        _ => {}
    }
    let bytes = match bytes.strip_prefix(UTF8_BOM) {
        // a BOM kept would be part of the first line, and an outlet named there would go unseen
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let message = if looks_like_utf16(&bytes) {
            "is UTF-16 without a byte-order mark; re-save the file as UTF-8"
        } else {
            "holds a NUL byte, so it looks binary; save the article as plain UTF-8 text"
        };
        return Err(InputError::at(path, lines_before(&bytes[..pos]), message));
    }
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        InputError::at(path, lines_before(&e.as_bytes()[..pos]), format!("is not valid UTF-8 (byte {pos}); re-save the file as UTF-8"))
    })
}

fn utf16(path: &Path, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputError> {
    let units: Vec<u16> = bytes.chunks(2).map(|c| unit([c[0], c.get(1).copied().unwrap_or(0)])).collect();
    let line = |upto: usize| units[..upto].iter().filter(|&&u| u == u16::from(b'\n')).count() + 1;
    if bytes.len() % 2 == 1 {
        return Err(InputError::at(path, line(units.len() - 1), "is UTF-16 but ends in half a character; re-save the file as UTF-8"));
    }
    let mut text = String::with_capacity(bytes.len());
    for (i, c) in char::decode_utf16(units.iter().copied()).enumerate() {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                // `i` counts characters; find the unit it stands at for the line
                let at = units.len().min(text.encode_utf16().count());
                return Err(InputError::at(
                    path,
                    line(at),
                    format!("is UTF-16 with a broken character (character {}); re-save the file as UTF-8", i + 1),
                ));
            }
        }
    }
    if text.contains('\0') {
        let at = text.find('\0').unwrap_or(0);
        return Err(InputError::at(path, lines_before(&text.as_bytes()[..at]), "holds a NUL character; save the article as plain text"));
    }
    Ok(text)
}

/// UTF-16 saved without its mark: mostly ASCII text, so every other byte is zero.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let zeros = |parity: usize| bytes.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = bytes.len() / 2;
    let (even, odd) = (zeros(0), zeros(1));
    half > 0 && (even.max(odd) * 10 >= half * 6) && even.min(odd) * 20 <= half
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn a_utf8_byte_order_mark_is_not_text() {
        assert_eq!(text(Path::new("a.txt"), b"\xEF\xBB\xBFnews.example.org\nBody".to_vec()).unwrap(), "news.example.org\nBody");
    }

    #[test]
    fn utf16_with_a_mark_is_decoded_either_way_round() {
        let s = "Dvořák said “4,512”.\nSecond line";
        assert_eq!(text(Path::new("a.txt"), utf16le(s, true)).unwrap(), s);
        let mut be = vec![0xFE, 0xFF];
        be.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(text(Path::new("a.txt"), be).unwrap(), s);
    }

    #[test]
    fn broken_or_unmarked_utf16_says_how_to_fix_it() {
        let err = text(Path::new("a.txt"), utf16le("plain words\nand more", false)).unwrap_err();
        assert_eq!(err.to_string(), "a.txt:1: is UTF-16 without a byte-order mark; re-save the file as UTF-8");
        let mut odd = utf16le("ab\ncd", true);
        odd.push(b'x');
        assert!(text(Path::new("a.txt"), odd).unwrap_err().to_string().starts_with("a.txt:2: is UTF-16 but ends in half"));
        let mut lone = utf16le("ab\n", true);
        lone.extend([0x00, 0xD8, b'c', 0]);
        let err = text(Path::new("a.txt"), lone).unwrap_err().to_string();
        assert!(err.starts_with("a.txt:2: is UTF-16 with a broken character"), "{err}");
    }
}
