// <statement-reader>: the embeddable reader. One <script type="module"> tag, then any number of
// <statement-reader> elements. Each renders into its own open shadow root; the Wasm module is
// fetched and instantiated once per page, from beside this script (so the bundle works from any
// folder or CDN, and bundlers that follow `new URL("./file", import.meta.url)` copy the files).
// `cargo xtask dist` fills in the hashed file names, their integrity hashes (from the manifest
// it writes, `integrity.json`) and the API below (from `crates/app/src/widget_api.rs`).
//
// Every file is fetched with its integrity hash, so a host that pins this script by SRI pins
// everything behind it: a file that does not match is refused, said inside the element, and
// reported to the host as `statement-reader:error`.
const pinned = (url, integrity) => ({ url, integrity });
const READER = [
  pinned(new URL("./__GLUE__", import.meta.url), "__SRI_GLUE__"),
  pinned(new URL("./__WASM__", import.meta.url), "__SRI_WASM__"),
];
// The comparing build: the same reader with comparison, loaded only by an element with `compare`.
const COMPARING = [
  pinned(new URL("./__COMPARE_GLUE__", import.meta.url), "__SRI_COMPARE_GLUE__"),
  pinned(new URL("./__COMPARE_WASM__", import.meta.url), "__SRI_COMPARE_WASM__"),
];
// The lite first module (crates/lite): it serves prerendered elements (search, options, keys)
// until the full reader is needed, which then loads and takes over each in place.
const LITE = [
  pinned(new URL("./__LITE_GLUE__", import.meta.url), "__SRI_LITE_GLUE__"),
  pinned(new URL("./__LITE_WASM__", import.meta.url), "__SRI_LITE_WASM__"),
];
const STYLESHEET = pinned(new URL("./__CSS__", import.meta.url), "__SRI_CSS__");

// `fileName`, `Refused`, `refusal`, `fetchPinned`, `compilePinned`, `initOnce`, `whenIdleAndCheap`, `nextTask` (assets/loading.js):
// __LOADING__

// `lensPreview` (assets/lens-preview.js):
// __LENS_PREVIEW__

// A Wasm build: its glue checked, then imported (from the HTTP cache), then its module checked
// and instantiated: the full reader's (`compile`) compiled from its bytes off the main thread, as
// boot.js compiles the page's (`compilePinned`); the lite module (a fifth of the size) streamed.
async function instantiate([glue, wasm], { compile = false } = {}) {
  await fetchPinned(glue);
  const module = await import(/* @vite-ignore */ glue.url.href);
  await initOnce(glue, () => module.default({ module_or_path: compile ? compilePinned(wasm) : fetchPinned(wasm) }));
  return module;
}

// One promise per build and page, however many elements. Once the comparing build is loaded
// (it can do everything the first can), later elements use it too.
const modules = new Map();
function loadModule(comparing) {
  const build = comparing || modules.has("compare") ? "compare" : "reader";
  if (!modules.has(build)) modules.set(build, instantiate(build === "compare" ? COMPARING : READER, { compile: true }));
  return modules.get(build);
}

// Once per page, however many elements.
let lite = null;
function loadLite() {
  lite ??= instantiate(LITE);
  return lite;
}

// The element's API (crates/app/src/widget_api.rs): every attribute, and the property that
// reflects it ([property, attribute, boolean?]).
const API = __API__;
class StatementReaderElement extends HTMLElement {
  static observedAttributes = API.map(([, attribute]) => attribute);

  #handle = null;
  #lite = null;
  #frame = null;

  connectedCallback() {
    if (this.#frame) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    // Prerendered in a declarative shadow root (statement-reader-snippet.html): the text is on
    // screen already; the Wasm makes it interactive in place. (With `src`, another statement is
    // wanted: start afresh.)
    const prerendered = this.hasAttribute("src") ? null : shadow.querySelector(".frame[data-prerendered]");
    if (prerendered) {
      this.#frame = prerendered;
      // In a task of its own: this runs in the parser's last task, whose end Chromium lays the
      // page out in; marking the frame (its controls shown, its lens drawn) there would lay the
      // whole widget out again inside that task, making it a long one.
      nextTask().then(() => {
        if (this.#frame === prerendered) this.#adopt(shadow, prerendered);
      });
      return;
    }
    const sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.integrity = STYLESHEET.integrity;
    sheet.crossOrigin = "anonymous";
    sheet.href = STYLESHEET.url.href;
    sheet.setAttribute("part", "stylesheet");
    const frame = document.createElement("div");
    frame.className = "frame js";
    frame.setAttribute("part", "frame");
    // Hidden until its stylesheet has loaded, so the host never sees it unstyled.
    frame.hidden = true;
    // A stylesheet that does not match its hash is refused (the reader does not start).
    const styled = new Promise((resolve, reject) => {
      sheet.addEventListener("load", resolve, { once: true });
      sheet.addEventListener("error", (error) => refusal(STYLESHEET, error.type).then(reject), { once: true });
    });
    shadow.replaceChildren(sheet, frame);
    this.#frame = frame;
    this.#applyHeight();
    styled.then(() => { frame.hidden = false; }, () => {});
    this.#start((glue) => glue.mount_widget(this, frame), frame, styled);
  }

  // A prerendered frame becomes this element's: its controls shown, its lens drawn, then served.
  #adopt(shadow, prerendered) {
    prerendered.classList.add("js");
    this.#previewLens(shadow, prerendered);
    this.#applyHeight();
    // Its stylesheet link (with its integrity hash) loaded before this script ran, or is still
    // loading, or was refused: only in the last two cases is there anything to check.
    const link = shadow.querySelector('link[rel="stylesheet"]');
    if (link && !link.sheet) fetchPinned(STYLESHEET).catch((error) => this.#fail(error, prerendered));
    this.#serveLite(prerendered);
  }

  // A lens the attributes ask for is shown over the prerendered text at once, until the reader
  // draws it (the stylesheet keeps the text hidden until `data-lens-preview`).
  #previewLens(shadow, frame) {
    try {
      const attribute = (name) => this.getAttribute(name);
      const lens = lensPreview({ theme: attribute("theme"), stance: attribute("stance"), entity: attribute("entity") });
      if (lens) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, lens.sheet];
    } catch {
      // No constructed stylesheets (an old browser): the reader applies the lens once ready.
    } finally {
      frame.setAttribute("data-lens-preview", "");
    }
  }

