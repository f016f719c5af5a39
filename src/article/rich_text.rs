//! Renders inline markup as DOM nodes. Text only ever becomes text nodes;
//! links are `https:` URLs checked by the core parser.

use gloss_core::content::markup::{self, Inline};
use gloss_core::glossary::AnnotatedInline;
use leptos::prelude::*;

use crate::article::lang::use_content_lang;
use crate::glossary::tip::GlossaryTip;

/// Renders parsed inline nodes.
pub fn render_inlines(nodes: Vec<Inline>) -> AnyView {
    nodes
        .into_iter()
        .map(|node| match node {
            Inline::Text(t) => t.into_any(),
            Inline::Emph(children) => view! { <em>{render_inlines(children)}</em> }.into_any(),
            Inline::Strong(children) => {
                view! { <strong>{render_inlines(children)}</strong> }.into_any()
            }
            Inline::Link { href, children } => view! {
                <a href=href target="_blank" rel="noopener noreferrer">
                    {render_inlines(children)}
                    <span class="visually-hidden" lang=crate::i18n::current().code() dir=crate::i18n::current().dir()>" " {crate::i18n::t(gloss_core::i18n::Msg::OpensNewTab)}</span>
                </a>
            }
            .into_any(),
        })
        .collect_view()
        .into_any()
}

/// Renders inline nodes in which glossary terms are marked; each term becomes
/// a [`GlossaryTip`].
pub fn render_annotated(nodes: Vec<AnnotatedInline>) -> AnyView {
    nodes
        .into_iter()
        .map(|node| match node {
            AnnotatedInline::Text(t) => t.into_any(),
            AnnotatedInline::Term { entry, text, first } => {
                view! { <GlossaryTip entry text first/> }.into_any()
            }
            AnnotatedInline::Emph(children) => {
                view! { <em>{render_annotated(children)}</em> }.into_any()
            }
            AnnotatedInline::Strong(children) => {
                view! { <strong>{render_annotated(children)}</strong> }.into_any()
            }
            AnnotatedInline::Link { href, children } => {
                render_inlines(vec![Inline::Link { href, children }])
            }
        })
        .collect_view()
        .into_any()
}

/// A string of inline markup from the article, in the article's language
/// and direction (isolated from the interface text around it).
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    let nodes = render_inlines(markup::parse_nodes(&text));
    match use_content_lang() {
        Some(c) => view! { <span lang=c.lang() dir=c.dir()>{nodes}</span> }.into_any(),
        None => nodes,
    }
}
