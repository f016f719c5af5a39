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
for-authors = For authors
for-authors-preview = For authors: preview an article
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
search-too-short = { $count ->
    [one] Type at least { $count } letter to search.
   *[other] Type at least { $count } letters to search.
}
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

## The quiz

quiz-heading = Check your understanding
quiz-needs-js = This quiz needs JavaScript. Turn it on in your browser's settings to answer the questions and see your score; the article and its key terms work without it.
quiz-unfinished = You have an unfinished quiz
quiz-started-on = You started on { $date }.
quiz-continue = Continue the quiz
quiz-changed = This quiz has changed since you started it, so your unfinished answers can't be used. Start again below.
quiz-not-restored = Your unfinished quiz couldn't be restored. Start again below.
quiz-mode-question = How do you want to check your answers?
quiz-mode-immediate = Check each answer as I go
quiz-mode-immediate-hint = See if you're right, and why, after each question.
quiz-mode-at-end = Check all at the end
quiz-mode-at-end-hint = Answer every question first, then see how you did.
quiz-start = Start the quiz
quiz-start-new = Start a new quiz
hint-single = Select one answer.
hint-true-false = Select true or false.
hint-multiple = Select all the answers that apply.
error-prefix = Error:
select-an-answer = Select an answer
select-at-least-one = Select at least one answer
check-answer = Check answer
see-results = See your results
next-question = Next question
previous-question = Previous question
choice-yours-right = Your answer: right
choice-right = Right answer
choice-yours-wrong = Your answer: wrong
verdict-correct = Correct
verdict-incorrect = Incorrect
verdict-not-answered = Not answered
mark-right = right
mark-wrong = wrong
your-answer = Your answer
your-answers = Your answers
right-answer = Right answer
right-answers = Right answers
no-answer = You didn't answer this question.
none-chosen = none
found-of = You found { $found } of the { $total } right answers.
show-in-text = Show me in the text
question-number = (question { $number })
question-label = Question { $number }:
unanswered-heading = You haven't answered { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
unanswered-count-wrong = Questions without an answer count as wrong.
go-to-question = Go to question { $number }
check-anyway = Check my answers anyway
check-my-answers = Check my answers
no-finished-quiz = There is no finished quiz to show.
score-saved = Your score is saved in this browser.
score-blocked = Your browser isn't letting Gloss save anything, so this score is kept only until you close this tab. You can export it from My progress.
score-unsaved = This score couldn't be saved on this device, so it is kept only until you close this tab. You can export it from My progress.
new-order-hint = When you try again, the questions and answers are in a new order.

## Progress

best-score = Best score
last-score = Last score
attempts-label = Attempts
attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
outdated-all = These attempts were on an earlier version of this quiz.
outdated-some = { $count ->
    [one] { $count } attempt was on an earlier version of this quiz.
   *[other] { $count } attempts were on an earlier version of this quiz.
}
badge-read = Read
badge-best = Best score { $score }
badge-last = Last { $score }
badge-in-progress = Quiz in progress
progress-saved = Your progress is saved in this browser, on this device. Nothing is sent anywhere.
progress-memory-only = Your progress is kept in this tab only.
progress-blocked = Your browser isn't letting Gloss store anything, so your progress lasts only until you close this tab. Export it below to keep it.
progress-unsaved = Your latest progress isn't saved on this device: { $error }. It is kept in this tab until you close it; export it below to keep it.
unfinished-quizzes = Unfinished quizzes
scores-appear-here = When you finish a quiz, your scores appear here.
progress-empty = You haven't read an article or taken a quiz in this browser yet.
articles-heading = Articles
scores-over-time = Scores over time
export-and-import = Export and import
reset-progress = Reset progress
articles-appear-here = Articles you open appear here.
not-in-list = (not in the current list of articles)
last-read-on = Last read on { $date }.
not-opened = Not opened in this browser.
no-quiz-finished = No quiz finished yet.
unfinished-here = You have an unfinished quiz here.
continue-quiz-on = Continue the quiz on “{ $title }”
chart-title = Your quiz scores over time
chart-many = A line chart of your last { $count } quiz scores, from { $first } on { $first-date } to { $last } on { $last-date }. The table below lists every score.
chart-one = One quiz score: { $score } on { $date }.
chart-caption = Each point is a finished quiz, oldest on the left, numbered as in the table.
chart-as-table = Show the scores as a table
chart-table-caption = Your quiz scores, oldest first
column-date = Date
column-article = Article
column-score = Score

## Offline and updates

offline-now = You're offline.
offline-saved-still-work = Articles saved on this device still work.
new-version = A new version of Gloss is available.
reload = Reload
saving-offline = Saving for offline…
save-no-answer = Couldn't save it: the offline store didn't answer. Try again, or reload the page.
save-failed = Couldn't save it. Try again when you're online.
available-offline = Available offline
not-available-offline = Not available offline
save-for-offline = Save for offline
save-for-offline-title = Save for offline: { $title }

## My words link

words-due = My words: { $count ->
    [one] { $count } word due today
   *[other] { $count } words due today
}