  // The lite module serves a prerendered element while the full reader would show the same
  // (its attributes ask at most for a search): the full reader is fetched at the first touch
  // ("load-full") and hydrates once the lite module lets it ("start-full"), taking over in
  // place. Otherwise, or if the lite module cannot load, the full reader at once.
  #serveLite(frame) {
    const hydrate = (glue) => glue.hydrate_widget(this, frame);
    loadLite()
      .then((lite) => nextTask().then(() => lite))
      .then((lite) => {
        if (this.#frame !== frame) return;
        this.#lite = lite.serve_widget(this, frame, lensPreview) ?? null;
        if (!this.#lite) return this.#start(hydrate, frame);
        const started = new Promise((resolve) => this.addEventListener("statement-reader:start-full", resolve, { once: true }));
        const loaded = () => this.dispatchEvent(new Event("statement-reader:full-loaded"));
        this.addEventListener("statement-reader:load-full", () => this.#start(hydrate, frame, started, loaded), { once: true });
        whenIdleAndCheap(() => this.dispatchEvent(new Event("statement-reader:load-full")));
      })
      // A lite module that cannot load leaves the work to the full reader; one that was
      // refused is said (the prerendered text stays readable).
      .catch((error) => (error instanceof Refused ? this.#fail(error, frame) : this.#start(hydrate, frame)));
  }

  // Loads the Wasm (once per page; `loaded` is told), then (and once `after` resolves) mounts
  // or hydrates this element's reader in `frame`.
  #start(mount, frame, after = Promise.resolve(), loaded = () => {}) {
    const module = loadModule(this.hasAttribute("compare"));
    module.then(loaded, () => {});
    Promise.all([module, after])
      .then(([glue]) => {
        if (this.#frame === frame) this.#handle = mount(glue);
      })
      .catch((error) => this.#fail(error, frame));
  }

  // Says inside the element why the reader could not start (once), and tells the host.
  #fail(error, frame) {
    if (this.#frame !== frame || frame.querySelector(":scope > .load-error, [data-reader] > .load-error")) return;
    const alert = document.createElement("p");
    alert.setAttribute("role", "alert");
    alert.className = "load-error";
    alert.textContent = `The statement reader could not start: ${error?.message ?? error}`;
    // Prerendered, the text (and the lite module's search) stays.
    const reader = frame.querySelector("[data-reader]");
    if (reader) reader.prepend(alert);
    else frame.replaceChildren(alert);
    frame.hidden = false;
    this.dispatchEvent(new CustomEvent("statement-reader:error", { bubbles: true, composed: true, detail: { message: alert.textContent } }));
  }

  disconnectedCallback() {
    // What was prerendered is gone once unmounted: a later connection renders afresh.
    this.#frame?.removeAttribute("data-prerendered");
    this.#handle?.unmount();
    this.#handle?.free();
    this.#handle = null;
    this.#lite?.unmount();
    this.#lite?.free();
    this.#lite = null;
    this.#frame = null;
  }

  attributeChangedCallback(name) {
    if (name === "height") this.#applyHeight();
    else if (this.#handle) this.#handle.update();
    else this.#lite?.update();
  }

  // `height="30em"` (any CSS length) gives the reader a fixed height with its own scrolling.
  #applyHeight() {
    const height = this.getAttribute("height");
    const valid = Boolean(height) && CSS.supports("height", height);
    if (valid) this.style.setProperty("--statement-reader-height", height);
    else this.style.removeProperty("--statement-reader-height");
    this.#frame?.classList.toggle("fixed-height", valid);
  }
}

// Properties that reflect the attributes: strings (null when absent) and booleans.
for (const [property, attribute, boolean] of API) {
  Object.defineProperty(StatementReaderElement.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      const value = this.getAttribute(attribute);
      return boolean ? value !== null && value !== "false" : value;
    },
    set(value) {
      if (boolean) this.toggleAttribute(attribute, Boolean(value));
      else if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}

if (!customElements.get("statement-reader")) {
  customElements.define("statement-reader", StatementReaderElement);
}

export { StatementReaderElement };
