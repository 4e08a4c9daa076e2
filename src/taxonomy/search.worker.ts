/**
 * Loads, checks and indexes the taxonomy off the main thread (parsing and indexing the ESCO
 * files takes hundreds of milliseconds on a tablet), then answers searches by message.
 */
import type { SkillCollection } from './dataset';
import { loadTaxonomy } from './loader';
import { summarise, type TaxonomyHit } from './service';
import type { Taxonomy } from './taxonomy';

export type WorkerRequest =
  | { type: 'load'; languages: string[]; baseUrl: string }
  | { type: 'search'; id: number; target: 'occupations' | SkillCollection; query: string; limit: number };

export type WorkerResponse =
  | { type: 'ready'; summary: ReturnType<typeof summarise> }
  | { type: 'failed' }
  | { type: 'hits'; id: number; hits: TaxonomyHit[] };

let taxonomy: Taxonomy | undefined;
// Typed by hand: the project's lib is DOM, and the webworker lib would clash with it.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    try {
      const loaded = await loadTaxonomy(request.languages, { baseUrl: request.baseUrl });
      taxonomy = loaded.taxonomy;
      taxonomy.occupations.freeze();
      scope.postMessage({ type: 'ready', summary: summarise(loaded) } satisfies WorkerResponse);
    } catch {
      scope.postMessage({ type: 'failed' } satisfies WorkerResponse);
    }
    return;
  }
  if (!taxonomy) return;
  const found =
    request.target === 'occupations'
      ? taxonomy.searchOccupations(request.query, { limit: request.limit })
      : taxonomy.searchSkills(request.target, request.query, { limit: request.limit });
  const hits = found.map(({ concept, matched }) => ({ concept, matched }));
  scope.postMessage({ type: 'hits', id: request.id, hits } satisfies WorkerResponse);
};
