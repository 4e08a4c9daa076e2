import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LanguageDataset } from '../../../src/taxonomy/dataset';
import { buildLanguageDataset, ESCO_FILE_KINDS, escoFileName, type EscoSource } from '../../../src/taxonomy/escoImport';

/** The official ESCO v1.1.1 download shared by all projects (never copied into the repo). */
export const ESCO_DIR = resolve(import.meta.dirname, '../../../../shared/esco/v1.1.1') + '/';

export function readEscoSource(lang: string): EscoSource {
  const source = {} as EscoSource;
  for (const kind of ESCO_FILE_KINDS) {
    const name = escoFileName(kind, lang);
    source[kind] = { name, text: readFileSync(`${ESCO_DIR}${lang}/${name}`, 'utf8') };
  }
  return source;
}

const cache = new Map<string, LanguageDataset>();
export function escoDataset(lang: string): LanguageDataset {
  let d = cache.get(lang);
  if (!d) cache.set(lang, (d = buildLanguageDataset(lang, '1.1.1', readEscoSource(lang))));
  return d;
}
