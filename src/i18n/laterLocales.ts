/**
 * Loaders of the texts the first screens do not show, and of the other languages' first-screen
 * texts (./resources.ts): a chunk of their own, because each entry names a hashed chunk file, which
 * does not compress, and the list's first load has no use for them. Kept in step with
 * LATER_NAMESPACES and the first chunk's loaders (tests/unit/i18n/resources.test.ts).
 */
export const laterLoaders = {
  ...import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/{diagnostics,interview,listTools,pdf,taxonomy}.json'),
  ...import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/{app,pwa,security,sync}.json', '!../../locales/it/*.json']),
};
