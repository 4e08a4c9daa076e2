import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/ServicesContext';
import type { ProfileDocument } from '../../domain/profileDocument';
import type { PdfCopy } from '../../pdf/model';
import { dirOf } from '../../i18n/languages';
import { downloadBlob } from './downloadBlob';
import { downloadablePdf, preparePdf, type PdfChoice } from './pdfPreparation';
import { useSecurityState } from '../security/useSecurity';

export { warmPdf } from './pdfPreparation';

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done' } | { kind: 'error'; reason: string };

/** What the operator picked, kept by the button so that closing and reopening the panel keeps it. */
export interface PanelChoice {
  copy: PdfCopy;
  bilingual: boolean;
}

interface Props {
  id: string;
  interviewId: string;
  choice: PanelChoice;
  onChoice: (choice: PanelChoice) => void;
  onClose: () => void;
}

/**
 * The options of the profile PDF: the CPI copy (Italian, optionally with every label also in the
 * person's language) or the person's copy. The PDF for the options on screen is prepared while the
 * panel is open (./pdfPreparation.ts), so the download is usually immediate and never stale.
 * Loaded with its texts when first opened (./PdfExportButton.tsx), not with the list.
 */
export function PdfExportPanel({ id, interviewId, choice, onChoice, onClose }: Props) {
  const { t, i18n } = useTranslation('pdf');
  const { store } = useServices();
  const security = useSecurityState();
  const operator = security.kind === 'unlocked' ? security.operator : undefined;
  const [doc, setDoc] = useState<ProfileDocument>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const { copy, bilingual } = choice;
  const organisation = operator?.organisation;
  const operatorName = operator?.name;

  // Prepares the PDF of the options on screen as the panel opens and whenever they change.
  const language = i18n.language;
  useEffect(() => {
    let live = true;
    const picked: PdfChoice = { copy, bilingual, ...(organisation !== undefined ? { organisation } : {}), ...(operatorName !== undefined ? { operator: operatorName } : {}) };
    preparePdf(store, interviewId, picked, i18n).then(
      (d) => live && setDoc(d),
      (e: unknown) => live && setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [copy, bilingual, organisation, operatorName, language, store, interviewId, i18n]);

  const person = doc?.interview.intervieweeLanguage;
  const personLanguageName = person ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(person) ?? person) : '';
  const canBeBilingual = !!person && person !== 'it';

  const generate = async () => {
    if (!doc || status.kind === 'working') return;
    setStatus({ kind: 'working' });
    try {
      const picked: PdfChoice = { copy, bilingual, ...(operator ? { organisation: operator.organisation, operator: operator.name } : {}) };
      const { blob, fileName } = await downloadablePdf(store, interviewId, picked, i18n);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done' });
    } catch (e) {
      setStatus({ kind: 'error', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div id={`${id}-panel`} role="group" aria-labelledby={`${id}-title`} className="pdf-export-panel">
      <h3 id={`${id}-title`}>{t('export.title')}</h3>
      <fieldset>
        <legend>{t('export.copy')}</legend>
        <label>
          <input type="radio" name={`${id}-copy`} value="cpi" checked={copy === 'cpi'} onChange={() => onChoice({ ...choice, copy: 'cpi' })} />
          {t('export.copyCpi')}
        </label>
        <label>
          <input type="radio" name={`${id}-copy`} value="person" checked={copy === 'person'} onChange={() => onChoice({ ...choice, copy: 'person' })} />
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
          <input type="checkbox" checked={bilingual} onChange={(e) => onChoice({ ...choice, bilingual: e.target.checked })} />
          {t('export.bilingual', { language: personLanguageName })}
        </label>
      ) : null}
      <div className="pdf-export-actions">
        <button type="button" disabled={!doc} aria-disabled={status.kind === 'working' || undefined} aria-busy={status.kind === 'working'} onClick={() => void generate()}>
          {t('export.download')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('export.print')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status.kind === 'working' ? t('export.generating') : status.kind === 'done' ? t('export.done') : ''}
      </p>
      {status.kind === 'error' ? <p role="alert">{t('export.error', { reason: status.reason })}</p> : null}
    </div>
  );
}
