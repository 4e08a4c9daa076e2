import { afterEach, describe, expect, it, vi } from 'vitest';
import { InterviewSession, SAVE_DELAY_MS } from '../../../src/app/session/interviewSession';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';
import { freshStore } from '../storage/helpers';

const opened: InterviewSession[] = [];

async function openSession() {
  const store = await freshStore();
  const interview = await store.create({ operatorId: 'op-1', operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  const session = new InterviewSession(store, interview, [], 'op-1', DEFAULT_CONFIG);
  opened.push(session);
  return { store, session, id: interview.id };
}

// A test that ends with a change still scheduled must not leave its save timer to fire after jsdom
// has been torn down (it then calls a cancelAnimationFrame that no longer exists).
afterEach(() => {
  for (const session of opened.splice(0)) session.dispose();
});

const waitFor = (cond: () => Promise<boolean>) => vi.waitFor(async () => expect(await cond()).toBe(true), { timeout: 2_000, interval: 20 });

describe('InterviewSession autosave', () => {
  it('stores answers shortly after the change without any explicit save', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer('personal.alias', { type: 'text', value: 'سلام' });
    expect(session.getSnapshot().save.kind).toBe('pending');
    // The write is scheduled SAVE_DELAY_MS after the last change (the bound is 300 ms).
    expect(SAVE_DELAY_MS).toBeLessThanOrEqual(300);
    await waitFor(async () => (await store.get(id)).answers.length === 2);
    expect(session.getSnapshot().save.kind).toBe('saved');
    const stored = (await store.get(id)).answers.find((a) => a.path === 'personal.alias')!;
    expect(stored).toMatchObject({ language: 'ar', answeredBy: 'op-1' });
  });

  it('stores each keystroke while the operator keeps typing, not only when the typing stops', async () => {
    const { store, session } = await openSession();
    const written: string[] = [];
    // The store answers at once here: what is tested is when the session hands answers over.
    store.applyChanges = async (_id, changes) => {
      for (const r of changes.put) if (r.value.type === 'text') written.push(r.value.value);
      return session.getSnapshot().interview;
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // A quick typist on a tablet: a key every 150 ms, never pausing, never leaving the field.
      for (const text of ['A', 'Am', 'Ami', 'Amin']) {
        session.setAnswer('personal.firstName', { type: 'text', value: text });
        await vi.advanceTimersByTimeAsync(150);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(written).toEqual(['A', 'Am', 'Ami', 'Amin']);
  });

  it('records progress and the display name with the answers', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer('personal.firstName', { type: 'text', value: 'Amina' });
    await session.flush();
    const [listed] = await store.list();
    expect(listed).toMatchObject({ id, displayName: 'Amina', progress: { answered: 2 } });
  });

  it('keeps answers in memory and shows the error when the write is refused, then saves them once it can', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('personal.alias', { type: 'text', value: 'Mina' });
    await expect(session.flush()).rejects.toMatchObject({ code: 'errors.consentRequired' });
    expect(session.getSnapshot().save).toMatchObject({ kind: 'error' });
    expect(session.getSnapshot().values.get('personal.alias')).toEqual({ type: 'text', value: 'Mina' });
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    await session.flush();
    expect((await store.get(id)).answers.map((a) => a.path).sort()).toEqual(['consent.given', 'personal.alias']);
  });

  it('retries a failed write (e.g. a closed database) without losing the answer', async () => {
    const { store, session, id } = await openSession();
    const original = store.applyChanges.bind(store);
    let failures = 1;
    store.applyChanges = (...args) => (failures-- > 0 ? Promise.reject(new Error('DatabaseClosedError')) : original(...args));
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    await expect(session.flush()).rejects.toMatchObject({ code: 'errors.saveFailed' });
    await session.flush();
    expect((await store.get(id)).answers).toHaveLength(1);
  });

  it('removes an item of a repeatable group with all its answers', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer('work.experience', { type: 'repeat', value: ['job1aaaa', 'job2bbbb'] });
    session.setAnswer('work.experience@job1aaaa.country', { type: 'choice', value: 'SD' });
    session.setAnswer('work.experience@job2bbbb.country', { type: 'choice', value: 'LY' });
    await session.flush();
    session.removeItem('work.experience', 'job1aaaa');
    await session.flush();
    const paths = (await store.get(id)).answers.map((a) => a.path).sort();
    expect(paths).toEqual(['consent.given', 'work.experience', 'work.experience@job2bbbb.country']);
  });

  it('keeps the language an answer was given in, and its Italian translation', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer('otherSkills.hobbies', { type: 'text', value: 'كرة القدم' });
    session.setTranslation('otherSkills.hobbies', 'calcio');
    await session.flush();
    const hobbies = (await store.get(id)).answers.find((a) => a.path === 'otherSkills.hobbies');
    expect(hobbies).toMatchObject({ language: 'ar', translation: { language: 'it', text: 'calcio' } });
  });
});

