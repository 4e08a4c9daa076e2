import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerPath } from '../../domain/answer';
import { dirOf } from '../../i18n/languages';
import { groupItems, newItemId } from '../../questionnaire/answers';
import type { Group } from '../../questionnaire/types';
import type { SessionView } from '../../app/session/interviewSession';
import type { InterviewSession } from '../../app/session/interviewSession';
import { Pictogram } from '../common/Pictogram';
import { MediatorPrompt } from './MediatorPrompt';
import { QuestionCard } from './QuestionCard';
import type { TFunction } from 'i18next';
import type { Langs } from './inputs/types';

interface Props {
  group: Group;
  session: InterviewSession;
  snapshot: SessionView;
  langs: Langs;
  tOp: TFunction;
  tInt: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

/** A repeatable group: each item (a job, a diploma, a next step) is a fieldset of its own questions. */
export const GroupCard = memo(function GroupCard({ group, session, snapshot, langs, tOp, tInt, showPrompts, disabled }: Props) {
  const { t } = useTranslation('app');
  const items = groupItems(snapshot.values, group.id);
  const headingId = `g-${group.id.replace(/\./g, '-')}`;
  return (
    <section className="group" aria-labelledby={headingId} data-group={group.id}>
      <div className={langs.interviewee !== langs.operator ? 'panes two' : 'panes'}>
        <div className="pane" lang={langs.operator} dir={dirOf(langs.operator)}>
          {group.pictogram && <Pictogram id={group.pictogram} />}
          <h3 id={headingId}>{tOp(group.labelKey)}</h3>
          {group.helpKey && <p className="help">{tOp(group.helpKey)}</p>}
        </div>
        {langs.interviewee !== langs.operator && (
          <div className="pane pane-interviewee" lang={langs.interviewee} dir={dirOf(langs.interviewee)}>
            <p className="question-label">{tInt(group.labelKey)}</p>
          </div>
        )}
      </div>
      {showPrompts && <MediatorPrompt promptKey={group.promptKey} langs={langs} tOp={tOp} tInt={tInt} />}
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
                record={snapshot.answers.get(path)}
                session={session}
                langs={langs}
                tOp={tOp}
                tInt={tInt}
                showPrompts={showPrompts}
                disabled={disabled}
              />
            );
          })}
          <button type="button" className="secondary" disabled={disabled} onClick={() => session.removeItem(group.id, itemId, items.filter((i) => i !== itemId))}>
            {t('interview.group.remove', { item: tOp(group.itemTitleKey, { number: index + 1 }) })}
          </button>
        </fieldset>
      ))}
      <button type="button" disabled={disabled} onClick={() => session.setAnswer(group.id, { type: 'repeat', value: [...items, newItemId()] })}>
        {tOp(group.addKey)}
      </button>
    </section>
  );
}, sameGroup);

/** Typing elsewhere in the section leaves a group alone: it redraws when its items or one of their answers changed. */
function sameGroup(a: Props, b: Props): boolean {
  if (a.group !== b.group || a.session !== b.session || a.langs !== b.langs || a.tOp !== b.tOp || a.tInt !== b.tInt || a.showPrompts !== b.showPrompts || a.disabled !== b.disabled) return false;
  if (a.snapshot.answers === b.snapshot.answers) return true;
  if (a.snapshot.answers.get(a.group.id) !== b.snapshot.answers.get(b.group.id)) return false;
  return groupItems(b.snapshot.values, b.group.id).every((itemId) =>
    b.group.questions.every((q) => {
      const path = answerPath(b.group.id, itemId, q.id);
      return a.snapshot.answers.get(path) === b.snapshot.answers.get(path);
    }),
  );
}
