// A fake `speechSynthesis` for the read-aloud specs, installed before any
// page script runs. It records every utterance (text, lang, rate, voice) and
// every cancel, and fires events only when a test asks, always
// asynchronously as browsers do: `start` after `speak`, then whatever the
// test drives with `window.__speech` (`end()`, `boundary(i, n)`,
// `error(code)`). `cancel()` ends the utterance being spoken with an
// `interrupted` error, like Chrome. The voice list arrives shortly after
// the first `getVoices()` call, with a `voiceschanged` event.
import type { Page } from '@playwright/test';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

export interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

export const VOICES: FakeVoice[] = [
  { name: 'Remote US', lang: 'en-US', localService: false, default: true },
  { name: 'Local GB', lang: 'en-GB', localService: true, default: false },
  { name: 'Local ES', lang: 'es-ES', localService: true, default: false },
];

/** Installs the fake with these voices (none at all for `[]`). */
export async function fakeSpeech(page: Page, voices: FakeVoice[] = VOICES): Promise<void> {
  await page.addInitScript((list: FakeVoice[]) => {
    type Utterance = EventTarget & { text: string; lang: string; rate: number; voice: FakeVoice | null };
    class FakeUtterance extends EventTarget {
      lang = '';
      rate = 1;
      voice: FakeVoice | null = null;
      constructor(public text: string) {
        super();
      }
    }
    const synth = new EventTarget() as EventTarget & Record<string, unknown>;
    const spoken: unknown[] = [];
    let cancels = 0;
    let current: Utterance | null = null;
    let voices: FakeVoice[] = [];
    let asked = false;
    const fire = (u: Utterance, type: string, props: Record<string, unknown> = {}) =>
      setTimeout(() => u.dispatchEvent(Object.assign(new Event(type), props)), 0);
    synth.getVoices = () => {
      if (!asked) {
        asked = true;
        setTimeout(() => {
          voices = list.map((v) => ({ ...v, voiceURI: v.name }));
          synth.dispatchEvent(new Event('voiceschanged'));
        }, 50);
      }
      return voices.slice();
    };
    synth.speak = (u: Utterance) => {
      spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null });
      current = u;
      fire(u, 'start');
    };
    synth.cancel = () => {
      cancels += 1;
      if (current) fire(current, 'error', { error: 'interrupted' });
      current = null;
    };
    synth.pause = () => {};
    synth.resume = () => {};
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    const finish = (type: string, props: Record<string, unknown> = {}) => {
      const u = current;
      if (!u) throw new Error(`no utterance to ${type}`);
      current = null;
      fire(u, type, props);
    };
    (window as unknown as Record<string, unknown>).__speech = {
      spoken,
      cancels: () => cancels,
      current: () => (current ? current.text : null),
      end: () => finish('end'),
      error: (code: string) => finish('error', { error: code }),
      boundary: (charIndex: number, charLength?: number) => {
        if (!current) throw new Error('no utterance for a boundary');
        const props: Record<string, unknown> = { name: 'word', charIndex };
        if (charLength !== undefined) props.charLength = charLength;
        fire(current, 'boundary', props);
      },
    };
  }, voices);
}

/** Leaves the page without speech synthesis, like a browser without it. */
export async function noSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
}

type Fake = {
  spoken: Spoken[];
  cancels(): number;
  current(): string | null;
  end(): void;
  error(code: string): void;
  boundary(charIndex: number, charLength?: number): void;
};

/** Everything spoken so far. */
export function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __speech: Fake }).__speech.spoken.slice());
}

/** How many times `cancel()` was called. */
export function cancels(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __speech: Fake }).__speech.cancels());
}

/** The text being spoken now, if any. */
export function speaking(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as { __speech: Fake }).__speech.current());
}

/** Drives the fake: `end`, `error` or `boundary` on the current utterance. */
export async function drive(page: Page, action: 'end' | 'error' | 'boundary', ...args: unknown[]): Promise<void> {
  await page.evaluate(
    ([a, rest]) => {
      const s = (window as unknown as { __speech: Record<string, (...x: unknown[]) => void> }).__speech;
      s[a as string](...(rest as unknown[]));
    },
    [action, args] as const,
  );
}

/** The text of each range of the CSS highlight `name` (none: `[]`): one
 * range per text node of the content, in order. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const h = registry?.get(n);
    return h ? Array.from(h).map((r) => r.toString()) : [];
  }, name);
}
