// Hostile input for the app: XSS vectors, malformed files, and the checks
// every page showing them must pass (no script runs, only allowlisted
// elements and attributes, the frame of the app intact).
import fs from 'node:fs';
import path from 'node:path';

import { expect, type Page } from '@playwright/test';

import { SUB_PATH } from './paths';

/**
 * A representative set of XSS vectors, drawn from the OWASP XSS Filter
 * Evasion Cheat Sheet and DOMPurify's test fixtures (mutation XSS, SVG and
 * MathML namespace confusion, entity and whitespace tricks in `javascript:`
 * and `data:` URLs), plus the inline-markup link forms of this format,
 * broken markup, bidi overrides, invisible characters, NULs and controls,
 * and a 100 kB string. Every vector that would run calls `alert`, `xss()` or
 * fetches a foreign URL; all three are trapped.
 */
export const VECTORS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '"><script>xss()</script>',
  "'><script>xss()</script><'",
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><maction actiontype="statusline#https://x.example" xlink:href="javascript:alert(1)">CLICKME</maction></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.xss()</script>"></iframe>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
  '<style>@import "javascript:alert(1)";</style>',
  '<div style="background-image: url(javascript:alert(1))">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](https://news.example.org/"onmouseover="alert(1))',
  "[click](https://news.example.org/'onmouseover='alert(1))",
  '[click](https://user:pass@evil.example/)',
  '[click](//evil.example/x)',
  '[click](https://evil.example/\u202Egpj.exe)',
  '[click](https://evil.example/a\u0000b)',
  '**[*x*](https://news.example.org/<script>)**',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  'javascript:alert(1)',
  '<b><i>unclosed <p> <div> </span></table>',
  '</main></article></body></html><script>alert(1)</script>',
  '\u202Eevil\u202C txt.exe \u2066isolate\u2069 \u200F\u200E',
  '\u200B\u200C\u200D\uFEFF zero-width',
  'nul\u0000byte',
  'bell\u0007 and \u001B[31m escape',
  'A'.repeat(100_000),
];

/** Tags the app renders anywhere in <body> (from its own components). */
export const ALLOWED_TAGS = new Set([
  'a', 'article', 'aside', 'bdi', 'button', 'caption', 'circle', 'code', 'dd', 'desc', 'details', 'div', 'dl',
  'dt', 'em', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'g', 'h1', 'h2', 'h3', 'h4', 'header', 'input',
  'label', 'legend', 'li', 'line', 'main', 'nav', 'noscript', 'ol', 'option', 'p', 'polyline', 'section',
  'select', 'span', 'strong', 'summary', 'svg', 'table', 'tbody', 'td', 'text', 'textarea', 'th', 'thead',
  'time', 'title', 'tr', 'ul',
]);

/** Attributes the app sets (aria-* and data-* are allowed as a family). */
export const ALLOWED_ATTRS = new Set([
  'accept', 'autocomplete', 'class', 'cx', 'cy', 'datetime', 'dir', 'disabled', 'dominant-baseline', 'focusable',
  'for', 'height', 'hidden', 'href', 'id', 'lang', 'name', 'open', 'points', 'r', 'readonly', 'rel', 'role',
  'rows', 'scope', 'selected', 'spellcheck', 'tabindex', 'target', 'text-anchor', 'type', 'value', 'viewbox',
  'width', 'x', 'x1', 'x2', 'xmlns', 'y', 'y1', 'y2', 'checked', 'aria-hidden', 'preserveaspectratio',
  // Terms open their definition as a native popover before hydration.
  'popover', 'popovertarget',
  // The search form reloads the index without JavaScript.
  'action', 'method',
]);

/**
 * Installed before any page script: traps every way a vector could signal
 * that it ran, and remembers how many <script> elements the page started with.
 */
