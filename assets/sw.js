// Gloss service worker: the app shell offline, and articles once read.
// SPDX-License-Identifier: MIT OR Apache-2.0
//
// * The app shell (index.html, the loader, the wasm, CSS, icons, manifest,
//   and the interface's translations i18n/<lang>.json) is precached from PRECACHE below, which `cargo xtask postbuild` writes
//   on every build from Trunk's hashed file names. Each file is checked
//   against its SHA-256 before anything is stored: a worker never caches a
//   file of another version.
// * A new version installs in the background and then WAITS. The page shows
//   "A new version is available" and, when the reader chooses to reload,
//   sends {type: "gloss:skip-waiting"}; the new worker takes over, deletes
//   the old shell cache and the page reloads. Until then every page keeps
//   being served the old shell, so old and new files never mix.
// * Article JSON (any fetch() of a .json file) is served stale-while-
//   revalidate from a content cache; "save for offline" fills it ahead.
//   When the network fails and nothing is cached the answer is a 503 with
//   `X-Gloss-Offline: 1`, so the app can say "not available offline".
// * Pre-rendered pages (`articles/<id>/`, `articles/<id>/<version>/`,
//   `progress/`, the catalogue's `page/<n>/` and `category/<slug>/…`) are
//   served stale-while-revalidate from a pages cache, filled
//   when a page is opened or saved for offline. The cache belongs to one
//   version of the shell (the pages name its hashed files) and goes with it.
//   Offline, a page that is not saved redirects to the app shell with the
//   old query form (`?article=<id>&v=…`, `?category=<slug>&page=<n>`),
//   which renders it from saved content or says it is not available
//   offline; so does a page the server already has in a newer version (it
//   would name files this shell lacks).
// * The search index (`pagefind/`) is fetched chunk by chunk as queries
//   need it: chunks with a content hash in their name are served from a
//   search cache once fetched (a changed article gives new names); the rest
//   (entry, loader) network first, cached for offline; offline and not
//   kept, the 503 above. A new worker drops the old search cache.
// * Cache names include the worker's scope, so two Gloss installs on one
//   origin (different sub-paths) never delete each other's caches.
//
// Message formats: docs/deploying.md ("Offline and updates").
'use strict';

/* <gloss-precache> */
const PRECACHE = null;
/* </gloss-precache> */

const SCOPE = self.registration.scope;
const SHELL_PREFIX = 'gloss-shell ' + SCOPE + ' ';
const SHELL = SHELL_PREFIX + (PRECACHE ? PRECACHE.version : 'unbuilt');
const CONTENT_PREFIX = 'gloss-content ' + SCOPE + ' ';
// Bump when the content cache's layout changes; older ones are deleted.
const CONTENT = CONTENT_PREFIX + 'v1';
const PAGES_PREFIX = 'gloss-pages ' + SCOPE + ' ';
const PAGES = PAGES_PREFIX + (PRECACHE ? PRECACHE.version : 'unbuilt');
const SEARCH_PREFIX = 'gloss-search ' + SCOPE + ' ';
const SEARCH = SEARCH_PREFIX + (PRECACHE ? PRECACHE.version : 'unbuilt');
const SEARCH_PATH = new URL('pagefind/', SCOPE).pathname;
const INDEX_URL = new URL('index.html', SCOPE).href;
const SCOPE_PATH = new URL(SCOPE).pathname;
const MAX_SAVE = 200;

// Pre-rendered pages: pageRoute, shellFallback, page, savePage.
importScripts('sw-pages.js');

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

function shellUrls() {
  return new Set(PRECACHE ? PRECACHE.files.map((f) => new URL(f.url, SCOPE).href) : []);
}

// ------------------------------------------------------------ install

