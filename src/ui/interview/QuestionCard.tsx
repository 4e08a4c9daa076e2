import type { TFunction } from 'i18next';
import { memo, useCallback, type FormEvent } from 'react';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useCardAnswer } from '../../app/useInterviewSession';
import type { AnswerValue } from '../../domain/answerValue';
import { dirOf } from '../../i18n/languages';
import type { Question } from '../../questionnaire/types';
import { Pictogram } from '../common/Pictogram';
import { AnswerInput } from './inputs/AnswerInput';
import { IntervieweePane, IntervieweeText, Panes } from './interviewee';
import { MediatorPrompt } from './MediatorPrompt';
import { ReadAloud } from './ReadAloud';

export interface QuestionCardProps {
  domId: string;
  question: Question;
  /** Where the answer is stored (`question.id`, or `group@item.question` inside a repeatable group). */
  path: string;
  session: InterviewSession;
  operator: string;
  tOp: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

/**
 * One question in two panes: the operator's language (its label names the control) and the
 * interviewee's language, each with its own `lang` and `dir`; the mediator prompt below.
 * Memoised, reading its own answer: a change re-renders only the card whose answer changed
 * (every prop is stable otherwise), and a key typed inside a free text none (see
 * `InterviewSession.getCardAnswer`), which keeps typing responsive on a slow tablet. The
 * interviewee's language is read from context by the parts that show it, so a language switch
 * does not re-render the card either.
 */
export const QuestionCard = memo(function QuestionCard({ domId, question, path, session, operator, tOp, showPrompts, disabled }: QuestionCardProps) {
  const record = useCardAnswer(session, path);
  const readAnswer = useCallback(() => session.getAnswer(path), [session, path]);
  const onChange = useCallback((value: AnswerValue | undefined) => session.setAnswer(path, value), [session, path]);
  const onTranslation = useCallback((text: string) => session.setTranslation(path, text), [session, path]);
  const labelId = `${domId}-label`;
  // A form of its own: Chromium's autofill gathers the fields of the form an edited field belongs to
  // on every change, and for fields outside any form, every such field of the page with every
  // option of its lists (~10 ms per keystroke at 4x on the personal section). Nothing is submitted,
  // and autocomplete is off: an interviewee's answers are no suggestions for the next one.
  return (
    <form className="question" data-question={question.id} onSubmit={preventSubmit} noValidate autoComplete="off">
      <QuestionText domId={domId} labelId={labelId} question={question} operator={operator} tOp={tOp} showPrompts={showPrompts} />
      <AnswerInput id={domId} labelId={labelId} question={question} record={record} readAnswer={readAnswer} onChange={onChange} onTranslation={onTranslation} operator={operator} tOp={tOp} disabled={disabled} />
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
  operator: string;
  tOp: TFunction;
  showPrompts: boolean;
}

/** The question in both languages, read-aloud and prompt: unchanged while its answer is typed, so not redrawn. */
const QuestionText = memo(function QuestionText({ domId, labelId, question, operator, tOp, showPrompts }: QuestionTextProps) {
  const spoken = useCallback((tInt: TFunction) => spokenText(question, tInt), [question]);
  return (
    <>
      <Panes>
        <div className="pane pane-operator" lang={operator} dir={dirOf(operator)}>
          {question.pictogram && <Pictogram id={question.pictogram} />}
          <label id={labelId} htmlFor={domId} className="question-label">
            {tOp(question.labelKey)}
          </label>
          {question.helpKey && <p className="help">{tOp(question.helpKey)}</p>}
        </div>
        <IntervieweePane>
          <p className="question-label">
            <IntervieweeText k={question.labelKey} />
          </p>
          {question.helpKey && (
            <p className="help">
              <IntervieweeText k={question.helpKey} />
            </p>
          )}
        </IntervieweePane>
      </Panes>
      <ReadAloud text={spoken} tOp={tOp} subjectId={labelId} />
      {showPrompts && <MediatorPrompt promptKey={question.promptKey} operator={operator} tOp={tOp} subjectId={labelId} />}
    </>
  );
});

/** The question as it is read aloud: its label, then the choices for a closed question. */
function spokenText(question: Question, tInt: TFunction): string {
  const choices = question.input === 'singleChoice' || question.input === 'multiChoice' ? (question.options ?? []).map((o) => tInt(o.labelKey)) : [];
  return [tInt(question.labelKey), ...choices].join('. ');
}
