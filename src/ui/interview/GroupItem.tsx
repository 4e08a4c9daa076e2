import type { TFunction } from 'i18next';
import { memo, useState } from 'react';
import { answerPath } from '../../domain/answer';
import type { InterviewSession } from '../../app/session/interviewSession';
import type { Group } from '../../questionnaire/types';
import { QuestionCard } from './QuestionCard';
import { useReturnFocus } from '../common/useReturnFocus';

interface Props {
  group: Group;
  itemId: string;
  /** The item's title ("Job 2"), in the operator's language. */
  title: string;
  session: InterviewSession;
  operator: string;
  tOp: TFunction;
  /** The `app` texts (the cancel button). */
  tApp: TFunction;
  showPrompts: boolean;
  disabled: boolean;
  /** Removes the item (and its answers); the group moves focus and says what was removed. */
  onRemove: (itemId: string, title: string) => void;
}

/**
 * One item of a repeatable group (a job, a diploma) as a fieldset of its questions. Removing an
 * item that holds answers asks first, in place: a slip of the finger must not drop a whole job.
 */
export const GroupItem = memo(function GroupItem({ group, itemId, title, session, operator, tOp, tApp, showPrompts, disabled, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const removeButton = useReturnFocus(confirming);
  const confirmId = `confirm-${group.id.replace(/\./g, '-')}-${itemId}`;
  const removeLabel = tOp('interview:screen.group.remove', { item: title });
  return (
    <fieldset className="group-item" data-item={itemId}>
      <legend>{title}</legend>
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
      {confirming ? (
        <div role="alertdialog" aria-labelledby={confirmId} className="confirm">
          <span id={confirmId}>{tOp('interview:screen.group.removeConfirm', { item: title })}</span>
          <button type="button" className="danger" disabled={disabled} onClick={() => onRemove(itemId, title)}>
            {removeLabel}
          </button>
          <button
            type="button"
            className="secondary"
            autoFocus
            onClick={() => {
              removeButton.returnFocus();
              setConfirming(false);
            }}
          >
            {tApp('common.cancel')}
          </button>
        </div>
      ) : (
        <button
          ref={removeButton.button}
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => (session.itemHasAnswers(group.id, itemId) ? setConfirming(true) : onRemove(itemId, title))}
        >
          {removeLabel}
        </button>
      )}
    </fieldset>
  );
});
