//! One section of an explanation: heading, paragraphs, cards, key points,
//! with glossary terms already marked.

use crate::i18n::t;
use gloss_core::content::anchors::paragraph_id;
use gloss_core::content::model::{Section, SectionKind};
use gloss_core::glossary::AnnotatedSection;
use gloss_core::i18n::names;
use leptos::prelude::*;

use crate::article::rich_text::render_annotated;

#[component]
pub fn SectionView(
    section: Section,
    text: AnnotatedSection,
    #[prop(into)] id: String,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    // The author's heading is content; a kind's default heading is the interface's.
    let (heading, heading_is_content) =
        match (&section.heading, names::section_heading(section.kind)) {
            (None, Some(msg)) => (t(msg).to_owned(), false),
            _ => (section.heading().to_owned(), true),
        };
    let kind_class = format!("article-section section-{}", section.kind.slug());
    let AnnotatedSection {
        paragraphs,
        cards,
        points,
    } = text;
    let paragraphs = section
        .paragraphs
        .iter()
        .zip(paragraphs)
        .map(|(p, nodes)| {
            let pid = p.anchor().map(paragraph_id);
            view! { <p id=pid>{render_annotated(nodes)}</p> }
        })
        .collect_view();
    let cards = (!section.cards.is_empty()).then(|| {
        view! {
            <ul class="cards">
                {section.cards.iter().zip(cards).map(|(c, nodes)| view! {
                    <li class="card">
                        <h3>{c.title.clone()}</h3>
                        <p>{render_annotated(nodes)}</p>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    let points = (!points.is_empty()).then(|| {
        let class = if section.kind == SectionKind::KeyPoints { "key-points" } else { "key-points points" };
        view! {
            <ul class=class>
                {points.into_iter().map(|nodes| view! { <li>{render_annotated(nodes)}</li> }).collect_view()}
            </ul>
        }
    });
    let labelled_by = heading_id.clone();
    let content = crate::article::lang::use_content_lang();
    view! {
        <section class=kind_class id=id aria-labelledby=labelled_by>
            <h2 id=heading_id lang=heading_is_content.then(|| content.map(|c| c.lang())).flatten() dir=heading_is_content.then(|| content.map(|c| c.dir())).flatten()>{heading}</h2>
            <div class="section-body" lang=content.map(|c| c.lang()) dir=content.map(|c| c.dir())>
                {paragraphs}
                {cards}
                {points}
            </div>
        </section>
    }
}
