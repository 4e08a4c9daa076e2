/* global self, caches */
// Escape hatch (docs/pwa.md): deployed as /sw.js when a release breaks the app. It takes over at
// once, deletes the app's caches and unregisters itself, so the next page load comes straight
// from the server. Interviews live in IndexedDB, which it never touches; windows that are open
// keep the page they have (an interview may be in progress) instead of being reloaded.
self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.map((name) => caches.delete(name)));
      await self.registration.unregister();
    })(),
  );
});
