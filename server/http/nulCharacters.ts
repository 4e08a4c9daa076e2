import type { ApiIssue } from '../../src/domain/syncContract';

/**
 * Paths of the strings (values or keys) holding U+0000. JSON allows it and so do the shared
 * schemas, but PostgreSQL's jsonb cannot store it: without this check such a profile was a 500,
 * not a 400 that names the field.
 */
export function nulCharacterIssues(value: unknown, prefix: readonly (string | number)[]): ApiIssue[] {
  const issues: ApiIssue[] = [];
  // One path stack for the whole walk: this runs on every upload, and a path is built only for a hit.
  const path = [...prefix];
  const found = () => issues.push({ path: path.join('.'), message: 'Text contains the character U+0000, which cannot be stored.' });
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      if (node.includes('\u0000')) found();
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        path.push(i);
        visit(child);
        path.pop();
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        path.push(key);
        if (key.includes('\u0000')) found();
        visit(child);
        path.pop();
      }
    }
  };
  visit(value);
  return issues;
}
