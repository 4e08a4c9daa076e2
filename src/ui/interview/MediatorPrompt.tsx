import type { TFunction } from 'i18next';
import { memo, useId, useState } from 'react';
import { dirOf, languageInfo } from '../../i18n/languages';
import { useInterviewee } from './interviewee';

/**
 * The prompt for the mediator, in the operator's language; on request, also in the interviewee's
 * language so that the mediator can read it out as written. The toggle's name ends with the label
 * of the question or group it belongs to (`subjectId`), so that a screen reader tells the toggles apart.
 */
export const MediatorPrompt = memo(function MediatorPrompt({ promptKey, operator, tOp, subjectId }: { promptKey: string; operator: string; tOp: TFunction; subjectId: string }) {
  // The operator's translator, not useTranslation: one prompt per card.
  const t = tOp;
  const [readOut, setReadOut] = useState(false);
  const readOutId = useId();
  return (
    <aside className="prompt" lang={operator} dir={dirOf(operator)} aria-label={t('interview:screen.prompt.label')}>
      <p className="prompt-text">
        <span className="prompt-tag">{t('interview:screen.prompt.label')}</span> {tOp(promptKey)}
      </p>
      <ReadOut promptKey={promptKey} tOp={tOp} readOut={readOut} readOutId={readOutId} subjectId={subjectId} onToggle={setReadOut} />
    </aside>
  );
});

/** The toggle and the prompt in the interviewee's language: the part that follows a language switch. */
function ReadOut({ promptKey, tOp, readOut, readOutId, subjectId, onToggle }: { promptKey: string; tOp: TFunction; readOut: boolean; readOutId: string; subjectId: string; onToggle: (f: (v: boolean) => boolean) => void }) {
  const { twoPanes: other, lang, dir, t: tInt } = useInterviewee();
  const language = languageInfo(lang)?.nativeName ?? lang;
  return (
    <>
      {other && (
        <button
          type="button"
          id={`${readOutId}-toggle`}
          className="secondary prompt-toggle"
          aria-labelledby={`${readOutId}-toggle ${subjectId}`}
          aria-expanded={readOut}
          aria-controls={readOutId}
          onClick={() => onToggle((v) => !v)}
        >
          {readOut ? tOp('interview:screen.prompt.hideInterviewee', { language }) : tOp('interview:screen.prompt.showInterviewee', { language })}
        </button>
      )}
      <p id={readOutId} className="prompt-interviewee" lang={lang} dir={dir} hidden={!other || !readOut}>
        {other && readOut ? tInt(promptKey) : null}
      </p>
    </>
  );
}
