// Gloss's search worker: runs every Pagefind part of the site's search
// index (`pagefind/`, written by scripts/search-index.mjs) off the page's
// main thread, and posts back only what a results page shows: the count,
// the category counts and the first `limit` results' card fields. Pagefind
// scores and returns every match (tens of thousands in a large catalogue);
// those lists stay here, so typing never waits for them to be copied,
// registered and released on the main thread.
//
// Protocol (src/platform/search.rs): the page posts
//   { id, base, query, category, limit }
// and gets { id, answer } (a JSON string, or null when a newer search
// overtook this one, or when `limit` is 0: only start the engine) or
// { id, error } (the index could not be loaded: offline, or no index).
//
// The index holds one part per article language (so Spanish is stemmed as
// Spanish and Japanese is segmented), each searched by its own Pagefind
// instance with that language's module: a distinct module URL per language
// (`pagefind.js?es`) gives each its own module instance. A query goes to
// the parts whose script it is written in (every part when it has no
// letters), and the results are merged by score.

// Category counts for a search come from Pagefind's filter index, and
// counting costs: at 50,000 articles, a cached keystroke took 895 ms
// instead of 287 ms with them (docs/benchmarks.md). So a search is counted
// only when every part it searches holds at most this many articles;
// otherwise "All matches" gives the total and the category pages remain.
const COUNTED_UP_TO = 2000;

let engine = null;
// The latest search asked for; an older one stops at its next step.
let latest = 0;
// A result's card fields, by result id: one fragment fetched and unpacked
// once, however many keystrokes find that article again.
const cards = new Map();
function card(r) {
  let p = cards.get(r.id);
  if (!p) {
    if (cards.size > 5000) cards.clear();
    p = r.data().then((d) => ({ url: d.url, meta: d.meta }));
    p.catch(() => cards.delete(r.id));
    cards.set(r.id, p);
  }
  return p;
}
// Scripts by language (the primary subtag); any other language is Latin.
const SCRIPTS = {
  ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic', he: 'Hebrew', yi: 'Hebrew',
  ja: 'Han Hiragana Katakana', zh: 'Han', ko: 'Hangul', el: 'Greek', th: 'Thai',
  hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', ru: 'Cyrillic', uk: 'Cyrillic',
  bg: 'Cyrillic', sr: 'Cyrillic', mk: 'Cyrillic', be: 'Cyrillic', kk: 'Cyrillic',
};
const ALL_SCRIPTS = 'Latin Arabic Hebrew Han Hiragana Katakana Hangul Greek Thai Devanagari Cyrillic'.split(' ');
function scriptsOf(language) {
  return (SCRIPTS[language.split('-')[0]] || 'Latin').split(' ');
}
async function start(base) {
  // Offline, the service worker answers 503: the app then searches the
  // saved articles.
  const res = await fetch(base + 'pagefind-entry.json');
  if (!res.ok) throw new Error('search index: HTTP ' + res.status);
  const entry = await res.json();
  const languages = Object.entries(entry.languages || {})
    .sort((a, b) => b[1].page_count - a[1].page_count)
    .map(([language]) => language);
  const parts = [];
  for (const [i, language] of languages.entries()) {
    const pf = await import(base + 'pagefind.js' + (i ? '?' + language : ''));
    // Pagefind takes an instance's language from the document's
    // `<html lang>` when the instance is created, synchronously; a worker
    // has no document, so it is lent one that answers with this part's
    // language for that call only.
    globalThis.document = { querySelector: () => ({ getAttribute: () => language }) };
    try {
      parts.push({
        scripts: scriptsOf(language),
        counted: (entry.languages[language].page_count || 0) <= COUNTED_UP_TO,
        instance: pf.createInstance({ basePath: base, noWorker: true }),
      });
    } finally {
      delete globalThis.document;
    }
  }
  if (!parts.length) throw new Error('search index: no languages');
  return parts;
}
async function search({ base, query, category, limit }, asked) {
  if (!engine) {
    engine = start(base);
    engine.catch(() => { engine = null; });
  }
  const parts = await engine;
  if (!limit || asked !== latest) return null;
  const written = ALL_SCRIPTS.filter((s) => new RegExp('\\p{Script=' + s + '}', 'u').test(query));
  const chosen = parts.filter((p) => p.scripts.some((s) => written.includes(s)));
  const options = category ? { filters: { category } } : {};
  const searched = chosen.length ? chosen : parts;
  // Pagefind counts a search's matches per category only once its filter
  // index is loaded, which only `filters()` does (a search without a
  // category loads none): once per part. A part whose filters could not be
  // loaded still searches, without counts, and tries again next time.
  const counted = searched.every((p) => p.counted);
  if (counted) {
    await Promise.all(searched.map((p) => (p.filters ??= p.instance.filters().catch(() => { p.filters = null; }))));
    if (asked !== latest) return null;
  }
  const found = await Promise.all(searched.map((p) => p.instance.search(query, options)));
  if (asked !== latest) return null;
  const results = found.flatMap((f) => f.results).sort((a, b) => b.score - a.score);
  const counts = {};
  for (const f of counted ? found : []) {
    for (const [name, n] of Object.entries((f.totalFilters || f.filters || {}).category || {})) {
      counts[name] = (counts[name] || 0) + n;
    }
  }
  const shown = await Promise.all(results.slice(0, limit).map(card));
  if (asked !== latest) return null;
  return JSON.stringify({ total: results.length, categories: counts, results: shown });
}
self.onmessage = async ({ data }) => {
  const asked = ++latest;
  try {
    self.postMessage({ id: data.id, answer: await search(data, asked) });
  } catch (e) {
    self.postMessage({ id: data.id, error: String((e && e.message) || e) });
  }
};
