import { z } from 'zod';
import { idSchema, isoDateTimeSchema, languageTagSchema } from './codes';

export const INTERVIEW_STATUSES = ['draft', 'finished'] as const;
export const interviewStatusSchema = z.enum(INTERVIEW_STATUSES);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const progressSchema = z.object({
  answered: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type Progress = z.infer<typeof progressSchema>;

/** Interview metadata: everything about an interview except the answers themselves. */
export const interviewSchema = z.object({
  id: idSchema,
  schemaVersion: z.literal(1),
  questionnaireVersion: z.string().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  createdBy: z.string().min(1).max(100),
  status: interviewStatusSchema,
  finishedAt: isoDateTimeSchema.optional(),
  /** Increases each time a finished interview is finished again after edits; the sync unit. */
  revision: z.number().int().min(0),
  operatorLanguage: languageTagSchema,
  intervieweeLanguage: languageTagSchema,
  /** Name or alias for lists, derived from the answers. */
  displayName: z.string().max(200).optional(),
  progress: progressSchema,
  /** Where the operator was last, so that resuming lands in the same place. */
  lastSectionId: z.string().max(64).optional(),
});
export type Interview = z.infer<typeof interviewSchema>;
