//! The ids of the facts: one type for each thing an id names, so a figure's id cannot be passed
//! where a person's is wanted. Each is its text and nothing else: `serde(transparent)` keeps the
//! JSON export's shape ("id": "ann-lee"), and it costs the app no bytes.
use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! id_types {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        // so maps and sets keyed by an id can be asked with a `&str`
        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )*};
}

id_types! {
    /// An article: its file name without `.txt`, stable across builds so links to it keep working.
    DocId;
    /// A person: "ann-lee".
    PersonId;
    /// An organisation or a place: unique among people, organisations and places.
    EntityId;
    /// One reported value of a figure.
    FigureId;
    /// A set of reports of one quantity with different values.
    ConflictId;
    /// Parts that should add up to a total.
    CheckId;
    /// A card on the page, in links (`open=`) and pins: the id of the person, organisation, place or
    /// figure it shows, or a disputed quantity's conflict id.
    CardId;
}

macro_rules! card_of {
    ($($from:ident),*) => {$(
        impl From<&$from> for CardId {
            fn from(id: &$from) -> Self {
                CardId(id.0.clone())
            }
        }

        impl PartialEq<$from> for CardId {
            fn eq(&self, other: &$from) -> bool {
                self.0 == other.0
            }
        }
    )*};
}

card_of!(PersonId, EntityId, FigureId, ConflictId);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn an_id_is_its_text_in_json_and_in_maps() {
        let id = PersonId::new("ann-lee");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ann-lee\"");
        assert_eq!(serde_json::from_str::<PersonId>("\"x-y\"").unwrap(), PersonId::from("x-y"));
        let map: HashMap<PersonId, usize> = [(id.clone(), 1)].into_iter().collect();
        assert_eq!(map.get("ann-lee"), Some(&1));
        assert_eq!(id.to_string(), "ann-lee");
    }

    #[test]
    fn a_card_is_known_by_the_id_of_what_it_shows() {
        let figure = FigureId::new("f-3");
        let card = CardId::from(&figure);
        assert!(card == figure);
        assert!(card != PersonId::new("f-4").as_str());
        assert_ne!(CardId::from(&ConflictId::new("c-1")), card);
    }
}
