import { z } from 'zod';
import { CEFR_SKILLS, cefrLevelSchema, itemIdSchema, languageTagSchema, proficiencyLevelSchema } from './codes';

/**
 * A date the person may only partly know: a year, a month or a day, or "unknown".
 * `value` is ISO 8601 cut to the precision (YYYY, YYYY-MM or YYYY-MM-DD).
 */
export const partialDateSchema = z
  .object({
    precision: z.enum(['year', 'month', 'day', 'unknown']),
    value: z.string().optional(),
  })
  .superRefine((d, ctx) => {
    const pattern = { year: /^\d{4}$/, month: /^\d{4}-(0[1-9]|1[0-2])$/, day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ };
    if (d.precision === 'unknown') {
      if (d.value !== undefined) ctx.addIssue({ code: 'custom', message: 'validation.date.unknownHasValue' });
      return;
    }
    if (d.value === undefined || !pattern[d.precision].test(d.value)) {
      ctx.addIssue({ code: 'custom', message: 'validation.date.format', path: ['value'] });
    }
  });
export type PartialDate = z.infer<typeof partialDateSchema>;

export const cefrGridSchema = z.partialRecord(z.enum(CEFR_SKILLS), cefrLevelSchema);
export type CefrGrid = z.infer<typeof cefrGridSchema>;

/** An occupation as typed, optionally mapped to ESCO/ISCO-08, with the labels as shown when chosen. */
export const occupationSchema = z.object({
  text: z.string().trim().min(1).max(500),
  escoUri: z.url().optional(),
  iscoCode: z.string().regex(/^\d{1,4}$/).optional(),
  /** Label snapshot per language, so the profile still reads correctly if the taxonomy changes. */
  labels: z.record(languageTagSchema, z.string()).optional(),
});
export type Occupation = z.infer<typeof occupationSchema>;

export const skillEntrySchema = z.object({
  text: z.string().trim().min(1).max(300),
  escoUri: z.url().optional(),
  labels: z.record(languageTagSchema, z.string()).optional(),
});
export type SkillEntry = z.infer<typeof skillEntrySchema>;

export const durationSchema = z.object({
  years: z.number().int().min(0).max(80),
  months: z.number().int().min(0).max(11),
});
export type Duration = z.infer<typeof durationSchema>;

/**
 * Every answer value is tagged with its shape so that a stored or imported record
 * can be validated on its own, without the questionnaire at hand.
 */
export const answerValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string().max(10_000) }),
  z.object({ type: z.literal('choice'), value: z.string().min(1).max(64) }),
  z.object({ type: z.literal('choices'), value: z.array(z.string().min(1).max(64)).max(300) }),
  z.object({ type: z.literal('number'), value: z.number().finite() }),
  z.object({ type: z.literal('date'), value: partialDateSchema }),
  z.object({ type: z.literal('duration'), value: durationSchema }),
  z.object({ type: z.literal('cefr'), value: cefrGridSchema }),
  z.object({ type: z.literal('levels'), value: z.record(z.string().min(1).max(64), proficiencyLevelSchema) }),
  z.object({ type: z.literal('occupation'), value: occupationSchema }),
  z.object({ type: z.literal('skills'), value: z.array(skillEntrySchema).max(200) }),
  z.object({ type: z.literal('repeat'), value: z.array(itemIdSchema).max(100) }),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export type AnswerValueType = AnswerValue['type'];
