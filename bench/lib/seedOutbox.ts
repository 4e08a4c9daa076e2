import type { Page } from 'playwright-core';
import type { OutboxRow } from '../../src/storage/outboxRows';
import { DB_NAME } from '../../src/storage/schema';

/**
 * Gives every stored interview its synced revision in the outbox, as a tablet that has sent them
 * keeps them until retention removes them. Written straight into IndexedDB: the backup import that
 * seeds the list does not queue anything, and syncing thousands through the UI would take minutes.
 * The sealed document is a stand-in of `documentBytes` (a full profile seals to 30–55 KB); nothing
 * on the list's path opens a synced row's document.
 */
export async function seedSyncedOutbox(page: Page, documentBytes: number): Promise<number> {
  return page.evaluate(async ({ size, dbName }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ id: string; ownerId: string; keyId: string }[]>((resolve, reject) => {
      const all = db.transaction('interviews').objectStore('interviews').getAll();
      all.onsuccess = () => resolve(all.result as { id: string; ownerId: string; keyId: string }[]);
      all.onerror = () => reject(all.error);
    });
    const ct = 'A'.repeat(size);
    const receivedAt = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('outbox', 'readwrite');
      const outbox = tx.objectStore('outbox');
      rows.forEach((row, i) =>
        outbox.put({
          interviewId: row.id,
          revision: 1,
          ownerId: row.ownerId,
          keyId: row.keyId,
          state: 'synced',
          queuedAt: 1_000 + i,
          profile: { v: 1, iv: 'AAAAAAAAAAAAAAAA', ct },
          receipts: [{ id: row.id, revision: 1, contentHash: 'a'.repeat(64), receivedAt }],
        } satisfies OutboxRow),
      );
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return rows.length;
  }, { size: documentBytes, dbName: DB_NAME });
}
