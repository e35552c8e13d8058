//! One small stable sort for lists of indices, shared by every ordering the explorer needs.
// The standard library's sort is instantiated anew for each element type and comparator, about
// 3 KB of wasm each (18 KB in all here); one merge sort with a `dyn` comparator is a few hundred bytes
// and as fast at these sizes (an 11,000-card catalog sorts in about a millisecond).
use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by(items: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let mut scratch = vec![0; items.len()];
    merge_sort(items, &mut scratch, cmp);
}

fn merge_sort(items: &mut [usize], scratch: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = items.len();
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(items[j - 1], items[j]) == Ordering::Greater {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    let (left, right) = items.split_at_mut(mid);
    merge_sort(left, &mut scratch[..mid], cmp);
    merge_sort(right, &mut scratch[mid..], cmp);
    if cmp(items[mid - 1], items[mid]) != Ordering::Greater {
        return;
    }
    scratch.copy_from_slice(items);
    let (mut i, mut j) = (0, mid);
    for slot in items.iter_mut() {
        if j >= n || (i < mid && cmp(scratch[i], scratch[j]) != Ordering::Greater) {
            *slot = scratch[i];
            i += 1;
        } else {
            *slot = scratch[j];
            j += 1;
        }
    }
}

/// Items found by id: their indices sorted by id, searched by bisection. In place of a hash map
/// (whose table code is instantiated per key type), with the ids left where they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdIndex(Vec<usize>);

impl IdIndex {
    /// Indexes items `0..n`, whose ids `id` gives.
    pub fn new<'a>(n: usize, id: &dyn Fn(usize) -> &'a str) -> IdIndex {
        let mut order: Vec<usize> = (0..n).collect();
        sort_by(&mut order, &|a, b| id(a).cmp(id(b)));
        IdIndex(order)
    }

    /// The item whose id is `key`, given the same `id` as `new`.
    pub fn get<'a>(&self, key: &str, id: &dyn Fn(usize) -> &'a str) -> Option<usize> {
        self.0.binary_search_by(|&i| id(i).cmp(key)).ok().map(|at| self.0[at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(keys in proptest::collection::vec(0u8..20, 0..300)) {
            let mut ours: Vec<usize> = (0..keys.len()).collect();
            sort_by(&mut ours, &|a, b| keys[a].cmp(&keys[b]));
            let mut std_sorted: Vec<usize> = (0..keys.len()).collect();
            std_sorted.sort_by_key(|&i| keys[i]);
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn id_index_finds_every_id_and_nothing_else() {
        let ids = ["delta", "alpha", "charlie", "bravo", "echo"];
        let id = |i: usize| ids[i];
        let index = IdIndex::new(ids.len(), &id);
        for (i, name) in ids.iter().enumerate() {
            assert_eq!(index.get(name, &id), Some(i));
        }
        assert_eq!(index.get("foxtrot", &id), None);
        assert_eq!(index.get("", &id), None);
    }

    #[test]
    fn reverse_order_and_ties_stay_stable() {
        let keys = [3, 1, 3, 2, 1, 0, 3, 2, 2, 1, 0, 0, 3, 3, 1, 2, 0, 1, 2, 3];
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_by(&mut order, &|a, b| keys[b].cmp(&keys[a]));
        let sorted: Vec<i32> = order.iter().map(|&i| keys[i]).collect();
        assert!(sorted.windows(2).all(|w| w[0] >= w[1]));
        for w in order.windows(2) {
            if keys[w[0]] == keys[w[1]] {
                assert!(w[0] < w[1], "equal keys keep their order");
            }
        }
    }
}
