import { useTranslation } from 'react-i18next';

/** What a lazily loaded part (./lazyPart.ts) shows until it is in: "loading", or why not, with a retry. */
export function PartLoadStatus({ failed, onRetry }: { failed: boolean; onRetry: () => void }) {
  const { t } = useTranslation('app');
  return failed ? (
    <p role="alert">
      {t('errors.screenLoad.failed')}{' '}
      <button type="button" className="secondary" onClick={onRetry}>
        {t('errors.screenLoad.retry')}
      </button>
    </p>
  ) : (
    <p role="status">{t('common.loading')}</p>
  );
}
