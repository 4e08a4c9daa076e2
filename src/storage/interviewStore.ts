import { AppError, summariseIssues } from '../domain/errors';
import { answerRecordSchema, type AnswerRecord } from '../domain/answer';
import { auditEntrySchema, type AuditAction, type AuditEntry } from '../domain/auditEntry';
import { INTERVIEW_STATUSES, interviewSchema, withDigest, type Interview, type InterviewDigest, type InterviewStatus } from '../domain/interview';
import { refuseNewerFormat } from '../domain/formatVersion';
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION, profileDocumentSchema, type ProfileDocument } from '../domain/profileDocument';
import { QUESTIONNAIRE_VERSION } from '../questionnaire/version';
import { operatorRecordSchema, type OperatorRecord } from '../security/operatorRecord';
import { personalPaths, unknownPaths } from './questionLookup';
import { restoreAnswer, restoreInterview } from './restore';
import {
  isSealedInterviewRow,
  openRecord,
  sealedAnswerRowSchema,
  sealedInterviewRowSchema,
  sealRecord,
  writeKeyId,
  type Keyring,
  type SealedAnswerRow,
  type SealedInterviewRow,
} from './sealedRows';
import Dexie from 'dexie';
import { SkillsProfileDb, type QuarantineEntry } from './schema';
import type { Receipt } from '../domain/syncContract';
import type { OutboxItem, OutboxKey, OutboxQueue, SyncRejection } from '../sync/outboxQueue';
import { OutboxStore } from './outbox';
import type { OutboxEntry } from './outboxRows';
import { envelopeSchema } from '../security/crypto';
import { classifyStorageError } from './resilience';
import { readListIndex, type InterviewPageCursor } from './listIndex';
import { ListIndexWarmup } from './listWarmup';

export type { Keyring } from './sealedRows';
export type { InterviewPageCursor } from './listIndex';

export interface NewInterview {
  operatorId: string;
  operatorLanguage: string;
  intervieweeLanguage: string;
}

export interface LoadedInterview {
  interview: Interview;
  answers: AnswerRecord[];
}

export type ImportResult = { ok: true } | { ok: false; error: unknown };

export interface AnswerChanges {
  put: AnswerRecord[];
  delete: string[];
}

/** What lists and retention may read without a key: ids, status, timestamps, owner. */
export interface InterviewSummaryClear {
  id: string;
  ownerId: string;
  status: Interview['status'];
  updatedAt: string;
  syncedAt?: string;
}

export interface InterviewPage {
  interviews: Interview[];
  /** Interviews this operator may see on the device, counted from clear fields (not yet opened ones included). */
  total: number;
  byStatus: Record<InterviewStatus, number>;
  /** Absent on the last page. */
  next?: InterviewPageCursor;
  /** Rows of this page that failed to open and went to quarantine. */
  quarantined: number;
}

/**
 * Rows per page of the list. The first page is what opening the list costs (decrypting and
 * rendering a row takes ~10 ms at 4x throttle): a tablet screenful and some. "Show more" adds more at a time.
 */
export const LIST_FIRST_PAGE_SIZE = 20;
export const LIST_PAGE_SIZE = 50;

export const DEFAULT_RETENTION_DAYS = 30;
const AUDIT_SENT_KEY = 'audit.sentThrough';
const PENDING_ERASURES_KEY = 'erasure.pendingServer';
const LEGACY_ADOPTED_KEY = 'legacy.adopted';
/** Autosave writes every few hundred ms; the trail records one `changed` per operator per interview per window. */
const CHANGED_AUDIT_WINDOW_MS = 5 * 60_000;
const OPTIMISTIC_RETRIES = 3;

const now = () => new Date().toISOString();

function hasConsent(record: AnswerRecord | undefined): boolean {
  return record?.value.type === 'choice' && record.value.value === 'yes';
}

class StaleRead extends Error {}

/** An exported interview read for import: a newer app's file says so, any other invalid file names its problems. */
function parseImportedDocument(input: unknown): ProfileDocument {
  refuseNewerFormat(input, PROFILE_FORMAT, PROFILE_FORMAT_VERSION);
  const parsed = profileDocumentSchema.safeParse(input);
  if (!parsed.success) throw new AppError('errors.importInvalid', { details: summariseIssues(parsed.error) });
  return parsed.data;
}

/**
 * The only door to interview data. Every write is one IndexedDB transaction; every read is
 * validated (see restore.ts). Everything personal is sealed with AES-GCM under the unlocked
 * operator's key (see sealedRows.ts): without `unlock()` nothing can be read or written, and only
 * ids, status, timestamps and the owner are in clear.
 */
