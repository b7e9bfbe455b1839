// Offline: once the reader has been visited, it opens and works with no network. `cargo xtask
// dist` fills in the bundle's files and a version made from their hashed names, so a new release
// installs a new cache and removes the old one when it takes over.
const VERSION = "__VERSION__";
const CACHE = `statement-reader-${VERSION}`;
const ASSETS = __ASSETS__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("statement-reader-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Pages: the network first (a new release shows at once), the cached page when offline —
    // whatever its query (?q=, ?theme=…), since the page reads that itself.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((hit) => hit ?? caches.match("./index.html"))),
    );
    return;
  }
  // Hashed assets never change: the cache first. The comparing build is not precached (it loads
  // only when a comparison is asked for): cached when first fetched, so it works offline after.
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request).then((response) => {
    if (response.ok && new URL(request.url).pathname.split("/").pop().startsWith("compare-")) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
