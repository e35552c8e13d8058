//! The compact binary form in which the build hands the facts to the browser app.
// Hand-written rather than serde + postcard: the app decodes it once, and serde's derived visitors
// for every model type weighed more in the wasm than this whole file. Varints for numbers, a length
// before each string and list, a tag byte for options and enums; `tests` round-trips real corpora.
use crate::model::*;

/// The facts as bytes, for `decode`.
pub fn encode(facts: &Facts) -> Vec<u8> {
    let docs = facts.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    let mut w = Writer(Vec::new(), docs);
    w.list(&facts.documents, |w, d| {
        w.str(d.id.as_str());
        w.str(&d.file);
        w.str(&d.title);
        w.opt(&d.outlet);
        w.opt(&d.date);
        w.opt(&d.url);
        w.str(&d.text);
    });
    w.list(&facts.people, |w, p| {
        w.str(p.id.as_str());
        w.str(&p.name);
        w.list(&p.aliases, |w, s| w.str(s));
        w.opt(&p.role);
        w.list(&p.roles, |w, s| w.str(s));
        w.num(p.outlets);
        w.mentions(&p.mentions);
    });
    for entities in [&facts.organisations, &facts.places] {
        w.list(entities, |w, e| {
            w.str(e.id.as_str());
            w.str(&e.name);
            w.list(&e.aliases, |w, s| w.str(s));
            w.num(e.outlets);
            w.mentions(&e.mentions);
        });
    }
    w.list(&facts.figures, |w, f| {
        w.str(f.id.as_str());
        w.0.extend_from_slice(&f.value.to_le_bytes());
        w.str(&f.display);
        w.str(&f.unit);
        w.0.push(f.qualifier as u8);
        w.str(&f.label);
        w.opt(&f.subject.as_ref().map(|s| s.to_string()));
        w.num(f.outlets);
        w.mentions(&f.mentions);
    });
    w.list(&facts.conflicts, |w, c| {
        w.str(c.id.as_str());
        w.str(&c.about);
        w.0.push(c.kind as u8);
        w.list(&c.figures, |w, s| w.str(s.as_str()));
    });
    w.list(&facts.checks, |w, c| {
        w.str(c.id.as_str());
        w.str(&c.about);
        w.list(&c.parts, |w, s| w.str(s.as_str()));
        w.str(c.total.as_str());
        w.0.extend_from_slice(&c.sum.to_le_bytes());
        w.0.push(c.holds as u8);
    });
    let s = &facts.story;
    w.str(&s.title);
    w.str(&s.intro);
    for o in [&s.url, &s.image, &s.image_alt, &s.site] {
        w.opt(o);
    }
    w.list(&facts.pinned, |w, s| w.str(s.as_str()));
    w.0
}

/// The facts `encode` wrote; `None` if the bytes are not such a record.
// Every read gives a value even past a fault (an empty string, a zero) and the reader remembers
// the fault: with `?` after each field, the wasm carried a path dropping what was built so far
// for each of them, a few KB in all.
pub fn decode(bytes: &[u8]) -> Option<Facts> {
    let r = &mut Reader { bytes, docs: Vec::new(), failed: false };
    let documents =
        r.list(|r| Document { id: r.id(), file: r.str(), title: r.str(), outlet: r.opt(), date: r.opt(), url: r.opt(), text: r.str() });
    r.docs = documents.iter().map(|d| d.id.clone()).collect();
    let facts = Facts {
        documents,
        people: r.list(|r| Person {
            id: r.id(),
            name: r.str(),
            aliases: r.list(Reader::str),
            role: r.opt(),
            roles: r.list(Reader::str),
            outlets: r.num(),
            mentions: r.list(Reader::mention),
        }),
        organisations: r.list(Reader::entity),
        places: r.list(Reader::entity),
        figures: r.list(|r| Figure {
            id: r.id(),
            value: r.f64(),
            display: r.str(),
            unit: r.str(),
            qualifier: r.pick(&QUALIFIERS),
            label: r.str(),
            subject: r.opt().map(PersonId::from),
            outlets: r.num(),
            mentions: r.list(Reader::mention),
        }),
        conflicts: r.list(|r| Conflict { id: r.id(), about: r.str(), kind: r.pick(&CONFLICT_KINDS), figures: r.list(Reader::id) }),
        checks: r.list(|r| Check {
            id: r.id(),
            about: r.str(),
            parts: r.list(Reader::id),
            total: r.id(),
            sum: r.f64(),
            holds: r.byte() == 1,
        }),
        story: Story { title: r.str(), intro: r.str(), url: r.opt(), image: r.opt(), image_alt: r.opt(), site: r.opt() },
        pinned: r.list(Reader::id),
    };
    (!r.failed && r.bytes.is_empty()).then_some(facts)
}

