// Gloss service worker, part two: the pre-rendered pages (imported by
// sw.js, whose globals it uses; see the comment at the top of sw.js).
// SPDX-License-Identifier: MIT OR Apache-2.0
'use strict';

/**
 * The route of a pre-rendered page below the scope, or null: {id, version}
 * for an article, {progress: true}, {words: true}, or {listing: {category, page}} for a
 * page of the catalogue.
 */
function pageRoute(url) {
  if (url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE_PATH)) return null;
  const rest = url.pathname.slice(SCOPE_PATH.length).replace(/index\.html$/, '');
  if (rest === 'progress/') return { progress: true };
  if (rest === 'words/') return { words: true };
  const list = /^(?:category\/([^/]+)\/)?(?:page\/([1-9][0-9]{0,6})\/)?$/.exec(rest);
  if (list && rest !== '') {
    return { listing: { category: list[1] ? decodeURIComponent(list[1]) : null, page: list[2] || null } };
  }
  const m = /^articles\/([^/]+)\/(?:([^/]+)\/)?$/.exec(rest);
  return m ? { id: decodeURIComponent(m[1]), version: m[2] ? decodeURIComponent(m[2]) : null } : null;
}

/** The cache key of a page: its directory, without query or index.html. */
function pageKey(url) {
  return url.origin + url.pathname.replace(/index\.html$/, '');
}

/** Where the shell renders a page that is not saved (the old query form). */
function shellFallback(url, route) {
  const target = new URL(SCOPE);
  const params = new URLSearchParams(url.search);
  if (route.progress || route.words) {
    params.set('view', route.words ? 'words' : 'progress');
  } else if (route.listing) {
    if (route.listing.category) params.set('category', route.listing.category);
    if (route.listing.page) params.set('page', route.listing.page);
  } else {
    params.set('article', route.id);
    if (route.version) params.set('v', route.version);
  }
  target.search = params.toString();
  return target.href;
}

/**
 * The hashed file names of this worker's shell (`gloss-<hash>.js`,
 * `main-<hash>.css`, …): every page of the same build names all of them, so
 * a page that does not belongs to another version.
 */
const SHELL_HASHED = PRECACHE
  ? PRECACHE.files.map((f) => f.url.split('/').pop()).filter((n) => /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(n))
  : [];

function sameVersion(html) {
  return SHELL_HASHED.every((name) => html.includes(name));
}

/** Thrown when the network has a page of another version than this shell. */
class OtherVersion extends Error {}

/**
 * Fetches a page into the pages cache. A page of another version (a deploy
 * newer than this worker, still waiting) is neither cached nor served: it
 * names files this shell does not have, and the versions must never mix.
 */
async function fetchPage(request, key) {
  let res;
  try {
    res = await fetch(request);
  } catch (err) {
    networkWas(false);
    throw err;
  }
  networkWas(true);
  const type = (res.headers.get('content-type') || '').toLowerCase();
  const cache = await caches.open(PAGES);
  if (res.ok && !res.redirected && type.includes('text/html')) {
    if (!sameVersion(await res.clone().text())) throw new OtherVersion();
    await cache.put(key, res.clone());
  } else if (res.status === 404 || res.status === 410) {
    await cache.delete(key);
  }
  return res;
}

function page(event, request, url, route) {
  const key = pageKey(url);
  // Offline and not saved, or the server already has the next version:
  // this version's shell renders the page from the content instead.
  const fallback = () => Response.redirect(shellFallback(url, route), 302);
  return cachedThenNetwork(event, PAGES, key, () => fetchPage(request, key), fallback);
}

/** Saves pre-rendered pages (same origin, below the scope) for offline reading. */
async function savePage(url) {
  const res = await fetchPage(new Request(url.href, { credentials: 'same-origin' }), pageKey(url));
  return res.ok;
}
