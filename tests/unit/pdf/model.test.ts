// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileDocumentSchema } from '../../../src/domain/profileDocument';
import { SPT_QUESTIONNAIRE } from '../../../src/questionnaire/questionnaire';
import { buildPdfModel, cefrSummary, formatPartialDate, type PdfField, type PdfModel } from '../../../src/pdf/model';
import { loadPdfTexts } from '../../../src/pdf/node/texts';
import { textStyle } from '../../../src/pdf/textStyle';
import { fontFamiliesFor } from '../../../src/pdf/fonts';

const load = (name: string) => profileDocumentSchema.parse(JSON.parse(readFileSync(`examples/profiles/${name}.json`, 'utf8')));
const texts = await loadPdfTexts('locales');
const generatedAt = new Date('2026-11-22T10:00:00Z');

function fields(model: PdfModel, sectionId: string): PdfField[] {
  const section = model.sections.find((s) => s.id === sectionId)!;
  return section.blocks.flatMap((b) => (b.kind === 'field' ? [b.field] : b.item.fields));
}

describe('PDF document model', () => {
  it('keeps free text in the language it was given, followed by the mediator’s Italian translation', () => {
    const model = buildPdfModel(load('arabic-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'cpi', generatedAt });
    const tasks = fields(model, 'work').find((f) => f.id.endsWith('.tasks'))!;
    expect(tasks.lines[0]).toMatchObject({ lang: 'ar', role: 'value' });
    expect(tasks.lines[1]).toMatchObject({ lang: 'it', role: 'translation' });
    expect(tasks.lines[1]!.caption!.text).toBe('Traduzione del mediatore (italiano)');
  });

  it('takes direction from the language, never from the characters', () => {
    const families = new Set(fontFamiliesFor('ar'));
    expect(textStyle({ families }, 'ar')).toMatchObject({ direction: 'rtl', textAlign: 'right' });
    expect(textStyle({ families }, 'it')).toMatchObject({ direction: 'ltr', textAlign: 'left' });
    // An answer given in Arabic but typed in Latin letters is still laid out right to left.
    const model = buildPdfModel(load('arabic-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'person', generatedAt });
    expect(model.dir).toBe('rtl');
    const phone = fields(model, 'personal').find((f) => f.id === 'personal.phone')!;
    expect(textStyle({ families }, phone.lines[0]!.lang).direction).toBe('ltr');
  });

  it('labels every field in both languages in the bilingual copy', () => {
    const model = buildPdfModel(load('arabic-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'cpi', secondLang: 'ar', generatedAt });
    for (const section of model.sections) {
      expect(section.title.second?.lang).toBe('ar');
      for (const b of section.blocks) if (b.kind === 'field') expect(b.field.label.second?.lang).toBe('ar');
    }
  });

  it('falls back to English labels for a language without a PDF translation, keeping the person’s own text', () => {
    // German has no locale folder, so the person's copy falls back to English labels.
    const doc = load('ukrainian-speaker');
    const model = buildPdfModel({ ...doc, interview: { ...doc.interview, intervieweeLanguage: 'de' } }, SPT_QUESTIONNAIRE, texts, { copy: 'person', generatedAt });
    expect(model.lang).toBe('en');
    expect(model.person).toEqual({ text: 'Олена Коваленко', lang: 'uk' });
  });

  it('shows ISCED levels, CEFR grids with the SAP summary, and durations with plurals', () => {
    const model = buildPdfModel(load('ukrainian-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'cpi', generatedAt });
    const isced = fields(model, 'education').filter((f) => f.id.endsWith('.isced')).map((f) => f.lines[0]!.text);
    expect(isced[1]).toMatch(/^ISCED 6 – /);
    const english = fields(model, 'languages').find((f) => f.id.endsWith('.cefr'))!;
    expect(english.cefr!.levels).toEqual(['B1', 'B2', 'B1', 'B1', 'B1', 'B2', 'B1', 'B1']);
    const duration = fields(model, 'work').find((f) => f.id.endsWith('.duration'))!;
    expect(duration.lines[0]!.text).toBe('1 anno e 4 mesi');
    const arabic = buildPdfModel(load('arabic-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'person', generatedAt });
    const durations = fields(arabic, 'work').filter((f) => f.id.endsWith('.duration')).map((f) => f.lines[0]!.text);
    expect(durations.slice(0, 2)).toEqual(['5 سنوات و8 أشهر', 'سنة واحدة (1) و5 أشهر']);
  });

  it('marks sections without answers as not asked instead of leaving them blank', () => {
    const model = buildPdfModel(load('tigrinya-speaker'), SPT_QUESTIONNAIRE, texts, { copy: 'cpi', generatedAt });
    const appraisal = model.sections.find((s) => s.id === 'appraisal')!;
    expect(appraisal.blocks).toEqual([]);
    expect(appraisal.notAsked?.main.text).toBe('Non rilevato');
    expect(model.draft?.main.text).toContain('BOZZA');
  });
});

describe('formatting helpers', () => {
  it('formats partial dates day/month/year with Latin digits', () => {
    expect(formatPartialDate({ precision: 'day', value: '2023-06-14' })).toBe('14/06/2023');
    expect(formatPartialDate({ precision: 'month', value: '2014-03' })).toBe('03/2014');
    expect(formatPartialDate({ precision: 'year', value: '1994' })).toBe('1994');
    expect(formatPartialDate({ precision: 'unknown' })).toBeUndefined();
  });

  it('summarises speaking as the lower of interaction and production', () => {
    expect(cefrSummary({ reading: 'B1', writing: 'A2', spokenInteraction: 'B2', spokenProduction: 'A2' })).toEqual({ reading: 'B1', writing: 'A2', speaking: 'A2' });
    expect(cefrSummary({ listening: 'A1' })).toEqual({ reading: undefined, writing: undefined, speaking: undefined });
  });
});
