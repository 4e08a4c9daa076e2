import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { AppError } from '../domain/errors';
import type { AnswerRecord } from '../domain/answer';
import { openedOnUnlock, takeOpeningOnUnlock } from './prefetchOnUnlock';
import { showEditedInterview } from './queries';
import { InterviewSession, type SaveState, type SessionView } from './session/interviewSession';
import { useServices } from './ServicesContext';

type State = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; session: InterviewSession };

const noop = () => () => undefined;

/**
 * Opens an interview for editing (or takes the one opened as the PIN unlocked the app onto it:
 * openInterviewOnUnlock); flushes pending answers when the page is hidden or closed, and when the
 * screen closes, after which the interview lists show the interview as it was left.
 */
export function useInterviewSession(id: string): { state: State; snapshot: SessionView | undefined } {
  const { store, operatorId, config, security } = useServices();
  // Opened already when the PIN unlocked the app onto this interview: the first render shows it.
  const [state, setState] = useState<State>(() => {
    const opened = openedOnUnlock(id);
    return opened ? { status: 'ready', session: new InterviewSession(store, opened.interview, opened.answers, operatorId, config) } : { status: 'loading' };
  });
  const openedFirst = useRef(state.status === 'ready' ? state.session : undefined);
  const client = useQueryClient();

  useEffect(() => {
    let session: InterviewSession | undefined;
    let cancelled = false;
    let unregisterFlush: (() => void) | undefined;
    const keep = (opened: InterviewSession) => {
      session = opened;
      // Before an auto-lock drops the keys, what was typed is saved (encrypted).
      unregisterFlush = security.beforeLock(() => opened.flush());
    };
    const first = openedFirst.current;
    openedFirst.current = undefined;
    const opening = takeOpeningOnUnlock(id);
    if (first) keep(first);
    else
      (opening ?? store.get(id)).then(
        ({ interview, answers }) => {
          if (cancelled) return;
          const opened = new InterviewSession(store, interview, answers, operatorId, config);
          keep(opened);
          setState({ status: 'ready', session: opened });
        },
        (error: unknown) => !cancelled && setState({ status: 'error', error: error instanceof AppError ? error : new AppError('errors.loadFailed') }),
      );
    const flush = () => void session?.flush().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      unregisterFlush?.();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      if (!session) return;
      flush();
      if (session.edited) showEditedInterview(client, session.listEntry());
      session.dispose();
    };
  }, [id, store, operatorId, config, security, client]);

  const session = state.status === 'ready' ? state.session : undefined;
  // The view, not the whole snapshot: a save-status change or a keystroke in a text does not redraw the interview.
  const snapshot = useSyncExternalStore(session?.subscribe ?? noop, () => session?.getView());
  return { state, snapshot };
}

/** The save status of an open interview; only the status line re-renders when it changes. */
export function useSaveState(session: InterviewSession): SaveState {
  return useSyncExternalStore(session.subscribe, session.getSaveState);
}

/** One question's current answer; only the component that shows it re-renders when it changes. */
export function useAnswer(session: InterviewSession, path: string): AnswerRecord | undefined {
  return useSyncExternalStore(session.subscribe, () => session.getAnswer(path));
}

/** One question's answer as its card draws it (`InterviewSession.getCardAnswer`): not redrawn for a key typed inside a free text. */
export function useCardAnswer(session: InterviewSession, path: string): AnswerRecord | undefined {
  return useSyncExternalStore(session.subscribe, () => session.getCardAnswer(path));
}
