import * as z from 'zod/mini';
import { idSchema, isoDateTimeSchema } from './codes';
import { profileDocumentSchema } from './profileDocument';

/**
 * The REST contract between the app's sync engine and the organisation's server
 * (`/api/v1`). Both sides import these schemas; the OpenAPI document is generated from them.
 */

export const API_PREFIX = '/api/v1';

export const contentHashSchema = z.string().check(z.regex(/^[0-9a-f]{64}$/));

export const profileIdParamsSchema = z.object({ id: idSchema });

/**
 * Body of `PUT /api/v1/profiles/{id}`. The revision is repeated outside the document so the server
 * can order revisions without trusting the document alone; both must agree, and only finished
 * interviews are sent.
 */
export const putProfileBodySchema = z
  .object({
    revision: z.int().check(z.minimum(1)),
    profile: profileDocumentSchema,
  })
  .check(
    z.superRefine((body, ctx) => {
      if (body.profile.interview.revision !== body.revision) {
        ctx.addIssue({ code: 'custom', message: 'sync.revisionMismatch', path: ['profile', 'interview', 'revision'] });
      }
      if (body.profile.interview.status !== 'finished') {
        ctx.addIssue({ code: 'custom', message: 'sync.notFinished', path: ['profile', 'interview', 'status'] });
      }
    }),
  );
export type PutProfileBody = z.infer<typeof putProfileBodySchema>;

/** What the server answers for a stored revision; the device keeps it as proof of delivery. */
export const receiptSchema = z.object({
  id: idSchema,
  revision: z.int().check(z.minimum(1)),
  contentHash: contentHashSchema,
  receivedAt: isoDateTimeSchema,
});
export type Receipt = z.infer<typeof receiptSchema>;

export const profileResponseSchema = z.object({
  receipt: receiptSchema,
  profile: profileDocumentSchema,
  /** Every stored revision, oldest first, the latest included. */
  history: z.array(receiptSchema),
});
export type ProfileResponse = z.infer<typeof profileResponseSchema>;

export const erasureResponseSchema = z.object({
  id: idSchema,
  erasedAt: isoDateTimeSchema,
  revisionsErased: z.int().check(z.minimum(0)),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;

export const DATABASE_KINDS = ['pglite', 'postgresql'] as const;

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(DATABASE_KINDS),
  apiVersion: z.literal(1),
  time: isoDateTimeSchema,
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const API_ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'unauthorized',
  'not_found',
  'payload_too_large',
  'rate_limited',
  'revision_conflict',
  'stale_revision',
  'erased',
  'internal_error',
] as const;
export const apiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

export const apiIssueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof apiIssueSchema>;

/** Every error the API returns. `code` is stable (clients branch on it); `message` is for people. */
export const apiErrorSchema = z.object({
  code: apiErrorCodeSchema,
  message: z.string(),
  /** For `validation_failed`: one entry per issue, with the dotted field path. */
  issues: z.optional(z.array(apiIssueSchema)),
  /** For `revision_conflict` and `stale_revision`: what the server holds now. */
  latest: z.optional(receiptSchema),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Dotted path of an issue as the API reports it, `(root)` for the whole body. */
export function apiIssues(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): ApiIssue[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path.map((p) => String(p))];
    return { path: path.length ? path.join('.') : '(root)', message: i.message };
  });
}