describe('InterviewSession language switch', () => {
  it('shows the new interviewee language at once, tags later answers with it, and stores it after the pending answers', async () => {
    const { store, session, id } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    let release!: () => void;
    const realUpdate = store.updateMeta.bind(store);
    store.updateMeta = async (...args) => {
      await new Promise<void>((resolve) => (release = resolve));
      return realUpdate(...args);
    };
    const stored = session.updateMeta({ intervieweeLanguage: 'ti' });
    // On screen before IndexedDB confirmed: the mediator does not wait for the write.
    expect(session.getSnapshot().interview.intervieweeLanguage).toBe('ti');
    session.setAnswer('personal.alias', { type: 'text', value: 'ሰላም' });
    await vi.waitFor(() => expect(release).toBeTypeOf('function'), { timeout: 5_000 });
    // The answers pending before the switch were written first.
    expect((await store.get(id)).answers.map((a) => a.path)).toContain('consent.given');
    release();
    await stored;
    await session.flush();
    const { interview, answers } = await store.get(id);
    expect(interview.intervieweeLanguage).toBe('ti');
    expect(answers.find((a) => a.path === 'personal.alias')?.language).toBe('ti');
    expect(session.getSnapshot().interview.intervieweeLanguage).toBe('ti');
  });

  it('keeps the latest of two quick switches on screen and in storage, even when the first write is slow', async () => {
    const { store, session, id } = await openSession();
    const realUpdate = store.updateMeta.bind(store);
    let calls = 0;
    store.updateMeta = async (...args) => {
      // The first write is held back: the second must still land after it, not before.
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      return realUpdate(...args);
    };
    const first = session.updateMeta({ intervieweeLanguage: 'ps' });
    const second = session.updateMeta({ intervieweeLanguage: 'uk' });
    await first;
    expect(session.getSnapshot().interview.intervieweeLanguage).toBe('uk');
    await second;
    expect((await store.get(id)).interview.intervieweeLanguage).toBe('uk');
  });

  it('shows the error in the save status when the store refuses the change', async () => {
    const { store, session } = await openSession();
    store.updateMeta = () => Promise.reject(new Error('disk full'));
    await expect(session.updateMeta({ intervieweeLanguage: 'fa' })).rejects.toMatchObject({ code: 'errors.saveFailed' });
    expect(session.getSnapshot().save.kind).toBe('error');
  });

  it('hands the same answer maps to the screen when only the save status changed', async () => {
    const { session } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    const typed = session.getSnapshot();
    await session.flush();
    const saved = session.getSnapshot();
    expect(saved.save.kind).toBe('saved');
    // Same maps: memoised question cards and progress are not recomputed for a status change.
    expect(saved.answers).toBe(typed.answers);
    expect(saved.values).toBe(typed.values);
  });
});