export async function installTraps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const hits: string[] = [];
    w.__xssHits = hits;
    const trap = (name: string) => (...args: unknown[]) => {
      hits.push(`${name}(${args.map(String).join(', ').slice(0, 80)})`);
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'xss']) {
      Object.defineProperty(window, name, { value: trap(name), configurable: false, writable: false });
    }
    document.addEventListener('DOMContentLoaded', () => {
      w.__initialScripts = document.scripts.length;
    });
  });
  const seen: string[] = [];
  DIALOGS.set(page, seen);
  page.on('dialog', (d) => {
    seen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
}

/** Dialogs (alert, confirm, beforeunload…) seen per page. */
const DIALOGS = new WeakMap<Page, string[]>();

export interface DomReport {
  hits: string[];
  badTags: string[];
  badAttrs: string[];
  badLinks: string[];
  scripts: number;
  initialScripts: number;
}

/** Everything in <body> against the allowlists, links included. */
export async function domReport(page: Page): Promise<DomReport> {
  return page.evaluate(
    ({ tags, attrs, subPath }) => {
      const okTags = new Set(tags);
      const okAttrs = new Set(attrs);
      const badTags = new Set<string>();
      const badAttrs = new Set<string>();
      const badLinks = new Set<string>();
      // The app's directory: every page (articles/<id>/…) lives below it.
      const marker = `/${subPath}/`;
      const at = location.pathname.indexOf(marker);
      const appDir = location.origin + (at >= 0 ? location.pathname.slice(0, at + marker.length) : '/');
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (!okTags.has(tag)) badTags.add(`<${tag}> in <${el.parentElement?.tagName.toLowerCase()}>`);
        for (const a of Array.from(el.attributes)) {
          const name = a.name.toLowerCase();
          if (!(okAttrs.has(name) || name.startsWith('aria-') || name.startsWith('data-'))) {
            badAttrs.add(`<${tag} ${name}="${a.value.slice(0, 60)}">`);
          }
        }
        if (tag === 'a' && el.hasAttribute('href')) {
          const href = el.getAttribute('href') ?? '';
          let u: URL | null = null;
          try {
            u = new URL(href, location.href);
          } catch {
            badLinks.add(href.slice(0, 80));
          }
          // https: links, in-app pages and routes, fragments, and object URLs of exports.
          if (u && !(u.protocol === 'https:' || (u.origin + u.pathname).startsWith(appDir) || u.protocol === 'blob:')) {
            badLinks.add(href.slice(0, 80));
          }
          if (u && u.protocol === 'https:' && (u.username || u.password)) badLinks.add(href.slice(0, 80));
        }
      }
      const w = window as unknown as { __xssHits?: string[]; __initialScripts?: number };
      return {
        hits: w.__xssHits ?? ['(trap missing)'],
        badTags: [...badTags],
        badAttrs: [...badAttrs],
        badLinks: [...badLinks],
        scripts: document.scripts.length,
        initialScripts: w.__initialScripts ?? -1,
      };
    },
    { tags: [...ALLOWED_TAGS], attrs: [...ALLOWED_ATTRS], subPath: SUB_PATH },
  );
}

/** No script ran, nothing outside the allowlists, no new <script>. */
export async function expectSafe(page: Page, label: string): Promise<void> {
  // Give event-handler vectors (onerror, onload, autofocus) a moment to fire.
  await page.waitForTimeout(30);
  const r = await domReport(page);
  expect(r.hits, `${label}: no trapped call (alert/confirm/prompt/print/xss)`).toEqual([]);
  expect(DIALOGS.get(page) ?? [], `${label}: no dialog opened`).toEqual([]);
  expect(r.badTags, `${label}: only allowlisted elements in <body>`).toEqual([]);
  expect(r.badAttrs, `${label}: only allowlisted attributes`).toEqual([]);
  expect(r.badLinks, `${label}: links are https: or stay in the app`).toEqual([]);
  expect(r.scripts, `${label}: no <script> added (had ${r.initialScripts})`).toBe(r.initialScripts);
}

/** The app's frame is intact: header with the home link, one main, footer. */
export async function expectFrame(page: Page): Promise<void> {
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.locator('footer.site-footer')).toHaveCount(1);
}

// --- articles -------------------------------------------------------------------

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type PathPart = string | number;

/** Every string leaf with its path. */
export function stringLeaves(v: Json, at: PathPart[] = []): PathPart[][] {
  if (typeof v === 'string') return [at];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...at, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...at, k]));
  return [];
}

/** `versions[0].sections[1].paragraphs[2].text`, as the app's problems name fields. */
export function fieldPath(p: PathPart[]): string {
  return p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i === 0 ? x : `.${x}`)).join('');
}

export function setAt(v: Json, p: PathPart[], value: Json): Json {
  const copy = structuredClone(v);
  let cur = copy as Record<string | number, Json>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  cur[p[p.length - 1]] = value;
  return copy;
}

/** Fields whose value is an identifier, an enum, a date or a URL, not free text. */
export function isStructural(p: PathPart[]): boolean {
  const last = p[p.length - 1];
  return (
    ['id', 'published', 'lang', 'dir', 'url', 'kind', 'evidence', 'glossary_links'].includes(String(last)) ||
    (p[0] === 'versions' && last === 'id')
  );
}

/** Writes `articles/<id>.json` into the served copy of the app. */
export function writeArticle(id: string, body: Json | string): void {
  const dir = process.env.GLOSS_SITE_DIR;
  if (!dir) throw new Error('GLOSS_SITE_DIR is not set: the global setup did not run');
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  fs.writeFileSync(path.join(dir, 'content', 'articles', `${id}.json`), text);
}

export function writeArticleBytes(id: string, body: Buffer): void {
  const dir = process.env.GLOSS_SITE_DIR!;
  fs.writeFileSync(path.join(dir, 'content', 'articles', `${id}.json`), body);
}

/** The base article: a real one from the build, with every part (glossary, quiz, cards). */
export function baseArticle(id = 'coral-reef-bleaching'): Json {
  const dir = process.env.GLOSS_SITE_DIR!;
  return JSON.parse(fs.readFileSync(path.join(dir, 'content', 'articles', `${id}.json`), 'utf8')) as Json;
}
