// lagscope's service worker: the whole app, kept for offline use from the first visit.
// At install it caches every file of the build (the list and the build's version are written into
// this file when the site is built, by `cargo xtask csp`: trunk's hashed names, the Playground's and
// Learn's modules, every catalogue part), so the second visit opens offline without having seen
// any view first. Files are answered from that cache; anything else goes to the network, and when
// that fails the answer is a network error, never the page in place of a script. A new build has a
// new version: its install caches the new files, and activation deletes the old caches.
// It never contacts another origin, and nothing the visitor pastes passes through it.
const VERSION = 'BUILD-VERSION';
const FILES = /* BUILD-FILES */ [];
const CACHE = `lagscope-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(['./', ...FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('lagscope-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // The page itself, whatever its fragment or query: the cached index.html when offline.
      if (request.mode === 'navigate') {
        try {
          return await fetch(request);
        } catch {
          return (await cache.match('./')) ?? Response.error();
        }
      }
      const kept = await cache.match(request, { ignoreSearch: true });
      if (kept) return kept;
      try {
        return await fetch(request);
      } catch {
        return Response.error();
      }
    }),
  );
});