// In declaration order, which `as u8` follows.
const QUALIFIERS: [Qualifier; 7] =
    [Qualifier::Exact, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::UpTo, Qualifier::FewerThan, Qualifier::About, Qualifier::Nearly];
const CONFLICT_KINDS: [ConflictKind; 3] = [ConflictKind::Contradiction, ConflictKind::Imprecise, ConflictKind::Mixed];

/// The bytes, and each document's position by id: a mention names its document by position.
struct Writer<'a>(Vec<u8>, std::collections::HashMap<&'a str, usize>);

impl Writer<'_> {
    fn num(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.num(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt(&mut self, s: &Option<String>) {
        match s {
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
            None => self.0.push(0),
        }
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Writer, &T)) {
        self.num(items.len());
        for item in items {
            each(self, item);
        }
    }

    // Offsets as steps from the one before (start, end, mark start, mark end): a sentence's end and
    // its mark lie a few bytes past its start, so most steps take one byte where offsets took two.
    fn mentions(&mut self, mentions: &[Mention]) {
        self.list(mentions, |w, m| {
            // its document's position + 1; 0 and the id for a document the facts do not list
            match w.1.get(m.doc.as_str()) {
                Some(&d) => w.num(d + 1),
                None => {
                    w.num(0);
                    w.str(m.doc.as_str());
                }
            }
            w.str(&m.quote);
            let mut last = 0;
            for n in [m.start, m.end, m.mark_start, m.mark_end] {
                w.step(last, n);
                last = n;
            }
        });
    }

    /// `to - from` zigzag-encoded (0, -1, 1, -2, …), so a step back is as short as one forward.
    fn step(&mut self, from: usize, to: usize) {
        let d = to as i64 - from as i64;
        self.num(((d << 1) ^ (d >> 63)) as usize);
    }
}

/// The bytes left, the documents' ids once read, and whether a read found no record.
struct Reader<'a> {
    bytes: &'a [u8],
    docs: Vec<DocId>,
    failed: bool,
}

