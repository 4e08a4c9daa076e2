import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../src/domain/interview';
import { DEFAULT_COLUMNS, csvField, interviewsToCsv } from '../../../src/export/interviewsCsv';

const interview = (over: Partial<Interview>): Interview => ({
  id: '3f6c1d2e-8a4b-4c1f-9e2d-5b7a9c0d1e21',
  schemaVersion: 1,
  questionnaireVersion: '2026.1',
  createdAt: '2026-10-06T08:25:00.000Z',
  updatedAt: '2026-10-06T10:05:00.000Z',
  createdBy: 'op.bianchi',
  status: 'finished',
  finishedAt: '2026-10-06T10:05:00.000Z',
  revision: 1,
  operatorLanguage: 'it',
  intervieweeLanguage: 'ar',
  displayName: 'أحمد عثمان',
  progress: { answered: 53, total: 54 },
  ...over,
});

describe('interview list CSV', () => {
  it('writes only the chosen columns, leaving the name out unless the operator picks it', () => {
    const csv = interviewsToCsv([interview({})], DEFAULT_COLUMNS, (c) => c);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('id,status,createdAt,finishedAt,progress,intervieweeLanguage');
    expect(row).toBe('3f6c1d2e-8a4b-4c1f-9e2d-5b7a9c0d1e21,finished,2026-10-06T08:25:00.000Z,2026-10-06T10:05:00.000Z,53/54,ar');
    expect(csv).not.toContain('أحمد');
    expect(interviewsToCsv([interview({})], ['displayName'], (c) => c)).toContain('أحمد عثمان');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
