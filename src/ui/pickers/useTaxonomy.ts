import { createContext, useContext, useEffect, useState } from 'react';
import type { TaxonomyHit, TaxonomyService } from '../../taxonomy/service';
import { openTaxonomy } from '../../taxonomy/workerService';

export type TaxonomyLoader = (languages: readonly string[]) => Promise<TaxonomyService>;

const opened = new Map<string, Promise<TaxonomyService>>();

/** Opens once per language pair for the whole session (a worker, or the main thread). */
export const defaultTaxonomyLoader: TaxonomyLoader = (languages) => {
  const key = [...new Set(languages)].sort().join(',');
  let promise = opened.get(key);
  if (!promise) {
    promise = openTaxonomy(languages);
    opened.set(key, promise);
    // A failure must not stick: the next picker that mounts tries again.
    promise.catch(() => opened.delete(key));
  }
  return promise;
};

/** Lets the app (or a test) choose where the taxonomy comes from. */
export const TaxonomyLoaderContext = createContext<TaxonomyLoader>(defaultTaxonomyLoader);

export interface TaxonomyState {
  service?: TaxonomyService;
  failed: boolean;
}

export function useTaxonomy(languages: { operator: string; interviewee: string }): TaxonomyState {
  const load = useContext(TaxonomyLoaderContext);
  const { operator, interviewee } = languages;
  const key = `${operator}|${interviewee}`;
  const [state, setState] = useState<TaxonomyState & { key: string }>({ key: '', failed: false });
  useEffect(() => {
    let live = true;
    load([operator, interviewee]).then(
      (service) => live && setState({ key, service, failed: false }),
      () => live && setState({ key, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, operator, interviewee, key]);
  return state.key === key ? state : { failed: false };
}

/**
 * Hits for the text being typed. Answers to older keystrokes that arrive late are dropped;
 * until the new answer comes the previous hits stay, so the list does not flicker.
 */
export function useHits(search: ((query: string) => Promise<TaxonomyHit[]>) | undefined, query: string, enabled: boolean): TaxonomyHit[] {
  const [result, setResult] = useState<TaxonomyHit[]>([]);
  const active = enabled && query.trim() !== '' && search !== undefined;
  useEffect(() => {
    if (!active) return;
    let live = true;
    search(query).then((hits) => live && setResult(hits));
    return () => {
      live = false;
    };
  }, [active, search, query]);
  return active ? result : [];
}
