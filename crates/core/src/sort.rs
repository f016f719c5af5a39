//! The one stable sort the core and the app use. Every `slice::sort_by`
//! with its own element type or closure is another copy of the standard
//! library's sort (about 3 kB of wasm each; there were seven). These sort
//! positions with a single comparator type instead, so that code is in the
//! bundle once, and only a small permutation step is generic.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` stably by the key `key` gives each (computed on every
/// comparison, like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, &|a, b| key(a).cmp(&key(b)));
}

/// `0..len` sorted stably by `cmp`: the only instance of the sort.
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn empty_and_single_lists() {
        let mut none: Vec<String> = Vec::new();
        sort_by(&mut none, &|a, b| a.cmp(b));
        assert!(none.is_empty());
        let mut one = vec!["x".to_owned()];
        sort_by(&mut one, &|a, b| b.cmp(a));
        assert_eq!(one, ["x"]);
    }

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by(&mut ours, &|a, b| b.0.cmp(&a.0));
            std.sort_by_key(|p| std::cmp::Reverse(p.0));
            prop_assert_eq!(ours, std);
        }
    }
}
