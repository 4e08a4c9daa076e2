import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../app/route';
import type { InterviewSession, SessionView } from '../../app/session/interviewSession';
import { useServices } from '../../app/ServicesContext';
import { AppError } from '../../domain/errors';
import { missingForFinish } from '../../questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../questionnaire/questionnaire';
import { useQueryClient } from '@tanstack/react-query';
import { interviewKeys } from '../../app/queries';
import { PdfExportButton } from '../pdf/PdfExportButton';

/** The finish check: lists what is missing with links, finishes, or reopens a finished interview. */
export function FinishView({ session, snapshot }: { session: InterviewSession; snapshot: SessionView }) {
  const { t } = useTranslation(['app', 'interview']);
  const { store, config } = useServices();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<AppError | undefined>();
  // A second tap while finishing is ignored: it would otherwise land on "Reopen", drawn in the same
  // place. Not by disabling the button, which would take focus away from it.
  const busy = useRef(false);
  useEffect(() => heading.current?.focus(), []);
  // Finishing or reopening replaces the button just pressed: focus goes to what the view says now
  // (the date it was finished, or back to the heading of the check).
  const notice = useRef<HTMLParagraphElement>(null);
  const statusChanged = useRef(false);
  useEffect(() => {
    if (!statusChanged.current) return;
    statusChanged.current = false;
    (notice.current ?? heading.current)?.focus();
  }, [snapshot.interview.status]);
  const { interview } = snapshot;
  const missing = missingForFinish(SPT_QUESTIONNAIRE, config, snapshot.values);

  const run = async (action: () => Promise<import('../../domain/interview').Interview>) => {
    if (busy.current) return;
    busy.current = true;
    setError(undefined);
    try {
      await session.flush();
      const updated = await action();
      statusChanged.current = true;
      session.replaceInterview(updated);
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('errors.saveFailed'));
    } finally {
      busy.current = false;
    }
  };

  return (
    <section className="section finish" aria-labelledby="finish-title">
      <h2 id="finish-title" tabIndex={-1} ref={heading}>
        {t('interview:finish.title')}
      </h2>
      <p>{t('interview:finish.progress', { answered: interview.progress.answered, count: interview.progress.total })}</p>
      {interview.status === 'finished' ? (
        <>
          <p className="notice" tabIndex={-1} ref={notice}>
            {t('interview:finish.isFinished', { date: new Date(interview.finishedAt ?? interview.updatedAt).toLocaleString(interview.operatorLanguage) })}
          </p>
          <button type="button" onClick={() => void run(() => store.reopen(interview.id))}>
            {t('interview:finish.reopen')}
          </button>
        </>
      ) : missing.length > 0 ? (
        <>
          <h3>{t('interview:finish.missingTitle', { count: missing.length })}</h3>
          <ul className="missing">
            {missing.map((m) => (
              <li key={m.id}>
                <a href={hrefFor({ name: 'interview', id: interview.id, sectionId: m.sectionId })} className="link-target">{t(m.messageKey)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t('interview:finish.ready')}</p>
          <button type="button" onClick={() => void run(() => store.finish(interview.id))}>
            {t('interview:finish.action')}
          </button>
        </>
      )}
      <PdfExportButton interviewId={interview.id} {...(interview.displayName ? { name: interview.displayName } : {})} t={t} />
      {error && (
        <p role="alert" className="error">
          {t(error.code, error.params)}
        </p>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => navigate({ name: 'list' })}>
          {t('interview.backToList')}
        </button>
      </p>
    </section>
  );
}
