import { describe, expect, it } from 'vitest';
import { DEFAULT_ISCO_LANGUAGES, loadDefaultIsco } from '../../../src/taxonomy/defaultIsco';
import { escoDataset } from './escoFixtures';

describe('built-in ISCO-08 dataset', () => {
  it('has every group of ISCO-08: 10 major, 43 sub-major, 130 minor and 436 unit groups, the same codes as ESCO', async () => {
    const [en] = await loadDefaultIsco();
    const codes = en!.rows.map(([code]) => code);
    expect([1, 2, 3, 4].map((n) => codes.filter((c) => c.length === n).length)).toEqual([10, 43, 130, 436]);
    expect(new Set(codes).size).toBe(619);
    expect([...codes].sort()).toEqual(escoDataset('en').iscoGroups.map(([code]) => code).sort());
  });

  it('nests every group in its parent', async () => {
    const [en] = await loadDefaultIsco();
    const codes = new Set(en!.rows.map(([code]) => code));
    for (const code of codes) if (code.length > 1) expect(codes.has(code.slice(0, -1)), code).toBe(true);
  });

  it('titles every group in English and Italian', async () => {
    const titles = await loadDefaultIsco();
    expect(titles.map((t) => t.lang)).toEqual([...DEFAULT_ISCO_LANGUAGES]);
    const [en, it] = titles;
    expect(it!.rows).toHaveLength(619);
    for (const [i, [code, title]] of it!.rows.entries()) {
      expect(title.trim(), code).not.toBe('');
      expect(en!.rows[i]![0]).toBe(code);
    }
    // Italian titles are translations, not copies of the English ones.
    const same = it!.rows.filter(([, title], i) => title === en!.rows[i]![1]);
    expect(same.map(([code]) => code)).toEqual([]);
    expect(it!.rows.find(([code]) => code === '7212')![1]).toBe('Saldatori e tagliatori a fiamma');
  });

  it('uses the ILO English titles (same as ESCO apart from spelling variants)', async () => {
    const [en] = await loadDefaultIsco();
    const esco = new Map(escoDataset('en').iscoGroups.map(([code, title]) => [code, title]));
    const simplify = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/iz/g, 'is').replace(/[^a-z]/g, '');
    const differing = en!.rows.filter(([code, title]) => simplify(title) !== simplify(esco.get(code)!));
    expect(differing.length).toBeLessThan(5);
  });
});
