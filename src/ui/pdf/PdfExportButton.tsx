import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { whenIdle } from '../../app/whenIdle';
import { lazyPart, useLazyPart } from '../common/lazyPart';
import { PartLoadStatus } from '../common/PartLoadStatus';
import type { PanelChoice } from './PdfExportPanel';
import './print.css';

// Every row of the list shows the button; the panel's code and the `pdf` texts are needed only once one opens.
const pdfPanel = lazyPart(() => import('./PdfExportPanel'));
const PANEL_TEXTS = ['pdf'];

/** Once the screen settled: the panel's code, and the PDF engine parsed in its worker, off the main thread. */
function warmPdfPanel(): void {
  pdfPanel.load().then(
    (m) => m.warmPdf(),
    () => undefined,
  );
}

/**
 * The profile PDF button of a list row and of the finish screen. Its label is in the `app` texts
 * the list already has, read with the screen's translator `t` (a translator hook per row costs);
 * the panel it opens comes with its own code and texts.
 */
export function PdfExportButton({ interviewId, name, t }: { interviewId: string; name?: string; t: TFunction }) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<PanelChoice>({ copy: 'cpi', bilingual: true });
  const panel = useLazyPart(pdfPanel, open, PANEL_TEXTS);

  useEffect(() => whenIdle(warmPdfPanel), []);

  const toggle = () => setOpen(!open);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="pdf-export">
      <button ref={button} type="button" className="secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={toggle} aria-label={name ? t('pdfButton.openNamed', { name }) : undefined}>
        {t('pdfButton.open')}
      </button>
      {!open ? null : panel.kind === 'ready' ? (
        <panel.module.PdfExportPanel id={id} interviewId={interviewId} choice={choice} onChoice={setChoice} onClose={close} />
      ) : (
        <div id={`${id}-panel`} className="pdf-export-panel" aria-busy={panel.kind === 'loading'}>
          <PartLoadStatus failed={panel.kind === 'failed'} onRetry={panel.retry} />
        </div>
      )}
    </div>
  );
}
