//! The floor under Gloss's wasm: see Cargo.toml's features.
use leptos::prelude::*;

#[cfg_attr(feature = "islands", island)]
#[cfg_attr(not(feature = "islands"), component)]
fn Counter() -> impl IntoView {
    let (n, set_n) = signal(0u32);
    view! { <button on:click=move |_| set_n.update(|n| *n += 1)>"Clicked " {n} " times"</button> }
}

#[cfg(feature = "json")]
mod article {
    use leptos::prelude::*;

    #[derive(Clone, serde::Deserialize)]
    pub struct Section {
        pub heading: String,
        pub paragraphs: Vec<String>,
    }

    #[derive(Clone, serde::Deserialize)]
    pub struct Article {
        pub title: String,
        pub sections: Vec<Section>,
    }

    pub fn read() -> Option<Article> {
        let text = web_sys::window()?
            .document()?
            .get_element_by_id("article-data")?
            .text_content()?;
        serde_json::from_str(&text).ok()
    }

    #[component]
    pub fn ArticleView(article: Article) -> impl IntoView {
        view! {
            <h1>{article.title}</h1>
            <For each=move || article.sections.clone() key=|s| s.heading.clone() let:section>
                <section>
                    <h2>{section.heading}</h2>
                    {section.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </section>
            </For>
        }
    }
}

#[component]
fn App() -> impl IntoView {
    #[cfg(feature = "json")]
    let body = article::read().map(|a| view! { <article::ArticleView article=a/> });
    #[cfg(not(feature = "json"))]
    let body = view! { <h1>"Floor"</h1> };
    view! { <main>{body}<Counter/></main> }
}

fn main() {
    #[cfg(feature = "islands")]
    leptos::mount::hydrate_islands();
    #[cfg(not(feature = "islands"))]
    leptos::mount::hydrate_body(App);
}
