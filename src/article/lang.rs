//! Which language and direction the article's own text has, so that it is
//! set on each piece of content and not on the interface around it: in an
//! English interface an Arabic article's text runs right to left, and
//! "min read", the section headings and the quiz's buttons stay left to
//! right (and the reverse once the interface speaks Arabic).

use gloss_core::content::model::Article;
use leptos::prelude::*;

/// The article's `lang` and `dir`, as a small `Copy` context.
#[derive(Clone, Copy)]
pub struct ContentLang {
    lang: StoredValue<String>,
    dir: &'static str,
}

impl ContentLang {
    /// Provides the language of `article` to the components below.
    pub fn provide(article: &Article) -> Self {
        let this = ContentLang {
            lang: StoredValue::new(article.lang.clone()),
            dir: article.dir.as_str(),
        };
        provide_context(this);
        this
    }

    /// The `lang` attribute of content.
    pub fn lang(self) -> String {
        self.lang.get_value()
    }

    /// The `dir` attribute of content.
    pub fn dir(self) -> &'static str {
        self.dir
    }
}

/// The content language of the article being shown, if any.
pub fn use_content_lang() -> Option<ContentLang> {
    use_context::<ContentLang>()
}
