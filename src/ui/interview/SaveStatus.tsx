import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useSaveState } from '../../app/useInterviewSession';

/** Announced politely: "Saved" appears only once IndexedDB has confirmed the write. */
export function SaveStatus({ session }: { session: InterviewSession }) {
  const state = useSaveState(session);
  const { t } = useTranslation('app');
  const text =
    state.kind === 'saved'
      ? t('save.saved')
      : state.kind === 'saving' || state.kind === 'pending'
        ? t('save.saving')
        : state.kind === 'error'
          ? t('save.error', { reason: t(state.error.code, state.error.params) })
          : '';
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </p>
  );
}
