import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileDocument } from '../../../src/domain/profileDocument';
import { pdfKey, PREPARED_MAX_AGE_MS, PreparedPdfs } from '../../../src/ui/pdf/preparedPdf';

const example = JSON.parse(readFileSync(join(__dirname, '../../../examples/profiles/arabic-speaker.json'), 'utf8')) as ProfileDocument;
const options = { copy: 'cpi' as const, secondLang: 'ar' };
const key = (doc: ProfileDocument, opts: Parameters<typeof pdfKey>[0]['options'] = options, operatorLanguage = 'it') => pdfKey({ doc, options: opts, operatorLanguage });
// jsdom's Blob cannot be read back; a label on it tells which render produced it.
const pdf = (label: string): Blob => Object.assign(new Blob([label]), { label });
const text = (b: Blob) => (b as Blob & { label: string }).label;

/** The example with one free-text answer changed, the interview's `updatedAt` left as it was. */
function withEditedAnswer(doc: ProfileDocument): ProfileDocument {
  const i = doc.answers.findIndex((a) => a.value.type === 'text');
  expect(i).toBeGreaterThanOrEqual(0);
  const answers = doc.answers.map((a, k) => (k === i && a.value.type === 'text' ? { ...a, value: { ...a.value, value: `${a.value.value} (corrected)` } } : a));
  return { ...doc, answers };
}

describe('the key of a prepared PDF', () => {
  it('is the same for the same stored data read again later', () => {
    expect(key({ ...example, exportedAt: '2030-01-01T00:00:00.000Z' })).toBe(key(example));
    expect(key(example, { secondLang: 'ar', copy: 'cpi' })).toBe(key(example));
  });

  it('changes with an edited answer even when updatedAt did not move', () => {
    expect(key(withEditedAnswer(example))).not.toBe(key(example));
  });

  it('changes with updatedAt, the options and the operator language', () => {
    expect(key({ ...example, interview: { ...example.interview, updatedAt: '2030-01-01T00:00:00.000Z' } })).not.toBe(key(example));
    expect(key(example, { copy: 'cpi' })).not.toBe(key(example));
    expect(key(example, { copy: 'person' })).not.toBe(key(example, { copy: 'cpi' }));
    expect(key(example, { ...options, operator: 'Maria Rossi' })).not.toBe(key(example));
    expect(key(example, options, 'en')).not.toBe(key(example));
  });
});

describe('prepared PDFs', () => {
  const id = example.interview.id;

  it('serve a click with the PDF prepared for the same key, without rendering again', async () => {
    const cache = new PreparedPdfs();
    let renders = 0;
    const render = () => Promise.resolve(pdf(`render ${++renders}`));
    cache.get(id, key(example), render);
    expect(await text(await cache.get(id, key(example), render))).toBe('render 1');
    expect(renders).toBe(1);
  });

  it('let a click wait for the PDF still being prepared instead of starting another', async () => {
    const cache = new PreparedPdfs();
    let finish!: (b: Blob) => void;
    let renders = 0;
    const slow = () => (renders++, new Promise<Blob>((resolve) => (finish = resolve)));
    const prepared = cache.get(id, key(example), slow);
    const clicked = cache.get(id, key(example), slow);
    finish(pdf('in flight'));
    expect(await text(await clicked)).toBe('in flight');
    expect(await prepared).toBe(await clicked);
    expect(renders).toBe(1);
  });

  it('never hand out a PDF of older data or other options', async () => {
    const cache = new PreparedPdfs();
    cache.get(id, key(example), () => Promise.resolve(pdf('old')));
    const edited = withEditedAnswer(example);
    expect(cache.has(id, key(edited))).toBe(false);
    expect(await text(await cache.get(id, key(edited), () => Promise.resolve(pdf('edited'))))).toBe('edited');
    expect(await text(await cache.get(id, key(example, { copy: 'person' }), () => Promise.resolve(pdf('person'))))).toBe('person');
    // Going back to the first data renders anew: only the latest preparation per interview is kept.
    expect(cache.has(id, key(example))).toBe(false);
  });

  it('render again once a prepared PDF is older than its printed generation time may be', async () => {
    let now = 0;
    const cache = new PreparedPdfs(() => now);
    cache.get(id, key(example), () => Promise.resolve(pdf('first')));
    now = PREPARED_MAX_AGE_MS + 1;
    expect(cache.has(id, key(example))).toBe(false);
    expect(await text(await cache.get(id, key(example), () => Promise.resolve(pdf('second'))))).toBe('second');
  });

  it('forget a failed preparation so the click tries again', async () => {
    const cache = new PreparedPdfs();
    await expect(cache.get(id, key(example), () => Promise.reject(new Error('font 503')))).rejects.toThrow('font 503');
    expect(cache.has(id, key(example))).toBe(false);
    expect(await text(await cache.get(id, key(example), () => Promise.resolve(pdf('retry'))))).toBe('retry');
  });

  it('keep one PDF per interview', async () => {
    const cache = new PreparedPdfs();
    const other = { ...example, interview: { ...example.interview, id: 'other' } };
    cache.get(id, key(example), () => Promise.resolve(pdf('a')));
    cache.get('other', key(other), () => Promise.resolve(pdf('b')));
    expect(cache.has(id, key(example))).toBe(true);
    cache.discard(id);
    expect(cache.has(id, key(example))).toBe(false);
    expect(cache.has('other', key(other))).toBe(true);
  });
});
