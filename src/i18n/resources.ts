import { START_NAMESPACES } from './startNamespaces';

/**
 * Locale files are `locales/<language>/<namespace>.json`, one namespace per feature. Each is a
 * separate chunk, loaded when a language is first shown, so a session only downloads what it uses.
 * The loaders of the start namespaces are in the first chunk; the others' come with the first
 * text that needs them (./laterLocales.ts). Every shipped language has every namespace
 * (`npm run check:locales`).
 */
const startLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/{app,pwa,security,sync}.json');

export const LATER_NAMESPACES = ['diagnostics', 'interview', 'listTools', 'pdf', 'taxonomy'] as const;

const path = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`;

export function availableNamespaces(language: string): string[] {
  return path(language, START_NAMESPACES[0]) in startLoaders ? [...START_NAMESPACES, ...LATER_NAMESPACES] : [];
}

export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const load = startLoaders[path(language, namespace)] ?? (await import('./laterLocales')).laterLoaders[path(language, namespace)];
  return load ? (await load()).default : undefined;
}
