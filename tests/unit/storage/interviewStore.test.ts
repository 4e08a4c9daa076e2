import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { unlockAgain } from '../../support/unlockedStore';
import { consent, digest, freshStore, record } from './helpers';

const newInterview = { operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' };

describe('InterviewStore', () => {
  it('persists answers and resumes them from a new store instance on the same database', async () => {
    const store = await freshStore();
    const interview = await store.create(newInterview);
    await store.applyChanges(interview.id, { put: [consent, record('personal.firstName', { type: 'text', value: 'أمينة' })], delete: [] }, { ...digest, displayName: 'أمينة' });

    store.db.close();
    const reopened = new InterviewStore(new SkillsProfileDb(store.db.name));
    await unlockAgain(reopened);
    const loaded = await reopened.get(interview.id);
    expect(loaded.answers.find((a) => a.path === 'personal.firstName')?.value).toEqual({ type: 'text', value: 'أمينة' });
    expect(loaded.interview.displayName).toBe('أمينة');
    expect((await reopened.list()).map((i) => i.id)).toEqual([interview.id]);
  });

  it('refuses personal answers before consent and stores nothing of the batch', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    await expect(store.applyChanges(id, { put: [record('personal.firstName', { type: 'text', value: 'X' })], delete: [] }, digest)).rejects.toMatchObject({ code: 'errors.consentRequired' });
    await store.applyChanges(id, { put: [record('consent.given', { type: 'choice', value: 'no' }), record('consent.mediator', { type: 'text', value: 'M' })], delete: [] }, digest);
    await expect(store.applyChanges(id, { put: [record('personal.alias', { type: 'text', value: 'X' })], delete: [] }, digest)).rejects.toBeInstanceOf(AppError);
    expect((await store.get(id)).answers.map((a) => a.path).sort()).toEqual(['consent.given', 'consent.mediator']);
  });

  it('lists newest change first, with status and progress', async () => {
    const store = await freshStore();
    const a = await store.create(newInterview);
    await new Promise((r) => setTimeout(r, 5));
    const b = await store.create(newInterview);
    await new Promise((r) => setTimeout(r, 5));
    await store.applyChanges(a.id, { put: [consent], delete: [] }, { progress: { answered: 3, total: 60 }, displayName: undefined });
    const list = await store.list();
    expect(list.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ status: 'draft', progress: { answered: 3, total: 60 } });
  });

  it('finishes with a new revision, refuses edits while finished, and reopens', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    await store.applyChanges(id, { put: [consent], delete: [] }, digest);
    expect((await store.finish(id)).revision).toBe(1);
    await expect(store.applyChanges(id, { put: [consent], delete: [] }, digest)).rejects.toMatchObject({ code: 'errors.interviewFinished' });
    expect((await store.reopen(id)).status).toBe('draft');
    expect((await store.finish(id)).revision).toBe(2);
  });

  it('deletes an interview with all of its answers', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    await store.applyChanges(id, { put: [consent], delete: [] }, digest);
    await store.delete(id);
    expect(await store.list()).toEqual([]);
    expect(await store.db.answers.count()).toBe(0);
  });

  it('sets a corrupt interview aside with the reason instead of dropping it', async () => {
    const store = await freshStore();
    const good = await store.create(newInterview);
    await store.db.interviews.put({ id: 'broken-1', status: 'draft', updatedAt: '2026-01-01T00:00:00Z' });
    const list = await store.list();
    expect(list.map((i) => i.id)).toEqual([good.id]);
    const quarantine = await store.listQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ source: 'interviews', recordKey: 'broken-1', raw: { id: 'broken-1' } });
    expect(quarantine[0]!.error).toMatch(/schemaVersion|createdAt/);
  });

  it('sets a corrupt answer aside and still opens the interview with the others', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    await store.applyChanges(id, { put: [consent, record('personal.alias', { type: 'text', value: 'Mina' })], delete: [] }, digest);
    await store.db.answers.put({ interviewId: id, path: 'personal.sex', value: { type: 'choice', value: 42 } });
    const { answers } = await store.get(id);
    expect(answers.map((a) => a.path).sort()).toEqual(['consent.given', 'personal.alias']);
    expect(await store.listQuarantine()).toEqual([expect.objectContaining({ source: 'answers', recordKey: `${id}/personal.sex` })]);
  });

  it('exports and imports an interview through the same schema', async () => {
    const source = await freshStore();
    const { id } = await source.create(newInterview);
    await source.applyChanges(id, { put: [consent, record('personal.alias', { type: 'text', value: 'Mina' })], delete: [] }, { ...digest, displayName: 'Mina' });
    const doc = await source.exportDocument(id);
    const target = await freshStore();
    await target.importDocument(JSON.parse(JSON.stringify(doc)));
    expect((await target.get(id)).answers).toHaveLength(2);
    await expect(target.importDocument(doc)).rejects.toMatchObject({ code: 'errors.importExists' });
  });

  it('rejects a bad import with the field paths and writes nothing', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    const doc = await store.exportDocument(id);
    const bad = { ...doc, interview: { ...doc.interview, id: crypto.randomUUID() }, answers: [{ ...consent, value: { type: 'choice' } }] };
    await expect(store.importDocument(bad)).rejects.toMatchObject({ code: 'errors.importInvalid', params: { details: expect.stringContaining('answers.0.value') } });
    const unknown = { ...doc, interview: { ...doc.interview, id: crypto.randomUUID() }, answers: [record('personal.shoeSize', { type: 'text', value: '42' })] };
    await expect(store.importDocument(unknown)).rejects.toMatchObject({ code: 'errors.importUnknownQuestions' });
    expect(await store.list()).toHaveLength(1);
    expect(await store.db.answers.count()).toBe(0);
  });

  it('tells a file from a newer app (a higher format version) to update the app, and writes nothing', async () => {
    const store = await freshStore();
    const { id } = await store.create(newInterview);
    const doc = await store.exportDocument(id);
    const newer = { ...doc, formatVersion: 2, interview: { ...doc.interview, id: crypto.randomUUID(), someNewField: true } };
    await expect(store.importDocument(newer)).rejects.toMatchObject({ code: 'errors.importNewerFormat', params: { version: 2 } });
    await expect(store.replaceDocument({ ...doc, formatVersion: 3 })).rejects.toMatchObject({ code: 'errors.importNewerFormat', params: { version: 3 } });
    // Not a newer file, just a wrong one: still the list of problems.
    await expect(store.importDocument({ ...newer, formatVersion: 0 })).rejects.toMatchObject({ code: 'errors.importInvalid' });
    expect(await store.list()).toHaveLength(1);
  });
});
