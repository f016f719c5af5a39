#!/usr/bin/env node
// The project's one static file server, used by `scripts/serve.sh`, the
// benchmark (bench/bench.mjs) and the e2e specs that need a server of their
// own (tests/e2e/support/server.ts: offline, update, embed, CSP). It does
// what a plain static host or CDN does, and nothing more:
//
// - no rewrites and no SPA fallback: a directory answers with its
//   index.html (after a redirect to the trailing slash), a missing file 404;
// - with `headers`, the rules of a Netlify/Cloudflare-style `_headers` file
//   (the one `cargo xtask postbuild` writes: a path pattern line, then
//   indented `Name: value` lines) are applied to every response, so the CSP
//   the build emits is the CSP in force;
// - with `compress`, brotli (quality 11) or gzip (level 9) chosen from
//   Accept-Encoding for text, JSON, SVG and WebAssembly, cached in memory so
//   compression time never counts in a measurement;
// - `Cache-Control: no-cache` with ETag revalidation.
//
// As a program (its own process, so a test can kill it: the browser's
// offline switch does not cut off service-worker fetches,
// microsoft/playwright#2311):
//
//   node scripts/static-server.mjs --root DIR [--port N] [--host 127.0.0.1]
//        [--headers FILE] [--compress] [--quiet]
//
// prints "listening <port>" when ready, then one line per request.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.webmanifest', '.xml', '.txt']);

/** `_headers`: a path pattern line, then indented `Name: value` lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
    } else if (rules.length > 0) {
      const i = raw.indexOf(':');
      if (i > 0) rules[rules.length - 1].headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
    }
  }
  return rules.map((r) => ({
    re: new RegExp('^' + r.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$'),
    headers: r.headers,
  }));
}

/**
 * Serves `root`. Options: `port` (0 = any free one), `host`, `headers` (a
 * `_headers` file, read on every request: a test may swap the build
 * underneath), `compress`, `log(line)`. Resolves to a handle with `origin`,
 * `port`, byte and request counters (for the benchmark) and `close()`.
 */
export function startServer(root, { port = 0, host = '127.0.0.1', headers: headersFile = null, compress = false, log } = {}) {
  root = path.resolve(root);
  const cache = new Map(); // file + encoding + mtime + size → { body, etag }

  function encoded(file, stat, encoding) {
    const key = `${file}\0${encoding}\0${stat.mtimeMs}\0${stat.size}`;
    let hit = cache.get(key);
    if (!hit) {
      const raw = fs.readFileSync(file);
      let body = raw;
      if (encoding === 'br') {
        body = zlib.brotliCompressSync(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
      } else if (encoding === 'gzip') {
        body = zlib.gzipSync(raw, { level: 9 });
      }
      const etag = `"${crypto.createHash('sha1').update(raw).digest('hex').slice(0, 16)}${encoding ? '-' + encoding : ''}"`;
      hit = { body, etag };
      // Only compressed bodies are worth keeping; a plain one is re-read so
      // a swapped file is served at once.
      if (encoding) cache.set(key, hit);
    }
    return hit;
  }

  const rules = () => (headersFile && fs.existsSync(headersFile) ? parseHeaders(fs.readFileSync(headersFile, 'utf8')) : []);

  // What crossed the wire since the last reset(): status lines, headers and
  // bodies of every response, and how many there were.
  const counters = { bytes: 0, requests: 0, inflight: 0, last: Date.now(), byPath: new Map() };
  const send = (res, status, head, body, rel, isHead) => {
    let line = `HTTP/1.1 ${status}\r\n`;
    for (const [k, v] of Object.entries(head)) line += `${k}: ${v}\r\n`;
    const n = line.length + 2 + (isHead || !body ? 0 : body.length);
    counters.bytes += n;
    const key = `${status} ${rel}`;
    counters.byPath.set(key, (counters.byPath.get(key) ?? 0) + n);
    res.writeHead(status, head);
    res.end(isHead ? undefined : body);
    log?.(`${status} ${rel}`);
  };

  const server = http.createServer((req, res) => {
    counters.requests++;
    counters.inflight++;
    counters.last = Date.now();
    res.on('close', () => {
      counters.inflight--;
      counters.last = Date.now();
    });
    const isHead = req.method === 'HEAD';
    const url = new URL(req.url ?? '/', 'http://x');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, { 'content-type': 'text/plain' }, 'bad request', url.pathname, isHead);
      return;
    }
    let file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(res, 403, { 'content-type': 'text/plain' }, 'forbidden', rel, isHead);
      return;
    }
    let stat;
    try {
      stat = fs.statSync(file);
      if (stat.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          send(res, 301, { location: url.pathname + '/' + url.search }, '', rel, isHead);
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.statSync(file);
      }
    } catch {
      send(res, 404, { 'content-type': 'text/plain' }, 'not found', rel, isHead);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compress || !COMPRESSIBLE.has(ext) ? '' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
    const { body, etag } = encoded(file, stat, encoding);
    const head = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      vary: 'Accept-Encoding',
    };
    if (encoding) head['content-encoding'] = encoding;
    for (const rule of rules()) {
      if (rule.re.test(url.pathname)) for (const [k, v] of rule.headers) head[k.toLowerCase()] = v;
    }
    if (req.headers['if-none-match'] === etag) {
      send(res, 304, head, '', rel, isHead);
      return;
    }
    head['content-length'] = String(body.length);
    send(res, 200, head, body, rel, isHead);
  });

  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        origin: `http://${host}:${actual}`,
        port: actual,
        get bytes() {
          return counters.bytes;
        },
        get requests() {
          return counters.requests;
        },
        /** Bytes per `status path` since the last reset, largest first. */
        get transfers() {
          return [...counters.byPath.entries()].sort((a, b) => b[1] - a[1]);
        },
        reset() {
          counters.bytes = 0;
          counters.requests = 0;
          counters.byPath = new Map();
        },
        /** Resolves once no request has been open for `ms` (at most 30 s). */
        async quiet(ms) {
          const deadline = Date.now() + 30_000;
          while (Date.now() < deadline) {
            if (counters.inflight === 0 && Date.now() - counters.last >= ms) return;
            await new Promise((r) => setTimeout(r, 50));
          }
        },
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

// --- as a program ---------------------------------------------------------------

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
  };
  const quiet = args.includes('--quiet');
  const server = await startServer(opt('root', '.'), {
    port: Number(opt('port', '0')),
    host: opt('host', '127.0.0.1'),
    headers: opt('headers', null),
    compress: args.includes('--compress'),
    log: quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`listening ${server.port}\n`);
}
