// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscoImport } from '../../../scripts/esco-import';
import { loadTaxonomy } from '../../../src/taxonomy/loader';
import { ESCO_DIR } from './escoFixtures';

const dir = mkdtempSync(join(tmpdir(), 'taxonomy-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves `dir` like a static host; `html404` imitates a single-page-app fallback. */
function fakeFetch(options: { html404?: boolean; offline?: boolean } = {}): typeof fetch {
  return (async (url: string) => {
    if (options.offline) throw new TypeError('Failed to fetch');
    const name = String(url).replace('/taxonomy/', '');
    try {
      return new Response(readFileSync(join(dir, name)), { headers: { 'content-type': 'application/json' } });
    } catch {
      return options.html404
        ? new Response('<!doctype html><title>app</title>', { headers: { 'content-type': 'text/html' } })
        : new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

describe('loading the taxonomy in the app', () => {
  it('falls back to the built-in ISCO-08 titles when no ESCO dataset is installed', async () => {
    for (const options of [{}, { html404: true }, { offline: true }]) {
      const { taxonomy, problems, manifest } = await loadTaxonomy(['it', 'ar'], { baseUrl: '/taxonomy/', fetch: fakeFetch(options), cacheName: null });
      expect(manifest).toBeUndefined();
      expect(problems).toEqual([]);
      expect(taxonomy.hasEsco).toBe(false);
      expect(taxonomy.languages.sort()).toEqual(['en', 'it']);
      expect(taxonomy.searchOccupations('saldatore')[0]!.concept.iscoCode).toBe('7212');
    }
  });

  describe('with an ESCO import', () => {
    beforeAll(() => {
      runEscoImport({ folder: join(ESCO_DIR, 'en'), out: dir });
    });

    it('loads the languages of the interview that were imported, and the default titles for the others', async () => {
      const { taxonomy, problems, manifest } = await loadTaxonomy(['it', 'en'], { baseUrl: '/taxonomy/', fetch: fakeFetch(), cacheName: null });
      expect(problems).toEqual([]);
      expect(manifest!.escoVersion).toBe('1.1.1');
      expect(taxonomy.hasEsco).toBe(true);
      const [hit] = taxonomy.searchOccupations('welder');
      expect(hit!.concept).toMatchObject({ kind: 'occupation', iscoCode: '7212', labels: { en: 'welder' } });
      // ISCO-08 groups keep their Italian title from the built-in dataset.
      expect(taxonomy.iscoTitle('7212', 'it')).toEqual({ text: 'Saldatori e tagliatori a fiamma', lang: 'it' });
      expect(taxonomy.searchSkills('transversal', 'initiative')).not.toHaveLength(0);
    });

    it('does not use a damaged file, says so, and keeps working with the default titles', async () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const file = join(dir, manifest.languages.en.file);
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace('"welder"', '"wolder"'));
      try {
        const { taxonomy, problems } = await loadTaxonomy(['it'], { baseUrl: '/taxonomy/', fetch: fakeFetch(), cacheName: null });
        expect(problems.map((p) => [p.code, p.params.lang])).toEqual([['taxonomy:load.errors.checksum', 'en']]);
        expect(taxonomy.hasEsco).toBe(false);
        expect(taxonomy.searchOccupations('welder')[0]!.concept.iscoCode).toBe('7212');
      } finally {
        writeFileSync(file, original);
      }
    });
  });
});
