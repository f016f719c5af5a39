//! Where a sentence of the reading plan is on the page: its element (from
//! the plan's [`Place`], following the markup of `src/article/section.rs`
//! and `src/glossary/list.rs`) and DOM `Range`s over its characters, found
//! by walking the element's text nodes. Terms in the text are buttons and
//! their text counts; interface text hidden inside content (a toggletip's
//! bubble and popover, a link's "(opens in a new tab)") does not, as it is
//! not in the plan. If the page's text is not what the plan expects, there
//! is no range (and so no highlight; reading goes on).

use gloss_core::reading::plan::{Place, Plan};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::platform::browser;

/// Elements whose text is the interface's, not the content's.
const NOT_CONTENT: &str = ".visually-hidden,[popover],[role=status]";

/// The element that shows `place`. In a section, by a selector where `#`
/// is the 1-based index.
fn element(plan: &Plan, place: Place) -> Option<Element> {
    let doc = browser::window()?.document()?;
    let (section, index, pattern) = match place {
        Place::Hook => return doc.query_selector(".article-body>.hook").ok()?,
        Place::Term { entry } => return doc.get_element_by_id(plan.term_ids.get(entry)?),
        Place::Definition { entry } => {
            return doc
                .get_element_by_id(plan.term_ids.get(entry)?)?
                .next_element_sibling()
        }
        Place::Heading { section } => (section, 0, "h2"),
        Place::Paragraph { section, index } => (section, index, ".section-body>p:nth-of-type(#)"),
        Place::CardTitle { section, index } => {
            (section, index, ".section-body>.cards>li:nth-child(#)>h3")
        }
        Place::Card { section, index } => {
            (section, index, ".section-body>.cards>li:nth-child(#)>p")
        }
        Place::Point { section, index } => {
            (section, index, ".section-body>.key-points>li:nth-child(#)")
        }
    };
    let selector = match pattern.split_once('#') {
        Some((before, after)) => [":scope>", before, &(index + 1).to_string(), after].concat(),
        None => [":scope>", pattern].concat(),
    };
    doc.get_element_by_id(plan.section_ids.get(section)?)?
        .query_selector(&selector)
        .ok()?
}

/// The content's text nodes under `node`, in order.
fn text_nodes(node: &Node, out: &mut Vec<Node>) {
    let mut child = node.first_child();
    while let Some(c) = child {
        match c.node_type() {
            Node::TEXT_NODE => out.push(c.clone()),
            Node::ELEMENT_NODE => {
                let skip = c
                    .unchecked_ref::<Element>()
                    .matches(NOT_CONTENT)
                    .unwrap_or(true);
                if !skip {
                    text_nodes(&c, out);
                }
            }
            _ => {}
        }
        child = c.next_sibling();
    }
}

/// The DOM ranges of sentence `i`, or of the UTF-16 range `part` of its
/// block's text (a word): one per text node, so that hidden interface text
/// between them is not inside any. `None` when the page does not read, up
/// to the part's end, as the plan says.
pub fn ranges(
    plan: &Plan,
    i: usize,
    part: Option<std::ops::Range<usize>>,
) -> Option<Vec<web_sys::Range>> {
    let (sentence, block) = plan.sentence(i)?;
    let el = element(plan, block.place)?;
    let mut nodes = Vec::new();
    text_nodes(&el, &mut nodes);
    let part = part.unwrap_or_else(|| sentence.utf16.clone());
    let doc = browser::window()?.document()?;
    // What the nodes must still read, and the UTF-16 units before them.
    let mut expected = block.text.as_str();
    let mut before = 0;
    let mut out = Vec::new();
    for node in &nodes {
        let text = node.node_value().unwrap_or_default();
        let same = text.len().min(expected.len());
        if text.get(..same) != expected.get(..same) {
            return None;
        }
        expected = expected.get(same..).unwrap_or_default();
        let end = before + text.encode_utf16().count();
        let (from, to) = (part.start.max(before), part.end.min(end));
        if from < to {
            let range = doc.create_range().ok()?;
            range.set_start(node, (from - before) as u32).ok()?;
            range.set_end(node, (to - before) as u32).ok()?;
            out.push(range);
        }
        if part.end <= end {
            return Some(out);
        }
        before = end;
    }
    None
}

/// Scrolls the page, gently unless the reader prefers reduced motion, when
/// `range` (a sentence's first) is not comfortably in view (the Listen bar
/// may cover the top).
pub fn reveal(range: &web_sys::Range) {
    let Some(window) = browser::window() else {
        return;
    };
    let rect = range.get_bounding_client_rect();
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if rect.height() <= 0.0 || (rect.top() > height * 0.2 && rect.bottom() < height * 0.9) {
        return;
    }
    let reduce = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollToOptions::new();
    options.set_top(rect.top() - height / 3.0);
    options.set_behavior(if reduce {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    window.scroll_by_with_scroll_to_options(&options);
}
