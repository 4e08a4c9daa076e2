import { describe, expect, it } from 'vitest';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { createUnlockedStore, unlockAgain } from '../../support/unlockedStore';
import { consent, digest, record } from './helpers';

/** Two tabs (or a tab and the sync worker) on one tablet: two stores on the same database. */
async function twoTabs() {
  const name = `typing-${Date.now()}-${Math.random()}`;
  const { store: first } = await createUnlockedStore(name);
  const second = new InterviewStore(new SkillsProfileDb(name));
  await unlockAgain(second);
  const interview = await first.create({ operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  return { first, second, id: interview.id };
}

describe('InterviewStore writes while typing', () => {
  it('sees consent withdrawn in another tab on the very next write, although it wrote consent itself just before', async () => {
    const { first, second, id } = await twoTabs();
    await first.applyChanges(id, { put: [consent], delete: [] }, digest);
    await second.applyChanges(id, { put: [], delete: ['consent.given'] }, digest);
    await expect(first.applyChanges(id, { put: [record('personal.firstName', { type: 'text', value: 'Amina' })], delete: [] }, digest)).rejects.toMatchObject({
      code: 'errors.consentRequired',
    });
    expect((await first.get(id)).answers.map((a) => a.path)).not.toContain('personal.firstName');
  });

  it('refuses the next keystroke once another tab has finished the interview', async () => {
    const { first, second, id } = await twoTabs();
    await first.applyChanges(id, { put: [consent, record('personal.alias', { type: 'text', value: 'Mina' })], delete: [] }, digest);
    await second.finish(id);
    await expect(first.applyChanges(id, { put: [record('personal.alias', { type: 'text', value: 'Minaa' })], delete: [] }, digest)).rejects.toMatchObject({
      code: 'errors.interviewFinished',
    });
    expect((await second.get(id)).answers.find((a) => a.path === 'personal.alias')?.value).toEqual({ type: 'text', value: 'Mina' });
  });

  it('keeps every keystroke of one tab and every answer of the other when both write in turn', async () => {
    const { first, second, id } = await twoTabs();
    await first.applyChanges(id, { put: [consent], delete: [] }, digest);
    for (const text of ['A', 'Am', 'Ami']) {
      await first.applyChanges(id, { put: [record('personal.firstName', { type: 'text', value: text })], delete: [] }, digest);
      await second.applyChanges(id, { put: [record('personal.lastName', { type: 'text', value: text.toUpperCase() })], delete: [] }, digest);
    }
    const { answers } = await first.get(id);
    expect(answers.find((a) => a.path === 'personal.firstName')?.value).toEqual({ type: 'text', value: 'Ami' });
    expect(answers.find((a) => a.path === 'personal.lastName')?.value).toEqual({ type: 'text', value: 'AMI' });
  });

  it('writes one "changed" audit entry for a burst of keystrokes', async () => {
    const { first, id } = await twoTabs();
    await first.applyChanges(id, { put: [consent], delete: [] }, digest);
    for (const text of ['A', 'Am', 'Ami', 'Amin', 'Amina']) {
      await first.applyChanges(id, { put: [record('personal.firstName', { type: 'text', value: text })], delete: [] }, digest);
    }
    const changed = (await first.auditTrail()).filter((e) => e.interviewId === id && e.action === 'changed');
    expect(changed).toHaveLength(1);
  });
});
