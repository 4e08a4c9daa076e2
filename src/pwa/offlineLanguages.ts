import * as z from 'zod/mini';
import { AppError } from '../domain/errors';
import { manifestSchema } from '../taxonomy/dataset';

/**
 * "Make all languages available offline": fetches, through the service worker, every file that is
 * otherwise cached only on first use (interview locales, fonts, the PDF engine, imported ESCO
 * datasets), so that a tablet can leave for days without network and still hold an interview in
 * any language. The list comes from offline-extras.json, written by the build.
 */
export const offlineExtrasSchema = z.object({ version: z.string(), files: z.array(z.string().check(z.startsWith('/'))) });

export interface OfflineProgress {
  done: number;
  total: number;
  failed: number;
}

const PARALLEL = 3;

async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  return response.json().catch(() => undefined);
}

/** Every URL the action fetches: the build's extras plus the datasets named in the taxonomy manifest. */
export async function offlineFileList(): Promise<string[]> {
  const extras = offlineExtrasSchema.safeParse(await fetchJson('/offline-extras.json'));
  if (!extras.success) throw new AppError('pwa:errors.offlineListMissing');
  const taxonomy = manifestSchema.safeParse(await fetchJson('/taxonomy/manifest.json', { cache: 'no-cache' }).catch(() => undefined));
  const datasets = taxonomy.success ? Object.values(taxonomy.data.languages).map((l) => `/taxonomy/${l.file}`) : [];
  return [...extras.data.files, ...datasets];
}

/** How many of the files are already stored for offline use. */
export async function offlineCoverage(files: readonly string[]): Promise<number> {
  if (typeof caches === 'undefined') return 0;
  const hits = await Promise.all(files.map((f) => caches.match(f).then(Boolean, () => false)));
  return hits.filter(Boolean).length;
}

export async function makeAllAvailableOffline(onProgress: (p: OfflineProgress) => void): Promise<OfflineProgress> {
  // Without a controlling worker the fetches would only warm the HTTP cache, which is not kept offline.
  if (typeof navigator === 'undefined' || !navigator.serviceWorker?.controller) throw new AppError('pwa:errors.offlineNotReady');
  const files = await offlineFileList();
  const progress: OfflineProgress = { done: 0, total: files.length, failed: 0 };
  onProgress({ ...progress });
  const queue = [...files];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const ok = await fetch(url).then(
        async (r) => {
          await r.arrayBuffer();
          return r.ok;
        },
        () => false,
      );
      progress.done += 1;
      if (!ok) progress.failed += 1;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return progress;
}
