// <statement-reader>: the embeddable reader. One <script type="module"> tag, then any number of
// <statement-reader> elements. Each renders into its own open shadow root; the Wasm module is
// fetched and instantiated once per page, from beside this script (so the bundle works from any
// folder or CDN). `cargo xtask dist` fills in the hashed file names below.
const here = new URL(".", import.meta.url);
const GLUE = new URL("__GLUE__", here);
const WASM = new URL("__WASM__", here);
// The comparing build: the same reader with comparison, loaded only by an element with `compare`.
const COMPARE_GLUE = new URL("__COMPARE_GLUE__", here);
const COMPARE_WASM = new URL("__COMPARE_WASM__", here);
const STYLESHEET = new URL("__CSS__", here);
// The light first module (crates/lite): it serves prerendered elements (search, options, keys)
// until the full reader is needed, which then loads and takes over each in place.
const LITE_GLUE = new URL("__LITE_GLUE__", here);
const LITE_WASM = new URL("__LITE_WASM__", here);

// One promise per build and page, however many elements. Once the comparing build is loaded
// (it can do everything the first can), later elements use it too.
const modules = new Map();
function loadModule(comparing) {
  const build = comparing || modules.has("compare") ? "compare" : "reader";
  if (!modules.has(build)) {
    const [glueUrl, wasmUrl] = build === "compare" ? [COMPARE_GLUE, COMPARE_WASM] : [GLUE, WASM];
    modules.set(build, import(glueUrl.href).then(async (glue) => {
      await glue.default({ module_or_path: wasmUrl });
      return glue;
    }));
  }
  return modules.get(build);
}

// Once per page, however many elements.
let light = null;
function loadLight() {
  light ??= import(LITE_GLUE.href).then(async (glue) => {
    await glue.default({ module_or_path: LITE_WASM });
    return glue;
  });
  return light;
}

const OBSERVED = ["src", "q", "theme", "stance", "entity", "color-scheme", "match-case", "whole-word", "mode", "names", "allow-open", "compare", "height"];

class StatementReaderElement extends HTMLElement {
  static observedAttributes = OBSERVED;

  #handle = null;
  #light = null;
  #frame = null;

  connectedCallback() {
    if (this.#frame) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    // Prerendered in a declarative shadow root (statement-reader-snippet.html): the text is on
    // screen already; the Wasm makes it interactive in place. (With `src`, another statement is
    // wanted: start afresh.)
    const prerendered = this.hasAttribute("src") ? null : shadow.querySelector(".frame[data-prerendered]");
    if (prerendered) {
      prerendered.classList.add("js");
      this.#frame = prerendered;
      this.#applyHeight();
      this.#serveLight(prerendered);
      return;
    }
    const sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = STYLESHEET.href;
    sheet.setAttribute("part", "stylesheet");
    const frame = document.createElement("div");
    frame.className = "frame js";
    frame.setAttribute("part", "frame");
    // Hidden until its stylesheet has loaded, so the host never sees it unstyled.
    frame.hidden = true;
    sheet.addEventListener("load", () => { frame.hidden = false; }, { once: true });
    sheet.addEventListener("error", () => { frame.hidden = false; }, { once: true });
    shadow.replaceChildren(sheet, frame);
    this.#frame = frame;
    this.#applyHeight();
    this.#start((glue) => glue.mount_widget(this, frame), frame);
  }

  // The light module serves a prerendered element while the full reader would show the same
  // (its attributes ask at most for a search): the full reader is fetched at the first touch
  // ("load-full") and hydrates once the light module lets it ("start-full"), taking over in
  // place. Otherwise, or if the light module cannot load, the full reader at once.
  #serveLight(frame) {
    const hydrate = (glue) => glue.hydrate_widget(this, frame);
    loadLight()
      .then((lite) => {
        if (this.#frame !== frame) return;
        this.#light = lite.serve_widget(this, frame) ?? null;
        if (!this.#light) return this.#start(hydrate, frame);
        const started = new Promise((resolve) => this.addEventListener("statement-reader:start-full", resolve, { once: true }));
        this.addEventListener("statement-reader:load-full", () => this.#start(hydrate, frame, started), { once: true });
      })
      .catch(() => this.#start(hydrate, frame));
  }

  // Loads the Wasm (once per page), then (and once `after` resolves) mounts or hydrates this
  // element's reader in `frame`.
  #start(mount, frame, after = Promise.resolve()) {
    Promise.all([loadModule(this.hasAttribute("compare")), after])
      .then(([glue]) => {
        if (this.#frame === frame) this.#handle = mount(glue);
      })
      .catch((error) => {
        const alert = document.createElement("p");
        alert.setAttribute("role", "alert");
        alert.className = "load-error";
        alert.textContent = `The statement reader could not start: ${error?.message ?? error}`;
        // Served by the light module, the text and its search stay.
        if (this.#light) frame.querySelector("[data-reader]")?.prepend(alert);
        else frame.replaceChildren(alert);
        frame.hidden = false;
        this.dispatchEvent(new CustomEvent("statement-reader:error", { bubbles: true, composed: true, detail: { message: alert.textContent } }));
      });
  }

  disconnectedCallback() {
    // What was prerendered is gone once unmounted: a later connection renders afresh.
    this.#frame?.removeAttribute("data-prerendered");
    this.#handle?.unmount();
    this.#handle?.free();
    this.#handle = null;
    this.#light?.unmount();
    this.#light?.free();
    this.#light = null;
    this.#frame = null;
  }

  attributeChangedCallback(name) {
    if (name === "height") this.#applyHeight();
    else if (this.#handle) this.#handle.update();
    else this.#light?.update();
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

if (!customElements.get("statement-reader")) {
  customElements.define("statement-reader", StatementReaderElement);
}
