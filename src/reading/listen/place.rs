//! Where a sentence of the reading plan is on the page: its element (from
//! the plan's [`Place`], following the markup of `src/article/section.rs`
//! and `src/glossary/list.rs`) and DOM `Range`s over its characters, found
//! by walking the element's text nodes. Terms in the text are buttons and
//! their text counts; interface text hidden inside content (a toggletip's
//! bubble and popover, a link's "(opens in a new tab)") does not, as it is
//! not in the plan. If the page's text is not what the plan expects, there
//! is no range (and so no highlight; reading goes on).

use std::ops::Range;

use gloss_core::reading::plan::{Place, Plan};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node, Text};

use crate::platform::browser;
use crate::platform::js::{call, field};

/// Elements whose text is the interface's, not the content's.
const NOT_CONTENT: &str = ".visually-hidden,[popover],[role=status]";

/// The element that shows `place`: in a section, `#<section id>>` then
/// the selector's two parts around the 1-based index.
fn element(plan: &Plan, place: Place) -> Option<Element> {
    let doc = browser::window()?.document()?;
    let (section, index, before, after) = match place {
        Place::Hook => return doc.query_selector(".article-body>.hook").ok()?,
        Place::Term { entry } => return doc.get_element_by_id(plan.term_ids.get(entry)?),
        Place::Definition { entry } => (entry, None, "+dd", ""),
        Place::Heading { section } => (section, None, ">h2", ""),
        Place::Paragraph { section, index } => {
            (section, Some(index), ">.section-body>p:nth-of-type(", ")")
        }
        Place::CardTitle { section, index } => (
            section,
            Some(index),
            ">.section-body>.cards>li:nth-child(",
            ")>h3",
        ),
        Place::Card { section, index } => (
            section,
            Some(index),
            ">.section-body>.cards>li:nth-child(",
            ")>p",
        ),
        Place::Point { section, index } => (
            section,
            Some(index),
            ">.section-body>.key-points>li:nth-child(",
            ")",
        ),
    };
    let ids = match place {
        Place::Definition { .. } => &plan.term_ids,
        _ => &plan.section_ids,
    };
    let mut selector = String::from("#");
    selector.push_str(ids.get(section)?);
    selector.push_str(before);
    if let Some(index) = index {
        selector.push_str(&(index + 1).to_string());
    }
    selector.push_str(after);
    doc.query_selector(&selector).ok()?
}

/// The content's text nodes under `node`, in order.
fn text_nodes(node: &Node, out: &mut Vec<Node>) {
    let mut child = node.first_child();
    while let Some(c) = child {
        if c.is_instance_of::<Text>() {
            out.push(c.clone());
        } else if let Some(el) = c.dyn_ref::<Element>() {
            // The walk starts inside content, so only `el` itself can match.
            if el.closest(NOT_CONTENT).ok().flatten().is_none() {
                text_nodes(&c, out);
            }
        }
        child = c.next_sibling();
    }
}

/// The DOM ranges of sentence `i`, or of the UTF-16 range `part` of its
/// block's text (a word): one per text node, so that hidden interface text
/// between them is not inside any. `None` when the page does not read, up
/// to the part's end, as the plan says.
pub fn ranges(plan: &Plan, i: usize, part: Option<Range<usize>>) -> Option<Vec<JsValue>> {
    let (sentence, block) = plan.sentence(i)?;
    let el = element(plan, block.place)?;
    let mut nodes = Vec::new();
    text_nodes(&el, &mut nodes);
    let part = part.unwrap_or_else(|| sentence.utf16.clone());
    let doc: JsValue = browser::window()?.document()?.into();
    // What the nodes must still read, and the UTF-16 units before them.
    let mut expected = block.text.as_str();
    let mut before = 0;
    let mut out = Vec::new();
    for node in &nodes {
        let text = node.text_content().unwrap_or_default();
        expected = match expected.strip_prefix(text.as_str()) {
            Some(rest) => rest,
            // The block ends inside this node.
            None if text.starts_with(expected) => "",
            None => return None,
        };
        let end = before + text.encode_utf16().count();
        let (from, to) = (part.start.max(before), part.end.min(end));
        if from < to {
            let range = call(&doc, "createRange", &[])?;
            let offset = |at: usize| JsValue::from((at - before) as u32);
            call(&range, "setStart", &[node, &offset(from)])?;
            call(&range, "setEnd", &[node, &offset(to)])?;
            out.push(range);
        }
        if part.end <= end {
            return Some(out);
        }
        before = end;
    }
    None
}

/// Scrolls the page when `range` (a sentence's first) is not comfortably in
/// view: gently, unless the reader prefers reduced motion (the stylesheet's
/// `scroll-behavior` while the controls are open).
pub fn reveal(range: &JsValue) {
    let Some(window) = browser::window() else {
        return;
    };
    let w: &JsValue = window.as_ref();
    let rect = call(range, "getBoundingClientRect", &[]).unwrap_or(JsValue::UNDEFINED);
    let number = |v: &JsValue, name| field(v, name).as_f64().unwrap_or(0.0);
    let (top, bottom, height) = (
        number(&rect, "top"),
        number(&rect, "bottom"),
        number(w, "innerHeight"),
    );
    if bottom <= top || (top > height * 0.2 && bottom < height * 0.9) {
        return;
    }
    let (x, y) = (number(w, "scrollX"), number(w, "scrollY"));
    window.scroll_to_with_x_and_y(x, y + top - height / 3.0);
}
