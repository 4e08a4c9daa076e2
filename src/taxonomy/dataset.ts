import * as z from 'zod/mini';
import { languageTagSchema } from '../domain/codes';

/** ESCO URIs are stored relative to this base to keep the per-language files small. */
export const ESCO_BASE = 'http://data.europa.eu/esco/';
export const DATASET_FORMAT = 1;

export const escoVersionSchema = z.string().check(z.regex(/^\d+(\.\d+){1,3}$/));
const label = z.string().check(z.minLength(1));
const relUri = z.string().check(z.regex(/^[a-z-]+\/[A-Za-z0-9._-]+$/));
const iscoCode = z.string().check(z.regex(/^\d{1,4}$/));

/** [code, preferred label, alternative labels] */
export const iscoRowSchema = z.tuple([iscoCode, label, z.array(label)]);
/** [relative URI, ISCO-08 unit group, preferred label, alternative labels, hidden labels] */
export const occupationRowSchema = z.tuple([relUri, z.string().check(z.regex(/^\d{4}$/)), label, z.array(label), z.array(label)]);
/** [relative URI, preferred label, alternative labels] */
export const skillRowSchema = z.tuple([relUri, label, z.array(label)]);

export const SKILL_COLLECTIONS = ['transversal', 'digital', 'language'] as const;
export type SkillCollection = (typeof SKILL_COLLECTIONS)[number];

/** One language of an ESCO import, as written by `npm run esco:import` and fetched by the app. */
export const languageDatasetSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  escoVersion: escoVersionSchema,
  lang: languageTagSchema,
  iscoGroups: z.array(iscoRowSchema),
  occupations: z.array(occupationRowSchema),
  skills: z.object({
    transversal: z.array(skillRowSchema),
    digital: z.array(skillRowSchema),
    language: z.array(skillRowSchema),
  }),
});
export type LanguageDataset = z.infer<typeof languageDatasetSchema>;
export type IscoRow = z.infer<typeof iscoRowSchema>;
export type OccupationRow = z.infer<typeof occupationRowSchema>;
export type SkillRow = z.infer<typeof skillRowSchema>;

export const datasetCountsSchema = z.object({
  iscoGroups: z.int().check(z.minimum(0)),
  occupations: z.int().check(z.minimum(0)),
  transversal: z.int().check(z.minimum(0)),
  digital: z.int().check(z.minimum(0)),
  language: z.int().check(z.minimum(0)),
});
export type DatasetCounts = z.infer<typeof datasetCountsSchema>;

export const manifestSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  escoVersion: escoVersionSchema,
  languages: z.record(
    languageTagSchema,
    z.object({
      /** Content-addressed file name next to the manifest, so a cached copy is never stale. */
      file: z.string().check(z.regex(/^[A-Za-z0-9._-]+\.json$/)),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      bytes: z.int().check(z.positive()),
      counts: datasetCountsSchema,
      importedAt: z.iso.datetime(),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

export function countsOf(d: LanguageDataset): DatasetCounts {
  return {
    iscoGroups: d.iscoGroups.length,
    occupations: d.occupations.length,
    transversal: d.skills.transversal.length,
    digital: d.skills.digital.length,
    language: d.skills.language.length,
  };
}
