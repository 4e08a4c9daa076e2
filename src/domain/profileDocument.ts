import * as z from 'zod/mini';
import { answerRecordSchema } from './answer';
import { isoDateTimeSchema } from './codes';
import { interviewSchema } from './interview';

export const PROFILE_FORMAT = 'eu-spt-interview';
/** The version this app writes and reads; a file with a higher one comes from a newer app (formatVersion.ts). */
export const PROFILE_FORMAT_VERSION = 1;

/**
 * One interview with all its answers: the JSON export/import file, the sync payload and the
 * input of the PDF generator. Paths are unique within a document.
 */
export const profileDocumentSchema = z
  .object({
    format: z.literal(PROFILE_FORMAT),
    formatVersion: z.literal(PROFILE_FORMAT_VERSION),
    exportedAt: isoDateTimeSchema,
    interview: interviewSchema,
    answers: z.array(answerRecordSchema).check(z.maxLength(5_000)),
  })
  .check(
    z.superRefine((doc, ctx) => {
      const seen = new Set<string>();
      doc.answers.forEach((a, i) => {
        if (seen.has(a.path)) ctx.addIssue({ code: 'custom', message: 'validation.duplicatePath', path: ['answers', i, 'path'] });
        seen.add(a.path);
      });
    }),
  );
export type ProfileDocument = z.infer<typeof profileDocumentSchema>;
