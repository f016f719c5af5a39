// Private servers for the offline, update, embed and CSP specs: each test
// copies the build under the usual deep sub-path and serves it with
// scripts/static-server.mjs in a process of its own, which it can kill
// (offline) or whose files it can swap (update). `_headers` is applied, so
// the CSP the build emits is the CSP under test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DIST, FIXTURE_ARTICLES, REPO, REPORTS, SUB_PATH } from './paths';

// The project's one static server (also used by scripts/serve.sh and the benchmark).
const SERVER_SCRIPT = path.join(REPO, 'scripts', 'static-server.mjs');

export interface Site {
  /** Where the files are (the app's directory for an app site). */
  dir: string;
  /** `http://127.0.0.1:<port>` (or `http://localhost:<port>`). */
  origin: string;
  /** The app's directory URL, ending in `/` (for a plain site: origin + `/`). */
  baseURL: string;
  /** Kills the server process (connection refused from now on). */
  kill(): Promise<void>;
}

export interface ServeOptions {
  /** Host name used in URLs: 127.0.0.1 (default) or localhost, to get a second site. */
  hostname?: '127.0.0.1' | 'localhost';
  /** Apply `<dir>/_headers` (default true). */
  headers?: boolean;
  /** Also copy tests/fixtures articles (default false). */
  fixtures?: boolean;
  /** Edit the copy before serving (e.g. deploy-time config in index.html). */
  prepare?: (appDir: string) => void;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of running) p.kill('SIGKILL');
});

async function start(siteRoot: string, headersFile: string | null, label: string): Promise<{ port: number; proc: ChildProcess }> {
  fs.mkdirSync(REPORTS, { recursive: true });
  const log = fs.openSync(path.join(REPORTS, `e2e-server-${label}.log`), 'w');
  const args = [SERVER_SCRIPT, '--root', siteRoot, '--port', '0', '--host', '127.0.0.1'];
  if (headersFile) args.push('--headers', headersFile);
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', log] });
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('static server did not start within 10 s')), 10_000);
    let buffered = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      fs.appendFileSync(path.join(REPORTS, `e2e-server-${label}.log`), text);
      buffered += text;
      const m = /listening (\d+)/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
  });
  return { port, proc };
}

function killer(proc: ChildProcess): () => Promise<void> {
  return async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  };
}

/** Serves a fresh copy of `dist` (default: the build under test) under the deep sub-path. */
export async function serveApp(label: string, opts: ServeOptions = {}, dist = DIST): Promise<Site> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gloss-${label}-`));
  const siteRoot = path.join(tmp, 'site');
  const appDir = path.join(siteRoot, ...SUB_PATH.split('/'));
  fs.mkdirSync(appDir, { recursive: true });
  fs.cpSync(dist, appDir, { recursive: true });
  if (opts.fixtures) {
    for (const name of fs.readdirSync(FIXTURE_ARTICLES)) {
      fs.copyFileSync(path.join(FIXTURE_ARTICLES, name), path.join(appDir, 'content', 'articles', name));
    }
  }
  opts.prepare?.(appDir);
  const headersFile = opts.headers === false ? null : path.join(appDir, '_headers');
  const { port, proc } = await start(siteRoot, headersFile, label);
  const origin = `http://${opts.hostname ?? '127.0.0.1'}:${port}`;
  return { dir: appDir, origin, baseURL: `${origin}/${SUB_PATH}/`, kill: killer(proc) };
}

/** Serves a plain folder of files (a host page) at the server's root. */
export async function serveFiles(
  label: string,
  files: Record<string, string>,
  hostname: '127.0.0.1' | 'localhost' = 'localhost',
): Promise<Site> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gloss-${label}-`));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const { port, proc } = await start(dir, null, label);
  const origin = `http://${hostname}:${port}`;
  return { dir, origin, baseURL: `${origin}/`, kill: killer(proc) };
}

/** Sets a `<meta name="gloss:…">` value in a served copy's index.html. */
export function setMeta(appDir: string, name: string, content: string): void {
  const file = path.join(appDir, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const re = new RegExp(`(<meta name="gloss:${name}" content=")[^"]*(")`);
  if (!re.test(html)) throw new Error(`index.html has no <meta name="gloss:${name}">`);
  fs.writeFileSync(file, html.replace(re, `$1${content}$2`));
}

/**
 * Runs `cargo xtask postbuild` on a served copy, as a deployer does after
 * editing index.html: CSP hashes, <meta>, _headers and the precache manifest.
 */
export function postbuild(appDir: string, ...extra: string[]): string {
  return execFileSync('cargo', ['xtask', 'postbuild', appDir, ...extra], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, TRUNK_PROFILE: '', TRUNK_STAGING_DIR: '' },
  });
}
