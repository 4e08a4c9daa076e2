import type { ApiIssue } from '../../src/domain/syncContract';

/**
 * Paths of the strings (values or keys) holding U+0000. JSON allows it and so do the shared
 * schemas, but PostgreSQL's jsonb cannot store it: without this check such a profile was a 500,
 * not a 400 that names the field.
 */
export function nulCharacterIssues(value: unknown, path: readonly (string | number)[]): ApiIssue[] {
  const at = (p: readonly (string | number)[]) => ({ path: p.join('.'), message: 'Text contains the character U+0000, which cannot be stored.' });
  if (typeof value === 'string') return value.includes('\u0000') ? [at(path)] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulCharacterIssues(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(k.includes('\u0000') ? [at([...path, k])] : []), ...nulCharacterIssues(v, [...path, k])]);
  }
  return [];
}
