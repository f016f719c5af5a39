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
