import { AppError } from '../domain/errors';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './csv';
import {
  DATASET_FORMAT,
  ESCO_BASE,
  type IscoRow,
  type LanguageDataset,
  type OccupationRow,
  type SkillCollection,
  type SkillRow,
} from './dataset';

/** The five CSV files of the ESCO "classification" download that the app uses, by kind. */
export const ESCO_FILES = {
  iscoGroups: { prefix: 'ISCOGroups', columns: ['conceptUri', 'code', 'preferredLabel', 'altLabels'] },
  occupations: {
    prefix: 'occupations',
    columns: ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'hiddenLabels'],
  },
  transversal: { prefix: 'transversalSkillsCollection', columns: ['conceptUri', 'preferredLabel', 'altLabels'] },
  digital: { prefix: 'digitalSkillsCollection', columns: ['conceptUri', 'preferredLabel', 'altLabels'] },
  language: { prefix: 'languageSkillsCollection', columns: ['conceptUri', 'preferredLabel', 'altLabels'] },
} as const;
export type EscoFileKind = keyof typeof ESCO_FILES;
export const ESCO_FILE_KINDS = Object.keys(ESCO_FILES) as EscoFileKind[];

export const escoFileName = (kind: EscoFileKind, lang: string) => `${ESCO_FILES[kind].prefix}_${lang}.csv`;

/** `occupations_pt.csv` → { kind: 'occupations', lang: 'pt' } */
export function parseEscoFileName(name: string): { kind: EscoFileKind; lang: string } | undefined {
  const m = /^([A-Za-z]+)_([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.csv$/.exec(name);
  if (!m) return undefined;
  const kind = ESCO_FILE_KINDS.find((k) => ESCO_FILES[k].prefix === m[1]);
  return kind ? { kind, lang: m[2]! } : undefined;
}

export type EscoSource = Record<EscoFileKind, { name: string; text: string }>;

/**
 * Turns one language of the ESCO CSV download into the compact dataset the app searches.
 * Throws AppError `taxonomy:import.errors.*` with `file` and `line` on the first problem,
 * before anything is written, so a failed import never damages the dataset in place.
 */
export function buildLanguageDataset(lang: string, escoVersion: string, source: EscoSource): LanguageDataset {
  const iscoGroups: IscoRow[] = [];
  const isco = new Set<string>();
  for (const { line, get } of rows(source, 'iscoGroups')) {
    const code = get('code');
    if (!/^\d{1,4}$/.test(code)) fail('iscoCode', source.iscoGroups.name, line, { value: code });
    if (isco.has(code)) fail('duplicate', source.iscoGroups.name, line, { value: code });
    isco.add(code);
    const uri = relativeUri(get('conceptUri'), source.iscoGroups.name, line);
    if (uri !== `isco/C${code}`) fail('uri', source.iscoGroups.name, line, { value: get('conceptUri') });
    const preferred = required(get('preferredLabel'), source.iscoGroups.name, line);
    iscoGroups.push([code, preferred, splitLabels(get('altLabels'), preferred)]);
  }

  const occupations: OccupationRow[] = [];
  const seen = new Set<string>();
  for (const { line, get } of rows(source, 'occupations')) {
    const file = source.occupations.name;
    const uri = relativeUri(get('conceptUri'), file, line);
    if (seen.has(uri)) fail('duplicate', file, line, { value: uri });
    seen.add(uri);
    const group = get('iscoGroup');
    if (!/^\d{4}$/.test(group)) fail('iscoCode', file, line, { value: group });
    if (!isco.has(group)) fail('unknownIscoGroup', file, line, { value: group, other: source.iscoGroups.name });
    const preferred = required(get('preferredLabel'), file, line);
    const alt = splitLabels(get('altLabels'), preferred);
    const hidden = splitLabels(get('hiddenLabels'), preferred).filter((l) => !alt.includes(l));
    occupations.push([uri, group, preferred, alt, hidden]);
  }

  const skills = {} as Record<SkillCollection, SkillRow[]>;
  for (const kind of ['transversal', 'digital', 'language'] as const) {
    const list: SkillRow[] = [];
    const ids = new Set<string>();
    for (const { line, get } of rows(source, kind)) {
      const uri = relativeUri(get('conceptUri'), source[kind].name, line);
      if (ids.has(uri)) fail('duplicate', source[kind].name, line, { value: uri });
      ids.add(uri);
      const preferred = required(get('preferredLabel'), source[kind].name, line);
      list.push([uri, preferred, splitLabels(get('altLabels'), preferred)]);
    }
    skills[kind] = list;
  }

  for (const kind of ['iscoGroups', 'occupations'] as const) {
    const count = kind === 'iscoGroups' ? iscoGroups.length : occupations.length;
    if (count === 0) fail('empty', source[kind].name, 1, {});
  }
  return { format: DATASET_FORMAT, escoVersion, lang, iscoGroups, occupations, skills };
}

function fail(reason: string, file: string, line: number, params: Record<string, string | number>): never {
  throw new AppError(`taxonomy:import.errors.${reason}`, { file, line, ...params });
}

function* rows(source: EscoSource, kind: EscoFileKind) {
  const { name, text } = source[kind];
  let records: Generator<CsvRecord>;
  let header: string[] | undefined;
  let index: Record<string, number> = {};
  try {
    records = parseCsv(text);
    for (const record of records) {
      if (!header) {
        header = record.fields.map((f) => f.trim());
        index = Object.fromEntries(header.map((h, i) => [h, i]));
        for (const column of ESCO_FILES[kind].columns) {
          if (!(column in index)) fail('missingColumn', name, record.line, { column });
        }
        continue;
      }
      if (record.fields.length !== header.length) {
        fail('columnCount', name, record.line, { expected: header.length, actual: record.fields.length });
      }
      const fields = record.fields;
      yield { line: record.line, get: (column: string) => fields[index[column]!]!.trim() };
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) fail(e.reason, name, e.line, {});
    throw e;
  }
  if (!header) fail('empty', name, 1, {});
}

function relativeUri(uri: string, file: string, line: number): string {
  const rel = uri.startsWith(ESCO_BASE) ? uri.slice(ESCO_BASE.length) : '';
  if (!/^[a-z-]+\/[A-Za-z0-9._-]+$/.test(rel)) fail('uri', file, line, { value: uri });
  return rel;
}

function required(value: string, file: string, line: number): string {
  if (!value) fail('missingLabel', file, line, {});
  return value;
}

/**
 * Alternative labels are one per line in the occupations file and ` | `-separated in the
 * skills collections; ESCO repeats the preferred label among them, which we drop.
 */
export function splitLabels(value: string, preferred: string): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.split(/\r?\n| \| /)) {
    const label = raw.replace(/\s+/g, ' ').trim();
    if (label && label !== preferred && !out.includes(label)) out.push(label);
  }
  return out;
}
