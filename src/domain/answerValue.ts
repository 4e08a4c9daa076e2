import * as z from 'zod/mini';
import { CEFR_SKILLS, cefrLevelSchema, itemIdSchema, languageTagSchema, proficiencyLevelSchema } from './codes';

/**
 * A date the person may only partly know: a year, a month or a day, or "unknown".
 * `value` is ISO 8601 cut to the precision (YYYY, YYYY-MM or YYYY-MM-DD).
 */
export const partialDateSchema = z
  .object({
    precision: z.enum(['year', 'month', 'day', 'unknown']),
    value: z.optional(z.string()),
  })
  .check(
    z.superRefine((d, ctx) => {
      const pattern = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ };
      if (d.precision === 'unknown') {
        if (d.value !== undefined) ctx.addIssue({ code: 'custom', message: 'validation.date.unknownHasValue' });
        return;
      }
      if (d.value === undefined || !pattern[d.precision].test(d.value)) {
        ctx.addIssue({ code: 'custom', message: 'validation.date.format', path: ['value'] });
      }
    }),
  );
export type PartialDate = z.infer<typeof partialDateSchema>;

export const cefrGridSchema = z.partialRecord(z.enum(CEFR_SKILLS), cefrLevelSchema);
export type CefrGrid = z.infer<typeof cefrGridSchema>;

/** Longest occupation and skill texts: the pickers limit typing to them. */
export const OCCUPATION_TEXT_MAX = 500;
export const SKILL_TEXT_MAX = 300;

/** An occupation as typed, optionally mapped to ESCO/ISCO-08, with the labels as shown when chosen. */
export const occupationSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(OCCUPATION_TEXT_MAX)),
  escoUri: z.optional(z.url()),
  iscoCode: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
  /** Label snapshot per language, so the profile still reads correctly if the taxonomy changes. */
  labels: z.optional(z.record(languageTagSchema, z.string())),
});
export type Occupation = z.infer<typeof occupationSchema>;

export const skillEntrySchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(SKILL_TEXT_MAX)),
  escoUri: z.optional(z.url()),
  labels: z.optional(z.record(languageTagSchema, z.string())),
});
export type SkillEntry = z.infer<typeof skillEntrySchema>;

export const durationSchema = z.object({
  years: z.int().check(z.minimum(0), z.maximum(80)),
  months: z.int().check(z.minimum(0), z.maximum(11)),
});
export type Duration = z.infer<typeof durationSchema>;

/**
 * Every answer value is tagged with its shape so that a stored or imported record
 * can be validated on its own, without the questionnaire at hand.
 */
export const answerValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string().check(z.maxLength(10_000)) }),
  z.object({ type: z.literal('choice'), value: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.object({ type: z.literal('choices'), value: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(300)) }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('date'), value: partialDateSchema }),
  z.object({ type: z.literal('duration'), value: durationSchema }),
  z.object({ type: z.literal('cefr'), value: cefrGridSchema }),
  z.object({ type: z.literal('levels'), value: z.record(z.string().check(z.minLength(1), z.maxLength(64)), proficiencyLevelSchema) }),
  z.object({ type: z.literal('occupation'), value: occupationSchema }),
  z.object({ type: z.literal('skills'), value: z.array(skillEntrySchema).check(z.maxLength(200)) }),
  z.object({ type: z.literal('repeat'), value: z.array(itemIdSchema).check(z.maxLength(100)) }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type AnswerValueType = AnswerValue['type'];
