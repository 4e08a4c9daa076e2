import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../src/domain/answer';
import { AppError } from '../../../src/domain/errors';
import type { ProfileDocument } from '../../../src/domain/profileDocument';
import { exportBackup, importBackup, incomingIsNewer } from '../../../src/storage/backup';
import type { InterviewStore } from '../../../src/storage/interviewStore';
import { createUnlockedStore } from '../../support/unlockedStore';

function answer(path: string, value: AnswerRecord['value']): AnswerRecord {
  return { path, value, answeredAt: new Date().toISOString(), answeredBy: 'op', language: 'ar' };
}
const consent = answer('consent.given', { type: 'choice', value: 'yes' });
const text = (path: string, value: string) => answer(path, { type: 'text', value });

async function device() {
  const { store, operator } = await createUnlockedStore();
  return { store, operatorId: operator.id };
}

async function interview(d: { store: InterviewStore; operatorId: string }, alias: string, finish = false) {
  const created = await d.store.create({ operatorId: d.operatorId, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await d.store.applyChanges(created.id, { put: [consent, text('personal.alias', alias)], delete: [] }, { progress: { answered: 2, total: 10 }, displayName: alias });
  if (finish) await d.store.finish(created.id);
  return created.id;
}

/** What a person would compare: the interview and its answers, not the moment of export. */
async function contents(store: InterviewStore) {
  const docs = await Promise.all((await store.list()).map((i) => store.exportDocument(i.id)));
  return docs.map(({ interview, answers }) => ({ interview, answers: [...answers].sort((a, b) => a.path.localeCompare(b.path)) })).sort((a, b) => a.interview.id.localeCompare(b.interview.id));
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the merge rule', () => {
  it('prefers the higher revision, then the later change, and keeps the device copy on a tie', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
    expect(incomingIsNewer({ revision: 1, updatedAt: at(9) }, { revision: 2, updatedAt: at(1) })).toBe(true);
    expect(incomingIsNewer({ revision: 2, updatedAt: at(1) }, { revision: 1, updatedAt: at(9) })).toBe(false);
    expect(incomingIsNewer({ revision: 1, updatedAt: at(1) }, { revision: 1, updatedAt: at(2) })).toBe(true);
    expect(incomingIsNewer({ revision: 1, updatedAt: at(2) }, { revision: 1, updatedAt: at(1) })).toBe(false);
    expect(incomingIsNewer({ revision: 1, updatedAt: at(2) }, { revision: 1, updatedAt: at(2) })).toBe(false);
  });
});

describe('backup to a file and restore on another device', () => {
  it('restores every interview with all its answers on an empty device', async () => {
    const a = await device();
    await interview(a, 'Mina');
    await interview(a, 'Yonas', true);
    const file = JSON.parse(JSON.stringify(await exportBackup(a.store, 'test'))) as unknown;
    const b = await device();
    expect(await importBackup(b.store, file)).toEqual({ added: 2, replaced: 0, kept: 0, problems: [] });
    expect(await contents(b.store)).toEqual(await contents(a.store));
    const statuses = (await b.store.list()).map((i) => i.status).sort();
    expect(statuses).toEqual(['draft', 'finished']);
  });

  it('never overwrites a newer revision on the device, and replaces an older one', async () => {
    const a = await device();
    const id = await interview(a, 'Mina');
    const b = await device();
    await importBackup(b.store, await exportBackup(a.store, 'test'));
    // Device B goes on and finishes (revision 1); A's backup still holds revision 0 with a different alias.
    await b.store.applyChanges(id, { put: [text('personal.alias', 'Mina on B')], delete: [] }, { progress: { answered: 2, total: 10 }, displayName: 'Mina on B' });
    await b.store.finish(id);
    await tick();
    await a.store.applyChanges(id, { put: [text('personal.alias', 'Mina on A, later')], delete: [] }, { progress: { answered: 2, total: 10 }, displayName: 'x' });
    const summary = await importBackup(b.store, await exportBackup(a.store, 'test'));
    expect(summary).toMatchObject({ added: 0, replaced: 0, kept: 1 });
    const kept = await b.store.get(id);
    expect(kept.interview).toMatchObject({ revision: 1, status: 'finished' });
    expect(kept.answers.find((x) => x.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Mina on B' });

    // The other way round, B's newer revision replaces A's copy, answers included.
    await a.store.applyChanges(id, { put: [text('personal.firstName', 'Only on A')], delete: [] }, { progress: { answered: 3, total: 10 }, displayName: 'x' });
    expect(await importBackup(a.store, await exportBackup(b.store, 'test'))).toMatchObject({ replaced: 1, kept: 0 });
    expect(await contents(a.store)).toEqual(await contents(b.store));
  });

  it('for the same revision keeps the copy changed last', async () => {
    const a = await device();
    const id = await interview(a, 'Mina');
    const b = await device();
    await importBackup(b.store, await exportBackup(a.store, 'test'));
    await tick();
    await b.store.applyChanges(id, { put: [text('personal.alias', 'Changed later on B')], delete: [] }, { progress: { answered: 2, total: 10 }, displayName: 'B' });
    expect(await importBackup(a.store, await exportBackup(b.store, 'test'))).toMatchObject({ replaced: 1 });
    expect((await a.store.get(id)).answers.find((x) => x.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Changed later on B' });
    // Importing A's older copy back into B changes nothing.
    const before = await contents(b.store);
    const stale = (await exportBackup(a.store, 'test')).documents as ProfileDocument[];
    stale[0]!.interview.updatedAt = new Date(Date.parse(stale[0]!.interview.updatedAt) - 60_000).toISOString();
    expect(await importBackup(b.store, { ...(await exportBackup(a.store, 'test')), documents: stale })).toMatchObject({ kept: 1, replaced: 0 });
    expect(await contents(b.store)).toEqual(before);
  });

  it('restores the good interviews of a partly damaged file and names the damaged ones', async () => {
    const a = await device();
    await interview(a, 'Mina');
    const backup = await exportBackup(a.store, 'test');
    const damaged = { ...(backup.documents[0] as ProfileDocument), interview: { ...(backup.documents[0] as ProfileDocument).interview, id: 'not-a-uuid', revision: -1 } };
    const b = await device();
    const summary = await importBackup(b.store, { ...backup, documents: [damaged, ...backup.documents] });
    expect(summary.added).toBe(1);
    expect(summary.problems).toEqual([expect.objectContaining({ position: 1, id: 'not-a-uuid', code: 'diagnostics:backup.errors.invalidDocument' })]);
  });

  it('writes nothing for a file that is not a backup', async () => {
    const b = await device();
    await expect(importBackup(b.store, { format: 'eu-spt-interview', documents: [] })).rejects.toBeInstanceOf(AppError);
    await expect(importBackup(b.store, { format: 'eu-spt-interview', documents: [] })).rejects.toMatchObject({ code: 'diagnostics:backup.errors.invalidFile' });
    expect(await b.store.list()).toEqual([]);
  });

  it('tells a backup from a newer app to update the app, and writes nothing', async () => {
    const a = await device();
    await interview(a, 'Mina');
    const backup = await exportBackup(a.store, 'test');
    const b = await device();
    await expect(importBackup(b.store, { ...backup, formatVersion: 2 })).rejects.toMatchObject({ code: 'errors.importNewerFormat', params: { version: 2 } });
    expect(await b.store.list()).toEqual([]);
  });
});
