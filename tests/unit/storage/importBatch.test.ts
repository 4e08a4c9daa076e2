import { describe, expect, it } from 'vitest';
import { importBackup, IMPORT_BATCH_SIZE } from '../../../src/storage/backup';
import { profileDocuments } from '../../support/profileDocuments';
import { createUnlockedStore } from '../../support/unlockedStore';

const backupOf = (documents: unknown[]) => ({ format: 'eu-spt-backup', formatVersion: 1, exportedAt: new Date().toISOString(), appVersion: 'test', documents });

describe('restoring a large backup', () => {
  it('adds 450 interviews in a few transactions, every one readable, each audited', async () => {
    const { store } = await createUnlockedStore();
    const docs = profileDocuments(450);
    let writes = 0;
    const transaction = store.db.transaction.bind(store.db) as (...args: unknown[]) => unknown;
    (store.db as unknown as { transaction: (...args: unknown[]) => unknown }).transaction = (...args: unknown[]) => {
      if (args[0] === 'rw') writes += 1;
      return transaction(...args);
    };
    expect(await importBackup(store, backupOf(docs))).toEqual({ added: 450, replaced: 0, kept: 0, problems: [] });
    expect(writes).toBe(Math.ceil(450 / IMPORT_BATCH_SIZE));
    const listed = await store.list();
    expect(listed).toHaveLength(450);
    expect((await store.get(docs[123]!.interview.id)).answers.map((a) => a.path).sort()).toEqual(docs[123]!.answers.map((a) => a.path).sort());
    expect((await store.auditTrail()).filter((e) => e.action === 'imported')).toHaveLength(450);
  });

  it('compares a second copy in the same file with the first, and keeps one already on the device', async () => {
    const { store } = await createUnlockedStore();
    const [onDevice, a, b] = profileDocuments(3);
    await store.importDocument(onDevice);
    const newerA = { ...a!, interview: { ...a!.interview, revision: a!.interview.revision + 1, displayName: 'Newer A' } };
    const broken = { ...b!, interview: { ...b!.interview, status: 'lost' } };
    const summary = await importBackup(store, backupOf([a, onDevice, newerA, broken, b]));
    expect(summary).toMatchObject({ added: 2, replaced: 1, kept: 1 });
    expect(summary.problems).toEqual([expect.objectContaining({ position: 4, code: 'diagnostics:backup.errors.invalidDocument' })]);
    expect((await store.list()).map((i) => i.displayName).sort()).toEqual(['Newer A', 'Person 0', 'Person 2']);
  });

  it('reports an interview the device already holds instead of writing it twice', async () => {
    const { store } = await createUnlockedStore();
    const [doc] = profileDocuments(1);
    await store.importDocument(doc);
    expect(await store.importDocuments([doc, ...profileDocuments(1, 'draft', 5)])).toEqual([{ ok: false, error: expect.objectContaining({ code: 'errors.importExists' }) }, { ok: true }]);
    expect(await store.list()).toHaveLength(2);
  });
});