export class InterviewStore implements OutboxQueue {
  private keyring: Keyring | undefined;
  /**
   * The interview being typed into, as this store last wrote it (sealed row, opened interview,
   * consent). The next keystroke's write starts from it instead of reading and decrypting the row
   * and the consent answer again; its transaction still checks that the stored row is this one and
   * reads afresh on any mismatch (another tab, a finish). Forgotten on lock.
   */
  private lastWrite: { row: SealedInterviewRow; interview: Interview; consented: boolean } | undefined;
  /** When this device last audited `changed` per interview, so typing does not query the audit table on every write. */
  private lastChangedAudit = new Map<string, { operatorId: string; at: string }>();
  private readonly outbox: OutboxStore;
  /** The list's first index read, started for the operator who is unlocking (prepareList). */
  private listWarmup: ListIndexWarmup | undefined;
  /**
   * Answer and language writes under way. Lists read after them: an interview screen closed
   * straight after a keystroke leaves its last write sealing answers (before its transaction
   * opens) while the list it returns to is already reading.
   */
  private writes = new Set<Promise<unknown>>();

  constructor(readonly db: SkillsProfileDb = new SkillsProfileDb()) {
    this.outbox = new OutboxStore(db, () => this.keyring, (action, id, operatorId) => this.appendAudit(action, id, operatorId));
  }

  /** Hands the store the keys of the operator who just unlocked; seals any plaintext left by schema v1. */
  async unlock(keyring: Keyring): Promise<void> {
    this.keyring = keyring;
    await this.adoptLegacy();
  }

  /** Forgets the keys: from here on every read or write of interview data fails with `security:errors.locked`. */
  lock(): void {
    this.keyring = undefined;
    this.lastWrite = undefined;
  }

  get unlocked(): boolean {
    return this.keyring !== undefined;
  }

  async create(input: NewInterview): Promise<Interview> {
    const keys = this.keys();
    const at = now();
    const interview = interviewSchema.parse({
      id: crypto.randomUUID(),
      schemaVersion: 1,
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      createdAt: at,
      updatedAt: at,
      createdBy: input.operatorId,
      status: 'draft',
      revision: 0,
      operatorLanguage: input.operatorLanguage,
      intervieweeLanguage: input.intervieweeLanguage,
      progress: { answered: 0, total: 0 },
    });
    const row = await this.sealInterview(interview, { ownerId: keys.operatorId, keyId: writeKeyId(keys) });
    await this.db.transaction('rw', this.db.interviews, this.db.audit, async () => {
      await this.db.interviews.add(row);
      await this.appendAudit('created', interview.id);
    });
    return interview;
  }

