// Reads the content the build ships (dist/content) and the test fixtures, so
// tests know what each page must show. Read synchronously at collection time:
// one test is generated per article in the index.
import fs from 'node:fs';
import path from 'node:path';

import { DIST, FIXTURE_ARTICLES, FIXTURES } from './paths';

export interface IndexEntry {
  id: string;
  title: string;
  category: string;
  published: string;
  summary: string;
  reading_minutes: number;
  lang?: string;
  dir?: string;
}
export interface Section {
  kind: 'whats_going_on' | 'how_to_think' | 'key_points' | 'why_it_matters' | 'bigger_picture' | 'other';
  heading?: string | null;
  paragraphs?: unknown[];
  cards?: { title: string; text: string }[];
  points?: string[];
}
export interface Version {
  id: string;
  audience: string;
  hook: string;
  sections: Section[];
}
export interface Article {
  format: number;
  id: string;
  title: string;
  category: string;
  published: string;
  summary: string;
  source: { publisher: string; title: string; url: string };
  attachments?: { kind: string; label: string; url: string }[];
  versions: Version[];
  glossary?: { term: string; definition: string; aliases?: string[] }[];
  quiz?: { questions: unknown[] } | null;
}

const DEFAULT_HEADINGS: Record<string, string> = {
  whats_going_on: "What's going on",
  how_to_think: 'How to think about it',
  key_points: 'Key things to know',
  why_it_matters: 'Why it matters',
  bigger_picture: 'The bigger picture',
};
const SLUGS: Record<string, string> = {
  whats_going_on: 'whats-going-on',
  how_to_think: 'how-to-think',
  key_points: 'key-points',
  why_it_matters: 'why-it-matters',
  bigger_picture: 'bigger-picture',
};

/** The heading the app shows for a section (as gloss-core's `Section::heading`). */
export function sectionHeading(s: Section): string {
  return s.heading ?? DEFAULT_HEADINGS[s.kind] ?? '';
}
/** The element id of a standard section (`section-whats-going-on`), or null for `other`. */
export function sectionId(s: Section): string | null {
  return SLUGS[s.kind] ? `section-${SLUGS[s.kind]}` : null;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** The articles listed in the built content/index.json ([] if there is no build yet). */
export function indexEntries(): IndexEntry[] {
  return readJson<{ articles: IndexEntry[] }>(path.join(DIST, 'content', 'index.json'))?.articles ?? [];
}

export function article(id: string): Article {
  const fromDist = path.join(DIST, 'content', 'articles', `${id}.json`);
  const a = readJson<Article>(fromDist) ?? readJson<Article>(path.join(FIXTURE_ARTICLES, `${id}.json`));
  if (!a) throw new Error(`no article ${id} in ${fromDist} or the fixtures`);
  return a;
}

export const expected = readJson<{ valid: string[]; problems: Record<string, string[]> }>(
  path.join(FIXTURES, 'expected.json'),
)!;

/** A valid fixture article with two audience versions (not listed in the index). */
export const TWO_AUDIENCES = 'two-audiences';
