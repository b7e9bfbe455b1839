// The page's loader (`cargo xtask dist` fills in the hashed file names). Only the names that
// start with "./" belong to the first load: the light module and its glue. The full reader
// (and the comparing build) load when they are needed.
const here = import.meta.url;
const LIGHT = ["./__LITE_GLUE__", "./__LITE_WASM__"];
const READER = ["__GLUE__", "__WASM__"];
const COMPARING = ["__COMPARE_GLUE__", "__COMPARE_WASM__"];

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

// The light module (crates/lite) serves the page while the full reader would show exactly
// what is prerendered: the address asks for nothing but a search (`q`, `case`, `word`, `mode`)
// or a paragraph (`#pN`), and nothing saved on this device (highlights, the names switch, an
// opened file, a comparison) changes what is shown. It asks for the full reader at the first
// touch.
function lightWillDo() {
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

async function start([glue, wasm]) {
  const { default: init } = await import(new URL(glue, here));
  return init({ module_or_path: new URL(wasm, here) });
}

async function startFull(build) {
  const wasm = await start(build);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}

// Said inside the reader, which keeps working as far as the light module goes.
function cannotLoad(error) {
  const reader = document.querySelector("[data-reader]");
  if (!reader) return;
  reader.removeAttribute("aria-busy");
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.className = "load-error";
  alert.textContent = `The rest of the reader could not load (${error?.message ?? error}). Search still works; reload to try again.`;
  reader.prepend(alert);
}

// The full reader behind the light module: fetched and compiled at the first touch
// ("load-full"), started once the light module lets it ("start-full": the reader has been left
// alone for a moment, or something waits for it), so its take-over never interrupts typing.
function behindLight() {
  const started = new Promise((resolve) => addEventListener("statement-reader:start-full", resolve, { once: true }));
  addEventListener("statement-reader:load-full", () => {
    const [glue, wasm] = READER;
    const compiled = fetch(new URL(wasm, here))
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`${response.status} ${response.statusText}`))))
      .then((bytes) => WebAssembly.compile(bytes));
    Promise.all([import(new URL(glue, here)), compiled, started])
      .then(async ([{ default: init }, module]) => {
        const wasm = await init({ module_or_path: module });
        dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
      })
      .catch(cannotLoad);
  }, { once: true });
}

if (lightWillDo()) {
  behindLight();
  await start(LIGHT).catch(() => startFull(READER));
} else {
  await startFull(comparing ? COMPARING : READER);
}
if ("serviceWorker" in navigator) navigator.serviceWorker.register("./sw.js").catch(() => {});
