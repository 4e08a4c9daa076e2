import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource } from 'i18next';
import type { PdfTexts } from '../model';

const NAMESPACES = ['pdf', 'interview', 'app'] as const;

/** The PDF's texts read from locales/ on disk, for the Node command, tests and benchmarks. */
export async function loadPdfTexts(localesDir: string): Promise<PdfTexts> {
  const languages = readdirSync(localesDir).filter((l) => existsSync(join(localesDir, l, 'pdf.json')));
  const resources: Resource = {};
  for (const lang of languages) {
    resources[lang] = {};
    for (const ns of NAMESPACES) {
      const file = join(localesDir, lang, `${ns}.json`);
      if (existsSync(file)) resources[lang]![ns] = JSON.parse(readFileSync(file, 'utf8')) as Resource[string][string];
    }
  }
  const i18n = i18next.createInstance();
  await i18n.init({ resources, fallbackLng: 'en', ns: [...NAMESPACES], defaultNS: 'pdf', interpolation: { escapeValue: false }, initAsync: false });
  return {
    t: (lang, key, options) => i18n.getFixedT(lang)(key, options),
    hasLanguage: (lang) => languages.includes(lang),
  };
}
