//! The editor's changes with undo and redo: a list and a cursor; what is before the cursor is pending.
#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    items: Vec<T>,
    cursor: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History { items: Vec::new(), cursor: 0 }
    }
}

impl<T> History<T> {
    /// The changes in force, oldest first.
    pub fn active(&self) -> &[T] {
        &self.items[..self.cursor]
    }

    /// Adds a change; whatever was undone is dropped, as in any editor.
    pub fn push(&mut self, item: T) {
        self.items.truncate(self.cursor);
        self.items.push(item);
        self.cursor += 1;
    }

    pub fn can_undo(&self) -> bool {
        self.cursor > 0
    }

    pub fn can_redo(&self) -> bool {
        self.cursor < self.items.len()
    }

    /// The change taken back, if any.
    pub fn undo(&mut self) -> Option<&T> {
        self.cursor = self.cursor.checked_sub(1)?;
        self.items.get(self.cursor)
    }

    /// The change made again, if any.
    pub fn redo(&mut self) -> Option<&T> {
        let item = self.items.get(self.cursor)?;
        self.cursor += 1;
        Some(item)
    }

    /// Takes back the last change for good (it did not build).
    pub fn drop_last(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.items.truncate(self.cursor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_and_a_new_change_after_undo_drops_the_undone_one() {
        let mut h = History::default();
        h.push("merge");
        h.push("hide");
        assert_eq!(h.undo(), Some(&"hide"));
        assert_eq!(h.active(), ["merge"]);
        assert_eq!(h.redo(), Some(&"hide"));
        assert_eq!(h.redo(), None);
        h.undo();
        h.push("role");
        assert_eq!(h.active(), ["merge", "role"]);
        assert!(!h.can_redo());
        h.drop_last();
        assert_eq!(h.active(), ["merge"]);
        h.undo();
        assert_eq!(h.undo(), None);
        assert!(!h.can_undo());
    }
}
