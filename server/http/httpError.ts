import type { ApiError, ApiErrorCode, ApiIssue, Receipt } from '../../src/domain/syncContract';

/** A rejection with a stable code; thrown inside a transaction it also rolls the transaction back. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { issues?: ApiIssue[]; latest?: Receipt; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ApiError {
    const body: ApiError = { code: this.code, message: this.message };
    if (this.extra.issues) body.issues = this.extra.issues;
    if (this.extra.latest) body.latest = this.extra.latest;
    return body;
  }
}

/** 401 for a request without a valid token, or from a device revoked since its token was looked up. */
export const unauthorizedError = () => new HttpError(401, 'unauthorized', 'A valid device token is required.');
