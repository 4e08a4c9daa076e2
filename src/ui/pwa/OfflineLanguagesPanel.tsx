import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../domain/errors';
import { makeAllAvailableOffline, offlineCoverage, offlineFileList, type OfflineProgress } from '../../pwa/offlineLanguages';

/** Downloads everything that is otherwise fetched on first use, with progress, before a trip without network. */
export function OfflineLanguagesPanel() {
  const { t } = useTranslation('diagnostics');
  const { t: tError } = useTranslation('app');
  const [coverage, setCoverage] = useState<{ cached: number; total: number }>();
  const [progress, setProgress] = useState<OfflineProgress>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<AppError>();

  const measure = async () => {
    const files = await offlineFileList();
    setCoverage({ cached: await offlineCoverage(files), total: files.length });
  };
  useEffect(() => {
    measure().catch(() => undefined);
  }, []);

  const run = async () => {
    if (running) return;
    setRunning(true);
    setError(undefined);
    try {
      await makeAllAvailableOffline(setProgress);
      await measure();
    } catch (e) {
      setError(e instanceof AppError ? e : new AppError('pwa:errors.offlineListMissing'));
    } finally {
      setRunning(false);
    }
  };

  const finished = progress && progress.done === progress.total && !running;
  return (
    <section className="card" aria-labelledby="offline-all-title">
      <h2 id="offline-all-title">{t('offlineAll.title')}</h2>
      <p>{t('offlineAll.explain')}</p>
      {coverage && <p data-testid="offline-coverage">{t('offlineAll.coverage', coverage)}</p>}
      <div className="pwa-actions">
        <button type="button" aria-disabled={running || undefined} onClick={() => void run()}>
          {t('offlineAll.action')}
        </button>
      </div>
      {progress && (
        <div role="status" aria-live="polite">
          <progress className="pwa-progress" max={progress.total || 1} value={progress.done} aria-label={t('offlineAll.title')} />
          <p>{t('offlineAll.progress', { done: progress.done, total: progress.total })}</p>
          {finished && (progress.failed ? <p className="error">{t('offlineAll.failed', { count: progress.failed })}</p> : <p className="ok">{t('offlineAll.done')}</p>)}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {tError(error.code, error.params)}
        </p>
      )}
    </section>
  );
}
