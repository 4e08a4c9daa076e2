import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useSaveState } from '../../app/useInterviewSession';
import type { AppError } from '../../domain/errors';

/** Announced politely: "Saved" appears only once IndexedDB has confirmed the write. */
export function SaveStatus({ session }: { session: InterviewSession }) {
  const state = useSaveState(session);
  // Pending and saving read the same; the text is redrawn only when what it says changes.
  const shown = state.kind === 'pending' ? 'saving' : state.kind;
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      <SaveStatusText kind={shown} error={state.kind === 'error' ? state.error : undefined} />
    </p>
  );
}

const SaveStatusText = memo(function SaveStatusText({ kind, error }: { kind: 'idle' | 'saving' | 'saved' | 'error'; error: AppError | undefined }) {
  const { t } = useTranslation('app');
  if (kind === 'saved') return t('save.saved');
  if (kind === 'saving') return t('save.saving');
  if (error) return t('save.error', { reason: t(error.code, error.params) });
  return null;
});