describe('InterviewSession view for the screen', () => {
  it('keeps the screen view while text is typed into an answered field, and hands the card the new text', async () => {
    const { session } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer('personal.receptionCentre', { type: 'text', value: 'C' });
    await session.flush();
    const view = session.getView();
    session.setAnswer('personal.receptionCentre', { type: 'text', value: 'CA' });
    session.setTranslation('personal.receptionCentre', 'CAS');
    // Nothing the screen lays out changed: it is not redrawn for the keystroke...
    expect(session.getView()).toBe(view);
    // ...while the card reads the current answer, with its translation.
    expect(session.getAnswer('personal.receptionCentre')).toMatchObject({ value: { value: 'CA' }, translation: { text: 'CAS' } });
    await session.flush();
    expect(session.getView()).toBe(view);
    // A name is in the title: typing it gives the screen the stored display name once written.
    session.setAnswer('personal.alias', { type: 'text', value: 'Abu' });
    await session.flush();
    const named = session.getView();
    session.setAnswer('personal.alias', { type: 'text', value: 'Abu Bakr' });
    await session.flush();
    expect(session.getView().interview.displayName).toBe('Abu Bakr');
    expect(session.getView()).not.toBe(named);
  });

  it('hands a question card the same answer while words are typed into an answered free text, and a new one when the card would look different', async () => {
    const { session } = await openSession();
    const path = 'personal.alias';
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    session.setAnswer(path, { type: 'text', value: 'س' });
    // The first letter gives the card a translation field: it is redrawn once the letter is painted,
    // while the answer itself is there at once.
    expect(session.getCardAnswer(path)).toBeUndefined();
    expect(session.getAnswer(path)).toMatchObject({ value: { value: 'س' } });
    await vi.waitFor(() => expect(session.getCardAnswer(path)).toMatchObject({ value: { value: 'س' }, language: 'ar' }));
    const first = session.getCardAnswer(path);
    // Keys inside the answer: the card keeps its answer (and is not redrawn); the field reads the words.
    session.setAnswer(path, { type: 'text', value: 'سل' });
    session.setAnswer(path, { type: 'text', value: 'سلام' });
    expect(session.getCardAnswer(path)).toBe(first);
    expect(session.getAnswer(path)).toMatchObject({ value: { value: 'سلام' } });
    // A translation shows in the card: a new answer, with the words as they are now.
    session.setTranslation(path, 'ciao');
    const translated = session.getCardAnswer(path);
    expect(translated).not.toBe(first);
    expect(translated).toMatchObject({ value: { value: 'سلام' }, translation: { text: 'ciao' } });
    session.setAnswer(path, { type: 'text', value: 'سلام عليكم' });
    expect(session.getCardAnswer(path)).toBe(translated);
    expect(session.getAnswer(path)).toMatchObject({ translation: { text: 'ciao' } });
    // Another language gives the field another direction and font.
    await session.updateMeta({ intervieweeLanguage: 'ti' });
    session.setAnswer(path, { type: 'text', value: 'ሰላም' });
    await vi.waitFor(() => expect(session.getCardAnswer(path)).toMatchObject({ value: { value: 'ሰላም' }, language: 'ti' }));
    // Emptied: no answer, so no translation field either.
    session.setAnswer(path, undefined);
    expect(session.getAnswer(path)).toBeUndefined();
    await vi.waitFor(() => expect(session.getCardAnswer(path)).toBeUndefined());
    // Any other kind of answer is new for its card at every change.
    session.setAnswer('personal.hasPermit', { type: 'choice', value: 'yes' });
    const choice = session.getCardAnswer('personal.hasPermit');
    session.setAnswer('personal.hasPermit', { type: 'choice', value: 'yes' });
    expect(session.getCardAnswer('personal.hasPermit')).not.toBe(choice);
  });

  it('gives the screen a new view when a question becomes answered or unanswered, a choice changes, or the language of an answer does', async () => {
    const { session } = await openSession();
    session.setAnswer('consent.given', { type: 'choice', value: 'yes' });
    const answered = (before: ReturnType<typeof session.getView>) => expect(session.getView()).not.toBe(before);
    // A key typed into free text: the screen is redrawn once the letter is painted (showOutlineAfterPaint).
    const typedThenAnswered = async (before: ReturnType<typeof session.getView>) => {
      expect(session.getView()).toBe(before);
      await vi.waitFor(() => answered(before));
    };

    let view = session.getView();
    session.setAnswer('personal.firstName', { type: 'text', value: 'A' });
    await typedThenAnswered(view);
    expect(session.getView().values.get('personal.firstName')).toEqual({ type: 'text', value: 'A' });

    view = session.getView();
    session.setAnswer('personal.firstName', { type: 'text', value: '  ' });
    await typedThenAnswered(view);

    // A choice is redrawn at once: nothing was drawn by the browser before.
    view = session.getView();
    session.setAnswer('personal.hasPermit', { type: 'choice', value: 'yes' });
    answered(view);

    view = session.getView();
    session.setAnswer('personal.hasPermit', { type: 'choice', value: 'no' });
    answered(view);

    session.setAnswer('personal.alias', { type: 'text', value: 'سلام' });
    await session.updateMeta({ intervieweeLanguage: 'ti' });
    view = session.getView();
    session.setAnswer('personal.alias', { type: 'text', value: 'ሰላም' });
    await typedThenAnswered(view);
    expect(session.getView().answerLanguages).toEqual(new Set(['ar', 'ti']));
  });
});
