import Dexie, { type Table } from 'dexie';

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
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string | null> }> = [
  {
    version: 1,
    stores: {
      interviews: 'id, status, updatedAt',
      answers: '[interviewId+path], interviewId',
      quarantine: '++id, source, interviewId',
      settings: 'key',
    },
  },
];

export const DB_NAME = 'skills-profile';

export class SkillsProfileDb extends Dexie {
  // Rows are typed loosely on purpose: every read goes through zod in restore.ts.
  interviews!: Table<Record<string, unknown> & { id: string }, string>;
  answers!: Table<StoredAnswer, [string, string]>;
  quarantine!: Table<QuarantineEntry, number>;
  settings!: Table<SettingRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
