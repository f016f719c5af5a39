//! A byte trie of the folded patterns: every pattern that starts at a
//! position, by increasing length, in one walk of at most `L` bytes.
//!
//! It replaces two Aho–Corasick automata: for an article's few dozen
//! spellings a trie is as fast, and it keeps ~58 kB (raw) of automaton code
//! out of the browser's bundle (docs/benchmarks.md, "Bundle levers").

/// No child (node 0 is the root, never anyone's child).
const NONE: u32 = 0;

#[derive(Debug, Clone)]
pub(super) struct Trie {
    /// The root's children by first byte: most positions of a text leave
    /// the trie here, in one lookup.
    root: Box<[u32; 256]>,
    nodes: Vec<Node>,
}

#[derive(Debug, Clone, Default)]
struct Node {
    /// Children by byte, sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The pattern that ends here.
    pattern: Option<usize>,
}

impl Trie {
    /// A trie of `patterns` (distinct, non-empty); pattern `i` is reported
    /// as `i`.
    pub(super) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Trie {
        let mut trie = Trie {
            root: Box::new([NONE; 256]),
            nodes: vec![Node::default()],
        };
        for (id, pattern) in patterns.iter().enumerate() {
            let mut node = 0usize;
            for (depth, &byte) in pattern.as_ref().iter().enumerate() {
                node = match trie.child(node, byte) {
                    Some(next) => next,
                    None => {
                        let next = trie.nodes.len();
                        let index = u32::try_from(next).unwrap_or(u32::MAX);
                        trie.nodes.push(Node::default());
                        if depth == 0 {
                            trie.root[usize::from(byte)] = index;
                        } else {
                            let edges = &mut trie.nodes[node].edges;
                            let at = edges.partition_point(|&(b, _)| b < byte);
                            edges.insert(at, (byte, index));
                        }
                        next
                    }
                };
            }
            if node != 0 {
                trie.nodes[node].pattern.get_or_insert(id);
            }
        }
        trie
    }

    fn child(&self, node: usize, byte: u8) -> Option<usize> {
        let next = if node == 0 {
            self.root[usize::from(byte)]
        } else {
            let edges = &self.nodes.get(node)?.edges;
            let at = edges.binary_search_by_key(&byte, |&(b, _)| b).ok()?;
            edges[at].1
        };
        (next != NONE).then_some(next as usize)
    }

    /// Every pattern that starts at `start` in `hay`: `(end, pattern)`,
    /// shortest first.
    pub(super) fn starting_at(&self, hay: &[u8], start: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut node = 0;
        for (i, &byte) in hay.get(start..).unwrap_or_default().iter().enumerate() {
            let Some(next) = self.child(node, byte) else {
                break;
            };
            node = next;
            if let Some(p) = self.nodes[node].pattern {
                out.push((start + i + 1, p));
            }
        }
        out
    }

    /// Whether any pattern starts with `byte` (the common "no" is one lookup).
    pub(super) fn starts_with(&self, byte: u8) -> bool {
        self.root[usize::from(byte)] != NONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_starting_at_a_position_shortest_first() {
        let trie = Trie::new(&["export", "export controls", "ex", "port", "x"]);
        let hay = b"an export controls list";
        assert_eq!(trie.starting_at(hay, 3), [(5, 2), (9, 0), (18, 1)]);
        assert_eq!(trie.starting_at(hay, 5), [(9, 3)]);
        assert_eq!(trie.starting_at(hay, 4), [(5, 4)]);
        assert!(trie.starting_at(hay, 0).is_empty());
        assert!(trie.starting_at(hay, hay.len()).is_empty());
        assert!(trie.starting_at(hay, hay.len() + 5).is_empty());
        assert!(trie.starts_with(b'e') && !trie.starts_with(b'a'));
    }

    #[test]
    fn the_first_of_two_equal_patterns_owns_it_and_empty_ones_match_nothing() {
        let trie = Trie::new(&["ab", "", "ab"]);
        assert_eq!(trie.starting_at(b"ab", 0), [(2, 0)]);
        let none: [&str; 0] = [];
        assert!(Trie::new(&none).starting_at(b"ab", 0).is_empty());
    }
}
