import type { TFunction } from 'i18next';
import type { AnswerRecord } from '../../../domain/answer';
import type { AnswerValue } from '../../../domain/answerValue';
import type { Question } from '../../../questionnaire/types';

/** What every answer control receives; `onChange(undefined)` clears the answer. */
export interface InputProps {
  id: string;
  labelId: string;
  question: Question;
  /** The answer as the card draws it: for free text, its words may be some keys behind (see `InterviewSession.getCardAnswer`). */
  record: AnswerRecord | undefined;
  /** The answer as it is now, words included. */
  readAnswer: () => AnswerRecord | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  onTranslation: (text: string) => void;
  /** The operator's language; the interviewee's comes from `useInterviewee`, so a switch does not redraw every control. */
  operator: string;
  /** Questionnaire text in the operator's language. */
  tOp: TFunction;
  disabled: boolean;
}
