#!/usr/bin/env node
// A plain static file server for the offline, update, embed and CSP specs,
// run as its own process so a test can kill it (a real "server gone"; the
// browser's offline switch does not cut off service-worker fetches,
// microsoft/playwright#2311).
//
//   node static-server.mjs --root DIR --port N [--host 127.0.0.1] [--headers FILE]
//
// No rewrites, no SPA fallback: a directory answers with its index.html, a
// missing file with 404. With --headers, the rules of a Netlify/Cloudflare
// style `_headers` file (the one `cargo xtask postbuild` writes) are applied
// to every response, as those hosts do. Prints "listening <port>" when ready.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = path.resolve(opt('root', '.'));
const port = Number(opt('port', '0'));
const host = opt('host', '127.0.0.1');
const headersFile = opt('headers', null);

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

/** `_headers`: a path pattern line, then indented `Name: value` lines. */
function parseHeaders(text) {
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

function rules() {
  // Read on every request: a test may swap the build underneath.
  if (!headersFile || !fs.existsSync(headersFile)) return [];
  return parseHeaders(fs.readFileSync(headersFile, 'utf8'));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = path.join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    const body = fs.readFileSync(file);
    const headers = {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    for (const rule of rules()) {
      if (rule.re.test(url.pathname)) for (const [k, v] of rule.headers) headers[k] = v;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
  process.stdout.write(`${req.method} ${req.url} ${res.statusCode}\n`);
});

server.listen(port, host, () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