## Display settings and printing

display = Display
display-settings = Display settings
display-not-kept = This browser isn't keeping data for Gloss, so these settings last only until you close this page.
reset-defaults = Reset to defaults
done = Done
print-worksheet = Print worksheet
print-answer-key = Print answer key
print-name-line = Name: ______________________   Date: ____________
answer-key = Answer key

## My words

words-lede = The key terms you opened while reading. Review a few each day: a word you know comes back after longer and longer breaks.
review = Review
words-by-article = Words by article
words-empty = When you open a key term in an article, it appears here with its definition.
words-exported = Your words are exported and imported with your progress, on
card-position = { $number } of { $total } · Box { $box }
knew-it-box = Knew it: box { $box }.
not-yet-box = Not yet: back to box 1.
review-finished = Review finished.
nothing-to-review = Nothing to review today.
words-due-today = { $count ->
    [one] { $count } word due today.
   *[other] { $count } words due today.
}
review-result = { $total ->
    [one] Review finished: you knew { $knew } of { $total } word.
   *[other] Review finished: you knew { $knew } of { $total } words.
}
card-from = From “{ $title }”
start-review = Start review
show-definition = Show definition
knew-it = Knew it
not-yet = Not yet

## Sharing and embedding

share-selected = Selected. Press Ctrl+C (or ⌘C) to copy.
share-heading = Share or embed this article
share-link = Link to this article
link-copied = Link copied.
copy-link = Copy link
embed-code = Embed code for a school website or learning platform
embed-copied = Embed code copied.
copy-embed = Copy embed code
embed-hint = The embedded article has its key terms and quiz, without Gloss's header and footer. The script keeps the frame as tall as the article.
open-full-article = Open full article
embed-blocked = This browser doesn't let the embedded quiz keep anything: your progress stays in this embed only, until you leave the page.
embed-apart = Quiz progress stays in this embed only: it is kept apart from Gloss's own website.

## Storage notices and reset

progress-kept-in-tab = Your progress is kept in this tab until you close it, and you can export it to a file from My progress.
notice-blocked-title = Your progress won't be kept on this device
notice-blocked = Your browser isn't letting Gloss store anything. This happens when cookies and site data are blocked, in some private windows, and when Gloss is shown inside another website. Quizzes still work.
notice-unsaved-title = Your latest progress couldn't be saved
notice-quota = The storage your browser gives Gloss is full. Nothing saved earlier was lost.
notice-write-failed = The browser said: { $error }. Nothing saved earlier was lost.
notice-unreadable-title = Some saved progress couldn't be read
notice-quarantined = Gloss found saved progress it couldn't read ({ $error }). It has been set aside in this browser, not deleted, and Gloss has started a new record.
notice-dropped = { $count ->
    [one] { $count } saved record couldn't be read and was left out. The original has been set aside in this browser, not deleted.
   *[other] { $count } saved records couldn't be read and were left out. The original has been set aside in this browser, not deleted.
}
notice-untouched-title = Saved progress couldn't be read
notice-cannot-set-aside = Gloss found saved progress it couldn't read, and couldn't set it aside ({ $error }), so it has left it untouched.
notice-newer-title = A newer version of Gloss is saving your progress
notice-newer = Progress in this browser was saved by a newer version of Gloss, which this page can't read, so it has left it untouched. Reload the page to get the newer version and keep saving.
go-to-progress = Go to My progress
dismiss = Dismiss
reset-explained = Deletes your quiz scores, unfinished quizzes and reading history from this browser.
reset-confirm-heading = Delete all your progress in this browser?
reset-counts = This deletes { $attempts ->
    [one] { $attempts } quiz attempt
   *[other] { $attempts } quiz attempts
} and the record of { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
} read from this browser. It can't be undone. If you want a copy, export your progress first.
reset-yes = Yes, delete my progress
cancel = Cancel
reset-done = Your progress has been deleted from this browser.
reset-failed = Your progress was cleared in this tab, but the browser couldn't delete the saved copy: { $error }.

## Export and import

export-failed = Your progress couldn't be exported: { $error }.
import-too-large = { $file } is too large to be a Gloss progress file. Nothing was changed.
import-unreadable = { $file } couldn't be read: { $error }.
import-failed = “{ $file }” couldn't be imported: { $error }. Nothing was changed.
import-kept-in-tab = It is kept in this tab only, because this browser isn't saving progress.
exported-as = Your progress has been downloaded as { $file }. Keep it to import it in another browser.
import-skipped = { $count ->
    [one] { $count } record in the file couldn't be read and was skipped:
   *[other] { $count } records in the file couldn't be read and were skipped:
}
and-more = and { $count } more
imported = Imported: { $added ->
    [one] { $added } quiz attempt
   *[other] { $added } quiz attempts
} added, { $known } already here.
transfer-explained = Save your progress to a file, to keep a copy or to move it to another browser or device. Importing a file adds its attempts to the ones here; nothing is replaced.
export-progress = Export my progress
import-progress = Import a progress file

## Load errors

