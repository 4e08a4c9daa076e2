/**
 * The page's side of src/pdf/pdf.worker.ts: one worker per session, created on first use and
 * kept (the engine and fonts stay parsed in it between exports).
 */
import type { PdfWorkerRequest, PdfWorkerResponse } from './pdfWorkerProtocol';

type Pending = { resolve: (blob: Blob | undefined) => void; reject: (e: Error) => void };
type Outgoing = PdfWorkerRequest extends infer R ? (R extends PdfWorkerRequest ? Omit<R, 'id'> : never) : never;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  worker.onmessage = (event: MessageEvent<PdfWorkerResponse>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.blob);
    else p.reject(new Error(reply.message));
  };
  // The script failed to load (e.g. offline before it was ever cached): the next call starts afresh.
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(event.message || 'PDF worker failed');
  };
  return worker;
}

export function canUseWorker(): boolean {
  return typeof Worker !== 'undefined';
}

export function callPdfWorker(message: Outgoing): Promise<Blob | undefined> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ ...message, id } as PdfWorkerRequest);
  });
}
