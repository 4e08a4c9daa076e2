import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerPath } from '../../domain/answer';
import { dirOf } from '../../i18n/languages';
import { newItemId, repeatItems } from '../../questionnaire/answers';
import type { Group } from '../../questionnaire/types';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useAnswer } from '../../app/useInterviewSession';
import { Pictogram } from '../common/Pictogram';
import { IntervieweePane, IntervieweeText, Panes } from './interviewee';
import { MediatorPrompt } from './MediatorPrompt';
import { QuestionCard } from './QuestionCard';
import type { TFunction } from 'i18next';

interface Props {
  group: Group;
  session: InterviewSession;
  operator: string;
  tOp: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

/**
 * A repeatable group: each item (a job, a diploma, a next step) is a fieldset of its own questions.
 * Memoised, reading its own list of items: it redraws when an item is added or removed, and each
 * of its question cards when that card's answer changes.
 */
export const GroupCard = memo(function GroupCard({ group, session, operator, tOp, showPrompts, disabled }: Props) {
  const { t } = useTranslation('app');
  const items = repeatItems(useAnswer(session, group.id)?.value);
  const headingId = `g-${group.id.replace(/\./g, '-')}`;
  return (
    <section className="group" aria-labelledby={headingId} data-group={group.id}>
      <Panes>
        <div className="pane" lang={operator} dir={dirOf(operator)}>
          {group.pictogram && <Pictogram id={group.pictogram} />}
          <h3 id={headingId}>{tOp(group.labelKey)}</h3>
          {group.helpKey && <p className="help">{tOp(group.helpKey)}</p>}
        </div>
        <IntervieweePane>
          <p className="question-label">
            <IntervieweeText k={group.labelKey} />
          </p>
        </IntervieweePane>
      </Panes>
      {showPrompts && <MediatorPrompt promptKey={group.promptKey} operator={operator} tOp={tOp} subjectId={headingId} />}
      {items.map((itemId, index) => (
        <fieldset key={itemId} className="group-item">
          <legend>{tOp(group.itemTitleKey, { number: index + 1 })}</legend>
          {group.questions.map((child) => {
            const path = answerPath(group.id, itemId, child.id);
            return (
              <QuestionCard
                key={path}
                domId={`q-${path.replace(/[.@]/g, '-')}`}
                question={child}
                path={path}
                session={session}
                operator={operator}
                tOp={tOp}
                showPrompts={showPrompts}
                disabled={disabled}
              />
            );
          })}
          <button type="button" className="secondary" disabled={disabled} onClick={() => session.removeItem(group.id, itemId, items.filter((i) => i !== itemId))}>
            {t('interview:screen.group.remove', { item: tOp(group.itemTitleKey, { number: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      <button type="button" disabled={disabled} onClick={() => session.setAnswer(group.id, { type: 'repeat', value: [...items, newItemId()] })}>
        {tOp(group.addKey)}
      </button>
    </section>
  );
});
