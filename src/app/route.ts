import { useSyncExternalStore } from 'react';

/** Hash routes keep the app a single static page that the service worker can serve offline. */
export type Route =
  | { name: 'list' }
  | { name: 'diagnostics' }
  | { name: 'settings' }
  | { name: 'interview'; id: string; sectionId?: string }
  | { name: 'finish'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'diagnostics') return { name: 'diagnostics' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'interview' && parts[1]) {
    if (parts[2] === 'finish') return { name: 'finish', id: parts[1] };
    return parts[2] ? { name: 'interview', id: parts[1], sectionId: parts[2] } : { name: 'interview', id: parts[1] };
  }
  return { name: 'list' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'diagnostics':
      return '#/diagnostics';
    case 'settings':
      return '#/settings';
    case 'interview':
      return `#/interview/${encodeURIComponent(route.id)}${route.sectionId ? `/${encodeURIComponent(route.sectionId)}` : ''}`;
    case 'finish':
      return `#/interview/${encodeURIComponent(route.id)}/finish`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
