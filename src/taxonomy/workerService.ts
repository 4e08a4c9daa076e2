import type { SkillCollection } from './dataset';
import { iscoTitleFrom, localService, type TaxonomyHit, type TaxonomyService } from './service';
import type { WorkerRequest, WorkerResponse } from './search.worker';

/**
 * The taxonomy for an interview's languages, searched in a Web Worker where the browser has
 * module workers, else on the main thread with the same module.
 */
export async function openTaxonomy(languages: readonly string[]): Promise<TaxonomyService> {
  if (typeof Worker !== 'undefined' && typeof document !== 'undefined') {
    try {
      return await workerService(languages);
    } catch {
      // fall through to the main thread
    }
  }
  // Loaded on demand: where the worker runs, the main thread never needs the loader and zod.
  // (service.ts is small and already here for iscoTitleFrom, so it is imported statically.)
  const { loadTaxonomy } = await import('./loader');
  return localService(await loadTaxonomy(languages));
}

function workerService(languages: readonly string[]): Promise<TaxonomyService> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'taxonomy-search' });
  // The worker's own URL is under assets/, so it gets the dataset folder as an absolute URL.
  const baseUrl = new URL(`${import.meta.env.BASE_URL}taxonomy/`, document.baseURI).href;
  const pending = new Map<number, (hits: TaxonomyHit[]) => void>();
  let nextId = 1;

  return new Promise<TaxonomyService>((resolve, reject) => {
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('taxonomy worker failed'));
    };
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'failed') {
        worker.terminate();
        reject(new Error('taxonomy worker could not load'));
      } else if (message.type === 'hits') {
        pending.get(message.id)?.(message.hits);
        pending.delete(message.id);
      } else {
        const { summary } = message;
        const search = (target: 'occupations' | SkillCollection, query: string, limit: number) =>
          new Promise<TaxonomyHit[]>((done) => {
            const id = nextId++;
            pending.set(id, done);
            worker.postMessage({ type: 'search', id, target, query, limit } satisfies WorkerRequest);
          });
        resolve({
          hasEsco: summary.hasEsco,
          languages: summary.languages,
          problems: summary.problems,
          skillCount: (collection) => summary.skillCounts[collection],
          iscoTitle: (code, lang) => iscoTitleFrom(summary.iscoTitles, code, lang),
          searchOccupations: (query, limit) => search('occupations', query, limit),
          searchSkills: (collection, query, limit) => search(collection, query, limit),
          dispose: () => worker.terminate(),
        });
      }
    };
    worker.postMessage({ type: 'load', languages: [...languages], baseUrl } satisfies WorkerRequest);
  });
}