async function precache() {
  if (!PRECACHE) {
    throw new Error('sw.js has no precache manifest: run `cargo xtask postbuild` on the build');
  }
  // Fetch and check everything first, then store: all or nothing.
  const verified = await Promise.all(
    PRECACHE.files.map(async (file) => {
      const url = new URL(file.url, SCOPE).href;
      // no-cache: revalidate, so a file the page just downloaded is not fetched twice;
      // the SHA-256 check below still refuses any other version.
      const res = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!res.ok) throw new Error(`precache ${file.url}: HTTP ${res.status}`);
      const body = await res.arrayBuffer();
      const sha = hex(await crypto.subtle.digest('SHA-256', body));
      if (sha !== file.sha256) {
        throw new Error(`precache ${file.url}: the server has another version of this file`);
      }
      // A fresh response (never a redirected one: navigations refuse those)
      // that keeps the server's headers, the Content-Security-Policy and
      // frame-ancestors included, minus those about the encoded body.
      const headers = new Headers(res.headers);
      for (const name of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(name);
      return [url, new Response(body, { status: 200, statusText: 'OK', headers })];
    }),
  );
  const cache = await caches.open(SHELL);
  await Promise.all(verified.map(([url, res]) => cache.put(url, res)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

// ------------------------------------------------------------ activate

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter(
            (n) =>
              (n.startsWith(SHELL_PREFIX) && n !== SHELL) ||
              (n.startsWith(PAGES_PREFIX) && n !== PAGES) ||
              (n.startsWith(SEARCH_PREFIX) && n !== SEARCH) ||
              (n.startsWith(CONTENT_PREFIX) && n !== CONTENT),
          )
          .map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

// ------------------------------------------------------------ fetch

async function broadcast(message) {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const c of clients) c.postMessage(message);
}

// Every outcome is sent (pages ignore repeats): a page that just loaded
// must learn that the server is unreachable even if an earlier page did.
function networkWas(online) {
  broadcast({ type: 'gloss:network', online });
}

async function cachedContentUrls() {
  const cache = await caches.open(CONTENT);
  return (await cache.keys()).map((r) => r.url);
}

async function announceCached() {
  broadcast({ type: 'gloss:cached', urls: await cachedContentUrls() });
}

function offlineResponse() {
  return new Response(JSON.stringify({ error: 'offline' }), {
    status: 503,
    statusText: 'Offline',
    headers: { 'Content-Type': 'application/json', 'X-Gloss-Offline': '1' },
  });
}

/** Fetches content from the network into the cache; resolves to the response. */
async function refresh(url, mode) {
  let res;
  try {
    res = await fetch(url, { mode, credentials: 'same-origin', cache: 'no-cache' });
  } catch (err) {
    networkWas(false);
    throw err;
  }
  networkWas(true);
  const cache = await caches.open(CONTENT);
  const type = (res.headers.get('content-type') || '').toLowerCase();
  if (res.ok && !type.includes('text/html')) {
    await cache.put(url, res.clone());
    announceCached();
  } else if (res.status === 404 || res.status === 410) {
    if (await cache.delete(url)) announceCached();
  }
  return res;
}

/**
 * Stale-while-revalidate: the copy under `key` in `cacheName` at once (the
 * network refreshes it in the background), else the network, else
 * `fallback()` when the network fails.
 */
async function cachedThenNetwork(event, cacheName, key, network, fallback) {
  const cached = await (await caches.open(cacheName)).match(key);
  const fresh = network();
  if (cached) {
    event.waitUntil(fresh.catch(() => undefined));
    return cached;
  }
  try {
    return await fresh;
  } catch {
    return fallback();
  }
}

function staleWhileRevalidate(event, request) {
  const url = request.url;
  const mode = request.mode === 'cors' ? 'cors' : 'same-origin';
  return cachedThenNetwork(event, CONTENT, url, () => refresh(url, mode), offlineResponse);
}

async function fromShell(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request.url);
  return hit || fetch(request);
}

async function appPage(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(INDEX_URL);
  return hit || fetch(request);
}

/** A search-index file whose name carries its content hash. */
function hashedSearchFile(pathname) {
  return /_[0-9a-f]{6,}\.pf_[a-z]+$/.test(pathname);
}

/**
 * A file of the search index: hashed chunks from the search cache once
 * fetched, everything else from the network first, then the cache.
 */
async function searchFile(event, request) {
  const cache = await caches.open(SEARCH);
  const fetchAndKeep = async () => {
    const res = await fetch(request);
    if (res.ok) event.waitUntil(cache.put(request.url, res.clone()));
    return res;
  };
  const hashed = hashedSearchFile(new URL(request.url).pathname);
  const kept = hashed ? await cache.match(request.url) : undefined;
  if (kept) return kept;
  try {
    return await fetchAndKeep();
  } catch {
    // Offline: the copy kept, else the 503 the app reads as "offline" (it
    // then searches the saved articles).
    return (hashed ? undefined : await cache.match(request.url)) || offlineResponse();
  }
}

const SHELL_URLS = shellUrls();

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const isAppPage =
      url.origin === self.location.origin &&
      (url.pathname === SCOPE_PATH || url.pathname === SCOPE_PATH + 'index.html');
    if (isAppPage) {
      event.respondWith(appPage(request));
      return;
    }
    const route = pageRoute(url);
    if (route) event.respondWith(page(event, request, url, route));
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return;
  const bare = url.origin + url.pathname;
  if (SHELL_URLS.has(bare) && url.origin === self.location.origin) {
    event.respondWith(fromShell(request));
    return;
  }
  if (url.origin === self.location.origin && url.pathname.startsWith(SEARCH_PATH)) {
    event.respondWith(searchFile(event, request));
    return;
  }
  if (request.destination === '' && url.pathname.endsWith('.json')) {
    event.respondWith(staleWhileRevalidate(event, request));
  }
});

// ------------------------------------------------------------ messages

async function save(urls) {
  const saved = [];
  const failed = [];
  for (const raw of urls.slice(0, MAX_SAVE)) {
    let url;
    try {
      url = new URL(String(raw), SCOPE);
    } catch {
      failed.push(String(raw));
      continue;
    }
    if (pageRoute(url)) {
      try {
        ((await savePage(url)) ? saved : failed).push(url.href);
      } catch {
        failed.push(url.href);
      }
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || !url.pathname.endsWith('.json')) {
      failed.push(url.href);
      continue;
    }
    const mode = url.origin === self.location.origin ? 'same-origin' : 'cors';
    try {
      const res = await refresh(url.href, mode);
      (res.ok ? saved : failed).push(url.href);
    } catch {
      failed.push(url.href);
    }
  }
  return { saved, failed };
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || typeof data.type !== 'string') return;
  const reply = (message) => {
    if (event.ports && event.ports[0]) event.ports[0].postMessage(message);
  };
  switch (data.type) {
    case 'gloss:skip-waiting':
      self.skipWaiting();
      break;
    case 'gloss:save':
      if (Array.isArray(data.urls)) {
        event.waitUntil(save(data.urls).then((r) => reply({ type: 'gloss:saved', ...r })));
      }
      break;
    case 'gloss:cached':
      event.waitUntil(cachedContentUrls().then((urls) => reply({ type: 'gloss:cached', urls })));
      break;
    case 'gloss:version':
      reply({ type: 'gloss:version', version: PRECACHE ? PRECACHE.version : null });
      break;
    default:
      break;
  }
});
