import type { AnswerRecord } from '../domain/answer';
import type { AnswerValue, CefrGrid, PartialDate } from '../domain/answerValue';
import { CEFR_LEVELS, CEFR_SKILLS, type CefrLevel } from '../domain/codes';
import type { ProfileDocument } from '../domain/profileDocument';
import { dirOf } from '../i18n/languages';
import { findEntry } from '../questionnaire/engine';
import type { Group, Question, Questionnaire } from '../questionnaire/types';
import { PDF_SECTIONS } from './sections';

/** Looks up a translation in a given language (i18next `getFixedT(lang)` underneath). */
export interface PdfTexts {
  t(lang: string, key: string, options?: Record<string, unknown>): string;
  /** Whether the `pdf` namespace exists in that language; otherwise labels fall back to English. */
  hasLanguage(lang: string): boolean;
}

export type PdfCopy = 'cpi' | 'person';

export interface PdfOptions {
  copy: PdfCopy;
  /** Language of the labels; the CPI copy defaults to Italian, the person's copy to the interviewee language. */
  lang?: string;
  /** Adds every label in a second language (bilingual copy). */
  secondLang?: string;
  organisation?: string;
  /** Operator's name for the record; the interview only stores an operator id. */
  operator?: string;
  generatedAt: Date;
  /** Time zone for the interview date and time; defaults to the runtime's. */
  timeZone?: string;
}

/** A piece of text with the language it is written in; direction and font follow the language. */
export interface PdfText {
  text: string;
  lang: string;
}

export interface PdfLabel {
  main: PdfText;
  second?: PdfText;
}

export interface PdfLine extends PdfText {
  /** `translation` lines are the mediator's rendering of the line before, introduced by `caption`. */
  role: 'value' | 'translation' | 'detail';
  caption?: PdfText;
}

export interface PdfCefrTable {
  headers: PdfLabel[];
  levels: string[];
}

export interface PdfField {
  id: string;
  label: PdfLabel;
  lines: PdfLine[];
  cefr?: PdfCefrTable;
}

export interface PdfItem {
  id: string;
  title: PdfLabel;
  fields: PdfField[];
}

export type PdfBlock = { kind: 'field'; field: PdfField } | { kind: 'item'; item: PdfItem };

export interface PdfSection {
  id: string;
  title: PdfLabel;
  blocks: PdfBlock[];
  /** Nothing was answered here: the section shows a "not asked" note instead of empty fields. */
  notAsked?: PdfLabel;
}

export interface PdfModel {
  lang: string;
  secondLang?: string;
  dir: 'ltr' | 'rtl';
  copy: PdfCopy;
  title: PdfLabel;
  copyLabel: PdfLabel;
  draft?: PdfLabel;
  person?: PdfText;
  sections: PdfSection[];
  /** Organisation, operator, date and time, interview id: the block the CPI files. */
  record: PdfField[];
  recordTitle: PdfLabel;
  cefrLegend: PdfLabel;
  escoAttribution: string;
  localAttribution?: PdfText;
  generatedLabel: PdfText;
  /** Every text of the document, used to pick the fonts it needs. */
  texts: PdfText[];
}

/** Required by the ESCO licence, in English in every copy. */
export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

/** The CEFR summary the SAP asks for: reading, writing and speaking (the lower of interaction and production). */
export function cefrSummary(grid: CefrGrid): { reading?: CefrLevel; writing?: CefrLevel; speaking?: CefrLevel } {
  const rank = (l: CefrLevel | undefined) => (l ? CEFR_LEVELS.indexOf(l) : -1);
  const spoken = [grid.spokenInteraction, grid.spokenProduction].filter((l): l is CefrLevel => l !== undefined);
  const speaking = spoken.length ? spoken.reduce((a, b) => (rank(a) <= rank(b) ? a : b)) : undefined;
  return { reading: grid.reading, writing: grid.writing, speaking };
}

/**
 * Numbers and addresses typed while another language was on screen: shown left to right in
 * every copy, or a phone number would come out with its digit groups reversed in an RTL field.
 */
