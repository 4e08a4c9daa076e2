import type { TFunction } from 'i18next';
import { AppError } from '../../domain/errors';

/** Translates an AppError (or anything thrown) into a message for the operator. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof AppError) return t(error.code.includes(':') ? error.code : `app:${error.code}`, error.params);
  return t('security:errors.unexpected');
}
