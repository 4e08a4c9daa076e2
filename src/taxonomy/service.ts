import type { AppError } from '../domain/errors';
import type { SkillCollection } from './dataset';
import type { LoadedTaxonomy } from './loader';
import type { IndexConcept, LabelKind } from './searchIndex';

/** A search hit as plain data, so it can cross from a Web Worker. */
export interface TaxonomyHit {
  concept: IndexConcept;
  matched: { text: string; lang: string; kind: LabelKind };
}

export interface TaxonomyProblem {
  code: string;
  params: Record<string, string | number>;
}

/**
 * What the pickers need from the taxonomy, whether it lives on the main thread or in a worker:
 * facts known at load time synchronously, searches asynchronously.
 */
export interface TaxonomyService {
  readonly hasEsco: boolean;
  readonly languages: readonly string[];
  readonly problems: readonly TaxonomyProblem[];
  skillCount(collection: SkillCollection): number;
  iscoTitle(code: string, lang: string): { text: string; lang: string } | undefined;
  searchOccupations(query: string, limit: number): Promise<TaxonomyHit[]>;
  searchSkills(collection: SkillCollection, query: string, limit: number): Promise<TaxonomyHit[]>;
  dispose?(): void;
}

/** Everything the main thread keeps about a taxonomy searched elsewhere. */
export interface TaxonomySummary {
  hasEsco: boolean;
  languages: string[];
  problems: TaxonomyProblem[];
  skillCounts: Record<SkillCollection, number>;
  /** ISCO-08 code → language → title, for the group line under each hit and the chosen value. */
  iscoTitles: Record<string, Record<string, string>>;
}

export function summarise({ taxonomy, problems }: LoadedTaxonomy): TaxonomySummary {
  return {
    hasEsco: taxonomy.hasEsco,
    languages: [...taxonomy.languages],
    problems: problems.map((p: AppError) => ({ code: p.code, params: p.params })),
    skillCounts: {
      transversal: taxonomy.skillCount('transversal'),
      digital: taxonomy.skillCount('digital'),
      language: taxonomy.skillCount('language'),
    },
    iscoTitles: taxonomy.iscoTitles(),
  };
}

export function iscoTitleFrom(titles: Record<string, Record<string, string>>, code: string, lang: string) {
  const labels = titles[code];
  if (!labels) return undefined;
  if (labels[lang]) return { text: labels[lang], lang };
  const [other] = Object.entries(labels);
  return other && { text: other[1], lang: other[0] };
}

const plain = (hits: { concept: IndexConcept; matched: TaxonomyHit['matched'] }[]): TaxonomyHit[] =>
  hits.map(({ concept, matched }) => ({ concept, matched }));

/** The taxonomy searched on the calling thread (tests, browsers without module workers). */
export function localService(loaded: LoadedTaxonomy): TaxonomyService {
  const { taxonomy } = loaded;
  const summary = summarise(loaded);
  return {
    hasEsco: summary.hasEsco,
    languages: summary.languages,
    problems: summary.problems,
    skillCount: (collection) => summary.skillCounts[collection],
    iscoTitle: (code, lang) => taxonomy.iscoTitle(code, lang),
    searchOccupations: async (query, limit) => plain(taxonomy.searchOccupations(query, { limit })),
    searchSkills: async (collection, query, limit) => plain(taxonomy.searchSkills(collection, query, { limit })),
  };
}
