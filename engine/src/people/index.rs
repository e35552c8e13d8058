//! The person drafts a full name may spell, looked up by keys instead of scanning every draft that
//! shares a surname: on a large corpus a common surname gathers many given names, and comparing a
//! name with each of them (two `key` computations a pair) made finding people grow faster than the
//! corpus.
use std::collections::HashMap;

use crate::aliases::{key, surname_key};
use crate::fold::fold;

/// What a full name is matched by: the keys of its surname and given name, the given name's first
/// letter, and whether the given name is an initial ("S." meets any Sergei).
struct NameKeys {
    surname: String,
    given: String,
    letter: Option<char>,
    initial: bool,
}

impl NameKeys {
    fn of(words: &[String]) -> Option<NameKeys> {
        let (first, last) = (words.first()?, words.last()?);
        Some(NameKeys {
            surname: surname_key(last),
            given: key(first),
            letter: fold(first).chars().next(),
            initial: first.trim_end_matches('.').chars().count() == 1,
        })
    }
}

/// Drafts by the keys of their full names: a name matches a draft when one of its full names has the
/// same surname key and a compatible given name (`given_compatible`), as long as every full name of
/// a draft is added here when the draft gains it.
#[derive(Default)]
pub(super) struct DraftIndex {
    /// (surname key, given key): full names whose given names match exactly.
    exact: HashMap<(String, String), Vec<usize>>,
    /// (surname key, first letter): every full name, for a name given as an initial.
    by_letter: HashMap<(String, Option<char>), Vec<usize>>,
    /// (surname key, first letter): full names given as an initial, for a name given in full.
    initials: HashMap<(String, Option<char>), Vec<usize>>,
}

fn push_once(list: &mut Vec<usize>, draft: usize) {
    if !list.contains(&draft) {
        list.push(draft);
    }
}

impl DraftIndex {
    /// Records that `draft` has the full name `words`.
    pub(super) fn add(&mut self, words: &[String], draft: usize) {
        let Some(k) = NameKeys::of(words) else { return };
        push_once(self.exact.entry((k.surname.clone(), k.given)).or_default(), draft);
        if k.initial {
            push_once(self.initials.entry((k.surname.clone(), k.letter)).or_default(), draft);
        }
        push_once(self.by_letter.entry((k.surname, k.letter)).or_default(), draft);
    }

    /// The drafts `words` may spell, oldest first.
    pub(super) fn matching(&self, words: &[String]) -> Vec<usize> {
        let Some(k) = NameKeys::of(words) else { return Vec::new() };
        let letter_key = (k.surname.clone(), k.letter);
        let mut found: Vec<usize> = self.exact.get(&(k.surname, k.given)).cloned().unwrap_or_default();
        found.extend(self.initials.get(&letter_key).into_iter().flatten());
        if k.initial {
            found.extend(self.by_letter.get(&letter_key).into_iter().flatten());
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aliases::given_compatible;

    fn name(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_name_finds_its_spellings_and_initials_but_not_other_given_names() {
        let mut index = DraftIndex::default();
        index.add(&name("Sergei Ivanov"), 0);
        index.add(&name("Anna Ivanov"), 1);
        index.add(&name("S. Ivanov"), 2);
        index.add(&name("Siarhei Ivanov"), 0);
        assert_eq!(index.matching(&name("Sergey Ivanov")), vec![0, 2]);
        assert_eq!(index.matching(&name("S. Ivanov")), vec![0, 2]);
        assert_eq!(index.matching(&name("Anna Ivanova")), Vec::<usize>::new());
        assert_eq!(index.matching(&name("Boris Ivanov")), Vec::<usize>::new());
    }

    #[test]
    fn the_index_finds_what_comparing_every_pair_finds() {
        let spellings = [
            "Sergei Ivanov",
            "Sergey Ivanov",
            "S. Ivanov",
            "Siarhei Ivanov",
            "Anna Ivanov",
            "A. Ivanov",
            "Anna Ivanova",
            "Ahmet Celik",
            "Ahmed Çelik",
            "A Celik",
            "Mehmet Celik",
            "Kwabena Owusu-Mensah",
            "Kwabenah Mensah",
            "K. Mensah",
            "Prayut Chan",
            "Prayuth Chan",
            "P. Chan",
        ];
        let names: Vec<Vec<String>> = spellings.iter().map(|s| name(s)).collect();
        // drafts of one to three names each, in every arrangement a corpus could build
        let drafts: Vec<Vec<&Vec<String>>> =
            (0..names.len()).map(|i| (0..=i % 3).map(|k| &names[(i + k * 5) % names.len()]).collect()).collect();
        let mut index = DraftIndex::default();
        for (d, draft) in drafts.iter().enumerate() {
            for n in draft {
                index.add(n, d);
            }
        }
        for words in &names {
            let (first, last) = (&words[0], &words[words.len() - 1]);
            let every_pair: Vec<usize> = (0..drafts.len())
                .filter(|&d| drafts[d].iter().any(|n| surname_key(&n[n.len() - 1]) == surname_key(last) && given_compatible(&n[0], first)))
                .collect();
            assert_eq!(index.matching(words), every_pair, "{words:?}");
        }
    }
}
