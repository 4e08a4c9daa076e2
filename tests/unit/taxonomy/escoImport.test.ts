import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeImportError, runEscoImport } from '../../../scripts/esco-import';
import { AppError } from '../../../src/domain/errors';
import { languageDatasetSchema, manifestSchema } from '../../../src/taxonomy/dataset';
import { buildLanguageDataset, splitLabels } from '../../../src/taxonomy/escoImport';
import { ESCO_DIR, escoDataset, readEscoSource } from './escoFixtures';

const temp = mkdtempSync(join(tmpdir(), 'esco-import-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function importError(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the import to fail');
}

describe('ESCO import of the official English and French files', () => {
  it.each(['en', 'fr'])('%s: 3,007 occupations, 619 ISCO-08 groups and the three skills collections', (lang) => {
    const d = escoDataset(lang);
    expect(d.occupations).toHaveLength(3007);
    expect(d.iscoGroups).toHaveLength(619);
    const byLevel = [1, 2, 3, 4].map((n) => d.iscoGroups.filter(([code]) => code.length === n).length);
    expect(byLevel).toEqual([10, 43, 130, 436]);
    expect(d.skills.transversal).toHaveLength(96);
    expect(d.skills.digital).toHaveLength(1201);
    expect(d.skills.language.length).toBeGreaterThan(300);
    expect(languageDatasetSchema.safeParse(d).success).toBe(true);
  });

  it('splits multi-line altLabels into separate labels', () => {
    const technicalDirector = escoDataset('en').occupations.find(([uri]) => uri === 'occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34')!;
    expect(technicalDirector[1]).toBe('2654');
    expect(technicalDirector[2]).toBe('technical director');
    // Seven lines in the CSV, one of which repeats the preferred label.
    expect(technicalDirector[3]).toEqual([
      'technical and operations director',
      'head of technical',
      'director of technical arts',
      'head of technical department',
      'technical supervisor',
      'technical manager',
    ]);
    const fr = escoDataset('fr').occupations.find(([uri]) => uri === 'occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34')!;
    expect(fr[2]).toBe('directeur technique/directrice technique');
    expect(fr[3]).toEqual(['régisseuse', 'régisseur', 'directrice technique', 'régisseur/régisseuse', 'directeur technique']);
  });

  it('splits the " | " separated labels of the skills collections', () => {
    expect(splitLabels('take the initiative | give impetus\nshow initiative', 'show initiative')).toEqual(['take the initiative', 'give impetus']);
  });

  it('writes per-language files and a manifest with version, counts and checksums', () => {
    const out = join(temp, 'both');
    const { manifest, imported } = runEscoImport({ folder: ESCO_DIR, out, now: new Date('2026-01-02T03:04:05Z') });
    expect(imported.sort()).toEqual(['en', 'fr']);
    const onDisk = manifestSchema.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(onDisk).toEqual(manifest);
    expect(manifest.escoVersion).toBe('1.1.1');
    expect(manifest.languages.fr!.counts).toMatchObject({ occupations: 3007, iscoGroups: 619, transversal: 96, digital: 1201 });
    const enFile = readFileSync(join(out, manifest.languages.en!.file), 'utf8');
    expect(createHash('sha256').update(enFile).digest('hex')).toBe(manifest.languages.en!.sha256);
    expect(languageDatasetSchema.parse(JSON.parse(enFile)).lang).toBe('en');
  });

  it('adds a language to an existing manifest without touching the others', () => {
    const out = join(temp, 'incremental');
    runEscoImport({ folder: join(ESCO_DIR, 'en'), out });
    const before = snapshot(out);
    const { manifest } = runEscoImport({ folder: join(ESCO_DIR, 'fr'), out });
    expect(Object.keys(manifest.languages).sort()).toEqual(['en', 'fr']);
    const enFile = manifest.languages.en!.file;
    expect(readFileSync(join(out, enFile), 'utf8')).toBe(before[enFile]);
  });
});

