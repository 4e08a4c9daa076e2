import type { IscoRow } from './dataset';
import type { IscoTitles } from './taxonomy';

export const DEFAULT_ISCO_LANGUAGES = ['en', 'it'] as const;

/** `code|en|it` lines → one title list per language. */
export function parseIscoTitles(text: string): IscoTitles[] {
  const byLang: Record<string, IscoRow[]> = { en: [], it: [] };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [code, en, it] = line.split('|');
    if (!code || !en || !it) throw new Error(`bad ISCO-08 title line: ${line}`);
    byLang.en!.push([code, en, []]);
    byLang.it!.push([code, it, []]);
  }
  return DEFAULT_ISCO_LANGUAGES.map((lang) => ({ lang, rows: byLang[lang]! }));
}

/** The built-in ISCO-08 titles, in their own chunk so that the first screen does not pay for them. */
export async function loadDefaultIsco(): Promise<IscoTitles[]> {
  const { ISCO08_TITLES } = await import('./isco08/titles');
  return parseIscoTitles(ISCO08_TITLES);
}
