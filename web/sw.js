// lagscope's service worker: keeps a copy of the app's own files so the page opens offline.
// It caches same-origin GET responses as they are fetched (network first, the copy when offline);
// it never contacts any other origin, and nothing the visitor pastes passes through it.
const CACHE = 'lagscope-v1';

// The page itself; everything else (the app's files, a sample once opened) is kept as it is fetched.
const PRECACHE = ['./'];
// Both languages' texts, what the page needs at first paint and what loads on demand (Learn's too), so the
// language switch works offline too (the page loads only its own on first visit); kept when they
// can be, never failing the install.
const CATALOGUES = [
  'i18n/en.ftl', 'i18n/ko.ftl', 'i18n/en.more.ftl', 'i18n/ko.more.ftl', 'i18n/en.learn.ftl', 'i18n/ko.learn.ftl',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE).then(() => cache.addAll(CATALOGUES).catch(() => {})))
      .then(() => self.skipWaiting()),
  );
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? caches.match('./'))),
  );
});
