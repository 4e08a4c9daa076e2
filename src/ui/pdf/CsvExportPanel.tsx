import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../domain/interview';
import { CSV_COLUMNS, DEFAULT_COLUMNS, PERSONAL_COLUMNS, interviewsToCsv, type CsvColumn } from '../../export/interviewsCsv';
import { downloadBlob } from './downloadBlob';

/** Export of the interview list as CSV; the operator chooses the columns, personal data is opt-in. */
export function CsvExportPanel({ interviews }: { interviews: readonly Interview[] }) {
  const { t } = useTranslation('pdf');
  const id = useId();
  const [columns, setColumns] = useState<CsvColumn[]>([...DEFAULT_COLUMNS]);
  const toggle = (c: CsvColumn, on: boolean) => setColumns((cs) => (on ? [...cs, c] : cs.filter((x) => x !== c)));
  const download = () => {
    const csv = interviewsToCsv(interviews, columns, (c) => t(`csv.column.${c}`));
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `interviews-${new Date().toISOString().slice(0, 10)}.csv`);
  };
  return (
    <section className="csv-export" aria-labelledby={`${id}-title`}>
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
      <button type="button" disabled={columns.length === 0} onClick={download}>
        {t('csv.download')}
      </button>
    </section>
  );
}
