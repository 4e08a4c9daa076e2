import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AnswerRecord } from '../../domain/answer';
import type { AnswerValue } from '../../domain/answerValue';
import { dirOf } from '../../i18n/languages';
import type { Question } from '../../questionnaire/types';
import { Pictogram } from '../common/Pictogram';
import { AnswerInput } from './inputs/AnswerInput';
import type { Langs } from './inputs/types';

export interface QuestionCardProps {
  domId: string;
  question: Question;
  record: AnswerRecord | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  onTranslation: (text: string) => void;
  langs: Langs;
  tOp: TFunction;
  tInt: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

/**
 * One question in two panes: the operator's language (its label names the control) and the
 * interviewee's language, each with its own `lang` and `dir`; the mediator prompt below.
 */
export function QuestionCard({ domId, question, record, onChange, onTranslation, langs, tOp, tInt, showPrompts, disabled }: QuestionCardProps) {
  const { t } = useTranslation('app');
  const labelId = `${domId}-label`;
  const twoPanes = langs.interviewee !== langs.operator;
  return (
    <div className="question" role="group" aria-labelledby={labelId} data-question={question.id}>
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
      {showPrompts && (
        <aside className="prompt" lang={langs.operator} dir={dirOf(langs.operator)} aria-label={t('interview.prompt.label')}>
          <span className="prompt-tag">{t('interview.prompt.label')}</span> {tOp(question.promptKey)}
        </aside>
      )}
      <AnswerInput id={domId} labelId={labelId} question={question} record={record} onChange={onChange} onTranslation={onTranslation} langs={langs} tOp={tOp} tInt={tInt} disabled={disabled} />
    </div>
  );
}
