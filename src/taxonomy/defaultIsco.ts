import type { IscoRow } from './dataset';
import type { IscoTitles } from './taxonomy';

export const DEFAULT_ISCO_LANGUAGES = ['en', 'it'] as const;

/** `code|en|it` title lines and `code|en;…|it;…` everyday names → one title list per language. */
export function parseIscoTitles(titles: string, everydayNames = ''): IscoTitles[] {
  const alternatives = new Map<string, { en: string[]; it: string[] }>();
  for (const line of everydayNames.split('\n')) {
    if (!line.trim()) continue;
    const [code, en = '', it = ''] = line.split('|');
    alternatives.set(code!, { en: en.split(';').filter(Boolean), it: it.split(';').filter(Boolean) });
  }
  const byLang: Record<string, IscoRow[]> = { en: [], it: [] };
  for (const line of titles.split('\n')) {
    if (!line.trim()) continue;
    const [code, en, it] = line.split('|');
    if (!code || !en || !it) throw new Error(`bad ISCO-08 title line: ${line}`);
    const alt = alternatives.get(code);
    byLang.en!.push([code, en, alt?.en ?? []]);
    byLang.it!.push([code, it, alt?.it ?? []]);
  }
  return DEFAULT_ISCO_LANGUAGES.map((lang) => ({ lang, rows: byLang[lang]! }));
}

/** The built-in ISCO-08 titles, in their own chunk so that the first screen does not pay for them. */
export async function loadDefaultIsco(): Promise<IscoTitles[]> {
  const { ISCO08_TITLES, ISCO08_EVERYDAY_NAMES } = await import('./isco08/titles');
  return parseIscoTitles(ISCO08_TITLES, ISCO08_EVERYDAY_NAMES);
}
