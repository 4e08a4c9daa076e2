import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { dirOf } from '../../i18n/languages';
import { Pictogram } from '../common/Pictogram';
import { currentVoices, speak, stopSpeaking } from './speech';
import './readAloud.css';

/**
 * Reads the question aloud in the interviewee's language for a person who reads little. When the
 * device has no voice for that language it says so, in both languages, instead of failing silently.
 * `text` is computed on demand: every card has this button, few are pressed.
 */
export function ReadAloud({ text, language, operator, tOp, tInt }: { text: () => string; language: string; operator: string; tOp: TFunction; tInt: TFunction }) {
  const t = tOp;
  const [state, setState] = useState<'idle' | 'speaking' | 'noVoice'>('idle');
  useEffect(() => setState('idle'), [language]);
  useEffect(() => () => stopSpeaking(), []);
  const onClick = () => {
    if (state === 'speaking') {
      stopSpeaking();
      setState('idle');
      return;
    }
    setState(speak(text(), language, currentVoices(), () => setState('idle')) ? 'speaking' : 'noVoice');
  };
  return (
    <div className="read-aloud">
      <button type="button" className="secondary" aria-pressed={state === 'speaking'} onClick={onClick}>
        <Pictogram id="speaker" size={22} />
        {state === 'speaking' ? t('interview.readAloud.stop') : t('interview.readAloud.action')}
      </button>
      <p role="status" className="read-aloud-status">
        {state === 'noVoice' && (
          <>
            <span>{t('interview.readAloud.noVoice')}</span>
            {language !== operator && (
              <span className="bilingual-second" lang={language} dir={dirOf(language)}>
                {tInt('interview.readAloud.noVoice')}
              </span>
            )}
          </>
        )}
      </p>
    </div>
  );
}
