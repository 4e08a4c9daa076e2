import * as z from 'zod/mini';
import { summariseIssues } from '../domain/errors';

/**
 * Locale files are `locales/<language>/<namespace>.json`, one namespace per feature, each a
 * hashed JSON file fetched when a language is first shown, so a session only downloads what it
 * uses. JSON rather than JavaScript modules: the browser parses it without compiling it, and the
 * service worker precaches the operator languages and caches the rest on first use
 * (scripts/lib/pwaBuild.ts). The build preloads the default language's start namespaces.
 */
const urls = import.meta.glob<string>('../../locales/*/*.json', { query: '?url', import: 'default', eager: true });

// Unit tests run without a server to fetch from: there the same files are imported as modules.
const testModules = import.meta.env.MODE === 'test' ? import.meta.glob<{ default: unknown }>('../../locales/*/*.json') : undefined;

type Messages = { [key: string]: string | Messages };
const messagesSchema: z.ZodMiniType<Messages> = z.record(
  z.string(),
  z.union([z.string(), z.lazy(() => messagesSchema)]),
);

export function availableNamespaces(language: string): string[] {
  const prefix = `../../locales/${language}/`;
  return Object.keys(urls)
    .filter((p) => p.startsWith(prefix))
    .map((p) => p.slice(prefix.length, -'.json'.length));
}

async function fetchLocale(url: string, name: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

/** A locale file's content, checked to be nested texts; throws naming the file and the bad keys. */
export function parseMessages(data: unknown, name: string): Messages {
  const parsed = messagesSchema.safeParse(data);
  if (!parsed.success) throw new Error(`${name} is not a set of messages: ${summariseIssues(parsed.error)}`);
  return parsed.data;
}

/** One namespace's messages; rejects (and i18next shows the English fallback) when the file is missing or damaged. */
export async function loadNamespace(language: string, namespace: string): Promise<Messages | undefined> {
  const key = `../../locales/${language}/${namespace}.json`;
  const url = urls[key];
  if (!url) return undefined;
  const name = `locales/${language}/${namespace}.json`;
  const testModule = testModules?.[key];
  const data = testModule ? (await testModule()).default : await fetchLocale(url, name);
  return parseMessages(data, name);
}
