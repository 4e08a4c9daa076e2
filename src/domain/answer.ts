import * as z from 'zod/mini';
import { answerValueSchema } from './answerValue';
import { isoDateTimeSchema, languageTagSchema } from './codes';

/**
 * Address of an answer inside an interview: a question id, or for a question inside a
 * repeatable group `<groupId>@<itemId>.<childId>` (e.g. `work.experience@k3f9a2.country`).
 */
export const answerPathSchema = z.string().check(z.regex(/^[a-zA-Z][\w]*(\.[a-zA-Z][\w]*)*(@[a-z0-9]{4,16}\.[a-zA-Z][\w]*)?$/, { message: 'validation.answerPath' }));

/** The mediator's Italian rendering of a free-text answer given in another language. */
export const answerTranslationSchema = z.object({
  language: languageTagSchema,
  text: z.string().check(z.maxLength(10_000)),
});

export const answerRecordSchema = z.object({
  path: answerPathSchema,
  value: answerValueSchema,
  answeredAt: isoDateTimeSchema,
  /** Operator who recorded the answer. */
  answeredBy: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Interviewee language on screen when the answer was given (free text is in this language). */
  language: languageTagSchema,
  translation: z.optional(answerTranslationSchema),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export function answerPath(questionId: string, itemId?: string, childId?: string): string {
  return itemId && childId ? `${questionId}@${itemId}.${childId}` : questionId;
}