const LANGUAGE_NEUTRAL = new Set(['personal.phone', 'personal.email', 'personal.permitNumber']);
/** BCP 47 "no linguistic content". */
const NEUTRAL_LANG = 'zxx';

const pad = (n: string | number, width = 2) => String(n).padStart(width, '0');

/** Day-month-year with Latin digits, the order Italian forms use; never passed through a locale that reorders. */
export function formatPartialDate(date: PartialDate): string | undefined {
  if (date.precision === 'unknown' || !date.value) return undefined;
  const [y, m, d] = date.value.split('-');
  if (date.precision === 'year') return y;
  if (date.precision === 'month') return `${m}/${y}`;
  return `${d}/${m}/${y}`;
}

export function formatDateTime(at: Date, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${pad(parts.day ?? '')}/${pad(parts.month ?? '')}/${parts.year} ${parts.hour}:${parts.minute}`;
}

function displayName(kind: 'region' | 'language', code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: kind, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

class Builder {
  readonly lang: string;
  readonly second?: string;
  readonly texts: PdfText[] = [];

  constructor(
    private readonly doc: ProfileDocument,
    private readonly questionnaire: Questionnaire,
    private readonly i18n: PdfTexts,
    private readonly options: PdfOptions,
  ) {
    const wanted = options.lang ?? (options.copy === 'cpi' ? 'it' : doc.interview.intervieweeLanguage);
    this.lang = i18n.hasLanguage(wanted) ? wanted : 'en';
    const second = options.secondLang && i18n.hasLanguage(options.secondLang) ? options.secondLang : undefined;
    if (second && second !== this.lang) this.second = second;
  }

  text(text: string, lang: string): PdfText {
    const t = { text, lang };
    this.texts.push(t);
    return t;
  }

  label(key: string, options?: Record<string, unknown>): PdfLabel {
    const main = this.text(this.i18n.t(this.lang, key, options), this.lang);
    if (!this.second) return { main };
    return { main, second: this.text(this.i18n.t(this.second, key, options), this.second) };
  }

  line(text: string, lang: string, role: PdfLine['role'] = 'value'): PdfLine {
    return { ...this.text(text, lang), role };
  }

  value(lines: string[]): PdfLine[] {
    return lines.map((l) => this.line(l, this.lang));
  }

  optionLabel(question: Question, id: string): string {
    const option = question.options?.find((o) => o.id === id) ?? question.items?.find((o) => o.id === id);
    if (!option) return id;
    const label = this.i18n.t(this.lang, option.labelKey);
    return option.labelKey.includes(':options.isced.') ? `ISCED ${id} – ${label}` : label;
  }

  /** Free text in the language it was given, then the mediator's translation when there is one. */
  freeText(record: AnswerRecord, text: string): PdfLine[] {
    const lines = [this.line(text, LANGUAGE_NEUTRAL.has(record.path) ? NEUTRAL_LANG : record.language)];
    if (record.translation && record.translation.text.trim()) {
      lines.push({
        ...this.line(record.translation.text, record.translation.language, 'translation'),
        caption: this.text(this.i18n.t(this.lang, 'pdf:field.translation', { language: displayName('language', record.translation.language, this.lang) }), this.lang),
      });
    }
    return lines;
  }

  field(question: Question, record: AnswerRecord): PdfField | undefined {
    const v = record.value;
    const base = { id: record.path, label: this.label(question.labelKey) };
    const lines = this.lines(question, record, v);
    if (v.type === 'cefr') return Object.keys(v.value).length ? { ...base, lines, cefr: this.cefr(v.value) } : undefined;
    return lines.length ? { ...base, lines } : undefined;
  }

  lines(question: Question, record: AnswerRecord, v: AnswerValue): PdfLine[] {
    switch (v.type) {
      case 'text':
        return v.value.trim() ? this.freeText(record, v.value.trim()) : [];
      case 'choice':
        if (question.input === 'country') return this.value([displayName('region', v.value, this.lang)]);
        if (question.input === 'language') return this.value([displayName('language', v.value, this.lang)]);
        return this.value([this.optionLabel(question, v.value)]);
      case 'choices': {
        const names = v.value.map((id) =>
          question.input === 'countries' ? displayName('region', id, this.lang) : question.input === 'languages' ? displayName('language', id, this.lang) : this.optionLabel(question, id),
        );
        return names.length ? this.value([names.join(', ')]) : [];
      }
      case 'number':
        return this.value([String(v.value)]);
      case 'date': {
        const formatted = formatPartialDate(v.value);
        return this.value([formatted ?? this.i18n.t(this.lang, 'pdf:value.dateUnknown')]);
      }
      case 'duration':
        return this.value([this.duration(v.value.years, v.value.months)]);
      case 'cefr':
        return [];
      case 'levels':
        return Object.entries(v.value).map(([item, level]) => this.line(`${this.optionLabel(question, item)}: ${this.i18n.t(this.lang, `interview:answer.levels.${level}`)}`, this.lang));
      case 'occupation': {
        const o = v.value;
        const lines = this.freeText(record, o.text);
        const esco = o.labels?.[this.lang] ?? o.labels?.en;
        if (esco || o.escoUri) lines.push(this.line(this.i18n.t(this.lang, 'pdf:value.escoOccupation', { label: esco ?? '—' }), this.lang, 'detail'));
        if (o.escoUri) lines.push(this.line(o.escoUri, 'en', 'detail'));
        if (o.iscoCode) lines.push(this.line(this.i18n.t(this.lang, 'pdf:value.iscoCode', { code: o.iscoCode }), this.lang, 'detail'));
        return lines;
      }
      case 'skills':
        return v.value.flatMap((s) => {
          const esco = s.labels?.[this.lang] ?? s.labels?.en;
          const own = this.line(s.text, record.language);
          return esco && esco !== s.text ? [own, this.line(`ESCO: ${esco}`, this.lang, 'detail')] : [own];
        });
      case 'repeat':
        return [];
    }
  }

  duration(years: number, months: number): string {
    const parts = [];
    if (years) parts.push(this.i18n.t(this.lang, 'pdf:value.years', { count: years }));
    if (months || !years) parts.push(this.i18n.t(this.lang, 'pdf:value.months', { count: months }));
    // CLDR's list pattern for units joins them as each language does: "1 anno e 4 mesi", "1 year, 4 months".
    return new Intl.ListFormat([this.lang, 'en'], { type: 'unit', style: 'long' }).format(parts);
  }

  cefr(grid: CefrGrid): PdfCefrTable {
    const level = (l: CefrLevel | undefined) => (l === undefined ? '–' : l === 'none' ? '0' : l);
    const summary = cefrSummary(grid);
    return {
      headers: [
        ...CEFR_SKILLS.map((s) => this.label(`interview:answer.cefr.skills.${s}`)),
        this.label('pdf:cefr.summaryReading'),
        this.label('pdf:cefr.summaryWriting'),
        this.label('pdf:cefr.summarySpeaking'),
      ],
      levels: [...CEFR_SKILLS.map((s) => level(grid[s])), level(summary.reading), level(summary.writing), level(summary.speaking)],
    };
  }

  groupItems(group: Group, answers: Map<string, AnswerRecord>): PdfItem[] {
    const list = answers.get(group.id)?.value;
    if (list?.type !== 'repeat') return [];
    return list.value.flatMap((itemId, index) => {
      const fields = group.questions.flatMap((child) => {
        const record = answers.get(`${group.id}@${itemId}.${child.id}`);
        const f = record && this.field(child, record);
        return f ? [f] : [];
      });
      return fields.length ? [{ id: `${group.id}@${itemId}`, title: this.label(group.itemTitleKey, { number: index + 1 }), fields }] : [];
    });
  }

  build(): PdfModel {
    const { doc } = this;
    const answers = new Map(doc.answers.map((a) => [a.path, a]));
    const sections: PdfSection[] = PDF_SECTIONS.map((spec) => {
      const blocks: PdfBlock[] = spec.entries.flatMap((id): PdfBlock[] => {
        const entry = findEntry(this.questionnaire, id)?.entry;
        if (!entry) return [];
        if (entry.kind === 'group') return this.groupItems(entry, answers).map((item) => ({ kind: 'item', item }));
        const record = answers.get(id);
        const f = record && this.field(entry, record);
        return f ? [{ kind: 'field', field: f }] : [];
      });
      const title = this.label(`pdf:section.${spec.id}`);
      return blocks.length ? { id: spec.id, title, blocks } : { id: spec.id, title, blocks, notAsked: this.label('pdf:value.notAsked') };
    });

    const meta = doc.interview;
    const at = new Date(meta.finishedAt ?? meta.updatedAt);
    const recordField = (key: string, text: string, lang = this.lang): PdfField => ({ id: key, label: this.label(`pdf:record.${key}`), lines: [this.line(text, lang)] });
    const record = [
      ...(this.options.organisation ? [recordField('organisation', this.options.organisation)] : []),
      recordField('operator', this.options.operator ?? meta.createdBy, this.options.operator ? this.lang : 'en'),
      recordField('dateTime', formatDateTime(at, this.options.timeZone)),
      recordField('status', this.i18n.t(this.lang, `pdf:status.${meta.status}`)),
      recordField('revision', String(meta.revision)),
      recordField('interviewId', meta.id, 'en'),
      recordField('languages', `${displayName('language', meta.operatorLanguage, this.lang)} / ${displayName('language', meta.intervieweeLanguage, this.lang)}`),
    ];

    const first = answers.get('personal.firstName');
    const last = answers.get('personal.lastName');
    const alias = answers.get('personal.alias');
    const nameOf = (r?: AnswerRecord) => (r?.value.type === 'text' && r.value.value.trim() ? r.value.value.trim() : undefined);
    const fullName = [nameOf(first), nameOf(last)].filter(Boolean).join(' ') || nameOf(alias);
    const nameLang = (first ?? last ?? alias)?.language ?? meta.intervieweeLanguage;

    return {
      lang: this.lang,
      ...(this.second ? { secondLang: this.second } : {}),
      dir: dirOf(this.lang),
      copy: this.options.copy,
      title: this.label('pdf:title'),
      copyLabel: this.label(`pdf:copy.${this.options.copy}`),
      ...(meta.status === 'draft' ? { draft: this.label('pdf:draftNotice') } : {}),
      ...(fullName ? { person: this.text(fullName, nameLang) } : {}),
      sections,
      record,
      recordTitle: this.label('pdf:section.record'),
      cefrLegend: this.label('pdf:cefr.legend'),
      escoAttribution: ESCO_ATTRIBUTION,
      ...(this.lang !== 'en' ? { localAttribution: this.text(this.i18n.t(this.lang, 'pdf:escoAttribution'), this.lang) } : {}),
      generatedLabel: this.text(this.i18n.t(this.lang, 'pdf:generatedAt', { date: formatDateTime(this.options.generatedAt, this.options.timeZone) }), this.lang),
      texts: this.texts,
    };
  }
}

/**
 * One i18next lookup per distinct text and language within a document: a lookup costs about
 * 0.1 ms, and every work or study entry asks again for the same labels.
 */
function memoTexts(texts: PdfTexts): PdfTexts {
  const seen = new Map<string, string>();
  return {
    hasLanguage: (lang) => texts.hasLanguage(lang),
    t: (lang, key, options) => {
      const id = `${lang}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
      let text = seen.get(id);
      if (text === undefined) seen.set(id, (text = texts.t(lang, key, options)));
      return text;
    },
  };
}

/** The document model of a profile PDF: pure data, rendered by ProfilePdf in Node and in the browser. */
export function buildPdfModel(doc: ProfileDocument, questionnaire: Questionnaire, texts: PdfTexts, options: PdfOptions): PdfModel {
  return new Builder(doc, questionnaire, memoTexts(texts), options).build();
}
