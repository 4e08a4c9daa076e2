import { ESCO_BASE, type IscoRow, type LanguageDataset, type SkillCollection } from './dataset';
import { SearchIndex, type IndexConcept, type IndexLabelInput, type SearchHit, type SearchOptions } from './searchIndex';

/** ISCO-08 group titles of one language, from an ESCO import or from the built-in default dataset. */
export interface IscoTitles {
  lang: string;
  rows: readonly IscoRow[];
}

export const iscoGroupUri = (code: string) => `${ESCO_BASE}isco/C${code}`;

// Broad groups rank below occupations and unit groups whose labels match as well.
const ISCO_LEVEL_BOOST = [0, -4, -3, -2, -1];

/**
 * The searchable taxonomy of one interview: occupations and ISCO-08 groups in every loaded
 * language in one index, skills collections in their own.
 */
export class Taxonomy {
  readonly occupations = new SearchIndex();
  private readonly skillIndexes = new Map<SkillCollection, SearchIndex>();
  private readonly isco = new Map<string, Record<string, string>>();
  readonly languages: string[];
  readonly hasEsco: boolean;

  constructor(esco: readonly LanguageDataset[], defaults: readonly IscoTitles[] = []) {
    const escoLangs = new Set(esco.map((d) => d.lang));
    this.hasEsco = esco.length > 0;
    // ESCO titles win over the default titles of the same language.
    const titles: IscoTitles[] = [
      ...esco.map((d) => ({ lang: d.lang, rows: d.iscoGroups })),
      ...defaults.filter((d) => !escoLangs.has(d.lang)),
    ];
    this.languages = [...new Set(titles.map((t) => t.lang))];

    const groupLabels = new Map<string, IndexLabelInput[]>();
    for (const { lang, rows } of titles) {
      for (const [code, preferred, alts] of rows) {
        let labels = this.isco.get(code);
        if (!labels) this.isco.set(code, (labels = {}));
        labels[lang] = preferred;
        let inputs = groupLabels.get(code);
        if (!inputs) groupLabels.set(code, (inputs = []));
        inputs.push({ text: preferred, lang, kind: 'preferred' }, ...alts.map((text) => ({ text, lang, kind: 'alt' as const })));
      }
    }

    const occupations = new Map<string, { concept: IndexConcept; labels: IndexLabelInput[] }>();
    for (const d of esco) {
      for (const [uri, code, preferred, alts, hidden] of d.occupations) {
        let entry = occupations.get(uri);
        if (!entry) occupations.set(uri, (entry = { concept: { uri: ESCO_BASE + uri, kind: 'occupation', iscoCode: code, labels: {} }, labels: [] }));
        entry.concept.labels[d.lang] = preferred;
        entry.labels.push(
          { text: preferred, lang: d.lang, kind: 'preferred' },
          ...alts.map((text) => ({ text, lang: d.lang, kind: 'alt' as const })),
          ...hidden.map((text) => ({ text, lang: d.lang, kind: 'hidden' as const })),
        );
      }
    }
    for (const { concept, labels } of occupations.values()) this.occupations.add(concept, labels);
    for (const [code, labels] of groupLabels) {
      this.occupations.add(
        { uri: iscoGroupUri(code), kind: 'iscoGroup', iscoCode: code, labels: this.isco.get(code)! },
        labels,
        ISCO_LEVEL_BOOST[code.length] ?? 0,
      );
    }

    for (const collection of ['transversal', 'digital', 'language'] as const) {
      const skills = new Map<string, { concept: IndexConcept; labels: IndexLabelInput[] }>();
      for (const d of esco) {
        for (const [uri, preferred, alts] of d.skills[collection]) {
          let entry = skills.get(uri);
          if (!entry) skills.set(uri, (entry = { concept: { uri: ESCO_BASE + uri, kind: 'skill', labels: {} }, labels: [] }));
          entry.concept.labels[d.lang] = preferred;
          entry.labels.push({ text: preferred, lang: d.lang, kind: 'preferred' }, ...alts.map((text) => ({ text, lang: d.lang, kind: 'alt' as const })));
        }
      }
      const index = new SearchIndex();
      for (const { concept, labels } of skills.values()) index.add(concept, labels);
      this.skillIndexes.set(collection, index);
    }
  }

  searchOccupations(query: string, options?: SearchOptions): SearchHit[] {
    return this.occupations.search(query, options);
  }

  searchSkills(collection: SkillCollection, query: string, options?: SearchOptions): SearchHit[] {
    return this.skillIndexes.get(collection)!.search(query, options);
  }

  skillCount(collection: SkillCollection): number {
    return this.skillIndexes.get(collection)!.size.concepts;
  }

  /** code → language → title of every ISCO-08 group. */
  iscoTitles(): Record<string, Record<string, string>> {
    return Object.fromEntries([...this.isco].map(([code, labels]) => [code, { ...labels }]));
  }

  /** Title of an ISCO-08 group in a language, falling back to any language we have. */
  iscoTitle(code: string, lang: string): { text: string; lang: string } | undefined {
    const labels = this.isco.get(code);
    if (!labels) return undefined;
    if (labels[lang]) return { text: labels[lang], lang };
    const [other] = Object.entries(labels);
    return other && { text: other[1], lang: other[0] };
  }
}
