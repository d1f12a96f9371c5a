// The service worker (served as /sw.js). scripts/vite-plugin-offline.ts writes it into the build
// with two constants before this text: CACHE, named after a hash of the build, and FILES, the
// build's files. It precaches them all, so the dashboard opens offline after the first visit.
/* global CACHE, FILES */
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('cruscotto-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first for pages (fresh when online); offline, the view's own prerendered page, else the overview's.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(url.pathname + '.html', { cacheName: CACHE }).then((page) => page || caches.match('/', { cacheName: CACHE })),
      ),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)),
  );
});