describe('ESCO import of a malformed or partial download', () => {
  const broken = (name: string, mutate: (text: string) => string, lang = 'en') => {
    const dir = join(temp, `broken-${name}-v1.1.1`);
    cpSync(join(ESCO_DIR, lang), dir, { recursive: true });
    const file = join(dir, name);
    writeFileSync(file, mutate(readFileSync(file, 'utf8')));
    return dir;
  };

  it('rejects a file cut short, naming file and line, and leaves the previous dataset intact', () => {
    const out = join(temp, 'kept');
    runEscoImport({ folder: join(ESCO_DIR, 'en'), out });
    const before = snapshot(out);
    // Cut inside the multi-line altLabels of the first occupation (which opens on line 2).
    const folder = broken('occupations_en.csv', (text) => text.slice(0, text.indexOf('head of technical department')));
    const error = importError(() => runEscoImport({ folder, out }));
    expect(error.code).toBe('taxonomy:import.errors.unterminatedQuote');
    expect(error.params).toMatchObject({ file: 'occupations_en.csv', line: 2 });
    expect(describeImportError(error)).toBe('occupations_en.csv, line 2: a quoted field is never closed (the file may be cut short).');
    expect(snapshot(out)).toEqual(before);
  });

  it('rejects a row with the wrong number of fields at its line', () => {
    const folder = broken('ISCOGroups_en.csv', (text) => {
      const lines = text.split('\n');
      lines.splice(1, 0, 'ISCOGroup,http://data.europa.eu/esco/isco/C9999,9999,Broken');
      return lines.join('\n');
    });
    const error = importError(() => runEscoImport({ folder, out: join(temp, 'never') }));
    expect(error.code).toBe('taxonomy:import.errors.columnCount');
    expect(error.params).toMatchObject({ file: 'ISCOGroups_en.csv', line: 2, expected: 8, actual: 4 });
    expect(() => readdirSync(join(temp, 'never'))).toThrow();
  });

  it('rejects an occupation whose ISCO-08 group is missing from ISCOGroups (a partial download)', () => {
    const source = readEscoSource('en');
    // Cut cleanly at a record boundary: every row parses, but groups 2 to 9 are gone.
    source.iscoGroups.text = source.iscoGroups.text.slice(0, source.iscoGroups.text.indexOf('\nISCOGroup,http://data.europa.eu/esco/isco/C2,'));
    const error = importError(() => buildLanguageDataset('en', '1.1.1', source));
    expect(error.code).toBe('taxonomy:import.errors.unknownIscoGroup');
    expect(error.params).toMatchObject({ file: 'occupations_en.csv', line: 2, value: '2654' });
  });

  it('names a missing file and a missing column', () => {
    const dir = join(temp, 'partial-v1.1.1');
    mkdirSync(dir);
    cpSync(join(ESCO_DIR, 'en', 'occupations_en.csv'), join(dir, 'occupations_en.csv'));
    const missing = importError(() => runEscoImport({ folder: dir, out: join(temp, 'never') }));
    expect(missing.code).toBe('taxonomy:import.errors.missingFile');
    expect(String(missing.params.file)).toMatch(/ISCOGroups_en\.csv$/);

    const folder = broken('transversalSkillsCollection_en.csv', (text) => text.replace('preferredLabel', 'label'));
    const column = importError(() => runEscoImport({ folder, out: join(temp, 'never') }));
    expect(column.params).toMatchObject({ file: 'transversalSkillsCollection_en.csv', line: 1, column: 'preferredLabel' });
  });

  it('refuses to mix ESCO versions unless asked to replace', () => {
    const out = join(temp, 'versions');
    runEscoImport({ folder: join(ESCO_DIR, 'en'), out });
    const error = importError(() => runEscoImport({ folder: join(ESCO_DIR, 'fr'), out, escoVersion: '1.2.0' }));
    expect(error.code).toBe('taxonomy:import.errors.versionMismatch');
    const { manifest } = runEscoImport({ folder: join(ESCO_DIR, 'fr'), out, escoVersion: '1.2.0', replace: true });
    expect(Object.keys(manifest.languages)).toEqual(['fr']);
    expect(readdirSync(out).filter((f) => f.startsWith('esco-'))).toEqual([manifest.languages.fr!.file]);
  });
});
