import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import { whenIdle } from '../../app/whenIdle';
import type { ProfileDocument } from '../../domain/profileDocument';
import type { PdfCopy } from '../../pdf/model';
import { dirOf } from '../../i18n/languages';
import { downloadBlob } from './downloadBlob';
import { downloadablePdf, preparePdf, warmPdf, type PdfChoice } from './pdfPreparation';
import { useSecurityState } from '../security/useSecurity';
import './print.css';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' } | { kind: 'error'; reason: string };

/**
 * Profile PDF export: the operator picks the CPI copy (Italian, optionally with every label also in
 * the person's language) or the person's copy. The PDF engine starts loading in its worker once the
 * button is shown, and the PDF for the options on screen is prepared while the panel is open
 * (./pdfPreparation.ts), so the download is usually immediate and never stale.
 */
export function PdfExportButton({ interviewId, name }: { interviewId: string; name?: string }) {
  const { t, i18n } = useTranslation('pdf');
  const { store } = useServices();
  const security = useSecurityState();
  const operator = security.kind === 'unlocked' ? security.operator : undefined;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [doc, setDoc] = useState<ProfileDocument>();
  const [copy, setCopy] = useState<PdfCopy>('cpi');
  const [bilingual, setBilingual] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const organisation = operator?.organisation;
  const operatorName = operator?.name;

  // After the screen settled: the engine is parsed in the worker, off the main thread.
  useEffect(() => whenIdle(warmPdf), []);

  // Prepares the PDF of the options on screen whenever the panel opens or they change.
  const language = i18n.language;
  useEffect(() => {
    if (!open) return;
    let live = true;
    const choice: PdfChoice = { copy, bilingual, ...(organisation !== undefined ? { organisation } : {}), ...(operatorName !== undefined ? { operator: operatorName } : {}) };
    preparePdf(store, interviewId, choice, i18n).then(
      (d) => live && setDoc(d),
      (e: unknown) => live && setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, copy, bilingual, organisation, operatorName, language, store, interviewId, i18n]);

  const toggle = () => {
    if (open) return setOpen(false);
    setOpen(true);
    setStatus({ kind: 'idle' });
  };

  const person = doc?.interview.intervieweeLanguage;
  const personLanguageName = person ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(person) ?? person) : '';
  const canBeBilingual = !!person && person !== 'it';

  const generate = async () => {
    if (!doc) return;
    setStatus({ kind: 'working' });
    try {
      const choice: PdfChoice = { copy, bilingual, ...(operator ? { organisation: operator.organisation, operator: operator.name } : {}) };
      const { blob, fileName } = await downloadablePdf(store, interviewId, choice, i18n);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="pdf-export">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={toggle} aria-label={name ? t('export.openNamed', { name }) : undefined}>
        {t('export.open')}
      </button>
      {open ? (
        <div id={`${id}-panel`} role="group" aria-labelledby={`${id}-title`} className="pdf-export-panel">
          <h3 id={`${id}-title`}>{t('export.title')}</h3>
          <fieldset>
            <legend>{t('export.copy')}</legend>
            <label>
              <input type="radio" name={`${id}-copy`} value="cpi" checked={copy === 'cpi'} onChange={() => setCopy('cpi')} />
              {t('export.copyCpi')}
            </label>
            <label>
              <input type="radio" name={`${id}-copy`} value="person" checked={copy === 'person'} onChange={() => setCopy('person')} />
              {t('export.copyPerson')}
              {person ? (
                <span lang={person} dir={dirOf(person)}>
                  {' '}
                  ({personLanguageName})
                </span>
              ) : null}
            </label>
          </fieldset>
          {copy === 'cpi' && canBeBilingual ? (
            <label>
              <input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />
              {t('export.bilingual', { language: personLanguageName })}
            </label>
          ) : null}
          <div className="pdf-export-actions">
            <button type="button" disabled={!doc || status.kind === 'working'} aria-busy={status.kind === 'working'} onClick={() => void generate()}>
              {t('export.download')}
            </button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              {t('export.print')}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t('export.close')}
            </button>
          </div>
          <p role="status" aria-live="polite">
            {status.kind === 'working' ? t('export.generating') : status.kind === 'done' ? t('export.done') : ''}
          </p>
          {status.kind === 'error' ? <p role="alert">{t('export.error', { reason: status.reason })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
