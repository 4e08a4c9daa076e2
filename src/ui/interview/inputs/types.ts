import type { TFunction } from 'i18next';
import type { AnswerRecord } from '../../../domain/answer';
import type { AnswerValue } from '../../../domain/answerValue';
import type { Question } from '../../../questionnaire/types';

export interface Langs {
  operator: string;
  interviewee: string;
}

/** What every answer control receives; `onChange(undefined)` clears the answer. */
export interface InputProps {
  id: string;
  labelId: string;
  question: Question;
  record: AnswerRecord | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  onTranslation: (text: string) => void;
  langs: Langs;
  /** Questionnaire text in the operator's and the interviewee's language. */
  tOp: TFunction;
  tInt: TFunction;
  disabled: boolean;
}
