// react-i18next imports `use-sync-external-store/shim`, written for React before 18; on React 19 the
// shim only hands over React's own hook, so the build aliases the package here (vite.config.ts).
export { useSyncExternalStore } from 'react';
