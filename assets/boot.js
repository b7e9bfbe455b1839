// The page's loader (`cargo xtask dist` fills in the hashed file names). Only the names that
// start with "./" belong to the first load: the lite module and its glue. The full reader
// (and the comparing build) load when they are needed.
// Every file is fetched with its integrity hash (from the manifest the build wrote,
// `integrity.json`): one that does not match is refused and said, never run.
const here = import.meta.url;
const pinned = (name, integrity) => ({ url: new URL(name, here), integrity });
const LITE = [pinned("./__LITE_GLUE__", "__SRI_LITE_GLUE__"), pinned("./__LITE_WASM__", "__SRI_LITE_WASM__")];
const READER = [pinned("__GLUE__", "__SRI_GLUE__"), pinned("__WASM__", "__SRI_WASM__")];
const COMPARING = [pinned("__COMPARE_GLUE__", "__SRI_COMPARE_GLUE__"), pinned("__COMPARE_WASM__", "__SRI_COMPARE_WASM__")];

// Start once the prerendered statement is on screen (or after 250 ms: a browser without
// paint timing, a page in the background): the script never competes with the text.
await new Promise((resolve) => {
  setTimeout(resolve, 250);
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length) setTimeout(resolve, 0);
    }).observe({ type: "paint", buffered: true });
  } catch {}
});

const params = new URLSearchParams(location.search);
let comparing = params.has("compare");
try { comparing ||= sessionStorage.getItem("statement-reader:compare-with") !== null; } catch {}

// The lite module (crates/lite) serves the page while the full reader would show exactly
// what is prerendered: the address asks for nothing but a search (`q`, `case`, `word`, `mode`)
// or a paragraph (`#pN`), and nothing saved on this device (highlights, the names switch, an
// opened file, a comparison) changes what is shown. It asks for the full reader at the first
// touch.
function liteWillDo() {
  if (comparing) return false;
  for (const name of params.keys()) if (!["q", "case", "word", "mode"].includes(name)) return false;
  try {
    if (sessionStorage.getItem("statement-reader:shown-file") !== null) return false;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key.startsWith("statement-reader:") && key !== "statement-reader:color-scheme") return false;
    }
  } catch {} // Storage blocked: the full reader could not read anything saved either.
  return true;
}

// `fileName`, `Refused`, `refusal`, `fetchPinned`, `compilePinned`, `initOnce`, `whenIdleAndCheap`, `nextTask` (assets/loading.js):
// __LOADING__

// The glue, checked, then imported (from the HTTP cache).
async function importPinned(glue) {
  await fetchPinned(glue);
  return import(glue.url.href);
}

async function start([glue, wasm]) {
  const { default: init } = await importPinned(glue);
  return initOnce(glue, () => init({ module_or_path: fetchPinned(wasm) }));
}

async function startFull(build) {
  const wasm = await start(build);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}

// Said inside the reader. The prerendered text stays readable, and searchable where the light
// module serves it.
function cannotLoad(error) {
  const reader = document.querySelector("[data-reader]");
  if (!reader || reader.querySelector(":scope > .load-error")) return;
  reader.removeAttribute("aria-busy");
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.className = "load-error";
  const searchable = document.querySelector("#reader-root[data-lite]") !== null;
  alert.textContent = `The rest of the reader could not load (${error?.message ?? error}). ${searchable ? "Search still works; r" : "The text is still here to read; r"}eload to try again.`;
  reader.prepend(alert);
}

// The full reader behind the lite module: fetched and compiled once the page is idle, or at
// the first touch if that comes sooner ("load-full"); then the lite module is told
// ("full-loaded"). It starts once the lite module lets it ("start-full": the reader has been
// left alone for a moment, or something waits for it), so its take-over never interrupts
// typing, and a reader left alone finds the full reader there at the first tap.
function behindLite() {
  const started = new Promise((resolve) => addEventListener("statement-reader:start-full", resolve, { once: true }));
  addEventListener("statement-reader:load-full", () => {
    const [glue, wasm] = READER;
    const compiled = compilePinned(wasm);
    Promise.all([importPinned(glue), compiled])
      .then((loaded) => {
        dispatchEvent(new Event("statement-reader:full-loaded"));
        return Promise.all([...loaded, started]);
      })
      .then(async ([{ default: init }, module]) => {
        const wasm = await initOnce(glue, () => init({ module_or_path: module }));
        dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
      })
      .catch(cannotLoad);
  }, { once: true });
}

if (liteWillDo()) {
  behindLite();
  // A lite module that cannot load leaves the work to the full reader; one that was refused
  // is said (the prerendered text stays readable).
  await start(LITE).then(
    () => whenIdleAndCheap(() => dispatchEvent(new Event("statement-reader:load-full"))),
    (error) => (error instanceof Refused ? cannotLoad(error) : startFull(READER).catch(cannotLoad)),
  );
} else {
  await startFull(comparing ? COMPARING : READER).catch(cannotLoad);
}
if ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});
