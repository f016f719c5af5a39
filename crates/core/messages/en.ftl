# The interface's words in English, the source for every other language.
# Syntax: a subset of Fluent (https://projectfluent.org/), see
# crates/core/src/i18n/ftl.rs. Each message id becomes a `Msg` variant
# (reading-time → Msg::ReadingTime). Translations in es.ftl and ar.ftl must
# have the same ids and the same variables; plural variants follow each
# language's CLDR categories.

## Counts and scores

reading-time = { $minutes } min read
question-of = Question { $number } of { $total }
questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
score-out-of = { $correct } out of { $total }
score-percent = { $percent }%
score = { $correct } out of { $total } ({ $percent }%)
you-scored = You scored { $correct } out of { $total } ({ $percent }%)
answered-of = You answered { $answered } of { $total ->
    [one] { $total } question
   *[other] { $total } questions
}

## Site chrome

skip-to-content = Skip to content
tagline = The news, explained
nav-progress = My progress
nav-words = My words
footer-about = Gloss is an open-source reader for explained news. It runs in your browser: no account, and nothing you do is sent anywhere.
interface-language = Language
back-to-articles = Back to articles
try-again = Try again
opens-new-tab = (opens in a new tab)

## The index

index-heading = Explained news
index-lede = Big stories, explained step by step, with key terms and a quiz to check your understanding.
search-label = Search articles
search-needs-js = Search needs JavaScript. You can still browse by category.
categories = Categories
category-all = All
category-all-matches = All matches
loading-articles = Loading articles…
latest-articles = Latest articles
latest-articles-page = Latest articles, page { $page } of { $pages }
category-page = { $category }, page { $page } of { $pages }
no-articles-heading = No articles yet
no-articles-text = This collection has no articles. Check back soon.
articles = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
showing = showing { $from }
showing-range = showing { $from }–{ $to }
pages = Pages
page-of = Page { $page } of { $pages }
pager-newest = Newest
pager-newer = ← Newer
pager-older = Older →
searching = Searching…
no-matches = No articles match
articles-found = { $count ->
    [one] { $count } article found
   *[other] { $count } articles found
}
search-results = Search results
show-more-results = Show more results
search-saved-only = Search can't reach the full list right now, so only the articles saved on this device were searched.
search-try-other = Try fewer or different words, or another category.
clear-filters = Clear filters

## The article page

loading-article = Loading article…
original-reporting = Original reporting:
attachments = Attachments
attachment-pdf = PDF
attachment-video = Video
attachment-audio = Audio
attachment-link = Link
reading-level = Reading level
explained-for = Explained for:
section-whats-going-on = What's going on
section-how-to-think = How to think about it
section-key-points = Key things to know
section-why-it-matters = Why it matters
section-bigger-picture = The bigger picture

## Key terms

key-terms = Key terms
looked-up = You looked this up
back-to-text = Back to where it appears
see-in-key-terms = See it in the key terms
