// Serves the release build the way a school's web host would: copied under a
// deep sub-path of a plain static file server (no rewrites, no SPA fallback),
// with the malformed and extra test articles added to its content/articles/.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { DIST, FIXTURE_ARTICLES, REPORTS, SUB_PATH } from './support/paths';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`static server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer ${url} within ${ms} ms`);
}

function checkDist(): void {
  const index = path.join(DIST, 'index.html');
  const wasm = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm')) : [];
  if (!fs.existsSync(index) || wasm.length === 0) {
    throw new Error(
      `No release build at ${DIST} (need index.html and a .wasm file).\n` +
        `Build it first: trunk build --release  (scripts/test.sh does this), or set GLOSS_DIST.`,
    );
  }
  if (!fs.existsSync(path.join(DIST, 'content', 'index.json'))) {
    throw new Error(`${DIST}/content/index.json is missing: is content/ copied by index.html (copy-dir)?`);
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  checkDist();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-e2e-'));
  const siteRoot = path.join(tmp, 'site');
  const appDir = path.join(siteRoot, ...SUB_PATH.split('/'));
  fs.mkdirSync(appDir, { recursive: true });
  fs.cpSync(DIST, appDir, { recursive: true });

  const articlesDir = path.join(appDir, 'content', 'articles');
  fs.mkdirSync(articlesDir, { recursive: true });
  for (const name of fs.readdirSync(FIXTURE_ARTICLES).filter((f) => f.endsWith('.json'))) {
    const target = path.join(articlesDir, name);
    if (fs.existsSync(target)) {
      throw new Error(`fixture ${name} has the same name as a real article in content/articles/; rename the fixture`);
    }
    fs.copyFileSync(path.join(FIXTURE_ARTICLES, name), target);
  }

  fs.mkdirSync(REPORTS, { recursive: true });
  const logPath = path.join(REPORTS, 'e2e-server.log');
  let server: ChildProcess | undefined;
  let baseURL = '';
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}/${SUB_PATH}/`;
    const log = fs.openSync(logPath, 'w');
    server = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', siteRoot], {
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    try {
      await waitForServer(baseURL, server, 15_000);
      break;
    } catch (e) {
      server.kill('SIGKILL');
      if (attempt >= 3) throw new Error(`${(e as Error).message}; see ${logPath}`);
    }
  }

  process.env.GLOSS_BASE_URL = baseURL;
  process.env.GLOSS_SITE_DIR = appDir;
  console.log(`[e2e] serving ${DIST} (+ ${FIXTURE_ARTICLES}) at ${baseURL}`);

  return async () => {
    const srv = server!;
    if (srv.exitCode === null) {
      const exited = new Promise((r) => srv.once('exit', r));
      srv.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (srv.exitCode === null && srv.signalCode === null) srv.kill('SIGKILL');
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`[e2e] static server stopped; request log in ${logPath}`);
  };
}
