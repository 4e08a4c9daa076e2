import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../domain/interview';
import { CSV_COLUMNS, DEFAULT_COLUMNS, PERSONAL_COLUMNS, interviewsToCsv, type CsvColumn } from '../../export/interviewsCsv';
import { downloadBlob } from './downloadBlob';
import './csvExport.css';

/**
 * Export of the interview list as CSV; the operator chooses the columns, personal data is opt-in.
 * `load` reads every interview when asked: the list screen itself only holds the pages shown.
 */
export function CsvExportPanel({ load }: { load: () => Promise<readonly Interview[]> }) {
  const { t } = useTranslation('listTools');
  const id = useId();
  const [columns, setColumns] = useState<CsvColumn[]>([...DEFAULT_COLUMNS]);
  const [busy, setBusy] = useState(false);
  const toggle = (c: CsvColumn, on: boolean) => setColumns((cs) => (on ? [...cs, c] : cs.filter((x) => x !== c)));
  const download = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const csv = interviewsToCsv(await load(), columns, (c) => t(`csv.column.${c}`));
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `interviews-${new Date().toISOString().slice(0, 10)}.csv`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card csv-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('csv.title')}</h2>
      <p>{t('csv.intro')}</p>
      <fieldset>
        <legend>{t('csv.columns')}</legend>
        {CSV_COLUMNS.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={columns.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
            {t(`csv.column.${c}`)}
            {PERSONAL_COLUMNS.has(c) ? ` (${t('csv.personal')})` : null}
          </label>
        ))}
      </fieldset>
      {columns.length === 0 ? <p role="status">{t('csv.empty')}</p> : null}
      <button type="button" disabled={columns.length === 0} aria-disabled={busy || undefined} aria-busy={busy} onClick={() => void download()}>
        {t('csv.download')}
      </button>
    </section>
  );
}
