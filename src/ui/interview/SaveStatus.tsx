import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useSaveState } from '../../app/useInterviewSession';
import type { AppError } from '../../domain/errors';

/**
 * Announced politely: "Saved" appears only once IndexedDB has confirmed the write.
 * While typing, the status flips between saving and saved on every key. Both texts therefore stay
 * in one grid cell and only their visibility changes: a repaint of this line, where changing the
 * text would lay out the whole screen again before the typed letter could appear.
 */
export function SaveStatus({ session }: { session: InterviewSession }) {
  const state = useSaveState(session);
  return (
    <p className={`save-status save-${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {state.kind === 'error' ? <SaveError error={state.error} /> : <SteadyTexts shown={state.kind === 'pending' ? 'saving' : state.kind} />}
    </p>
  );
}

function SteadyTexts({ shown }: { shown: 'idle' | 'saving' | 'saved' }) {
  return (
    <>
      <span style={{ visibility: shown === 'saving' ? 'visible' : 'hidden' }}>
        <Message messageKey="interview:save.saving" />
      </span>
      <span style={{ visibility: shown === 'saved' ? 'visible' : 'hidden' }}>
        <Message messageKey="interview:save.saved" />
      </span>
    </>
  );
}

/** Translated once per language, not on every status change. */
const Message = memo(function Message({ messageKey }: { messageKey: 'interview:save.saving' | 'interview:save.saved' }) {
  const { t } = useTranslation('app');
  return t(messageKey);
});

const SaveError = memo(function SaveError({ error }: { error: AppError }) {
  const { t } = useTranslation('app');
  return t('interview:save.error', { reason: t(error.code, error.params) });
});
