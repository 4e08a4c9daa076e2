import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileSchema, type BackupFile } from '../domain/backupFile';
import { AppError, summariseIssues } from '../domain/errors';
import { refuseNewerFormat } from '../domain/formatVersion';
import type { Interview } from '../domain/interview';
import { profileDocumentSchema, type ProfileDocument } from '../domain/profileDocument';
import type { ImportResult, InterviewStore } from './interviewStore';
import { unknownPaths } from './questionLookup';

/** The store methods a backup needs; each write is one transaction, so a failed import leaves an interview as it was. */
export type BackupStore = Pick<InterviewStore, 'list' | 'exportDocument' | 'importDocument' | 'importDocuments' | 'replaceDocument'>;

/** Interviews new to the device are written this many per transaction (one each made a 5,000-interview restore take minutes). */
export const IMPORT_BATCH_SIZE = 200;

export interface BackupProblem {
  /** Position in the file (1-based) and the interview id when it could be read. */
  position: number;
  id?: string;
  code: string;
  params: Record<string, string | number>;
}

export interface ImportSummary {
  added: number;
  replaced: number;
  /** Already on this device in the same or a newer revision. */
  kept: number;
  problems: BackupProblem[];
}

type Version = Pick<Interview, 'revision' | 'updatedAt'>;

/**
 * The merge rule: a higher revision wins; for the same revision the later change wins; a tie
 * keeps what the device has. A newer revision on the device is never overwritten.
 */
export function incomingIsNewer(local: Version, incoming: Version): boolean {
  if (incoming.revision !== local.revision) return incoming.revision > local.revision;
  return Date.parse(incoming.updatedAt) > Date.parse(local.updatedAt);
}

export async function exportBackup(store: BackupStore, appVersion: string, at = new Date()): Promise<BackupFile> {
  const interviews = await store.list();
  const documents: ProfileDocument[] = [];
  for (const i of interviews) documents.push(await store.exportDocument(i.id));
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: at.toISOString(), appVersion, documents };
}

export function backupFileName(at = new Date()): string {
  return `skills-profile-backup-${at.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
}

function problemOf(position: number, id: string | undefined, error: unknown): BackupProblem {
  const e = error instanceof AppError ? error : new AppError('diagnostics:backup.errors.documentFailed', { details: String((error as Error)?.message ?? error) });
  return { position, ...(id ? { id } : {}), code: e.code, params: e.params };
}

/** Merges a backup into this device, interview by interview (see incomingIsNewer). Nothing is written for an invalid file. */
export async function importBackup(store: BackupStore, input: unknown): Promise<ImportSummary> {
  refuseNewerFormat(input, BACKUP_FORMAT, BACKUP_FORMAT_VERSION);
  const envelope = backupFileSchema.safeParse(input);
  if (!envelope.success) throw new AppError('diagnostics:backup.errors.invalidFile', { details: summariseIssues(envelope.error) });
  const local = new Map((await store.list()).map((i) => [i.id, i]));
  const summary: ImportSummary = { added: 0, replaced: 0, kept: 0, problems: [] };
  // New interviews wait here and are written together; `local` already counts them as on the device.
  const pending = new Map<string, { position: number; doc: ProfileDocument }>();
  const flush = async () => {
    const batch = [...pending.values()];
    pending.clear();
    if (!batch.length) return;
    let results: ImportResult[];
    try {
      results = await store.importDocuments(batch.map((b) => b.doc));
    } catch (error) {
      results = batch.map(() => ({ ok: false, error }));
    }
    results.forEach((r, i) => {
      const { position, doc } = batch[i]!;
      if (r.ok) summary.added += 1;
      else {
        summary.problems.push(problemOf(position, doc.interview.id, r.error));
        local.delete(doc.interview.id);
      }
    });
  };
  for (const [index, raw] of envelope.data.documents.entries()) {
    const position = index + 1;
    const parsed = profileDocumentSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { interview?: { id?: unknown } } | null)?.interview?.id;
      summary.problems.push({ position, ...(typeof id === 'string' ? { id } : {}), code: 'diagnostics:backup.errors.invalidDocument', params: { details: summariseIssues(parsed.error) } });
      continue;
    }
    const doc = parsed.data;
    const unknown = await unknownPaths(doc.answers.map((a) => a.path));
    if (unknown.length) {
      summary.problems.push({ position, id: doc.interview.id, code: 'errors.importUnknownQuestions', params: { details: unknown.slice(0, 5).join(', ') } });
      continue;
    }
    // A file may hold the same interview twice: the second copy is compared with the first, once that is stored.
    if (pending.has(doc.interview.id)) await flush();
    const existing = local.get(doc.interview.id);
    if (!existing) {
      pending.set(doc.interview.id, { position, doc });
      local.set(doc.interview.id, doc.interview);
      if (pending.size >= IMPORT_BATCH_SIZE) await flush();
      continue;
    }
    try {
      if (incomingIsNewer(existing, doc.interview)) {
        await store.replaceDocument(doc);
        summary.replaced += 1;
      } else {
        summary.kept += 1;
        continue;
      }
      local.set(doc.interview.id, doc.interview);
    } catch (error) {
      summary.problems.push(problemOf(position, doc.interview.id, error));
    }
  }
  await flush();
  summary.problems.sort((a, b) => a.position - b.position);
  return summary;
}
