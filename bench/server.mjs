// A tiny static file server that compresses like a CDN: brotli (quality 11)
// or gzip (level 9) chosen from Accept-Encoding, for text, JSON, SVG and
// WebAssembly; ETag revalidation (`Cache-Control: no-cache`), as a plain
// static host does. Compressed bodies are cached in memory, so compression
// time never counts in a measurement. Serves one directory; no rewrites.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
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
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.webmanifest', '.txt']);

export function startServer(root, { log } = {}) {
  const cache = new Map(); // key: file + encoding + mtime → { body, etag }

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
      cache.set(key, hit);
    }
    return hit;
  }

  // What crossed the wire since the last reset(): status lines, headers and
  // bodies of every response, and how many there were.
  const counters = { bytes: 0, requests: 0, inflight: 0, last: Date.now(), byPath: new Map() };
  const account = (res, status, headers, bodyLength, rel) => {
    let head = `HTTP/1.1 ${status}\r\n`;
    for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
    const n = head.length + 2 + bodyLength;
    counters.bytes += n;
    const key = `${status} ${rel}`;
    counters.byPath.set(key, (counters.byPath.get(key) ?? 0) + n);
  };

  const server = http.createServer((req, res) => {
    counters.requests++;
    counters.inflight++;
    counters.last = Date.now();
    res.on('close', () => {
      counters.inflight--;
      counters.last = Date.now();
    });
    const url = new URL(req.url ?? '/', 'http://x');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    } catch {
      /* 404 below */
    }
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      account(res, 404, { 'content-type': 'text/plain' }, 9, rel);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      log?.(`404 ${rel}`);
      return;
    }
    const ext = path.extname(file).toLowerCase();
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext) ? '' : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
    const { body, etag } = encoded(file, stat, encoding);
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      vary: 'Accept-Encoding',
    };
    if (encoding) headers['content-encoding'] = encoding;
    if (req.headers['if-none-match'] === etag) {
      account(res, 304, headers, 0, rel);
      res.writeHead(304, headers).end();
      return;
    }
    headers['content-length'] = String(body.length);
    account(res, 200, headers, req.method === 'HEAD' ? 0 : body.length, rel);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
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
