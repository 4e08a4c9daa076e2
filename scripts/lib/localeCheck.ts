import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, string>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /{{\s*([\w.]+)\s*}}/g;

export function flatten(obj: unknown, prefix = '', out: Messages = {}): Messages {
  if (typeof obj === 'string') out[prefix] = obj;
  else if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = String(obj);
  return out;
}

export function readLocales(root: string): Map<string, Map<string, Messages>> {
  const result = new Map<string, Map<string, Messages>>();
  for (const lang of readdirSync(root).sort()) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    const namespaces = new Map<string, Messages>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      namespaces.set(file.slice(0, -5), flatten(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
    }
    result.set(lang, namespaces);
  }
  return result;
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (msg: string) => new Set([...msg.matchAll(PLACEHOLDER)].map((m) => m[1]!));

/**
 * Compares every locale with the source: same keys (plural keys by base name, with the plural
 * categories the language needs), same placeholders, {{count}} in every plural form, no HTML.
 */
export function checkLocales(locales: Map<string, Map<string, Messages>>, source = 'en'): string[] {
  const problems: string[] = [];
  const src = locales.get(source);
  if (!src) return [`source locale ${source} is missing`];
  for (const [lang, namespaces] of locales) {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [ns, srcMessages] of src) {
      const messages = namespaces.get(ns);
      if (!messages) {
        problems.push(`${lang}: namespace ${ns} is missing`);
        continue;
      }
      const srcBases = new Map<string, string[]>();
      for (const k of Object.keys(srcMessages)) srcBases.set(baseKey(k), [...(srcBases.get(baseKey(k)) ?? []), k]);
      const bases = new Set(Object.keys(messages).map(baseKey));
      for (const [base, srcKeys] of srcBases) {
        if (!bases.has(base)) {
          problems.push(`${lang}/${ns}: missing key ${base}`);
          continue;
        }
        const isPlural = srcKeys.some((k) => PLURAL_SUFFIX.test(k));
        const expected = isPlural ? [...new Set(['other', ...categories])].map((c) => `${base}_${c}`) : [base];
        const srcPlaceholders = placeholders(srcMessages[srcKeys[0]!]!);
        for (const key of expected) {
          const msg = messages[key];
          if (msg === undefined) {
            problems.push(`${lang}/${ns}: missing plural form ${key}`);
            continue;
          }
          if (!msg.trim()) problems.push(`${lang}/${ns}: empty message ${key}`);
          if (/<\/?[a-z][^>]*>/i.test(msg)) problems.push(`${lang}/${ns}: HTML in ${key}`);
          const got = placeholders(msg);
          for (const p of srcPlaceholders) if (!got.has(p)) problems.push(`${lang}/${ns}: ${key} lacks {{${p}}}`);
          for (const p of got) if (!srcPlaceholders.has(p) && p !== 'count') problems.push(`${lang}/${ns}: ${key} has unknown {{${p}}}`);
          if (isPlural && !got.has('count')) problems.push(`${lang}/${ns}: plural ${key} lacks {{count}}`);
          if ((msg.match(/{{/g) ?? []).length !== (msg.match(/}}/g) ?? []).length) problems.push(`${lang}/${ns}: malformed placeholder in ${key}`);
        }
      }
      for (const base of bases) if (!srcBases.has(base)) problems.push(`${lang}/${ns}: key ${base} is not in ${source}`);
    }
    for (const ns of namespaces.keys()) if (!src.has(ns)) problems.push(`${lang}: namespace ${ns} is not in ${source}`);
  }
  return problems;
}
