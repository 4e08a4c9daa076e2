import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureLanguage } from '../i18n';

/** Makes sure a language's texts are loaded before it is shown, so a switch never flashes keys. */
export function useLanguageLoader() {
  const { i18n } = useTranslation();
  const [, setVersion] = useState(0);
  const load = useCallback(
    async (language: string) => {
      await ensureLanguage(i18n, language);
      setVersion((v) => v + 1);
    },
    [i18n],
  );
  return { load };
}

export const OPERATOR_LANGUAGE_KEY = 'operatorLanguage';
