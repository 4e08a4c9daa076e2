// Replaced at build time by vite.config.ts (scripts/lib/pwaBuild.ts `appVersion`); absent in unit tests.
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
