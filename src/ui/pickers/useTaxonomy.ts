import { createContext, useContext, useEffect, useState } from 'react';
import type { AppError } from '../../domain/errors';
import { loadTaxonomy, type LoadedTaxonomy } from '../../taxonomy/loader';
import type { Taxonomy } from '../../taxonomy/taxonomy';

export type TaxonomyLoader = (languages: readonly string[]) => Promise<LoadedTaxonomy>;

const loaded = new Map<string, Promise<LoadedTaxonomy>>();

/** Loads once per language pair for the whole session; the index is built on first use. */
export const defaultTaxonomyLoader: TaxonomyLoader = (languages) => {
  const key = [...new Set(languages)].sort().join(',');
  let promise = loaded.get(key);
  if (!promise) {
    promise = loadTaxonomy(languages);
    loaded.set(key, promise);
    // A failure must not stick: the next picker that mounts tries again.
    promise.catch(() => loaded.delete(key));
  }
  return promise;
};

/** Lets the app (or a test) choose where datasets come from. */
export const TaxonomyLoaderContext = createContext<TaxonomyLoader>(defaultTaxonomyLoader);

export interface TaxonomyState {
  taxonomy?: Taxonomy;
  problems: AppError[];
  failed: boolean;
}

export function useTaxonomy(languages: { operator: string; interviewee: string }): TaxonomyState {
  const load = useContext(TaxonomyLoaderContext);
  const { operator, interviewee } = languages;
  const [state, setState] = useState<TaxonomyState & { key: string }>({ key: '', problems: [], failed: false });
  const key = `${operator}|${interviewee}`;
  useEffect(() => {
    let live = true;
    load([operator, interviewee]).then(
      (result) => live && setState({ key, taxonomy: result.taxonomy, problems: result.problems, failed: false }),
      () => live && setState({ key, problems: [], failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load, operator, interviewee, key]);
  return state.key === key ? state : { problems: [], failed: false };
}
