import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_OPERATOR_LANGUAGE, SOURCE_LANGUAGE } from './languages';
import { availableNamespaces, loadNamespace } from './resources';
import { START_NAMESPACES } from './startNamespaces';

export { START_NAMESPACES };

export const NAMESPACES = ['app', 'interview'] as const;

/**
 * Loads namespaces of a language into i18next (once; every namespace the language ships when
 * `namespaces` is absent); safe to call repeatedly.
 */
export async function ensureLanguage(i18n: I18n, language: string, namespaces?: readonly string[]): Promise<void> {
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
  const missing = missingNamespaces(i18n, language, namespaces);
  await Promise.all(
    missing.map(async (ns) => {
      const data = await loadNamespace(language, ns);
      if (data) i18n.addResourceBundle(language, ns, data, true, false);
    }),
  );
}

function missingNamespaces(i18n: I18n, language: string, namespaces?: readonly string[]): string[] {
  const shipped = availableNamespaces(language);
  return (namespaces ? shipped.filter((ns) => namespaces.includes(ns)) : shipped).filter((ns) => !i18n.hasResourceBundle(language, ns));
}

// Keyed by the resource store: react-i18next hands components a new wrapper of the instance on each render.
const pending = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * `undefined` when the `namespaces` of `language` (every namespace it ships when absent) were
 * loaded before anyone asked, else one promise per language and list of namespaces that settles
 * once they are: for React's `use` under a Suspense boundary, which needs the same promise again on
 * the render after it settled. A failed load stays failed (so a render throws to the screen's
 * error boundary instead of fetching in a loop) until `forgetFailedLanguageLoads` is called on a
 * retry.
 */
export function languageLoading(i18n: I18n, language: string, namespaces?: readonly string[]): Promise<void> | undefined {
  let byLanguage = pending.get(i18n.store);
  const key = namespaces ? `${language}:${namespaces.join()}` : language;
  const known = byLanguage?.get(key);
  if (known) return known;
  if (!missingNamespaces(i18n, language, namespaces).length) return undefined;
  if (!byLanguage) pending.set(i18n.store, (byLanguage = new Map()));
  const promise = ensureLanguage(i18n, language, namespaces);
  // React's `use` reads a settled promise's outcome from these fields, as it records them on the
  // promises it has seen; without them, a load started earlier (while the lock screen showed)
  // suspended the screen once more, and React held its fallback for up to 300 ms.
  promise.then(
    () => Object.assign(promise, { status: 'fulfilled', value: undefined }),
    (reason: unknown) => {
      Object.assign(promise, { status: 'rejected', reason });
      // Handled here once, so that callers that only start the load need not each catch it.
      failedLoads.add(promise);
    },
  );
  byLanguage.set(key, promise);
  return promise;
}

const failedLoads = new WeakSet<Promise<void>>();

/** Lets the next `languageLoading` of a language whose load failed fetch it again. */
export function forgetFailedLanguageLoads(i18n: I18n): void {
  const byLanguage = pending.get(i18n.store);
  for (const [key, promise] of byLanguage ?? []) if (failedLoads.has(promise)) byLanguage?.delete(key);
}

/**
 * The rest of the operator language and the English fallback, after the first screen: every
 * shipped locale has every key (`npm run check:locales`), so the fallback is a safety net that
 * no first screen has to wait for.
 */
export function loadDeferredLanguages(i18n: I18n): Promise<void> {
  return Promise.all([languageLoading(i18n, i18n.language), ensureLanguage(i18n, SOURCE_LANGUAGE)]).then(
    () => undefined,
    () => undefined,
  );
}

export async function createI18n(operatorLanguage = DEFAULT_OPERATOR_LANGUAGE, namespaces: readonly string[] = START_NAMESPACES): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: operatorLanguage,
    fallbackLng: SOURCE_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'app',
    // i18next's defaults, stated: it then takes every key as a path (ours all are) instead of testing
    // each one, on every lookup, for whether it might be a sentence used as its own key.
    keySeparator: '.',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
    resources: {},
  });
  await ensureLanguage(i18n, operatorLanguage, namespaces);
  return i18n;
}
