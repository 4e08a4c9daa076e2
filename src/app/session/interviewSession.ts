import type { AnswerRecord } from '../../domain/answer';
import type { AnswerValue } from '../../domain/answerValue';
import { AppError } from '../../domain/errors';
import { withDigest, type Interview, type InterviewDigest } from '../../domain/interview';
import { displayNameOf, isAnswered, repeatItems, type AnswerValues } from '../../questionnaire/answers';
import { overallProgress } from '../../questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../questionnaire/questionnaire';
import type { QuestionnaireConfig } from '../../questionnaire/types';
import type { InterviewStore } from '../../storage/interviewStore';
import { afterNextPaint } from './afterNextPaint';

export type MetaPatch = Partial<Pick<Interview, 'operatorLanguage' | 'intervieweeLanguage'>>;

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; error: AppError };

export interface SessionSnapshot {
  interview: Interview;
  answers: ReadonlyMap<string, AnswerRecord>;
  values: AnswerValues;
  save: SaveState;
}

/**
 * What the interview screen lays out: which sections and questions show, how many are answered,
 * which scripts the answers need. A new object only when one of those (or a shown field of the
 * interview) changed. Typing inside a free-text answer that already had text changes none of them:
 * `values` then keeps the earlier text, and the screen is not redrawn for the keystroke. The first
 * letter typed into an empty field, or the last one deleted, does change them, once that letter has
 * been painted (showOutlineAfterPaint). The current answer of one question is read with `getAnswer`
 * (the `useAnswer` hook).
 */
export interface SessionView {
  interview: Interview;
  values: AnswerValues;
  /** Languages the stored answers are written in (their fonts are needed). */
  answerLanguages: ReadonlySet<string>;
}

/**
 * Answers are handed to IndexedDB right after the next frame: the keystroke is painted first,
 * then stored while the operator keeps typing (a debounce would store nothing until the typing
 * stops). Keys typed while a write is under way are coalesced into the next one: writes never
 * overlap (see flush). When no frame comes (a hidden page), the write starts after
 * AFTER_PAINT_FALLBACK_MS (afterNextPaint.ts).
 */
export const SAVE_DELAY_MS = 0;
const RETRY_DELAY_MS = 2_000;

/**
 * One open interview: answers in memory, written to the store shortly after each change.
 * Pending changes survive a failed write (they stay in memory and are retried), so a quota
 * error or a closed database never loses what the operator typed.
 */
export class InterviewSession {
  private answers = new Map<string, AnswerRecord>();
  /** Each answer as its card draws it (see getCardAnswer). */
  private cardAnswers = new Map<string, AnswerRecord>();
  private pendingPut = new Map<string, AnswerRecord>();
  private pendingDelete = new Set<string>();
  private cancelWrite: (() => void) | undefined;
  /** Free-text answers whose card changes shape (see setAnswer), shown after the key's paint. */
  private outlineLater = new Set<string>();
  private cancelOutline: (() => void) | undefined;
  private flushing: Promise<void> | undefined;
  private listeners = new Set<() => void>();
  private snapshot!: SessionSnapshot;
  private view!: SessionView;
  /** A language change shown before the store confirmed it; laid over every interview the store returns meanwhile. */
  private pendingMeta: MetaPatch | undefined;
  private metaChanges = 0;
  /** Language writes run one after another: two quick switches must land in the order they were made. */
  private metaWrites: Promise<unknown> = Promise.resolve();
  private answersChanged = true;
  private writesStarted = false;
  /** An answer changed in a way the screen's layout depends on (see SessionView); cleared when the view is rebuilt. */
  private outlineChanged = true;

