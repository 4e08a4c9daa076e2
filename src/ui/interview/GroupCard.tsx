import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from '../../i18n/languages';
import { newItemId, repeatItems } from '../../questionnaire/answers';
import type { Group } from '../../questionnaire/types';
import type { InterviewSession } from '../../app/session/interviewSession';
import { useAnswer } from '../../app/useInterviewSession';
import { Pictogram } from '../common/Pictogram';
import { GroupItem } from './GroupItem';
import { IntervieweePane, IntervieweeText, Panes } from './interviewee';
import { MediatorPrompt } from './MediatorPrompt';
import type { TFunction } from 'i18next';

interface Props {
  group: Group;
  session: InterviewSession;
  operator: string;
  tOp: TFunction;
  showPrompts: boolean;
  disabled: boolean;
}

const FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * A repeatable group: each item (a job, a diploma, a next step) is a fieldset of its own questions.
 * Memoised, reading its own list of items: it redraws when an item is added or removed, and each
 * of its question cards when that card's answer changes. Focus follows the operator's action: to
 * the first field of an item just added, to the add button once an item is removed (the removed
 * button is gone), with the removal said in a status line.
 */
export const GroupCard = memo(function GroupCard({ group, session, operator, tOp, showPrompts, disabled }: Props) {
  const { t: tApp } = useTranslation('app');
  const items = repeatItems(useAnswer(session, group.id)?.value);
  const headingId = `g-${group.id.replace(/\./g, '-')}`;
  const section = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusItem = useRef<string | undefined>(undefined);
  const [removed, setRemoved] = useState<string | undefined>(undefined);

  useEffect(() => {
    const id = focusItem.current;
    if (!id) return;
    const field = section.current?.querySelector(`fieldset[data-item="${id}"]`)?.querySelector<HTMLElement>(FIELD);
    if (!field) return;
    focusItem.current = undefined;
    field.focus();
  }, [items]);

  const add = () => {
    const id = newItemId();
    focusItem.current = id;
    setRemoved(undefined);
    session.setAnswer(group.id, { type: 'repeat', value: [...items, id] });
  };
  const remove = useCallback(
    (itemId: string, title: string) => {
      addButton.current?.focus();
      setRemoved(title);
      session.removeItem(group.id, itemId);
    },
    [session, group.id],
  );

  return (
    <section ref={section} className="group" aria-labelledby={headingId} data-group={group.id}>
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
        <GroupItem
          key={itemId}
          group={group}
          itemId={itemId}
          title={tOp(group.itemTitleKey, { number: index + 1 })}
          session={session}
          operator={operator}
          tOp={tOp}
          tApp={tApp}
          showPrompts={showPrompts}
          disabled={disabled}
          onRemove={remove}
        />
      ))}
      <p role="status" className="group-status">
        {removed && tOp('interview:screen.group.removed', { item: removed })}
      </p>
      <button ref={addButton} type="button" disabled={disabled} onClick={add}>
        {tOp(group.addKey)}
      </button>
    </section>
  );
});
