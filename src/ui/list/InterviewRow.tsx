import type { TFunction } from 'i18next';
import { useState } from 'react';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import type { Interview } from '../../domain/interview';
import type { OutboxEntry } from '../../storage/outboxRows';
import { DeleteConfirm } from './DeleteConfirm';
import { useReturnFocus } from '../common/useReturnFocus';
import { downloadJson } from './download';
import { formatDateTime } from '../common/dateTime';
import { PdfExportButton } from '../pdf/PdfExportButton';
import { OutboxStatus } from '../sync/OutboxStatus';

interface Props {
  interview: Interview;
  /** Its outbox entry (null: none), undefined while being read. */
  outbox: OutboxEntry | null | undefined;
  /** The list's translators (`app` and `sync` texts) and language. */
  t: TFunction;
  tSync: TFunction;
  language: string;
}

/** One interview of the list. */
export function InterviewRow({ interview, outbox, t, tSync, language }: Props) {
  const { store } = useServices();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useReturnFocus(confirming);
  const name = interview.displayName ?? t('list.unnamed');
  const when = formatDateTime(language, new Date(interview.updatedAt));
  return (
    <li className="interview-row" data-interview={interview.id}>
      <div className="row-main">
        <a href={hrefFor({ name: 'interview', id: interview.id })} className="row-name link-target any-script">
          {name}
        </a>
        <span className={`status status-${interview.status}`}>{t(`status.${interview.status}`)}</span>
        <span className="row-meta">
          {t('list.progress', { answered: interview.progress.answered, count: interview.progress.total })} · {t('list.lastChange', { date: when })}
        </span>
        <OutboxStatus interview={interview} name={name} entry={outbox} t={tSync} language={language} />
      </div>
      <div className="row-actions">
        <a className="button" href={hrefFor({ name: 'interview', id: interview.id })} aria-label={t('list.resumeNamed', { name })}>
          {interview.status === 'draft' ? t('list.resume') : t('list.open')}
        </a>
        <button type="button" className="secondary" aria-label={t('list.exportNamed', { name })} onClick={() => void store.exportDocument(interview.id).then((doc) => downloadJson(doc, `interview-${interview.id}.json`))}>
          {t('list.export')}
        </button>
        <PdfExportButton interviewId={interview.id} name={name} t={t} />
        {confirming ? (
          <DeleteConfirm
            interviewId={interview.id}
            name={name}
            onCancel={() => {
              deleteButton.returnFocus();
              setConfirming(false);
            }}
          />
        ) : (
          <button ref={deleteButton.button} type="button" className="secondary" aria-label={t('list.delete.named', { name })} onClick={() => setConfirming(true)}>
            {t('list.delete.action')}
          </button>
        )}
      </div>
    </li>
  );
}
