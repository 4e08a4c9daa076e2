import { answerRecordSchema, type AnswerRecord } from '../domain/answer';
import { summariseIssues } from '../domain/errors';
import { interviewSchema, type Interview } from '../domain/interview';
import type { QuarantineEntry, StoredAnswer } from './schema';

/**
 * Everything read back from IndexedDB passes through here: a record that no longer matches the
 * schema becomes a quarantine entry (kept, with the reason) rather than crashing the app or vanishing.
 */
export type Restored<T> = { ok: true; value: T } | { ok: false; quarantine: Omit<QuarantineEntry, 'id'> };

export function restoreInterview(raw: Record<string, unknown> & { id: string }): Restored<Interview> {
  const parsed = interviewSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    quarantine: { source: 'interviews', recordKey: String(raw.id), interviewId: String(raw.id), raw, error: summariseIssues(parsed.error), at: new Date().toISOString() },
  };
}

export function restoreAnswer(raw: StoredAnswer): Restored<AnswerRecord> {
  const { interviewId: _interviewId, ...record } = raw;
  const parsed = answerRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    quarantine: { source: 'answers', recordKey: `${raw.interviewId}/${raw.path}`, interviewId: raw.interviewId, raw, error: summariseIssues(parsed.error), at: new Date().toISOString() },
  };
}
