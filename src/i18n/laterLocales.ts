/**
 * Loaders of the texts the first screens do not show (./resources.ts): a chunk of their own, because
 * each entry names a hashed chunk file, which does not compress, and the list's first load has no
 * use for them. Kept in step with LATER_NAMESPACES (tests/unit/i18n/resources.test.ts).
 */
export const laterLoaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/{diagnostics,interview,listTools,pdf,taxonomy}.json');
