import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileDocument } from '../../src/domain/profileDocument';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/profiles/arabic-speaker.json'), 'utf8')) as ProfileDocument;

/**
 * `count` interviews built from the Arabic example, named "Person <first>" … in order of updatedAt
 * (one minute apart, "Person 0" the oldest of all), with the consent answers only.
 */
export function profileDocuments(count: number, status: 'draft' | 'finished' = 'finished', first = 0): ProfileDocument[] {
  return Array.from({ length: count }, (_, k) => {
    const i = first + k;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const interview = { ...example.interview, id: crypto.randomUUID(), createdAt: at, updatedAt: at, status, displayName: `Person ${i}` };
    if (status === 'draft') delete interview.finishedAt;
    return { ...example, interview, answers: example.answers.filter((a) => a.path.startsWith('consent.')) };
  });
}

/** "Person from" down to "Person to": the names the list shows, newest first. */
export function personNames(from: number, to: number): string[] {
  return Array.from({ length: from - to + 1 }, (_, k) => `Person ${from - k}`);
}
