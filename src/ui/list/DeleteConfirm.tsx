import { useTranslation } from 'react-i18next';
import { useDeleteInterview } from '../../app/queries';
import { errorText } from '../security/errorText';

/**
 * The question a row asks before deleting its interview. Mounted only while asked, so rows do not
 * each hold a delete mutation. Once deleted, the row and its buttons are gone: focus goes to the
 * list's heading, which says how many interviews are left.
 */
export function DeleteConfirm({ interviewId, name, onCancel }: { interviewId: string; name: string; onCancel: () => void }) {
  const { t } = useTranslation('app');
  const remove = useDeleteInterview();
  return (
    <span role="alertdialog" aria-labelledby={`del-${interviewId}`} className="confirm">
      <span id={`del-${interviewId}`} className="any-script">{t('list.delete.confirm', { name })}</span>
      <button type="button" className="danger" onClick={() => void remove.mutateAsync(interviewId).then(() => document.getElementById('list-title')?.focus(), () => undefined)}>
        {t('list.delete.yes')}
      </button>
      <button type="button" className="secondary" autoFocus onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {remove.isError && (
        <span role="alert" className="error">
          {errorText(t, remove.error)}
        </span>
      )}
    </span>
  );
}
