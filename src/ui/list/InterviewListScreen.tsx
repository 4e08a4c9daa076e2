import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { useInterviewList, useQuarantine } from '../../app/queries';
import { ImportPanel } from './ImportPanel';
import { InterviewRow } from './InterviewRow';
import { NewInterviewForm } from './NewInterviewForm';
import { OperatorLanguagePicker } from './OperatorLanguagePicker';
import { SyncPanel } from '../sync/SyncPanel';
import { CsvExportPanel } from '../pdf/CsvExportPanel';

export function InterviewListScreen() {
  const { t } = useTranslation('app');
  const list = useInterviewList();
  const quarantine = useQuarantine();
  return (
    <main id="main" className="screen list-screen">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <OperatorLanguagePicker />
      </header>
      <NewInterviewForm />
      <SyncPanel />
      <section aria-labelledby="list-title" className="card">
        <h2 id="list-title">{t('list.title', { count: list.data?.length ?? 0 })}</h2>
        {list.isError && (
          <p role="alert" className="error">
            {t('errors.loadFailed')}
          </p>
        )}
        {list.data?.length === 0 && <p>{t('list.empty')}</p>}
        <ul className="interview-list">
          {list.data?.map((interview) => (
            <InterviewRow key={interview.id} interview={interview} />
          ))}
        </ul>
      </section>
      {quarantine.data && quarantine.data.length > 0 && (
        <section aria-labelledby="quarantine-title" className="card warning">
          <h2 id="quarantine-title">{t('quarantine.title', { count: quarantine.data.length })}</h2>
          <p>{t('quarantine.explain')}</p>
          <ul>
            {quarantine.data.map((q) => (
              <li key={q.id}>
                {t('quarantine.entry', { key: q.recordKey, error: q.error, date: new Date(q.at).toLocaleString() })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {list.data && list.data.length > 0 && <CsvExportPanel interviews={list.data} />}
      <ImportPanel />
      <p>
        <a href={hrefFor({ name: 'diagnostics' })}>{t('pwa:diagnostics.link')}</a>
      </p>
      <footer className="attribution">
        <p>{t('app.footer')}</p>
        <p>{t('taxonomy:attribution')}</p>
      </footer>
    </main>
  );
}
