import * as z from 'zod/mini';

/** BCP 47 language tag as used for UI and interview languages (e.g. `it`, `ar`, `pa-Guru`). */
export const languageTagSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'validation.languageTag' }));
export type LanguageTag = z.infer<typeof languageTagSchema>;

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'validation.countryCode' }));

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Ids are client-generated UUIDs so that a profile keeps its identity across devices and the server. */
export const idSchema = z.uuid();

/** Short random id for the items of repeatable groups; unique within one interview. */
export const itemIdSchema = z.string().check(z.regex(/^[a-z0-9]{4,16}$/));

export const CEFR_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const cefrLevelSchema = z.enum(CEFR_LEVELS);
export type CefrLevel = z.infer<typeof cefrLevelSchema>;

/** The five self-assessment skills of the CEFR grid used by Europass and the EU Skills Profile Tool. */
export const CEFR_SKILLS = ['listening', 'reading', 'spokenInteraction', 'spokenProduction', 'writing'] as const;
export type CefrSkill = (typeof CEFR_SKILLS)[number];

export const PROFICIENCY_LEVELS = ['none', 'basic', 'intermediate', 'advanced'] as const;
export const proficiencyLevelSchema = z.enum(PROFICIENCY_LEVELS);
