import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_OPERATOR_LANGUAGE, SOURCE_LANGUAGE } from './languages';
import { availableNamespaces, loadNamespace } from './resources';

export const NAMESPACES = ['app', 'interview'] as const;

/** Loads every namespace of a language into i18next (once); safe to call repeatedly. */
export async function ensureLanguage(i18n: I18n, language: string): Promise<void> {
  if (import.meta.env.DEV) {
    const pseudo = await import('./pseudo');
    if (pseudo.isPseudo(language)) {
      await ensureLanguage(i18n, SOURCE_LANGUAGE);
      for (const ns of availableNamespaces(SOURCE_LANGUAGE)) {
        const source = i18n.getResourceBundle(SOURCE_LANGUAGE, ns) as Record<string, unknown> | undefined;
        if (source && !i18n.hasResourceBundle(language, ns)) i18n.addResourceBundle(language, ns, pseudo.pseudoLocalize(source, language), true, false);
      }
      return;
    }
  }
  const missing = availableNamespaces(language).filter((ns) => !i18n.hasResourceBundle(language, ns));
  await Promise.all(
    missing.map(async (ns) => {
      const data = await loadNamespace(language, ns);
      if (data) i18n.addResourceBundle(language, ns, data, true, false);
    }),
  );
}

export async function createI18n(operatorLanguage = DEFAULT_OPERATOR_LANGUAGE): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: operatorLanguage,
    fallbackLng: SOURCE_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: {},
  });
  await Promise.all([ensureLanguage(i18n, operatorLanguage), ensureLanguage(i18n, SOURCE_LANGUAGE)]);
  return i18n;
}
