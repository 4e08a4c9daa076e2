/**
 * What the lock screen and the interview list show, loaded before the first render. The rest of
 * the operator language (above all `interview`, the largest) loads with the interview screen or
 * once the list is idle (docs/performance.md: "JavaScript needed to show the interview list").
 * Its own module so that the build config can preload these chunks (scripts/lib/startPreload.ts).
 */
export const START_NAMESPACES = ['app', 'security', 'pwa', 'sync'] as const;
