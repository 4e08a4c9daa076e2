import type { AnswerRecord } from '../../domain/answer';
import type { AnswerValue } from '../../domain/answerValue';
import { AppError } from '../../domain/errors';
import type { Interview } from '../../domain/interview';
import { displayNameOf, type AnswerValues } from '../../questionnaire/answers';
import { overallProgress } from '../../questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../questionnaire/questionnaire';
import type { QuestionnaireConfig } from '../../questionnaire/types';
import type { InterviewStore } from '../../storage/interviewStore';

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; error: AppError };

export interface SessionSnapshot {
  interview: Interview;
  answers: ReadonlyMap<string, AnswerRecord>;
  values: AnswerValues;
  save: SaveState;
}

/**
 * Answers are handed to IndexedDB this long after a change: long enough to coalesce the keys of
 * one burst into one small write, short enough that each keystroke is stored while the operator
 * keeps typing (a debounce of a few hundred ms would store nothing until the typing stops).
 * Writes never overlap: changes made during a write go into the next one (see flush).
 */
export const SAVE_DELAY_MS = 30;
const RETRY_DELAY_MS = 2_000;

/**
 * One open interview: answers in memory, written to the store shortly after each change.
 * Pending changes survive a failed write (they stay in memory and are retried), so a quota
 * error or a closed database never loses what the operator typed.
 */
export class InterviewSession {
  private answers = new Map<string, AnswerRecord>();
  private pendingPut = new Map<string, AnswerRecord>();
  private pendingDelete = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | undefined;
  private listeners = new Set<() => void>();
  private snapshot: SessionSnapshot;

  constructor(
    private readonly store: InterviewStore,
    interview: Interview,
    answers: readonly AnswerRecord[],
    private readonly operatorId: string,
    private readonly config: QuestionnaireConfig,
  ) {
    for (const a of answers) this.answers.set(a.path, a);
    this.snapshot = this.makeSnapshot(interview, { kind: 'idle' });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  get hasPendingChanges(): boolean {
    return this.pendingPut.size > 0 || this.pendingDelete.size > 0;
  }

  /** Records an answer in memory at once and schedules its write. */
  setAnswer(path: string, value: AnswerValue | undefined, translation?: AnswerRecord['translation']): void {
    if (this.snapshot.interview.status !== 'draft') throw new AppError('errors.interviewFinished');
    if (value === undefined) {
      this.answers.delete(path);
      this.pendingPut.delete(path);
      this.pendingDelete.add(path);
    } else {
      const previous = this.answers.get(path);
      const record: AnswerRecord = {
        path,
        value,
        answeredAt: new Date().toISOString(),
        answeredBy: this.operatorId,
        language: this.snapshot.interview.intervieweeLanguage,
        ...(translation ? { translation } : previous?.translation ? { translation: previous.translation } : {}),
      };
      this.answers.set(path, record);
      this.pendingDelete.delete(path);
      this.pendingPut.set(path, record);
    }
    this.publish({ kind: 'pending' });
    this.schedule(SAVE_DELAY_MS);
  }

  /** Sets or clears the mediator's Italian translation of a free-text answer, keeping its language. */
  setTranslation(path: string, text: string): void {
    const record = this.answers.get(path);
    if (!record) return;
    const next: AnswerRecord = { ...record };
    if (text.trim()) next.translation = { language: 'it', text };
    else delete next.translation;
    this.answers.set(path, next);
    this.pendingPut.set(path, next);
    this.publish({ kind: 'pending' });
    this.schedule(SAVE_DELAY_MS);
  }

  /** Removes an item of a repeatable group with all of its answers, in one write. */
  removeItem(groupId: string, itemId: string, remaining: string[]): void {
    for (const path of [...this.answers.keys()]) {
      if (path.startsWith(`${groupId}@${itemId}.`)) this.setAnswer(path, undefined);
    }
    this.setAnswer(groupId, remaining.length ? { type: 'repeat', value: remaining } : undefined);
  }

  replaceInterview(interview: Interview): void {
    this.snapshot = this.makeSnapshot(interview, this.snapshot.save);
    this.listeners.forEach((l) => l());
  }

  /** Writes everything pending now; resolves when it is in IndexedDB (or rejects, keeping it pending). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushing) return this.flushing.then(() => (this.hasPendingChanges ? this.flush() : undefined));
    if (!this.hasPendingChanges) return Promise.resolve();
    const put = [...this.pendingPut.values()];
    const del = [...this.pendingDelete];
    this.pendingPut.clear();
    this.pendingDelete.clear();
    this.publish({ kind: 'saving' });
    const values = this.values();
    this.flushing = this.store
      .applyChanges(this.snapshot.interview.id, { put, delete: del }, { progress: overallProgress(SPT_QUESTIONNAIRE, this.config, values), displayName: displayNameOf(values) })
      .then(
        (interview) => {
          this.flushing = undefined;
          this.snapshot = this.makeSnapshot(interview, this.hasPendingChanges ? { kind: 'pending' } : { kind: 'saved', at: interview.updatedAt });
          this.listeners.forEach((l) => l());
          if (this.hasPendingChanges) this.schedule(SAVE_DELAY_MS);
        },
        (error: unknown) => {
          this.flushing = undefined;
          // Put the failed changes back unless a newer change to the same path arrived meanwhile.
          for (const r of put) if (!this.pendingPut.has(r.path) && !this.pendingDelete.has(r.path)) this.pendingPut.set(r.path, r);
          for (const p of del) if (!this.pendingPut.has(p)) this.pendingDelete.add(p);
          const appError = error instanceof AppError ? error : new AppError('errors.saveFailed', { details: String((error as Error)?.message ?? error) });
          this.publish({ kind: 'error', error: appError });
          if (appError.code !== 'errors.consentRequired' && appError.code !== 'errors.interviewFinished') this.schedule(RETRY_DELAY_MS);
          throw appError;
        },
      );
    return this.flushing;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
  }

  private values(): AnswerValues {
    return new Map([...this.answers].map(([k, r]) => [k, r.value]));
  }

  private schedule(delay: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch(() => undefined);
    }, delay);
  }

  private publish(save: SaveState) {
    this.snapshot = { ...this.snapshot, answers: new Map(this.answers), values: this.values(), save };
    this.listeners.forEach((l) => l());
  }

  private makeSnapshot(interview: Interview, save: SaveState): SessionSnapshot {
    return { interview, answers: new Map(this.answers), values: this.values(), save };
  }
}
