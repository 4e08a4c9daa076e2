import Dexie, { type Table, type Transaction } from 'dexie';
import type { AuditEntry } from '../domain/auditEntry';
import type { OperatorRecord } from '../security/operatorRecord';
import type { OutboxRow } from './outboxRows';

export interface StoredAnswer {
  interviewId: string;
  path: string;
  [field: string]: unknown;
}

/** A record that failed validation when read back, moved here with the reason instead of being dropped. */
export interface QuarantineEntry {
  id?: number;
  source: 'interviews' | 'answers';
  recordKey: string;
  interviewId?: string;
  raw: unknown;
  error: string;
  at: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * Schema versions are append-only: never edit a published version, add a new one with an
 * upgrade function and extend tests/unit/storage/migrations.test.ts.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string | null>; upgrade?: (tx: Transaction) => Promise<void> }> = [
  {
    version: 1,
    stores: {
      interviews: 'id, status, updatedAt',
      answers: '[interviewId+path], interviewId',
      quarantine: '++id, source, interviewId',
      settings: 'key',
    },
  },
  {
    // Shared tablets: operator accounts, an owner per interview, an append-only audit trail.
    // Rows written by v1 are plaintext; they get an owner here and are sealed by the first
    // operator who unlocks (InterviewStore.adoptLegacy), since no key exists during an upgrade.
    version: 2,
    stores: {
      interviews: 'id, status, updatedAt, ownerId',
      operators: 'id, organisation',
      audit: '++seq, interviewId',
    },
    upgrade: async (tx) => {
      await tx
        .table('interviews')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (typeof row.ownerId !== 'string') row.ownerId = typeof row.createdBy === 'string' ? row.createdBy : 'local-operator';
        });
    },
  },
  {
    // Sync: finished revisions waiting for the server (see outboxRows.ts; the document is sealed).
    version: 3,
    stores: { outbox: 'interviewId, [state+queuedAt]' },
  },
  {
    // Retention runs at every unlock: an index on the clear syncedAt lets it read only interviews
    // synced long enough ago, not every row (thousands on a busy tablet) before the list shows.
    version: 4,
    stores: { interviews: 'id, status, updatedAt, ownerId, syncedAt' },
  },
];

export const DB_NAME = 'skills-profile';

export class SkillsProfileDb extends Dexie {
  // Rows are typed loosely on purpose: every read goes through zod in restore.ts.
  interviews!: Table<Record<string, unknown> & { id: string }, string>;
  answers!: Table<StoredAnswer, [string, string]>;
  quarantine!: Table<QuarantineEntry, number>;
  settings!: Table<SettingRecord, string>;
  operators!: Table<OperatorRecord, string>;
  audit!: Table<Omit<AuditEntry, 'seq'> & { seq?: number }, number>;
  outbox!: Table<OutboxRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
