import type { TFunction } from 'i18next';
import { memo, useCallback, type FormEvent } from 'react';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useAnswer } from '../../app/useInterviewSession';
import type { AnswerValue } from '../../domain/answerValue';
import { dirOf } from '../../i18n/languages';
import type { Question } from '../../questionnaire/types';
import { Pictogram } from '../common/Pictogram';
import { AnswerInput } from './inputs/AnswerInput';
import { MediatorPrompt } from './MediatorPrompt';
import { ReadAloud } from './ReadAloud';
import type { Langs } from './inputs/types';

export interface QuestionCardProps {
  domId: string;
  question: Question;
  /** Where the answer is stored (`question.id`, or `group@item.question` inside a repeatable group). */
  path: string;
  session: InterviewSession;
  langs: Langs;
  tOp: TFunction;
  tInt: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

/**
 * One question in two panes: the operator's language (its label names the control) and the
 * interviewee's language, each with its own `lang` and `dir`; the mediator prompt below.
 * Memoised, reading its own answer: a keystroke re-renders only the card whose answer changed
 * (every prop is stable otherwise), which keeps typing responsive on a slow tablet.
 */
export const QuestionCard = memo(function QuestionCard({ domId, question, path, session, langs, tOp, tInt, showPrompts, disabled }: QuestionCardProps) {
  const record = useAnswer(session, path);
  const onChange = useCallback((value: AnswerValue | undefined) => session.setAnswer(path, value), [session, path]);
  const onTranslation = useCallback((text: string) => session.setTranslation(path, text), [session, path]);
  const labelId = `${domId}-label`;
  // A form of its own: Chromium's autofill gathers the fields of the form an edited field belongs to
  // on every change, and for fields outside any form, every such field of the page with every
  // option of its lists (~10 ms per keystroke at 4x on the personal section). Nothing is submitted,
  // and autocomplete is off: an interviewee's answers are no suggestions for the next one.
  return (
    <form className="question" data-question={question.id} onSubmit={preventSubmit} noValidate autoComplete="off">
      <QuestionText domId={domId} labelId={labelId} question={question} langs={langs} tOp={tOp} tInt={tInt} showPrompts={showPrompts} />
      <AnswerInput id={domId} labelId={labelId} question={question} record={record} onChange={onChange} onTranslation={onTranslation} langs={langs} tOp={tOp} tInt={tInt} disabled={disabled} />
    </form>
  );
});

/** Enter in a field must not reload the page: answers are saved as they are given. */
function preventSubmit(event: FormEvent) {
  event.preventDefault();
}

interface QuestionTextProps {
  domId: string;
  labelId: string;
  question: Question;
  langs: Langs;
  tOp: TFunction;
  tInt: TFunction;
  showPrompts: boolean;
}

/** The question in both languages, read-aloud and prompt: unchanged while its answer is typed, so not redrawn. */
const QuestionText = memo(function QuestionText({ domId, labelId, question, langs, tOp, tInt, showPrompts }: QuestionTextProps) {
  const spoken = useCallback(() => spokenText(question, tInt), [question, tInt]);
  const twoPanes = langs.interviewee !== langs.operator;
  return (
    <>
      <div className={twoPanes ? 'panes two' : 'panes'}>
        <div className="pane pane-operator" lang={langs.operator} dir={dirOf(langs.operator)}>
          {question.pictogram && <Pictogram id={question.pictogram} />}
          <label id={labelId} htmlFor={domId} className="question-label">
            {tOp(question.labelKey)}
          </label>
          {question.helpKey && <p className="help">{tOp(question.helpKey)}</p>}
        </div>
        {twoPanes && (
          <div className="pane pane-interviewee" lang={langs.interviewee} dir={dirOf(langs.interviewee)} data-testid="interviewee-pane">
            <p className="question-label">{tInt(question.labelKey)}</p>
            {question.helpKey && <p className="help">{tInt(question.helpKey)}</p>}
          </div>
        )}
      </div>
      <ReadAloud text={spoken} language={langs.interviewee} operator={langs.operator} tOp={tOp} tInt={tInt} />
      {showPrompts && <MediatorPrompt promptKey={question.promptKey} langs={langs} tOp={tOp} tInt={tInt} />}
    </>
  );
});

/** The question as it is read aloud: its label, then the choices for a closed question. */
function spokenText(question: Question, tInt: TFunction): string {
  const choices = question.input === 'singleChoice' || question.input === 'multiChoice' ? (question.options ?? []).map((o) => tInt(o.labelKey)) : [];
  return [tInt(question.labelKey), ...choices].join('. ');
}
