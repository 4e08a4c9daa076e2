import { AppError } from '../domain/errors';
import { languageDatasetSchema, manifestSchema, type LanguageDataset, type Manifest } from './dataset';
import { loadDefaultIsco } from './defaultIsco';
import { Taxonomy } from './taxonomy';

/**
 * Loads the taxonomy for the languages of an interview: the ESCO datasets a deployment imported
 * into public/taxonomy (fetched lazily, kept in Cache Storage for offline use) and the built-in
 * ISCO-08 titles for every language ESCO does not cover. A missing or damaged ESCO file never
 * blocks the interview: it is reported in `problems` and the default dataset is used instead.
 */
export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  manifest?: Manifest;
  problems: AppError[];
}

export interface LoadOptions {
  /** Folder holding manifest.json; defaults to `<BASE_URL>taxonomy/`. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Cache Storage name; undefined where Cache Storage is unavailable. */
  cacheName?: string | null;
}

const CACHE_NAME = 'taxonomy-v1';

/** English is the ESCO source language and always searched as a fallback. */
export const FALLBACK_LANGUAGE = 'en';

export async function loadTaxonomy(languages: readonly string[], options: LoadOptions = {}): Promise<LoadedTaxonomy> {
  const base = options.baseUrl ?? `${import.meta.env?.BASE_URL ?? '/'}taxonomy/`;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const cacheName = options.cacheName === undefined ? (typeof caches === 'undefined' ? null : CACHE_NAME) : options.cacheName;
  const wanted = [...new Set([...languages, FALLBACK_LANGUAGE])];
  const problems: AppError[] = [];

  let manifest: Manifest | undefined;
  const manifestText = await getText(`${base}manifest.json`, doFetch, cacheName, false);
  if (manifestText !== undefined) {
    const parsed = manifestSchema.safeParse(safeJson(manifestText));
    if (parsed.success) manifest = parsed.data;
    else problems.push(new AppError('taxonomy:load.errors.manifest', { file: 'manifest.json' }));
  }

  const esco: LanguageDataset[] = [];
  if (manifest) {
    const entries = wanted.flatMap((lang) => {
      const entry = manifest!.languages[lang];
      return entry ? [{ lang, ...entry }] : [];
    });
    const loaded = await Promise.all(
      entries.map(async (entry) => {
        const text = await getText(`${base}${entry.file}`, doFetch, cacheName, true);
        if (text === undefined) return problems.push(new AppError('taxonomy:load.errors.unavailable', { file: entry.file, lang: entry.lang })), undefined;
        if (!(await checksumMatches(text, entry.sha256))) return problems.push(new AppError('taxonomy:load.errors.checksum', { file: entry.file, lang: entry.lang })), undefined;
        const parsed = languageDatasetSchema.safeParse(safeJson(text));
        if (!parsed.success || parsed.data.lang !== entry.lang) return problems.push(new AppError('taxonomy:load.errors.invalid', { file: entry.file, lang: entry.lang })), undefined;
        return parsed.data;
      }),
    );
    for (const d of loaded) if (d) esco.push(d);
  }

  const defaults = (await loadDefaultIsco()).filter((t) => wanted.includes(t.lang));
  return { taxonomy: new Taxonomy(esco, defaults), manifest, problems };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function checksumMatches(text: string, sha256: string): Promise<boolean> {
  // SubtleCrypto exists only in secure contexts; elsewhere the zod check below still applies.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return true;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex === sha256;
}

/**
 * Network first for the manifest (so a new import is seen when online), cache first for the
 * content-addressed dataset files (a name never changes meaning). Either way offline works
 * once a file has been fetched.
 */
async function getText(url: string, doFetch: typeof fetch, cacheName: string | null, immutable: boolean): Promise<string | undefined> {
  const cache = cacheName ? await caches.open(cacheName).catch(() => undefined) : undefined;
  if (cache && immutable) {
    const hit = await cache.match(url);
    if (hit) return hit.text();
  }
  try {
    const response = await doFetch(url, { cache: immutable ? 'force-cache' : 'no-cache' });
    // A single-page-app fallback answers unknown paths with index.html: that means "not imported".
    const isHtml = response.headers.get('content-type')?.includes('text/html') ?? false;
    if (response.ok && !isHtml) {
      if (cache) await cache.put(url, response.clone()).catch(() => undefined);
      return await response.text();
    }
    if (response.status === 404 || isHtml) return undefined;
  } catch {
    // offline: fall through to the cache
  }
  const cached = cache ? await cache.match(url) : undefined;
  return cached ? cached.text() : undefined;
}
