//! One section of an explanation: heading, paragraphs, cards, key points.

use gloss_core::anchors::paragraph_id;
use gloss_core::model::{Section, SectionKind};
use leptos::prelude::*;

use super::rich_text::RichText;

#[component]
pub fn SectionView(section: Section, #[prop(into)] id: String) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let heading = section.heading().to_owned();
    let kind_class = format!("article-section section-{}", section.kind.slug());
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|p| {
            let pid = p.anchor().map(paragraph_id);
            view! { <p id=pid><RichText text=p.text().to_owned()/></p> }
        })
        .collect_view();
    let cards = (!section.cards.is_empty()).then(|| {
        view! {
            <ul class="cards">
                {section.cards.iter().map(|c| view! {
                    <li class="card">
                        <h3>{c.title.clone()}</h3>
                        <p><RichText text=c.text.clone()/></p>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    let points = (!section.points.is_empty()).then(|| {
        let class = if section.kind == SectionKind::KeyPoints { "key-points" } else { "key-points points" };
        view! {
            <ul class=class>
                {section.points.iter().map(|p| view! { <li><RichText text=p.clone()/></li> }).collect_view()}
            </ul>
        }
    });
    let labelled_by = heading_id.clone();
    view! {
        <section class=kind_class id=id aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {paragraphs}
            {cards}
            {points}
        </section>
    }
}