impl Reader<'_> {
    /// Past the end (or after a fault) a zero, and the reader has failed.
    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => self.fail(0),
        }
    }

    fn fail<T>(&mut self, value: T) -> T {
        self.failed = true;
        self.bytes = &[];
        value
    }

    fn num(&mut self) -> usize {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte();
            match ((b & 0x7f) as usize).checked_shl(shift) {
                Some(bits) => n |= bits,
                None => return self.fail(0),
            }
            if b < 0x80 {
                return n;
            }
        }
        self.fail(0)
    }

    fn take(&mut self, len: usize) -> &[u8] {
        if len > self.bytes.len() {
            return self.fail(&[]);
        }
        let (taken, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        taken
    }

    fn str(&mut self) -> String {
        let len = self.num();
        match String::from_utf8(self.take(len).to_vec()) {
            Ok(s) => s,
            Err(_) => self.fail(String::new()),
        }
    }

    /// An id of whichever kind the field holds.
    fn id<T: From<String>>(&mut self) -> T {
        self.str().into()
    }

    fn opt(&mut self) -> Option<String> {
        match self.byte() {
            0 => None,
            1 => Some(self.str()),
            _ => self.fail(None),
        }
    }

    fn f64(&mut self) -> f64 {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8).get(..8).unwrap_or(&[0; 8]));
        f64::from_le_bytes(b)
    }

    /// One of `options` by its position.
    fn pick<T: Copy>(&mut self, options: &[T]) -> T {
        let at = self.byte() as usize;
        match options.get(at) {
            Some(&x) => x,
            None => self.fail(options[0]),
        }
    }

    // never inlined: the lists of ids of each type are then one function (wasm-opt merges the
    // identical bodies); inlined where a type had one list, they cost 229 B gzip
    #[inline(never)]
    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len = self.num();
        // a corrupt length must not reserve gigabytes: every item takes at least one byte
        let mut items = Vec::with_capacity(len.min(self.bytes.len()));
        for _ in 0..len {
            if self.failed {
                break;
            }
            items.push(each(self));
        }
        items
    }

    fn entity(&mut self) -> Entity {
        Entity {
            id: self.id(),
            name: self.str(),
            aliases: self.list(Reader::str),
            outlets: self.num(),
            mentions: self.list(Reader::mention),
        }
    }

    fn mention(&mut self) -> Mention {
        let doc = match self.num() {
            0 => self.id(),
            d => match self.docs.get(d - 1) {
                Some(id) => id.clone(),
                None => self.fail(DocId::default()),
            },
        };
        let quote = self.str();
        let start = self.step(0);
        let end = self.step(start);
        let mark_start = self.step(end);
        let mark_end = self.step(mark_start);
        Mention { doc, quote, start, end, mark_start, mark_end }
    }

    fn step(&mut self, from: usize) -> usize {
        let z = self.num() as u64;
        let d = (z >> 1) as i64 ^ -((z & 1) as i64);
        match i64::try_from(from).ok().and_then(|f| f.checked_add(d)).and_then(|x| usize::try_from(x).ok()) {
            Some(x) => x,
            None => self.fail(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn corpus(dir: &str) -> Facts {
        crate::build(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).expect("the corpus builds")
    }

    #[test]
    fn real_corpora_round_trip() {
        for dir in ["../corpus", "tests/fixtures/harbour-strike", "tests/fixtures/earthquake"] {
            let mut facts = corpus(dir);
            // and the editors' pins, which no fixture's curation has
            facts.pinned = vec![CardId::from(&facts.people[0].id), CardId::from(&facts.figures[0].id)];
            assert!(!facts.figures.is_empty() && !facts.people.is_empty(), "{dir} has facts to carry");
            assert_eq!(decode(&encode(&facts)).as_ref(), Some(&facts), "{dir}");
        }
    }

    #[test]
    fn mentions_round_trip_whatever_their_offsets() {
        let mut facts = corpus("tests/fixtures/harbour-strike");
        let doc = facts.documents[0].id.clone();
        let m = |[start, end, mark_start, mark_end]: [usize; 4]| Mention {
            doc: doc.clone(),
            quote: String::new(),
            start,
            end,
            mark_start,
            mark_end,
        };
        // offsets that step back, zeros, and large offsets
        facts.people[0].mentions.extend([m([7, 3, 0, 5]), m([0, 0, 0, 0]), m([1 << 30, (1 << 30) + 200, 12, 1 << 31])]);
        assert_eq!(decode(&encode(&facts)).as_ref(), Some(&facts));
    }

    #[test]
    fn a_mention_names_its_document_by_position_and_an_unlisted_one_by_id() {
        // the seed's document ids are long enough to occur nowhere else
        let mut facts = corpus("../corpus");
        let last = facts.documents.len() - 1;
        facts.people[0].mentions[0].doc = facts.documents[last].id.clone();
        facts.people[0].mentions[1].doc = "not-a-document".into();
        let bytes = encode(&facts);
        let back = decode(&bytes).expect("decodes");
        assert_eq!(back.people[0].mentions[0].doc, facts.documents[last].id);
        assert_eq!(back.people[0].mentions[1].doc, "not-a-document");
        // a document's id is written once, however many mentions name it (its file name, "<id>.txt",
        // is another field)
        let id = facts.documents[0].id.as_str().as_bytes();
        assert!(facts.people.iter().flat_map(|p| &p.mentions).filter(|m| m.doc == facts.documents[0].id).count() > 1);
        assert_eq!(bytes.windows(id.len() + 1).filter(|w| w.starts_with(id) && w[id.len()] != b'.').count(), 1);
    }

    #[test]
    fn every_qualifier_and_conflict_kind_round_trips() {
        for (i, q) in QUALIFIERS.iter().enumerate() {
            assert_eq!(*q as usize, i);
        }
        for (i, k) in CONFLICT_KINDS.iter().enumerate() {
            assert_eq!(*k as usize, i);
        }
    }

    #[test]
    fn truncated_or_padded_bytes_are_refused() {
        let bytes = encode(&corpus("../corpus"));
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        // damaged bytes anywhere give None or other facts, never a panic or a huge allocation
        for at in (0..bytes.len()).step_by(5) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0xff;
            let _ = decode(&damaged);
        }
        let mut padded = bytes.clone();
        padded.push(0);
        assert_eq!(decode(&padded), None);
    }
}
