import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExampleDoc {
  interview: Record<string, unknown>;
  answers: { path: string; value: { type: string; value?: unknown } }[];
}

/**
 * The issue asks for a profile with Arabic and Tigrinya text: the Arabic example (complete,
 * finished) with the free-text answers the Tigrinya example also has given in both scripts.
 * Shared by the browser PDF figure (pdfAdapter.ts) and the Node one (bench/pdf.bench.ts).
 */
export function arabicTigrinyaProfile(root: string): ExampleDoc {
  const read = (name: string) => JSON.parse(readFileSync(join(root, 'examples/profiles', name), 'utf8')) as ExampleDoc;
  const ar = read('arabic-speaker.json');
  const ti = new Map(read('tigrinya-speaker.json').answers.map((a) => [a.path, a]));
  const answers = ar.answers.map((a) => {
    const other = ti.get(a.path);
    if (a.value.type !== 'text' || other?.value.type !== 'text') return a;
    return { ...a, value: { ...a.value, value: `${String(a.value.value)} — ${String(other.value.value)}`.slice(0, 2000) } };
  });
  return { ...ar, interview: { ...ar.interview, id: crypto.randomUUID() }, answers };
}
