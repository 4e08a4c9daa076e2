import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import type { ProfileDocument } from '../../domain/profileDocument';
import type { PdfCopy } from '../../pdf/model';
import { dirOf } from '../../i18n/languages';
import { downloadBlob } from './downloadBlob';
import { useSecurityState } from '../security/useSecurity';
import './print.css';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' } | { kind: 'error'; reason: string };

/**
 * Profile PDF export: the operator picks the CPI copy (Italian, optionally with every label also in
 * the person's language) or the person's copy. The PDF code is loaded only on the first export.
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

  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    setStatus({ kind: 'idle' });
    try {
      setDoc(await store.exportDocument(interviewId));
    } catch (e) {
      setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const person = doc?.interview.intervieweeLanguage;
  const personLanguageName = person ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(person) ?? person) : '';
  const canBeBilingual = !!person && person !== 'it';

  const generate = async () => {
    if (!doc) return;
    setStatus({ kind: 'working' });
    try {
      const { createProfilePdf, pdfFileName } = await import('../../pdf/browser');
      const blob = await createProfilePdf(doc, i18n, {
        copy,
        ...(copy === 'cpi' && bilingual && canBeBilingual ? { secondLang: person } : {}),
        ...(operator ? { organisation: operator.organisation, operator: operator.name } : {}),
        generatedAt: new Date(),
      });
      downloadBlob(blob, pdfFileName(doc, copy));
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="pdf-export">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => void toggle()} aria-label={name ? t('export.openNamed', { name }) : undefined}>
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
            <button type="button" disabled={!doc || status.kind === 'working'} onClick={() => void generate()}>
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
