//! The compact binary form in which the build hands the facts to the browser app.
// Hand-written rather than serde + postcard: the app decodes it once, and serde's derived visitors
// for every model type weighed more in the wasm than this whole file. Varints for numbers, a length
// before each string and list, a tag byte for options and enums; `tests` round-trips real corpora.
use crate::model::*;

/// The facts as bytes, for `decode`.
pub fn encode(facts: &Facts) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    w.list(&facts.documents, |w, d| {
        w.str(&d.id);
        w.str(&d.file);
        w.str(&d.title);
        w.opt(&d.outlet);
        w.opt(&d.date);
        w.opt(&d.url);
        w.str(&d.text);
    });
    w.list(&facts.people, |w, p| {
        w.str(&p.id);
        w.str(&p.name);
        w.list(&p.aliases, |w, s| w.str(s));
        w.opt(&p.role);
        w.list(&p.roles, |w, s| w.str(s));
        w.num(p.outlets);
        w.mentions(&p.mentions);
    });
    for entities in [&facts.organisations, &facts.places] {
        w.list(entities, |w, e| {
            w.str(&e.id);
            w.str(&e.name);
            w.list(&e.aliases, |w, s| w.str(s));
            w.num(e.outlets);
            w.mentions(&e.mentions);
        });
    }
    w.list(&facts.figures, |w, f| {
        w.str(&f.id);
        w.0.extend_from_slice(&f.value.to_le_bytes());
        w.str(&f.display);
        w.str(&f.unit);
        w.0.push(f.qualifier as u8);
        w.str(&f.label);
        w.opt(&f.subject);
        w.num(f.outlets);
        w.mentions(&f.mentions);
    });
    w.list(&facts.conflicts, |w, c| {
        w.str(&c.id);
        w.str(&c.about);
        w.0.push(c.kind as u8);
        w.list(&c.figures, |w, s| w.str(s));
    });
    w.list(&facts.checks, |w, c| {
        w.str(&c.id);
        w.str(&c.about);
        w.list(&c.parts, |w, s| w.str(s));
        w.str(&c.total);
        w.0.extend_from_slice(&c.sum.to_le_bytes());
        w.0.push(c.holds as u8);
    });
    let s = &facts.story;
    w.str(&s.title);
    w.str(&s.intro);
    for o in [&s.url, &s.image, &s.image_alt, &s.site] {
        w.opt(o);
    }
    w.0
}

/// The facts `encode` wrote; `None` if the bytes are not such a record.
pub fn decode(bytes: &[u8]) -> Option<Facts> {
    let r = &mut Reader(bytes);
    let facts = Facts {
        documents: r.list(|r| {
            Some(Document {
                id: r.str()?,
                file: r.str()?,
                title: r.str()?,
                outlet: r.opt()?,
                date: r.opt()?,
                url: r.opt()?,
                text: r.str()?,
            })
        })?,
        people: r.list(|r| {
            Some(Person {
                id: r.str()?,
                name: r.str()?,
                aliases: r.list(Reader::str)?,
                role: r.opt()?,
                roles: r.list(Reader::str)?,
                outlets: r.num()?,
                mentions: r.list(Reader::mention)?,
            })
        })?,
        organisations: r.list(Reader::entity)?,
        places: r.list(Reader::entity)?,
        figures: r.list(|r| {
            Some(Figure {
                id: r.str()?,
                value: r.f64()?,
                display: r.str()?,
                unit: r.str()?,
                qualifier: *QUALIFIERS.get(r.byte()? as usize)?,
                label: r.str()?,
                subject: r.opt()?,
                outlets: r.num()?,
                mentions: r.list(Reader::mention)?,
            })
        })?,
        conflicts: r.list(|r| {
            Some(Conflict { id: r.str()?, about: r.str()?, kind: *CONFLICT_KINDS.get(r.byte()? as usize)?, figures: r.list(Reader::str)? })
        })?,
        checks: r.list(|r| {
            Some(Check {
                id: r.str()?,
                about: r.str()?,
                parts: r.list(Reader::str)?,
                total: r.str()?,
                sum: r.f64()?,
                holds: r.byte()? == 1,
            })
        })?,
        story: Story { title: r.str()?, intro: r.str()?, url: r.opt()?, image: r.opt()?, image_alt: r.opt()?, site: r.opt()? },
    };
    r.0.is_empty().then_some(facts)
}

// In declaration order, which `as u8` follows.
const QUALIFIERS: [Qualifier; 7] =
    [Qualifier::Exact, Qualifier::AtLeast, Qualifier::MoreThan, Qualifier::UpTo, Qualifier::FewerThan, Qualifier::About, Qualifier::Nearly];
const CONFLICT_KINDS: [ConflictKind; 3] = [ConflictKind::Contradiction, ConflictKind::Imprecise, ConflictKind::Mixed];

struct Writer(Vec<u8>);

impl Writer {
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
            w.str(&m.doc);
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

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }

    fn num(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= ((b & 0x7f) as usize).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn take(&mut self, len: usize) -> Option<&[u8]> {
        let bytes = self.0.get(..len)?;
        self.0 = &self.0[len..];
        Some(bytes)
    }

    fn str(&mut self) -> Option<String> {
        let len = self.num()?;
        String::from_utf8(self.take(len)?.to_vec()).ok()
    }

    fn opt(&mut self) -> Option<Option<String>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.str()?)),
            _ => None,
        }
    }

    fn f64(&mut self) -> Option<f64> {
        Some(f64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let len = self.num()?;
        // a corrupt length must not reserve gigabytes: every item takes at least one byte
        let mut items = Vec::with_capacity(len.min(self.0.len()));
        for _ in 0..len {
            items.push(each(self)?);
        }
        Some(items)
    }

    fn entity(&mut self) -> Option<Entity> {
        Some(Entity {
            id: self.str()?,
            name: self.str()?,
            aliases: self.list(Reader::str)?,
            outlets: self.num()?,
            mentions: self.list(Reader::mention)?,
        })
    }

    fn mention(&mut self) -> Option<Mention> {
        let (doc, quote) = (self.str()?, self.str()?);
        let start = self.step(0)?;
        let end = self.step(start)?;
        let mark_start = self.step(end)?;
        let mark_end = self.step(mark_start)?;
        Some(Mention { doc, quote, start, end, mark_start, mark_end })
    }

    fn step(&mut self, from: usize) -> Option<usize> {
        let z = self.num()? as u64;
        let d = (z >> 1) as i64 ^ -((z & 1) as i64);
        usize::try_from(i64::try_from(from).ok()?.checked_add(d)?).ok()
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
            let facts = corpus(dir);
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
