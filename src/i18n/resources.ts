import { isShipped } from './languages';
import { START_NAMESPACES } from './startNamespaces';

/**
 * Locale files are `locales/<language>/<namespace>.json`, one namespace per feature. Each is a
 * separate chunk, loaded when a language is first shown, so a session only downloads what it uses.
 * Only the loaders of the start namespaces of the default operator language (DEFAULT_OPERATOR_LANGUAGE,
 * Italian) are in the first chunk: each entry names a hashed file, which does not compress. All the
 * others come with the first text that needs them (./laterLocales.ts). Every shipped language has
 * every namespace (`npm run check:locales`).
 */
const startLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/it/{app,pwa,security,sync}.json');

export const LATER_NAMESPACES = ['diagnostics', 'interview', 'listTools', 'pdf', 'taxonomy'] as const;

const path = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`;

export function availableNamespaces(language: string): string[] {
  return isShipped(language) ? [...START_NAMESPACES, ...LATER_NAMESPACES] : [];
}

export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const load = startLoaders[path(language, namespace)] ?? (await import('./laterLocales')).laterLoaders[path(language, namespace)];
  return load ? (await load()).default : undefined;
}
