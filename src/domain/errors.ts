import type * as z from 'zod/mini';

/**
 * An error the user can read: `code` is a translation key under `errors.`, `params` its values.
 * The domain raises these; the UI translates them. Nothing user-facing is written in English here.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Field paths of every issue, e.g. `answers.3.value`, for error messages and the server's 400 body. */
export function issuePaths(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? i.path.join('.') : '(root)'));
}

export function summariseIssues(error: z.core.$ZodError, max = 5): string {
  const paths = [...new Set(issuePaths(error))];
  return paths.slice(0, max).join(', ') + (paths.length > max ? ` (+${paths.length - max})` : '');
}