  constructor(
    private readonly store: InterviewStore,
    interview: Interview,
    answers: readonly AnswerRecord[],
    private readonly operatorId: string,
    private readonly config: QuestionnaireConfig,
  ) {
    for (const a of answers) this.answers.set(a.path, a);
    this.cardAnswers = new Map(this.answers);
    this.commit(this.makeSnapshot(interview, { kind: 'idle' }));
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Unchanged by save-status changes and by writes that only moved `updatedAt`, so the screen does not redraw for them. */
  getView = () => this.view;

  /** The save status alone, for the one element that shows it. */
  getSaveState = () => this.snapshot.save;

  /** The current answer at `path`: a new object whenever it changed. */
  getAnswer = (path: string): AnswerRecord | undefined => this.answers.get(path);

  /**
   * The answer at `path` as its question card draws it: a new object whenever the card would look
   * different, so one card redraws alone. A keystroke inside a free-text answer that keeps its
   * outline (see sameOutline) and translation returns the earlier object, with the earlier words:
   * the text field is not controlled by React, the browser shows the key and the field reads the
   * words with getAnswer. Redrawing the card for every key cost more than the key itself on a slow tablet.
   * A key that does change the card's shape is drawn into it after its paint (showOutlineAfterPaint).
   */
  getCardAnswer = (path: string): AnswerRecord | undefined => this.cardAnswers.get(path);

  get hasPendingChanges(): boolean {
    return this.pendingPut.size > 0 || this.pendingDelete.size > 0;
  }

  /** Whether this session has stored anything, or started to: lists read before then are out of date. */
  get edited(): boolean {
    return this.writesStarted;
  }

  /** The interview as a list should show it now, with the answers not yet stored counted in. */
  listEntry(): Interview {
    return withDigest(this.snapshot.interview, this.digest());
  }

  /** Records an answer in memory at once and schedules its write. */
  setAnswer(path: string, value: AnswerValue | undefined, translation?: AnswerRecord['translation']): void {
    if (this.snapshot.interview.status !== 'draft') throw new AppError('errors.interviewFinished');
    const previous = this.answers.get(path);
    if (value === undefined) {
      this.answers.delete(path);
      this.outlineChange(path, previous?.value.type === 'text');
      this.answersChanged = true;
      this.pendingPut.delete(path);
      this.pendingDelete.add(path);
    } else {
      const record: AnswerRecord = {
        path,
        value,
        answeredAt: new Date().toISOString(),
        answeredBy: this.operatorId,
        language: this.snapshot.interview.intervieweeLanguage,
        ...(translation ? { translation } : previous?.translation ? { translation: previous.translation } : {}),
      };
      this.answers.set(path, record);
      this.answersChanged = true;
      const outlineKept = previous !== undefined && sameOutline(previous, record);
      if (!outlineKept) this.outlineChange(path, typedText(previous, record));
      else if (previous.translation !== record.translation) this.cardAnswers.set(path, record);
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
    this.cardAnswers.set(path, next);
    this.answersChanged = true;
    this.pendingPut.set(path, next);
    this.publish({ kind: 'pending' });
    this.schedule(SAVE_DELAY_MS);
  }

  /** Whether an item of a repeatable group holds any answer: removing it then asks first. */
  itemHasAnswers(groupId: string, itemId: string): boolean {
    return this.itemPaths(groupId, itemId).some((path) => isAnswered(this.answers.get(path)?.value));
  }

  /** Removes an item of a repeatable group with all of its answers, in one write. */
  removeItem(groupId: string, itemId: string): void {
    for (const path of this.itemPaths(groupId, itemId)) this.setAnswer(path, undefined);
    const remaining = repeatItems(this.answers.get(groupId)?.value).filter((id) => id !== itemId);
    this.setAnswer(groupId, remaining.length ? { type: 'repeat', value: remaining } : undefined);
  }

  private itemPaths(groupId: string, itemId: string): string[] {
    const prefix = `${groupId}@${itemId}.`;
    return [...this.answers.keys()].filter((path) => path.startsWith(prefix));
  }

  /**
   * Changes the languages at once on screen (a mediator switching mid-sentence must not wait for
   * IndexedDB), then stores them after the answers already pending, so writes stay in order.
   * Answers given from now on carry the new interviewee language. Rejects, with the save status
   * showing the error, when the store refuses the change.
   */
  async updateMeta(patch: MetaPatch): Promise<void> {
    this.pendingMeta = { ...this.pendingMeta, ...patch };
    const change = ++this.metaChanges;
    this.writesStarted = true;
    this.commit(this.makeSnapshot(this.snapshot.interview, this.snapshot.save));
    const write = this.metaWrites.then(async () => {
      await this.flush().catch(() => undefined);
      return this.store.updateMeta(this.snapshot.interview.id, patch);
    });
    this.metaWrites = write.catch(() => undefined);
    try {
      const stored = await write;
      // A later switch made meanwhile stays on screen until its own write lands.
      if (change === this.metaChanges) this.pendingMeta = undefined;
      this.replaceInterview(stored);
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('errors.saveFailed', { details: String((error as Error)?.message ?? error) });
      this.publish({ kind: 'error', error: appError });
      throw appError;
    }
  }

  replaceInterview(interview: Interview): void {
    this.commit(this.makeSnapshot(interview, this.snapshot.save));
  }

  /** Writes everything pending now; resolves when it is in IndexedDB (or rejects, keeping it pending). */
  flush(): Promise<void> {
    this.cancelScheduled();
    if (this.flushing) return this.flushing.then(() => (this.hasPendingChanges ? this.flush() : undefined));
    if (!this.hasPendingChanges) return Promise.resolve();
    const put = [...this.pendingPut.values()];
    const del = [...this.pendingDelete];
    this.pendingPut.clear();
    this.pendingDelete.clear();
    this.writesStarted = true;
    this.publish({ kind: 'saving' });
    this.flushing = this.store
      .applyChanges(this.snapshot.interview.id, { put, delete: del }, this.digest())
      .then(
        (interview) => {
          this.flushing = undefined;
          this.commit(this.makeSnapshot(interview, this.hasPendingChanges ? { kind: 'pending' } : { kind: 'saved', at: interview.updatedAt }));
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
    this.cancelScheduled();
    this.cancelOutline?.();
    this.listeners.clear();
  }

  /**
   * The answer at `path` changed the shape of its card and maybe of the screen: drawn with this
   * change, or, for a key typed into free text, after that key's paint (showOutlineAfterPaint).
   */
  private outlineChange(path: string, typed: boolean) {
    if (typed) return this.showOutlineAfterPaint(path);
    this.takeCardAnswer(path);
    this.outlineChanged = true;
  }

  /**
   * The first letter typed into an empty field, or the last one deleted, changes more than the
   * field: the card gains or loses its translation field, the section's count and the visible
   * questions may change. The browser has already drawn the letter (the field is not controlled
   * by React), so that redraw waits until the letter has been painted: on a slow tablet it took
   * longer than the key itself. The answer is stored and readable (getAnswer) at once.
   */
  private showOutlineAfterPaint(path: string) {
    this.outlineLater.add(path);
    this.cancelOutline ??= afterNextPaint(() => {
      this.cancelOutline = undefined;
      for (const p of this.outlineLater) this.takeCardAnswer(p);
      this.outlineLater.clear();
      this.outlineChanged = true;
      this.commit(this.snapshot);
    });
  }

  /** The card of `path` draws the answer as it is now. */
  private takeCardAnswer(path: string) {
    const record = this.answers.get(path);
    if (record) this.cardAnswers.set(path, record);
    else this.cardAnswers.delete(path);
  }

  private digest(): InterviewDigest {
    const values = this.values();
    return { progress: overallProgress(SPT_QUESTIONNAIRE, this.config, values), displayName: displayNameOf(values) };
  }

  private values(): AnswerValues {
    return new Map([...this.answers].map(([k, r]) => [k, r.value]));
  }

  private schedule(delay: number) {
    this.cancelScheduled();
    const run = () => {
      this.cancelWrite = undefined;
      this.flush().catch(() => undefined);
    };
    if (delay) {
      const timer = setTimeout(run, delay);
      this.cancelWrite = () => clearTimeout(timer);
    } else this.cancelWrite = afterNextPaint(run);
  }

  private cancelScheduled() {
    this.cancelWrite?.();
    this.cancelWrite = undefined;
  }

  private publish(save: SaveState) {
    this.commit({ ...this.snapshot, ...this.answerMaps(), save });
  }

  private commit(next: SessionSnapshot) {
    this.snapshot = next;
    const view = this.view as SessionView | undefined;
    if (!view || this.outlineChanged || !sameOnScreen(view.interview, next.interview)) {
      const outlineChanged = !view || this.outlineChanged;
      this.outlineChanged = false;
      this.view = {
        interview: next.interview,
        values: outlineChanged ? next.values : view.values,
        answerLanguages: outlineChanged ? new Set([...this.answers.values()].map((a) => a.language)) : view.answerLanguages,
      };
    }
    this.listeners.forEach((l) => l());
  }

  private makeSnapshot(interview: Interview, save: SaveState): SessionSnapshot {
    return { interview: this.pendingMeta ? { ...interview, ...this.pendingMeta } : interview, ...this.answerMaps(), save };
  }

  /**
   * Copies of the answers for the snapshot, made again only after an answer changed: a save-status
   * change then keeps the same maps, and memoised views (progress, question cards) skip their work.
   */
  private answerMaps(): Pick<SessionSnapshot, 'answers' | 'values'> {
    if (this.answersChanged || !(this.snapshot as SessionSnapshot | undefined)) {
      this.answersChanged = false;
      return { answers: new Map(this.answers), values: this.values() };
    }
    return { answers: this.snapshot.answers, values: this.snapshot.values };
  }
}

/**
 * Two versions of an answer the screen lays out the same: free text edited but still answered, in
 * the same language. Visibility conditions read choices and whether a question is answered, never
 * the words of a free-text answer (see questionnaire/engine.ts `evaluate`).
 */
function sameOutline(a: AnswerRecord, b: AnswerRecord): boolean {
  return a.value.type === 'text' && b.value.type === 'text' && a.language === b.language && isAnswered(a.value) === isAnswered(b.value);
}

/** A key typed into a free-text field (empty before, or text before): what showOutlineAfterPaint defers. */
function typedText(previous: AnswerRecord | undefined, next: AnswerRecord): boolean {
  return next.value.type === 'text' && (previous === undefined || previous.value.type === 'text');
}

/** Equal but for `updatedAt`, which every write moves and the interview screen does not show. */
function sameOnScreen(a: Interview, b: Interview): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Interview)[]);
  keys.delete('updatedAt');
  return [...keys].every((k) => (k === 'progress' ? a.progress.answered === b.progress.answered && a.progress.total === b.progress.total : a[k] === b[k]));
}
