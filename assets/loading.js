// Shared by the page's loader (boot.js) and the widget's script (statement-reader.js): `cargo
// xtask dist` writes this file into both, where they name it (each is one script a browser loads
// alone, so neither can import the other's).

const fileName = (url) => decodeURIComponent(new URL(url).pathname.split("/").pop());

// A file that failed its integrity check: said as such, and never run.
class Refused extends Error {}

// Why `file` could not be used: fetched again without the check, a file that arrives is there
// but is not the one this script was built with.
async function refusal(file, error) {
  const arrives = await fetch(file.url, { cache: "no-store" }).then((r) => r.ok, () => false);
  return arrives
    ? new Refused(`${fileName(file.url)} was refused: it does not match the integrity hash it was built with`)
    : new Error(`${fileName(file.url)} could not be loaded (${error?.message ?? error})`);
}

// The response, once its whole body has matched its hash (fetch checks before it resolves).
async function fetchPinned(file) {
  let response;
  try {
    response = await fetch(file.url, { integrity: file.integrity });
  } catch (error) {
    throw await refusal(file, error);
  }
  if (!response.ok) throw new Error(`${fileName(file.url)} could not be loaded (${response.status} ${response.statusText})`);
  return response;
}

// The module of `file` (a pinned .wasm), compiled from its bytes. A fetch with an integrity hash
// hands its body over whole, once checked: streamed, the whole module was consumed in one
// main-thread task (~50–70 ms at 4× CPU for the full reader); compiled, the engine decodes it
// off the main thread.
const compilePinned = (file) =>
  fetchPinned(file).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));

// Instantiates a build once per page, whichever loader asks first: the page's boot script and a
// widget's script may both start the reader on one document, and two concurrent `init` calls of
// one wasm-bindgen glue would make two instances (each starting the page).
// `instantiate` runs only for the first.
function initOnce(glue, instantiate) {
  const key = Symbol.for(`statement-reader:${glue.url.href}`);
  globalThis[key] ??= instantiate();
  return globalThis[key];
}

// Runs `load` once the page is idle, unless the reader asked to save data or the connection is
// 2G-slow (then the full reader waits for the first touch).
function whenIdleAndCheap(load) {
  const connection = navigator.connection;
  if (connection?.saveData || /2g$/.test(connection?.effectiveType ?? "")) return;
  const idle = () => (window.requestIdleCallback ? requestIdleCallback(load, { timeout: 2000 }) : setTimeout(load, 300));
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
}

// Resolves in a task of its own: each prerendered widget on a page starts (its lite module
// reading its reader) in a short task, not all of them in one long one.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
