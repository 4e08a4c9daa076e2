import * as z from 'zod/mini';
import { idSchema, isoDateTimeSchema, languageTagSchema } from './codes';

export const INTERVIEW_STATUSES = ['draft', 'finished'] as const;
export const interviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const progressSchema = z.object({
  answered: z.int().check(z.minimum(0)),
  total: z.int().check(z.minimum(0)),
});
export type Progress = z.infer<typeof progressSchema>;

/** Interview metadata: everything about an interview except the answers themselves. */
export const interviewSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  questionnaireVersion: z.string().check(z.minLength(1)),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  createdBy: z.string().check(z.minLength(1), z.maxLength(100)),
  status: interviewStatusSchema,
  finishedAt: z.optional(isoDateTimeSchema),
  /** Increases each time a finished interview is finished again after edits; the sync unit. */
  revision: z.int().check(z.minimum(0)),
  operatorLanguage: languageTagSchema,
  intervieweeLanguage: languageTagSchema,
  /** Name or alias for lists, derived from the answers. */
  displayName: z.optional(z.string().check(z.maxLength(200))),
  progress: progressSchema,
  /** Where the operator was last, so that resuming lands in the same place. */
  lastSectionId: z.optional(z.string().check(z.maxLength(64))),
});
export type Interview = z.infer<typeof interviewSchema>;

/** Derived fields the session recomputes with the questionnaire engine and stores for fast lists. */
export interface InterviewDigest {
  progress: Progress;
  displayName: string | undefined;
}

/** The interview with `digest` applied, as the store writes it (but for `updatedAt`, which the store sets). */
export function withDigest(interview: Interview, digest: InterviewDigest): Interview {
  const updated: Interview = { ...interview, progress: digest.progress };
  if (digest.displayName) updated.displayName = digest.displayName;
  else delete updated.displayName;
  return updated;
}