  /** The interviews this operator may see, newest change first. Records that fail to open or validate go to quarantine. */
  async list(): Promise<Interview[]> {
    const keys = this.keys();
    await this.writesDone();
    // Plaintext rows of schema v1 were sealed at unlock (adoptLegacy); any unsealed row now is damaged and goes to quarantine.
    const rows = (await this.db.interviews.orderBy('updatedAt').reverse().toArray()).filter((r) => !isSealedInterviewRow(r) || this.visible(r, keys));
    const opened = await Promise.all(rows.map((row) => this.openInterviewRow(row)));
    const good: Interview[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    for (const r of opened) {
      if (r.ok) good.push(r.value);
      else bad.push(r.quarantine);
    }
    if (bad.length) await this.quarantineRecords(bad);
    return good;
  }

  /**
   * One page of the list, newest change first, for a device holding thousands of interviews: the
   * order, the counts and who may see what come from the clear index (ids, owner, status,
   * updatedAt) without opening anything; only the rows of this page are decrypted. A row that fails
   * to open goes to quarantine and the next one takes its place, so a page is full unless the list
   * ends. Pass the previous page's `next` to continue; it stays valid when rows are deleted in between.
   */
  async listPage(limit = LIST_PAGE_SIZE, after?: InterviewPageCursor): Promise<InterviewPage> {
    const keys = this.keys();
    await this.writesDone();
    const firstCount = limit ? limit + 1 : 0;
    const warm = after ? undefined : await this.takeListWarmup(keys.operatorId, firstCount);
    const index = await readListIndex(this.db.interviews, keys.operatorId, after, (ids) => this.hiddenAmong(ids, keys), firstCount, warm);
    const { byStatus } = index;
    const interviews: Interview[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    let consumed = 0;
    let more = false;
    let last: SealedInterviewRow | undefined;
    while (interviews.length < limit) {
      const need = limit - interviews.length;
      // One more than needed says whether the list goes on after this page.
      const ids = await index.ids(consumed, need + 1);
      more = ids.length > need;
      const batch = ids.slice(0, need);
      if (!batch.length) break;
      consumed += batch.length;
      const rows = (await this.db.interviews.bulkGet(batch)).filter((r) => r !== undefined);
      const opened = await Promise.all(rows.map(async (row) => ({ row, r: await this.openInterviewRow(row) })));
      for (const { row, r } of opened) {
        if (r.ok) {
          interviews.push(r.value);
          last = row as SealedInterviewRow;
        } else {
          bad.push(r.quarantine);
          const status = INTERVIEW_STATUSES.find((s) => s === (row as { status?: unknown }).status);
          if (status) byStatus[status] -= 1;
        }
      }
      if (!more) break;
    }
    if (bad.length) await this.quarantineRecords(bad);
    const next = more && last ? { updatedAt: last.updatedAt, id: last.id } : undefined;
    return { interviews, total: index.total - bad.length, byStatus, quarantined: bad.length, ...(next ? { next } : {}) };
  }

  /**
   * Starts reading the clear index of the list's first page for an operator who is unlocking (typing
   * the PIN, or submitting it): nothing sealed is read, so no key is needed. A read under way that
   * still serves is kept. listPage uses the read once, if no change to the interviews was committed
   * since it began (see listWarmup.ts).
   */
  prepareList(operatorId: string, firstPageSize = LIST_FIRST_PAGE_SIZE): void {
    if (this.listWarmup?.serves(operatorId, firstPageSize + 1)) return;
    this.listWarmup?.drop();
    this.listWarmup = new ListIndexWarmup(this.db.interviews, operatorId, firstPageSize + 1);
  }

  private takeListWarmup(operatorId: string, firstCount: number) {
    const warmup = this.listWarmup;
    if (!warmup?.serves(operatorId, firstCount)) return undefined;
    this.listWarmup = undefined;
    return warmup.take();
  }

  async get(id: string): Promise<LoadedInterview> {
    const loaded = await this.load(id);
    await this.db.transaction('rw', this.db.audit, () => this.appendAudit('opened', id));
    return loaded;
  }

  /**
   * Writes answers and the interview's digest in one transaction: either all of it is stored or
   * none. Refuses personal answers before consent and edits to a finished interview.
   */
  async applyChanges(id: string, changes: AnswerChanges, digest: InterviewDigest): Promise<Interview> {
    const records = changes.put.map((r) => {
      const parsed = answerRecordSchema.safeParse(r);
      if (!parsed.success) throw new AppError('errors.invalidAnswer', { details: summariseIssues(parsed.error) });
      return parsed.data;
    });
    return this.tracked(this.optimistic(async (attempt) => {
      const cached = attempt === 1 && this.lastWrite?.row.id === id ? this.lastWrite : undefined;
      this.lastWrite = undefined;
      const { row, interview } = cached ?? (await this.requireDraft(id));
      const consentInBatch = records.find((r) => r.path === 'consent.given');
      const consented = consentInBatch
        ? hasConsent(consentInBatch)
        : changes.delete.includes('consent.given')
          ? false
          : (cached?.consented ?? hasConsent(await this.readAnswer(row, 'consent.given')));
      if (!consented && records.length && (await personalPaths(records.map((r) => r.path))).length) throw new AppError('errors.consentRequired');

      const updated: Interview = { ...withDigest(interview, digest), updatedAt: now() };
      // Sealing awaits Web Crypto, which would end an IndexedDB transaction: seal first, then
      // write in one transaction that checks nothing changed in between.
      const [sealedAnswers, sealedInterview] = await Promise.all([Promise.all(records.map((r) => this.sealAnswer(row, r))), this.sealInterview(updated, row)]);
      const written = await this.db.transaction('rw', this.db.interviews, this.db.answers, this.db.audit, async () => {
        // Issued together, the check first: IndexedDB runs them in order, so the check reads the row
        // as it was, and a failed check aborts the transaction with every write in it. One round trip
        // per keystroke instead of four, on the path between a key and "saved".
        await Promise.all([
          this.assertUnchanged(row),
          sealedAnswers.length ? this.db.answers.bulkPut(sealedAnswers) : undefined,
          changes.delete.length ? this.db.answers.bulkDelete(changes.delete.map((p) => [id, p] as [string, string])) : undefined,
          this.db.interviews.put(sealedInterview),
          this.appendAudit('changed', id),
        ]);
        return updated;
      });
      this.lastWrite = { row: sealedInterview, interview: written, consented };
      return written;
    }));
  }

  async updateMeta(id: string, patch: Partial<Pick<Interview, 'operatorLanguage' | 'intervieweeLanguage' | 'lastSectionId'>>): Promise<Interview> {
    // Where the operator stands is not a change to the interview: it must not reorder the list.
    const onlyPosition = Object.keys(patch).every((k) => k === 'lastSectionId');
    return this.tracked(this.mutate(id, false, (i) => interviewSchema.parse({ ...i, ...patch, updatedAt: onlyPosition ? i.updatedAt : now() }), onlyPosition ? undefined : 'changed'));
  }

  private tracked<T>(write: Promise<T>): Promise<T> {
    this.writes.add(write);
    const done = () => void this.writes.delete(write);
    write.then(done, done);
    return write;
  }

  private async writesDone(): Promise<void> {
    if (this.writes.size) await Promise.allSettled([...this.writes]);
  }

  /**
   * Marks finished and queues the document for the server in the same transaction; each finish
   * after a reopen is a new revision (the unit the server stores), replacing an unsent older one.
   */
  async finish(id: string): Promise<Interview> {
    return this.optimistic(async () => {
      const { row, interview } = await this.requireDraft(id);
      const at = now();
      const updated: Interview = { ...interview, status: 'finished', finishedAt: at, updatedAt: at, revision: interview.revision + 1 };
      const answers = (await this.load(id)).answers;
      const doc = profileDocumentSchema.parse({ format: PROFILE_FORMAT, formatVersion: PROFILE_FORMAT_VERSION, exportedAt: at, interview: updated, answers });
      const sealed = await this.sealInterview(updated, row);
      const queued = await this.outbox.seal(doc, row);
      return this.db.transaction('rw', this.db.interviews, this.db.outbox, this.db.audit, async () => {
        await this.assertUnchanged(row);
        await this.db.interviews.put(sealed);
        await this.outbox.putQueued(queued);
        await this.appendAudit('finished', id);
        return updated;
      });
    });
  }

  /** Queues a document as finishing it would (the outbox contract's harness and backup restores use it). */
  enqueueProfile(doc: ProfileDocument): Promise<void> {
    return this.outbox.enqueue(doc);
  }

  nextBatch(limit: number): Promise<OutboxItem[]> {
    return this.outbox.nextBatch(limit);
  }

  /** Stores the server's receipt and dequeues in one transaction; sets `syncedAt` (retention) and audits `synced`. */
  markSynced(key: OutboxKey, receipt: Receipt): Promise<void> {
    return this.outbox.markSynced(key, receipt);
  }

  markQuarantined(key: OutboxKey, rejection: SyncRejection): Promise<void> {
    return this.outbox.markQuarantined(key, rejection);
  }

  /** The operator reviewed a quarantined revision and sends it again. */
  requeue(id: string): Promise<void> {
    return this.outbox.requeue(id);
  }

  /** Outbox state of each interview (of those given, or all) this operator may see: queued, synced with receipt time, quarantined with reason. */
  outboxEntries(interviewIds?: readonly string[]): Promise<OutboxEntry[]> {
    return this.outbox.entries(interviewIds);
  }

  /** The queued revisions, from the queue's index only (see OutboxStore.queuedRevisions). */
  queuedRevisions(): Promise<string[]> {
    return this.outbox.queuedRevisions();
  }

  /** The revision held in the outbox, as sent (or refused): for exporting a quarantined profile. */
  async exportQueued(id: string): Promise<ProfileDocument> {
    const doc = await this.outbox.document(id);
    await this.db.transaction('rw', this.db.audit, () => this.appendAudit('exported', id));
    return doc;
  }

  /**
   * A setting only the organisation's operators can read (e.g. the device token): sealed under
   * the organisation key, stored per organisation key.
   */
  async getOrganisationSecret(name: string): Promise<unknown> {
    const keys = this.keys();
    const raw = envelopeSchema.safeParse(await this.getSetting(`${name}:${keys.sharedKeyId}`));
    if (!raw.success) return undefined;
    return openRecord(keys, keys.sharedKeyId, raw.data, `setting:${name}`).catch(() => undefined);
  }

  async setOrganisationSecret(name: string, value: unknown): Promise<void> {
    const keys = this.keys();
    await this.setSetting(`${name}:${keys.sharedKeyId}`, await sealRecord(keys, keys.sharedKeyId, value, `setting:${name}`));
  }

  async reopen(id: string): Promise<Interview> {
    return this.mutate(id, false, (i) => ({ ...i, status: 'draft', updatedAt: now() }), 'reopened');
  }

  /** Erasure on the device: the interview and all its answers go, the audit trail records who erased it. */
  async delete(id: string): Promise<void> {
    const keys = this.keys();
    await this.db.transaction('rw', [this.db.interviews, this.db.answers, this.db.outbox, this.db.audit, this.db.settings], async () => {
      const row = await this.db.interviews.get(id);
      if (!row || !this.visible(row, keys)) throw new AppError('errors.interviewNotFound');
      await this.db.answers.where('interviewId').equals(id).delete();
      await this.db.outbox.delete(id);
      await this.db.interviews.delete(id);
      await this.appendAudit('erased', id);
      // The server may hold a copy (or get one from a stale outbox elsewhere): ask it to erase too, until it confirms.
      const pending = ((await this.db.settings.get(PENDING_ERASURES_KEY))?.value as string[] | undefined) ?? [];
      if (!pending.includes(id)) await this.db.settings.put({ key: PENDING_ERASURES_KEY, value: [...pending, id] });
    });
  }

  /** Ids erased on this device whose erasure the server has not confirmed yet (see security/serverErasure.ts). */
  async pendingServerErasures(): Promise<string[]> {
    const value = await this.getSetting<unknown>(PENDING_ERASURES_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  async confirmServerErasure(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      const pending = ((await this.db.settings.get(PENDING_ERASURES_KEY))?.value as string[] | undefined) ?? [];
      await this.db.settings.put({ key: PENDING_ERASURES_KEY, value: pending.filter((p) => p !== id) });
    });
  }

  /** Same as delete(): the word the privacy notice uses. */
  erase(id: string): Promise<void> {
    return this.delete(id);
  }

  async exportDocument(id: string): Promise<ProfileDocument> {
    const doc = await this.readDocument(id);
    await this.db.transaction('rw', this.db.audit, () => this.appendAudit('exported', id));
    return doc;
  }

  /** The same document without an audit entry: for preparing an export ahead (the PDF) that may never leave the device. */
  async readDocument(id: string): Promise<ProfileDocument> {
    const { interview, answers } = await this.load(id);
    return profileDocumentSchema.parse({ format: PROFILE_FORMAT, formatVersion: PROFILE_FORMAT_VERSION, exportedAt: now(), interview, answers });
  }

  /**
   * Imports one exported interview. The whole file is validated before anything is written;
   * an invalid file or an id that already exists changes nothing.
   */
  async importDocument(input: unknown): Promise<Interview> {
    const keys = this.keys();
    const { doc, row, answers } = await this.sealImport(input, { ownerId: keys.operatorId, keyId: writeKeyId(keys) });
    return this.db.transaction('rw', this.db.interviews, this.db.answers, this.db.audit, async () => {
      if (await this.db.interviews.get(doc.interview.id)) throw new AppError('errors.importExists');
      await this.db.interviews.add(row);
      await this.db.answers.bulkAdd(answers);
      await this.appendAudit('imported', doc.interview.id);
      return doc.interview;
    });
  }

  /**
   * Backup restore of many interviews new to this device (storage/backup.ts): validated and sealed
   * like importDocument, then written in one transaction instead of one per interview. Returns,
   * per document, whether it was added or the error that kept it out (an id already here:
   * `errors.importExists`). If the batch cannot be written, each document is tried on its own.
   */
  async importDocuments(inputs: readonly unknown[]): Promise<ImportResult[]> {
    const keys = this.keys();
    const owner = { ownerId: keys.operatorId, keyId: writeKeyId(keys) };
    const prepared = await Promise.all(
      inputs.map((input) => this.sealImport(input, owner).catch((error: unknown) => (error instanceof AppError ? error : Promise.reject(error)))),
    );
    try {
      return await this.db.transaction('rw', this.db.interviews, this.db.answers, this.db.audit, async () => {
        const present = await this.db.interviews.bulkGet(prepared.map((p) => (p instanceof AppError ? '' : p.row.id)));
        const seen = new Set<string>();
        const adding: { row: SealedInterviewRow; answers: SealedAnswerRow[] }[] = [];
        const results = prepared.map((p, i): ImportResult => {
          if (p instanceof AppError) return { ok: false, error: p };
          const duplicate = present[i] !== undefined || seen.has(p.row.id);
          seen.add(p.row.id);
          if (duplicate) return { ok: false, error: new AppError('errors.importExists') };
          adding.push(p);
          return { ok: true };
        });
        const at = now();
        await this.db.interviews.bulkAdd(adding.map((p) => p.row));
        await this.db.answers.bulkAdd(adding.flatMap((p) => p.answers));
        await this.db.audit.bulkAdd(adding.map((p) => ({ at, operatorId: keys.operatorId, action: 'imported' as const, interviewId: p.row.id })));
        return results;
      });
    } catch (error) {
      // A full disk or a lost connection is the caller's to report (and to retry); anything else is per document.
      if (classifyStorageError(error) !== 'other') throw error;
      const results: ImportResult[] = [];
      for (const input of inputs) {
        results.push(await this.importDocument(input).then((): ImportResult => ({ ok: true }), (e: unknown): ImportResult => ({ ok: false, error: e })));
      }
      return results;
    }
  }

  /** An imported document, validated (schema, known questions) and sealed for `owner`; throws the translated AppError. */
  private async sealImport(input: unknown, owner: { ownerId: string; keyId: string }): Promise<{ doc: ProfileDocument; row: SealedInterviewRow; answers: SealedAnswerRow[] }> {
    const doc = parseImportedDocument(input);
    const unknown = await unknownPaths(doc.answers.map((a) => a.path));
    if (unknown.length) throw new AppError('errors.importUnknownQuestions', { details: unknown.slice(0, 5).join(', ') });
    const row = await this.sealInterview(doc.interview, owner);
    return { doc, row, answers: await Promise.all(doc.answers.map((a) => this.sealAnswer(row, a))) };
  }

  /** Backup restore (storage/backup.ts): swaps an interview for a newer copy, answers included, in one transaction; owner and key stay. */
  async replaceDocument(input: unknown): Promise<Interview> {
    const keys = this.keys();
    const doc = parseImportedDocument(input);
    const current = await this.db.interviews.get(doc.interview.id);
    if (!current || !isSealedInterviewRow(current) || !this.visible(current, keys)) throw new AppError('errors.interviewNotFound');
    const row = await this.sealInterview(doc.interview, current);
    const answers = await Promise.all(doc.answers.map((a) => this.sealAnswer(row, a)));
    return this.db.transaction('rw', this.db.interviews, this.db.answers, this.db.audit, async () => {
      await this.db.answers.where('interviewId').equals(doc.interview.id).delete();
      await this.db.interviews.put(row);
      await this.db.answers.bulkAdd(answers);
      await this.appendAudit('imported', doc.interview.id);
      return doc.interview;
    });
  }

  /** Called by sync once the server holds the interview (sets `syncedAt`, audits `synced`): retention counts from here. */
  async recordSynced(id: string, at: string = now()): Promise<void> {
    await this.db.transaction('rw', this.db.interviews, this.db.audit, async () => {
      const row = await this.db.interviews.get(id);
      if (!row) throw new AppError('errors.interviewNotFound');
      await this.db.interviews.put({ ...row, syncedAt: at });
      await this.appendAudit('synced', id);
    });
  }

  /**
   * Retention: removes from the device every interview (of any operator) that reached the server
   * at least `days` days ago and has not changed since. Needs no key. Returns the erased ids.
   */
  async purgeExpired(days = DEFAULT_RETENTION_DAYS, at: Date = new Date()): Promise<string[]> {
    const cutoff = at.getTime() - days * 24 * 60 * 60_000;
    const isExpired = (row: Record<string, unknown>) => {
      const synced = typeof row.syncedAt === 'string' ? Date.parse(row.syncedAt) : NaN;
      const updated = typeof row.updatedAt === 'string' ? Date.parse(row.updatedAt) : NaN;
      return Number.isFinite(synced) && synced <= cutoff && !(updated > synced);
    };
    // Runs at every unlock, so it reads only rows synced before the cutoff (indexed since schema v4;
    // a day of margin for times written with an offset), and looks read-only first so that the usual
    // "nothing expired" takes no write lock on four tables while the list waits to read.
    const candidates = () => this.db.interviews.where('syncedAt').below(new Date(cutoff + 24 * 60 * 60_000).toISOString()).toArray();
    if (!(await candidates()).some(isExpired)) return [];
    return this.db.transaction('rw', this.db.interviews, this.db.answers, this.db.outbox, this.db.audit, async () => {
      const expired = (await candidates()).filter(isExpired);
      for (const row of expired) {
        await this.db.answers.where('interviewId').equals(row.id).delete();
        // Only a synced revision is left in the outbox here: a queued one would have a newer updatedAt.
        await this.db.outbox.delete(row.id);
        await this.db.interviews.delete(row.id);
        await this.appendAudit('expired', row.id, 'device');
      }
      return expired.map((r) => r.id);
    });
  }

  /** The device's audit trail, oldest first. */
  async auditTrail(): Promise<AuditEntry[]> {
    return (await this.db.audit.toArray()).map((e) => auditEntrySchema.parse(e));
  }

  /** Entries sync has not yet delivered; pass the last `seq` delivered to markAuditSent(). */
  async unsentAudit(limit = 500): Promise<AuditEntry[]> {
    const sentThrough = (await this.getSetting<number>(AUDIT_SENT_KEY)) ?? 0;
    return (await this.db.audit.where(':id').above(sentThrough).limit(limit).toArray()).map((e) => auditEntrySchema.parse(e));
  }

  /** The trail itself stays append-only: only a cursor moves. */
  async markAuditSent(throughSeq: number): Promise<void> {
    const current = (await this.getSetting<number>(AUDIT_SENT_KEY)) ?? 0;
    if (throughSeq > current) await this.setSetting(AUDIT_SENT_KEY, throughSeq);
  }

  async listOperators(): Promise<OperatorRecord[]> {
    const rows = await this.db.operators.toArray();
    const good: OperatorRecord[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    for (const row of rows) {
      const parsed = operatorRecordSchema.safeParse(row);
      if (parsed.success) good.push(parsed.data);
      else bad.push({ source: 'interviews', recordKey: `operator:${String(row.id)}`, raw: row, error: summariseIssues(parsed.error), at: now() });
    }
    if (bad.length) await this.db.quarantine.bulkAdd(bad);
    return good.sort((a, b) => a.name.localeCompare(b.name));
  }

  async getOperator(id: string): Promise<OperatorRecord | undefined> {
    const row = await this.db.operators.get(id);
    if (!row) return undefined;
    const parsed = operatorRecordSchema.safeParse(row);
    if (!parsed.success) throw new AppError('security:errors.accountDamaged');
    return parsed.data;
  }

  async putOperator(record: OperatorRecord): Promise<void> {
    await this.db.operators.put(operatorRecordSchema.parse(record));
  }

  async listQuarantine(): Promise<QuarantineEntry[]> {
    return this.db.quarantine.toArray();
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.settings.get(key))?.value as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  private keys(): Keyring {
    if (!this.keyring) throw new AppError('security:errors.locked');
    return this.keyring;
  }

  /** Own interviews always; a colleague's only when the organisation shares and it is sealed under the shared key. */
  private visible(row: Record<string, unknown>, keys: Keyring): boolean {
    if (!isSealedInterviewRow(row)) return false;
    if (row.ownerId === keys.operatorId) return true;
    return keys.shareWithOrganisation && row.keyId === keys.sharedKeyId;
  }

  /** Of colleagues' rows, those this operator may not see; a row without its sealed part is damaged and goes to quarantine. */
  private async hiddenAmong(ids: string[], keys: Keyring): Promise<Set<string>> {
    const hidden = new Set<string>();
    const damaged: Omit<QuarantineEntry, 'id'>[] = [];
    for (const row of await this.db.interviews.bulkGet(ids)) {
      if (!row) continue;
      if (isSealedInterviewRow(row) && this.visible(row, keys)) continue;
      hidden.add(row.id);
      if (!isSealedInterviewRow(row)) damaged.push({ source: 'interviews', recordKey: row.id, interviewId: row.id, raw: row, error: 'record is not sealed', at: now() });
    }
    if (damaged.length) await this.quarantineRecords(damaged);
    return hidden;
  }

  private async load(id: string): Promise<LoadedInterview> {
    // The answers are read alongside the row and opened together: one after the other, each
    // decryption waited for its own reply from Web Crypto, which made opening a full profile slow.
    const [{ row, interview }, rows] = await Promise.all([this.require(id), this.db.answers.where('interviewId').equals(id).toArray()]);
    const answers: AnswerRecord[] = [];
    const bad: Omit<QuarantineEntry, 'id'>[] = [];
    for (const r of await Promise.all(rows.map((raw) => this.openAnswerRow(row, raw)))) {
      if (r.ok) answers.push(r.value);
      else bad.push(r.quarantine);
    }
    if (bad.length) await this.quarantineRecords(bad);
    return { interview, answers };
  }

  private async mutate(id: string, draftOnly: boolean, change: (i: Interview) => Interview, action: AuditAction | undefined): Promise<Interview> {
    return this.optimistic(async () => {
      const { row, interview } = draftOnly ? await this.requireDraft(id) : await this.require(id);
      const updated = change(interview);
      const sealed = await this.sealInterview(updated, row);
      return this.db.transaction('rw', this.db.interviews, this.db.audit, async () => {
        await this.assertUnchanged(row);
        await this.db.interviews.put(sealed);
        if (action) await this.appendAudit(action, id);
        return updated;
      });
    });
  }

  private async optimistic<T>(attempt: (attempt: number) => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt(i);
      } catch (error) {
        if (!(error instanceof StaleRead) || i >= OPTIMISTIC_RETRIES) throw error instanceof StaleRead ? new AppError('errors.saveFailed', { details: 'concurrent change' }) : error;
      }
    }
  }

  private async assertUnchanged(read: SealedInterviewRow): Promise<void> {
    const current = await this.db.interviews.get(read.id);
    if (!current || !isSealedInterviewRow(current) || current.sealed.iv !== read.sealed.iv) throw new StaleRead();
  }

  private async appendAudit(action: AuditAction, interviewId: string, operatorId = this.keys().operatorId): Promise<void> {
    const at = now();
    if (action === 'changed') {
      const recent = (last: { operatorId: string; at: string } | undefined) => last?.operatorId === operatorId && Date.parse(at) - Date.parse(last.at) < CHANGED_AUDIT_WINDOW_MS;
      if (recent(this.lastChangedAudit.get(interviewId))) return;
      const last = await this.db.audit.where('interviewId').equals(interviewId).last();
      if (last?.action === 'changed' && recent(last)) {
        this.lastChangedAudit.set(interviewId, last);
        return;
      }
    }
    await this.db.audit.add({ at, operatorId, action, interviewId });
    this.lastChangedAudit.delete(interviewId);
    // Remembered only once the entry is committed: a write that rolls back must not silence the next audit.
    if (action === 'changed') Dexie.currentTransaction?.on('complete', () => this.lastChangedAudit.set(interviewId, { operatorId, at }));
  }

  private async sealInterview(interview: Interview, owner: { ownerId: string; keyId: string }): Promise<SealedInterviewRow> {
    const keys = this.keys();
    const clear = { id: interview.id, ownerId: owner.ownerId, keyId: owner.keyId, status: interview.status, createdAt: interview.createdAt, updatedAt: interview.updatedAt };
    return { ...clear, sealed: await sealRecord(keys, owner.keyId, interview, `interview:${interview.id}`) };
  }

  private async sealAnswer(row: SealedInterviewRow, record: AnswerRecord): Promise<SealedAnswerRow> {
    return { interviewId: row.id, path: record.path, sealed: await sealRecord(this.keys(), row.keyId, record, `answer:${row.id}:${record.path}`) };
  }

  private async openInterviewRow(raw: Record<string, unknown> & { id: string }) {
    const quarantine = (error: string) => ({
      ok: false as const,
      quarantine: { source: 'interviews' as const, recordKey: String(raw.id), interviewId: String(raw.id), raw, error, at: now() },
    });
    const row = sealedInterviewRowSchema.safeParse(raw);
    if (!row.success) return quarantine(summariseIssues(row.error));
    let plain: unknown;
    try {
      plain = await openRecord(this.keys(), row.data.keyId, row.data.sealed, `interview:${row.data.id}`);
    } catch (error) {
      return quarantine(error instanceof AppError ? error.code : 'decrypt failed');
    }
    const restored = restoreInterview({ ...(plain as Record<string, unknown>), id: row.data.id });
    if (!restored.ok) return { ok: false as const, quarantine: { ...restored.quarantine, raw } };
    // The clear status and times must agree with the sealed truth; a mismatch means tampering.
    if (restored.value.status !== row.data.status) return quarantine('clear status differs from sealed record');
    return restored;
  }

  private async openAnswerRow(row: SealedInterviewRow, raw: Record<string, unknown>) {
    const recordKey = `${row.id}/${String(raw.path)}`;
    const quarantine = (error: string) => ({ ok: false as const, quarantine: { source: 'answers' as const, recordKey, interviewId: row.id, raw, error, at: now() } });
    const sealed = sealedAnswerRowSchema.safeParse(raw);
    if (!sealed.success) return quarantine(summariseIssues(sealed.error));
    let plain: unknown;
    try {
      plain = await openRecord(this.keys(), row.keyId, sealed.data.sealed, `answer:${row.id}:${sealed.data.path}`);
    } catch (error) {
      return quarantine(error instanceof AppError ? error.code : 'decrypt failed');
    }
    const restored = restoreAnswer({ ...(plain as Record<string, unknown>), interviewId: row.id, path: sealed.data.path });
    return restored.ok ? restored : { ok: false as const, quarantine: { ...restored.quarantine, raw } };
  }

  private async readAnswer(row: SealedInterviewRow, path: string): Promise<AnswerRecord | undefined> {
    const raw = await this.db.answers.get([row.id, path]);
    if (!raw) return undefined;
    const r = await this.openAnswerRow(row, raw);
    return r.ok ? r.value : undefined;
  }

  private async quarantineRecords(entries: Omit<QuarantineEntry, 'id'>[]): Promise<void> {
    await this.db.transaction('rw', this.db.quarantine, this.db.interviews, this.db.answers, async () => {
      await this.db.quarantine.bulkAdd(entries);
      for (const e of entries) {
        if (e.source === 'interviews') await this.db.interviews.delete(e.recordKey);
        else await this.db.answers.delete([e.interviewId ?? '', e.recordKey.slice((e.interviewId ?? '').length + 1)]);
      }
    });
  }

  private async require(id: string): Promise<{ row: SealedInterviewRow; interview: Interview }> {
    const keys = this.keys();
    const raw = await this.db.interviews.get(id);
    if (!raw || !this.visible(raw, keys)) throw new AppError('errors.interviewNotFound');
    const r = await this.openInterviewRow(raw);
    if (!r.ok) {
      await this.quarantineRecords([r.quarantine]);
      throw new AppError('errors.interviewQuarantined');
    }
    return { row: sealedInterviewRowSchema.parse(raw), interview: r.value };
  }

  private async requireDraft(id: string): Promise<{ row: SealedInterviewRow; interview: Interview }> {
    const loaded = await this.require(id);
    if (loaded.interview.status !== 'draft') throw new AppError('errors.interviewFinished');
    return loaded;
  }

  /**
   * Rows from schema v1 were written in clear before operator accounts existed. The first
   * operator to unlock takes them over: each is sealed under that operator's key and the
   * plaintext row replaced.
   */
  private async adoptLegacy(): Promise<void> {
    const keys = this.keys();
    // Only the v1 → v2 upgrade leaves plaintext rows, and nothing writes one since: once a scan found
    // none left, later unlocks skip reading every interview (thousands on a busy tablet).
    if (await this.getSetting<boolean>(LEGACY_ADOPTED_KEY)) return;
    const legacy = (await this.db.interviews.toArray()).filter((r) => !isSealedInterviewRow(r));
    for (const raw of legacy) {
      const restored = restoreInterview(raw);
      if (!restored.ok) {
        await this.quarantineRecords([restored.quarantine]);
        continue;
      }
      const row = await this.sealInterview(restored.value, { ownerId: keys.operatorId, keyId: keys.operatorKeyId });
      const answerRows = await this.db.answers.where('interviewId').equals(raw.id).toArray();
      const sealed: SealedAnswerRow[] = [];
      const bad: Omit<QuarantineEntry, 'id'>[] = [];
      for (const a of answerRows) {
        if ('sealed' in a) continue;
        const r = restoreAnswer(a);
        if (r.ok) sealed.push(await this.sealAnswer(row, r.value));
        else bad.push(r.quarantine);
      }
      if (bad.length) await this.quarantineRecords(bad);
      await this.db.transaction('rw', this.db.interviews, this.db.answers, async () => {
        await this.db.answers.bulkPut(sealed);
        await this.db.interviews.put(row);
      });
    }
    await this.setSetting(LEGACY_ADOPTED_KEY, true);
  }
}