article-not-found = Article not found
list-not-found = List of articles not found
article-not-found-text = There is no article at this address. It may have been moved, or the link may be mistyped.
list-not-found-text = There is no list of articles at this address. It may have been moved, or the link may be mistyped.
article-cant-show = This article can't be shown
list-cant-show = This list of articles can't be shown
file-has-problems = The file { $file } has problems, so Gloss will not show it.
problem = Problem:
more-problems = (and { $count } more)
validator-hint = If you wrote it, the validator lists every problem:
article-offline = The article isn't available offline
list-offline = The list of articles isn't available offline
article-offline-text = You're offline, and the article hasn't been saved on this device. Articles you've opened before, or saved for offline reading, still work.
list-offline-text = You're offline, and the list of articles hasn't been saved on this device. Articles you've opened before, or saved for offline reading, still work.
back-online = Try again when you're back online.
http-status = The server answered with status { $status }.
check-connection = Check your internet connection, then try again.
article-couldnt-load = Couldn't load the article
list-couldnt-load = Couldn't load the list of articles
setting-size = Text size
setting-line = Line spacing
setting-spacing = Letter and word spacing
setting-font = Font
setting-theme = Colours
size100 = 100%
size125 = 125%
size150 = 150%
size175 = 175%
size200 = 200%
choice-normal = Normal
choice-wide = Wide
choice-wider = Wider
font-default = Default
font-serif = Serif
font-readable = Easy to read (for dyslexic readers)
theme-system = Same as my device
theme-light = Light
theme-dark = Dark
theme-sepia = Sepia
theme-contrast = High contrast

## Read aloud

listen = Listen
read-aloud = Read aloud
previous-sentence = Previous sentence
play = Play
pause = Pause
stop = Stop
next-sentence = Next sentence
speed = Speed
voice = Voice
include-key-terms = Include key terms
stopped = Stopped.
finished-reading = Finished reading.
reading-sentence = Reading, sentence { $number } of { $total }.
paused-at = Paused at sentence { $number } of { $total }.
speech-failed = Reading aloud stopped: the device's voice reported a problem ({ $code }).
no-voices = This device has no voices for reading aloud. Voices can be added in its speech or language settings.
no-voice-for = This device has no voice for { $language }, the language of this article. One can be added in its speech or language settings.

## Page titles and descriptions

site-title = Gloss — explained news
site-description = Gloss explains the news for young readers: clear sections, key terms and a quiz, right in your browser.
title-page = Page { $page } · { $site }
title-category = { $category } · { $site }
title-category-page = { $category }, page { $page } · { $site }
description-category = { $category }: { $description }
title-article = { $title } · Gloss
title-article-not-found = Article not found · Gloss
title-article-unavailable = Article unavailable · Gloss
title-loading = Loading… · Gloss
title-search = Search: { $query } · Gloss
title-progress = My progress · Gloss
description-progress = Your quiz scores and reading history in Gloss, kept in this browser.
title-words = My words · Gloss
description-words = The key terms you opened in Gloss, with their definitions, to review as flashcards.

## Quiz, continued

from-the-text = From the text:
question-cannot-show = This question can't be shown.

## Author preview (its own build: the reader's wasm carries these as
## empty strings, see crates/core/build.rs)

preview-heading = Preview an article
preview-title-page = Preview an article · Gloss
preview-title-article = Preview: { $title } · Gloss
preview-title-problems = Preview: problems found · Gloss
preview-footer = The preview runs in your browser: the file you choose is never uploaded.
preview-intro = Check an article’s JSON file and see it exactly as readers will, before you publish it. The file stays on this device: it is read here, in your browser, and never uploaded or sent anywhere. Nothing is stored, not even quiz answers.
preview-drop = Drop an article’s JSON file here
preview-or = or
preview-choose = Choose an article file (.json)
preview-file-hint = One file at most 1 MB, in the format of docs/content-format.md.
preview-picker-type = Article JSON
preview-watch = Open a file and re-check it when it changes
preview-check-again = Check again
preview-watching = Watching the file: it is checked again within a second of each save, while this page is visible.
preview-reading = Reading the file…
preview-how-readers = How readers will see it
preview-the-file = the file
preview-checked-ok = Checked at { $time }: no problems in { $name }. The article is shown below as readers will see it.
preview-checked-problems = Checked at { $time }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} in { $name }.
preview-problems-heading = { $count ->
    [one] There is a problem with { $name }
   *[other] There are { $count } problems in { $name }
}
preview-whole-file = Whole file
preview-line-column = Line { $line }, column { $column }
preview-fix-hint = Fix the file in your editor and save it, then choose “Check again”.
preview-same-checks = The same checks run in
preview-empty = The file is empty.
preview-too-large = The file is { $size } KB; an article can be at most { $max } KB. It was not read.
preview-not-json = This is a { $format } file, not a JSON file.
preview-not-text = This is not a text file: byte { $offset } is not UTF-8 text. Save the article as UTF-8 JSON.
preview-unreadable = The browser could not read the file ({ $reason }). If it changed since you chose it, choose it again.
preview-details-english = The details of each problem are in English, as cargo xtask validate prints them.
