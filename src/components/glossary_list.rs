//! The article's key terms, alphabetically, each addressable by fragment.

use gloss_core::anchors::term_ids;
use gloss_core::model::Article;
use leptos::prelude::*;

use super::rich_text::RichText;

#[component]
pub fn GlossaryList(article: std::sync::Arc<Article>) -> impl IntoView {
    let entries = article.glossary_sorted();
    let ids = term_ids(&entries);
    let items = entries
        .into_iter()
        .zip(ids)
        .map(|(e, id)| {
            view! {
                <div class="glossary-entry">
                    <dt id=id>{e.term.clone()}</dt>
                    <dd><RichText text=e.definition.clone()/></dd>
                </div>
            }
        })
        .collect_view();
    (!article.glossary.is_empty()).then(|| {
        view! {
            <section id="glossary" class="glossary" aria-labelledby="glossary-heading">
                <h2 id="glossary-heading">"Key terms"</h2>
                <dl class="glossary-list">{items}</dl>
            </section>
        }
    })
}
