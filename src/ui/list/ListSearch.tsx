import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { everyInterview } from '../../app/queries';
import { useServices } from '../../app/ServicesContext';
import type { Interview } from '../../domain/interview';
import { interviewsNamed, SEARCH_ROWS_SHOWN } from './nameSearch';

/**
 * Finds interviews by name or alias among all of this operator's, for a device that holds
 * hundreds. Names are sealed in storage, so the first search opens every interview (read once,
 * then kept up to date by the list's own invalidations); the list shows the matches instead of
 * its pages while a query is typed.
 */
export function ListSearch({ onMatches }: { onMatches: (matches: readonly Interview[] | undefined) => void }) {
  const { t } = useTranslation(['listTools', 'app']);
  const { store } = useServices();
  const [typed, setQuery] = useState('');
  // The box shows each key at once; the rows follow in a render that a next key may interrupt.
  const query = useDeferredValue(typed);
  const quoted = query.trim();
  const searching = quoted !== '';
  const client = useQueryClient();
  // Read once while the list is shown: every change to an interview marks them to be read again.
  const readAll = { ...everyInterview(store), staleTime: Infinity };
  const all = useQuery({ ...readAll, enabled: searching });
  const matches = useMemo(() => (searching && all.data ? interviewsNamed(all.data, query) : undefined), [searching, all.data, query]);
  useEffect(() => onMatches(matches?.slice(0, SEARCH_ROWS_SHOWN)), [matches, onMatches]);
  useEffect(() => () => onMatches(undefined), [onMatches]);

  let status = '';
  if (searching && !matches) status = all.isError ? t('app:errors.loadFailed') : t('app:common.loading');
  else if (matches && matches.length > SEARCH_ROWS_SHOWN) status = t('search.resultsCapped', { query: quoted, number: matches.length, shown: SEARCH_ROWS_SHOWN });
  else if (matches) status = t('search.results', { query: quoted, number: matches.length });
  return (
    <div className="list-search" role="search">
      <label htmlFor="list-search-input">{t('search.label')}</label>
      <input
        id="list-search-input"
        className="any-script"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={typed}
        // Opening every interview takes a moment on a full tablet: it starts as the box is entered, while the name is typed.
        onFocus={() => void client.prefetchQuery(readAll)}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p role="status">{status}</p>
    </div>
  );
}
