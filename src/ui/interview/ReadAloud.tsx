import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Pictogram } from '../common/Pictogram';
import { IntervieweeLine, useInterviewee, useIntervieweeNow } from './interviewee';
import { currentVoices, speak, stopSpeaking } from './speech';
import './readAloud.css';

/**
 * Reads the question aloud in the interviewee's language for a person who reads little. When the
 * device has no voice for that language it says so, in both languages, instead of failing silently.
 * `text` is computed on demand, with the interviewee's translator: every card has this button, few
 * are pressed, so the button does not re-render when the language is switched. Its name ends with
 * the question's label (`subjectId`): a screen reader listing a section's buttons tells them apart.
 */
export function ReadAloud({ text, tOp, subjectId }: { text: (tInt: TFunction) => string; tOp: TFunction; subjectId: string }) {
  const t = tOp;
  const id = useId();
  const interviewee = useIntervieweeNow();
  const [state, setState] = useState<'idle' | 'speaking' | 'noVoice'>('idle');
  useEffect(() => () => stopSpeaking(), []);
  const onClick = () => {
    if (state === 'speaking') {
      stopSpeaking();
      setState('idle');
      return;
    }
    const { lang, t: tInt } = interviewee();
    setState(speak(text(tInt), lang, currentVoices(), () => setState('idle')) ? 'speaking' : 'noVoice');
  };
  return (
    <div className="read-aloud">
      <button type="button" id={id} className="secondary" aria-labelledby={`${id} ${subjectId}`} aria-pressed={state === 'speaking'} onClick={onClick}>
        <Pictogram id="speaker" size={22} />
        {state === 'speaking' ? t('interview:screen.readAloud.stop') : t('interview:screen.readAloud.action')}
      </button>
      <p role="status" className="read-aloud-status">
        {state === 'noVoice' && <NoVoice tOp={tOp} onSwitch={() => setState('idle')} />}
      </p>
    </div>
  );
}

/** "No voice for this language", in both; gone once another language is chosen (it may have a voice). */
function NoVoice({ tOp, onSwitch }: { tOp: TFunction; onSwitch: () => void }) {
  const { lang } = useInterviewee();
  const shownFor = useRef(lang);
  useEffect(() => {
    if (lang !== shownFor.current) onSwitch();
  }, [lang, onSwitch]);
  return (
    <>
      <span>{tOp('interview:screen.readAloud.noVoice')}</span>
      <IntervieweeLine k="interview:screen.readAloud.noVoice" />
    </>
  );
}
