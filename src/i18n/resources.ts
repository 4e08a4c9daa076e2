/**
 * Locale files are `locales/<language>/<namespace>.json`, one namespace per feature. Each is a
 * separate chunk, loaded when a language is first shown, so a session only downloads what it uses.
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

export function availableNamespaces(language: string): string[] {
  const prefix = `../../locales/${language}/`;
  return Object.keys(loaders)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length, -'.json'.length));
}

export async function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown> | undefined> {
  const load = loaders[`../../locales/${language}/${namespace}.json`];
  return load ? (await load()).default : undefined;
}
