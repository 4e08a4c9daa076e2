import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from '../../../i18n/languages';
import { useInterviewee } from '../interviewee';
import type { AnswerRecord } from '../../../domain/answer';
import type { InputProps } from './types';

/**
 * Free text, typed in the interviewee's language (direction follows it). When that is not
 * Italian, the mediator may add an Italian translation, which the job-centre copy will use.
 *
 * The field is not controlled by React: the browser shows each key and the session stores it,
 * and nothing is redrawn unless the card's outline changes (see `InterviewSession.getCardAnswer`).
 * A controlled field redrew its card and reset the field's attributes on every key, which at a
 * tablet's speed was a third of the time from a key to its paint. Whenever the card's answer
 * changes, the field is set to the session's words, so a change made elsewhere still shows.
 */
export function TextInput({ id, labelId, question, record, readAnswer, onChange, onTranslation, disabled }: InputProps) {
  const interviewee = useInterviewee().lang;
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const text = wordsOf(record);
  const language = record?.language ?? interviewee;
  const multiline = question.input === 'longText';
  useLayoutEffect(() => {
    const words = wordsOf(readAnswer());
    if (field.current && field.current.value !== words) field.current.value = words;
  }, [record, readAnswer]);
  const common = {
    id,
    ref: field,
    'aria-labelledby': labelId,
    disabled,
    lang: language,
    dir: dirOf(language),
    onChange: (e: { target: { value: string } }) => onChange(e.target.value ? { type: 'text', value: e.target.value } : undefined),
  };
  return (
    <div className="text-answer">
      {multiline ? <textarea rows={3} {...common} /> : <input type={question.id.endsWith('email') ? 'email' : question.id.endsWith('phone') ? 'tel' : 'text'} {...common} />}
      {text && language !== 'it' && <TranslationField id={`${id}-translation`} subjectId={labelId} text={record?.translation?.text ?? ''} disabled={disabled} onTranslation={onTranslation} />}
    </div>
  );
}

const wordsOf = (record: AnswerRecord | undefined) => (record?.value.type === 'text' ? record.value.value : '');

/**
 * Memoised: the answer above it changes on every keystroke, the translation does not. Named by its
 * label and then the question's (`subjectId`): every free-text answer of a section has one.
 */
const TranslationField = memo(function TranslationField({ id, subjectId, text, disabled, onTranslation }: { id: string; subjectId: string; text: string; disabled: boolean; onTranslation: (text: string) => void }) {
  const { t } = useTranslation('app');
  return (
    <div className="translation">
      <label id={`${id}-label`} htmlFor={id}>
        {t('interview:answer.translation.label')}
      </label>
      <textarea id={id} aria-labelledby={`${id}-label ${subjectId}`} rows={2} lang="it" dir="ltr" disabled={disabled} value={text} onChange={(e) => onTranslation(e.target.value)} />
    </div>
  );
});
