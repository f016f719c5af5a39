#!/usr/bin/env node
// Builds the site's static search index with Pagefind:
//
//   node scripts/search-index.mjs DIST
//
// Reads DIST/.gloss-prerender/search-records.jsonl (one record per article,
// written by `cargo xtask prerender` from the same text the pages show; see
// crates/core/src/catalog/record.rs) and writes a chunked Pagefind index to
// DIST/pagefind/: one index per language (Spanish is stemmed as Spanish,
// accents are folded, Japanese is segmented), a `category` filter, and the
// fields a result card needs as metadata. The browser fetches only the
// chunks a query needs (src/platform/search.rs).
//
// The index is rebuilt only when the records changed (a digest is kept in
// DIST/.gloss-prerender/search-index.sha256) or DIST/pagefind/ is missing.
// A new index is written beside the old one and swapped in whole, so a
// failed run never leaves half an index. Pagefind comes from .tools/
// (scripts/install-tools.sh).

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function die(message) {
  console.error(`search-index: ${message}`);
  process.exit(1);
}

/** Every record of the JSON-lines file, checked for the fields Pagefind needs. */
export function parseRecords(text, name) {
  const records = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name}:${i + 1}: not valid JSON (${e.message})`);
    }
    for (const field of ["url", "language", "content"]) {
      if (typeof r[field] !== "string" || !r[field]) {
        throw new Error(`${name}:${i + 1}: ${field}: missing or not a string`);
      }
    }
    records.push(r);
  });
  return records;
}

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = sizeOf(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

async function main(distArg) {
  if (!distArg) die("usage: node scripts/search-index.mjs DIST");
  const dist = resolve(distArg);
  const recordsPath = join(dist, ".gloss-prerender", "search-records.jsonl");
  if (!existsSync(recordsPath)) die(`${recordsPath} is missing (run cargo xtask prerender first)`);
  const text = readFileSync(recordsPath, "utf8");
  const digest = createHash("sha256").update(text).digest("hex");
  const stampPath = join(dist, ".gloss-prerender", "search-index.sha256");
  const out = join(dist, "pagefind");
  if (existsSync(join(out, "pagefind-entry.json")) && existsSync(stampPath) &&
      readFileSync(stampPath, "utf8").trim() === digest) {
    console.log("search-index: records unchanged; kept pagefind/");
    return;
  }
  let records;
  try {
    records = parseRecords(text, recordsPath);
  } catch (e) {
    die(e.message);
  }
  const lib = join(root, ".tools", "node_modules", "pagefind", "lib", "index.js");
  if (!existsSync(lib)) die(`pagefind is not installed in .tools/ (bash scripts/install-tools.sh)`);
  const pagefind = await import(pathToFileURL(lib).href);
  const t0 = Date.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) die(`pagefind could not start: ${errors.join("; ")}`);
  const problems = [];
  // A few records at a time: Pagefind's service runs them in parallel.
  const BATCH = 64;
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH).map(async (r) => {
      const { errors: errs } = await index.addCustomRecord({
        url: r.url,
        content: r.content,
        language: r.language,
        meta: r.meta ?? {},
        filters: r.filters ?? {},
      });
      for (const e of errs) problems.push(`${r.url}: ${e}`);
    });
    await Promise.all(batch);
  }
  if (problems.length) {
    await pagefind.close();
    die(`${problems.length} record(s) failed:\n  ${problems.slice(0, 20).join("\n  ")}`);
  }
  const fresh = join(dist, ".gloss-prerender", "pagefind-new");
  rmSync(fresh, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: fresh });
  await pagefind.close();
  if (written.errors.length) die(`writing the index failed: ${written.errors.join("; ")}`);
  rmSync(out, { recursive: true, force: true });
  renameSync(fresh, out);
  writeFileSync(stampPath, `${digest}\n`);
  const languages = [...new Set(records.map((r) => r.language))].sort();
  const { bytes, files } = sizeOf(out);
  console.log(
    `search-index: ${records.length} records in ${languages.length} language(s) (${languages.join(", ")}); ` +
      `pagefind/ ${files} files, ${(bytes / 1e6).toFixed(2)} MB, in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv[2]).catch((e) => die(e.stack ?? String(e)));
}
