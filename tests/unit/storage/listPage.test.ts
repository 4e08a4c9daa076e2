import { describe, expect, it, vi } from 'vitest';
import { LIST_FIRST_PAGE_SIZE, type InterviewStore } from '../../../src/storage/interviewStore';
import { personNames as person, profileDocuments as documents } from '../../support/profileDocuments';
import { createUnlockedStore } from '../../support/unlockedStore';
import { consent, digest, record } from './helpers';

async function seeded(count: number) {
  const setup = await createUnlockedStore();
  for (const doc of documents(count)) await setup.store.importDocument(doc);
  return setup;
}

const names = (page: { interviews: { displayName?: string }[] }) => page.interviews.map((i) => i.displayName);

async function corrupt(store: InterviewStore, id: string) {
  const row = await store.db.interviews.get(id);
  const sealed = row!.sealed as { ct: string };
  const flipped = (sealed.ct[5] === 'A' ? 'B' : 'A') + sealed.ct.slice(6);
  await store.db.interviews.put({ ...row!, sealed: { ...sealed, ct: sealed.ct.slice(0, 5) + flipped } });
}

describe('InterviewStore.listPage', () => {
  it('shows the newest 50 of 120 first, and "more" gives the other 70 in order, once each', async () => {
    const { store } = await seeded(120);
    const first = await store.listPage(50);
    expect(names(first)).toEqual(person(119, 70));
    expect(first.total).toBe(120);
    expect(first.byStatus).toEqual({ draft: 0, finished: 120 });
    expect(first.next).toBeDefined();
    const second = await store.listPage(50, first.next);
    expect(names(second)).toEqual(person(69, 20));
    const third = await store.listPage(50, second.next);
    expect(names(third)).toEqual(person(19, 0));
    expect(third.next).toBeUndefined();
    // The full list (backup, sync, CSV) still has every interview, in the same order.
    expect((await store.list()).map((i) => i.displayName)).toEqual(person(119, 0));
  });

  it('offers no "more" after a last page that is exactly full', async () => {
    const { store } = await seeded(40);
    const first = await store.listPage(20);
    expect(first.next).toBeDefined();
    const second = await store.listPage(20, first.next);
    expect(names(second)).toEqual(person(19, 0));
    expect(second.next).toBeUndefined();
  });

  it('moves a row that fails to open to quarantine with the reason, and the page still fills', async () => {
    const { store } = await seeded(120);
    const all = await store.list();
    const victim = all[10]!;
    await corrupt(store, victim.id);
    const first = await store.listPage(50);
    expect(first.interviews).toHaveLength(50);
    expect(names(first)).toEqual(person(119, 69).filter((n) => n !== victim.displayName));
    expect(first.total).toBe(119);
    expect(first.byStatus.finished).toBe(119);
    const quarantined = await store.listQuarantine();
    expect(quarantined).toEqual([expect.objectContaining({ source: 'interviews', recordKey: victim.id, error: expect.any(String) })]);
    // Kept aside, never dropped: the raw row is in quarantine, no longer among the interviews.
    expect(quarantined[0]!.raw).toMatchObject({ id: victim.id });
    expect(await store.db.interviews.get(victim.id)).toBeUndefined();
    const rest = await store.listPage(100, first.next);
    expect(names(rest)).toEqual(person(68, 0));
  });

  it('continues after the last row shown even when that row was deleted in between', async () => {
    const { store } = await seeded(60);
    const first = await store.listPage(20);
    await store.delete(first.interviews.at(-1)!.id);
    const second = await store.listPage(20, first.next);
    expect(names(second)).toEqual(person(39, 20));
    expect(second.total).toBe(59);
  });

  it('keeps the same order as the full list when many rows share one updatedAt', async () => {
    const { store } = await createUnlockedStore();
    const same = documents(30).map((d) => ({ ...d, interview: { ...d.interview, updatedAt: '2026-02-01T10:00:00.000Z' } }));
    for (const doc of same) await store.importDocument(doc);
    const pages: string[] = [];
    let page = await store.listPage(7);
    pages.push(...page.interviews.map((i) => i.id));
    while (page.next) {
      page = await store.listPage(7, page.next);
      pages.push(...page.interviews.map((i) => i.id));
    }
    expect(pages).toEqual((await store.list()).map((i) => i.id));
  });

  it('counts drafts and finished interviews from clear fields, and shows nothing of a colleague who does not share', async () => {
    const { store, vault } = await createUnlockedStore();
    for (const doc of [...documents(3, 'draft'), ...documents(2)]) await store.importDocument(doc);
    const other = await vault.create({ name: 'Bruno', organisation: 'Test Centre', passphrase: 'bruno passphrase 1', pin: '1357' });
    await store.unlock(other.keyring);
    for (const doc of documents(4)) await store.importDocument(doc);
    expect(await store.listPage(50)).toMatchObject({ total: 4, byStatus: { draft: 0, finished: 4 } });
    const anna = (await vault.list()).find((o) => o.name !== 'Bruno')!;
    await store.unlock((await vault.unlockWithPin(anna.id, '2468')).keyring);
    const page = await store.listPage(50);
    expect(page).toMatchObject({ total: 5, byStatus: { draft: 3, finished: 2 } });
    expect(page.interviews).toHaveLength(5);
    expect(await store.listQuarantine()).toEqual([]);
  });

  it('shows nothing of a colleague even when a row of the operator\'s has lost its place in the list (the counts alone would balance)', async () => {
    const { store, vault } = await createUnlockedStore();
    for (const doc of documents(3)) await store.importDocument(doc);
    const other = await vault.create({ name: 'Bruno', organisation: 'Test Centre', passphrase: 'bruno passphrase 1', pin: '1357' });
    await store.unlock(other.keyring);
    await store.importDocument(documents(1, 'draft', 3)[0]!);
    const anna = (await vault.list()).find((o) => o.name !== 'Bruno')!;
    // One of Anna's rows without its updatedAt: three of hers, three in the list, one of them Bruno's.
    const [lost] = await store.db.interviews.where('ownerId').equals(anna.id).primaryKeys();
    await store.db.interviews.where('id').equals(lost!).modify((row) => {
      delete (row as { updatedAt?: string }).updatedAt;
    });
    await store.unlock((await vault.unlockWithPin(anna.id, '2468')).keyring);
    const page = await store.listPage(50);
    expect(names(page)).toHaveLength(2);
    expect(names(page)).not.toContain(person(3, 3)[0]); // Bruno's
    expect(await store.listQuarantine()).toEqual([]);
  });

  it('pages a tablet shared with a colleague in the same order as the full list, showing only what the operator may see', async () => {
    const { store, vault } = await createUnlockedStore();
    const mine = documents(12).map((d, i) => ({ ...d, interview: { ...d.interview, updatedAt: i % 3 ? d.interview.updatedAt : '2026-02-01T10:00:00.000Z' } }));
    for (const doc of mine) await store.importDocument(doc);
    const other = await vault.create({ name: 'Bruno', organisation: 'Test Centre', passphrase: 'bruno passphrase 1', pin: '1357' });
    await store.unlock(other.keyring);
    for (const doc of documents(9)) await store.importDocument(doc);
    const anna = (await vault.list()).find((o) => o.name !== 'Bruno')!;
    await store.unlock((await vault.unlockWithPin(anna.id, '2468')).keyring);
    const ids: string[] = [];
    let page = await store.listPage(5);
    expect(page).toMatchObject({ total: 12, byStatus: { draft: 0, finished: 12 } });
    ids.push(...page.interviews.map((i) => i.id));
    while (page.next) {
      page = await store.listPage(5, page.next);
      ids.push(...page.interviews.map((i) => i.id));
    }
    expect(ids).toEqual((await store.list()).map((i) => i.id));
    expect(ids).toHaveLength(12);
  });

  it('opens only the rows of the page', async () => {
    const { store } = await seeded(120);
    let opened = 0;
    const openRow = (store as unknown as { openInterviewRow: (raw: unknown) => Promise<unknown> }).openInterviewRow.bind(store);
    (store as unknown as { openInterviewRow: (raw: unknown) => Promise<unknown> }).openInterviewRow = (raw) => {
      opened += 1;
      return openRow(raw);
    };
    await store.listPage(50);
    expect(opened).toBe(50);
  });

  it('never shows a row left in clear: with or without an owner, it goes to quarantine', async () => {
    const { store, operator } = await seeded(3);
    const [plain, ownerless] = (await store.list()).slice(0, 2);
    await store.db.interviews.put({ ...plain!, ownerId: operator.id });
    const strayId = crypto.randomUUID();
    await store.db.interviews.put({ ...ownerless!, id: strayId });
    await store.db.interviews.delete(ownerless!.id);
    const page = await store.listPage(50);
    expect(names(page)).toEqual(['Person 0']);
    expect(page.total).toBe(1);
    const quarantined = await store.listQuarantine();
    expect(quarantined.map((q) => q.recordKey).sort()).toEqual([plain!.id, strayId].sort());
  });

  it('asked while an answer is being stored, shows the interview as that write leaves it', async () => {
    const { store } = await createUnlockedStore();
    const { id } = await store.create({ operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    await store.applyChanges(id, { put: [consent], delete: [] }, digest);
    // As when an interview screen closes straight after a keystroke and the list opens.
    const writing = store.applyChanges(id, { put: [record('personal.firstName', { type: 'text', value: 'Amina' })], delete: [] }, { progress: { answered: 2, total: 10 }, displayName: 'Amina' });
    const [page, full] = await Promise.all([store.listPage(20), store.list()]);
    await writing;
    expect(page.interviews.map((i) => [i.displayName, i.progress.answered])).toEqual([['Amina', 2]]);
    expect(full.map((i) => i.displayName)).toEqual(['Amina']);
  });

  it('reads the counts once while the PIN is typed, and they serve the list after unlock unless the interviews changed', async () => {
    const { store, operator } = await seeded(30);
    const countSpies = [vi.spyOn(IDBObjectStore.prototype, 'count'), vi.spyOn(IDBIndex.prototype, 'count')];
    const counted = () => countSpies.reduce((n, spy) => n + spy.mock.calls.length, 0);
    try {
      store.lock();
      // Every digit typed asks again; the read started at the first one is kept.
      for (let digit = 0; digit < 4; digit++) store.prepareList(operator.id);
      await vi.waitFor(() => expect(counted()).toBe(4)); // the operator's, the table's, and one per status
      await store.unlock(operator.keyring);
      const page = await store.listPage(LIST_FIRST_PAGE_SIZE);
      expect(page.total).toBe(30);
      expect(names(page)).toEqual(person(29, 10));
      expect(counted()).toBe(4);

      // Locked again, PIN typed, and meanwhile an interview goes (another tab): the list does not show it.
      store.lock();
      store.prepareList(operator.id);
      await vi.waitFor(() => expect(counted()).toBe(8));
      await store.db.interviews.delete(page.interviews[0]!.id);
      store.prepareList(operator.id); // the next digit: the stale read is not kept
      await store.unlock(operator.keyring);
      const after = await store.listPage(LIST_FIRST_PAGE_SIZE);
      expect(after.total).toBe(29);
      expect(names(after)).toEqual(person(28, 9));
    } finally {
      countSpies.forEach((spy) => spy.mockRestore());
    }
  });

  it('needs the key', async () => {
    const { store } = await seeded(1);
    store.lock();
    await expect(store.listPage(50)).rejects.toMatchObject({ code: 'security:errors.locked' });
  });
});
