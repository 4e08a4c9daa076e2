import type { TFunction } from 'i18next';
import { memo, useId, useState } from 'react';
import { dirOf, languageInfo } from '../../i18n/languages';
import type { Langs } from './inputs/types';

/**
 * The prompt for the mediator, in the operator's language; on request, also in the interviewee's
 * language so that the mediator can read it out as written.
 */
export const MediatorPrompt = memo(function MediatorPrompt({ promptKey, langs, tOp, tInt }: { promptKey: string; langs: Langs; tOp: TFunction; tInt: TFunction }) {
  // The operator's translator, not useTranslation: one prompt per card, all redrawn on a language switch.
  const t = tOp;
  const [readOut, setReadOut] = useState(false);
  const readOutId = useId();
  const other = langs.interviewee !== langs.operator;
  const language = languageInfo(langs.interviewee)?.nativeName ?? langs.interviewee;
  return (
    <aside className="prompt" lang={langs.operator} dir={dirOf(langs.operator)} aria-label={t('interview.prompt.label')}>
      <p className="prompt-text">
        <span className="prompt-tag">{t('interview.prompt.label')}</span> {tOp(promptKey)}
      </p>
      {other && (
        <button type="button" className="secondary prompt-toggle" aria-expanded={readOut} aria-controls={readOutId} onClick={() => setReadOut((v) => !v)}>
          {readOut ? t('interview.prompt.hideInterviewee', { language }) : t('interview.prompt.showInterviewee', { language })}
        </button>
      )}
      <p id={readOutId} className="prompt-interviewee" lang={langs.interviewee} dir={dirOf(langs.interviewee)} hidden={!other || !readOut}>
        {other && readOut ? tInt(promptKey) : null}
      </p>
    </aside>
  );
});
