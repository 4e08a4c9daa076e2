import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import { whenIdle } from '../../app/whenIdle';
import { useInterviewPages, useLoadAllInterviews, useQuarantine } from '../../app/queries';
import { useOutboxEntries } from '../../app/useSync';
import { INTERVIEW_STATUSES, type Interview } from '../../domain/interview';
import { cachedFixedT } from '../../i18n/cachedT';
import { InterviewRow } from './InterviewRow';
import { NewInterviewForm } from './NewInterviewForm';
import { OperatorLanguagePicker } from './OperatorLanguagePicker';
import { SyncPanel } from '../sync/SyncPanel';
import { lazyPart, useLazyPart } from '../common/lazyPart';
import { PartLoadStatus } from '../common/PartLoadStatus';
import './list.css';

const listTools = lazyPart(() => import('./ListTools'));
const LIST_TOOLS_TEXTS = ['listTools'];
const LIST_TEXTS = ['app', 'sync'];

export function InterviewListScreen() {
  const { i18n } = useTranslation(LIST_TEXTS);
  // The rows take the list's translators: each translator hook costs its own subscription and a
  // copy of the i18next instance, which made up a sixth of drawing 20 rows. They remember their
  // lookups, which every row repeats (labels, states), and again when the rows' sync states arrive.
  const language = i18n.language;
  const t = useMemo(() => cachedFixedT(i18n, language, 'app'), [i18n, language]);
  const tSync = useMemo(() => cachedFixedT(i18n, language, 'sync'), [i18n, language]);
  const list = useInterviewPages();
  const loadAll = useLoadAllInterviews();
  const quarantine = useQuarantine();
  const rows = useRef<HTMLUListElement>(null);
  const pages = list.data?.pages ?? [];
  // While a name is searched (ListSearch), the rows are its matches instead of the pages.
  const [matches, setMatches] = useState<readonly Interview[] | undefined>();
  const interviews = matches ?? pages.flatMap((p) => p.interviews);
  const outbox = useOutboxEntries(interviews.map((interview) => interview.id)).data;
  // The last page fetched has the freshest counts (a refetch reloads every page in order).
  const latest = pages.at(-1);
  const total = latest?.total ?? 0;
  const number = new Intl.NumberFormat(language);
  // The CSV tools below the list load once it is shown and the page is idle, not with its first frame.
  const [toolsWanted, setToolsWanted] = useState(false);
  useEffect(() => (latest && !toolsWanted ? whenIdle(() => setToolsWanted(true)) : undefined), [latest, toolsWanted]);
  const tools = useLazyPart(listTools, toolsWanted, LIST_TOOLS_TEXTS);

  // Keyboard and screen-reader users continue at the first row that "show more" added, once it is rendered.
  const focusRow = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusRow.current;
    if (index === undefined || interviews.length <= index) return;
    focusRow.current = undefined;
    rows.current?.querySelectorAll<HTMLAnchorElement>('.interview-row .row-name')[index]?.focus();
  }, [interviews.length]);
  const showMore = () => {
    focusRow.current = interviews.length;
    void list.fetchNextPage();
  };

  return (
    <main id="main" className="screen list-screen">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <OperatorLanguagePicker />
      </header>
      <NewInterviewForm />
      <SyncPanel />
      <section aria-labelledby="list-title" className="card">
        <h2 id="list-title" tabIndex={-1}>
          {t('list.title', { count: total })}
        </h2>
        {list.isError && (
          <p role="alert" className="error">
            {t('errors.loadFailed')}
          </p>
        )}
        {latest && total === 0 && <p>{t('list.empty')}</p>}
        {latest && total > 0 && (
          <dl className="list-counts" data-testid="list-counts">
            {INTERVIEW_STATUSES.map((status) => (
              <div key={status}>
                <dt>{t(`status.${status}`)}</dt>
                <dd data-status={status}>{number.format(latest.byStatus[status])}</dd>
              </div>
            ))}
          </dl>
        )}
        {total > 0 && <div className="list-search-slot">{tools.kind === 'ready' && <tools.module.ListSearch onMatches={setMatches} />}</div>}
        <ul className="interview-list" ref={rows}>
          {interviews.map((interview) => (
            <InterviewRow key={interview.id} interview={interview} outbox={outbox?.get(interview.id)} t={t} tSync={tSync} language={language} />
          ))}
        </ul>
        {list.hasNextPage && !matches && (
          <div className="list-more">
            <p id="list-more-status" role="status">
              {t('list.more.showing', { shown: interviews.length, count: total })}
            </p>
            <button type="button" className="secondary" aria-describedby="list-more-status" disabled={list.isFetchingNextPage} onClick={showMore}>
              {t('list.more.action')}
            </button>
          </div>
        )}
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
      {tools.kind === 'ready' ? (
        <tools.module.ListTools total={total} loadAll={loadAll} />
      ) : tools.kind === 'failed' ? (
        <section className="card warning">
          <PartLoadStatus failed onRetry={tools.retry} />
        </section>
      ) : null}
      <p>
        <a href={hrefFor({ name: 'diagnostics' })} className="link-target">
          {t('pwa:diagnostics.link')}
        </a>
      </p>
      <footer className="attribution">
        <p>{t('app.footer')}</p>
        <p>{t('common.escoAttribution')}</p>
      </footer>
    </main>
  );
}
