import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureLanguage } from '../i18n';

/**
 * Loads a language's texts before it is shown, so a pane never flashes the fallback language.
 * `isSettled` turns true once loading has finished, or failed (then i18next's fallback shows).
 */
export function useLanguageLoader() {
  const { i18n } = useTranslation();
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const load = useCallback(
    async (language: string) => {
      try {
        await ensureLanguage(i18n, language);
      } finally {
        setSettled((s) => (s.has(language) ? s : new Set([...s, language])));
      }
    },
    [i18n],
  );
  const isSettled = (language: string) => settled.has(language) || i18n.hasResourceBundle(language, 'interview');
  return { load, isSettled };
}

export const OPERATOR_LANGUAGE_KEY = 'operatorLanguage';
