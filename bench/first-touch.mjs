// The first touch of each control, as a reader on a phone feels it: a fresh load at phone size
// with the CPU 4× slower (and, on the slow-phone profile, Lighthouse's mobile network: 150 ms
// round trip, 1.6 Mbps down), left idle for 3 s, then one tap. The time runs from the input
// event's timestamp to the first frame that shows the control's effect (for a selection, from the
// pointer's release that ends it: the drag before it is the reader's own time, not the page's). Also, from the same
// loads: the Event Timing duration of a second tap of the same control (a later interaction).
// `cargo xtask bench` uses `measureFirstTouches`; alone:
//   node bench/first-touch.mjs SITE_DIR [LOADS] [slow|fast]   (BENCH_CONTROLS=theme,stance: only those)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

export const PROFILES = {
  // Lighthouse's mobile throttling (as devtools throttling): 4× CPU, 150 ms RTT, 1.6 Mbps down.
  slow: { cpu: 4, network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
  fast: { cpu: 4, network: null },
};

const IDLE_MS = 3000;

// Each control: how to reach it in the reader's root (the page's document or a widget's shadow
// root), how to touch it, and when its effect shows (run in the page, `root` given).
export const CONTROLS = [
  { name: "theme", target: '[data-theme-link="china"]', shows: (root) => root.querySelectorAll("p[data-paragraph]:not([hidden])").length === 2 },
  { name: "stance", target: "[data-stance-link]", shows: (root) => root.querySelector("[data-stance-link]")?.getAttribute("aria-pressed") === "true" && root.querySelectorAll("p[data-paragraph][hidden]").length > 0 },
  { name: "names index", target: ".entity-index summary", shows: (root) => {
    // Open, and its list laid out: the index draws its links while closed (Chromium gives a
    // closed <details>' content boxes, so `offsetParent` alone is no sign).
    const link = root.querySelector("[data-entity-link]");
    return Boolean(link?.closest("details")?.open && link.checkVisibility());
  } },
  // The index opened first (itself timed above), then a name in it tapped.
  { name: "name in the index", open: ".entity-index summary", target: "[data-entity-link]", shows: (root) => root.querySelector("[data-entity-link]")?.getAttribute("aria-pressed") === "true" && root.querySelectorAll("p[data-paragraph][hidden]").length > 0 },
  { name: "names switch", target: "[data-names-switch]", shows: (root) => root.querySelector("[data-names-switch]")?.getAttribute("aria-pressed") === "true" },
  { name: "search option", target: 'input[data-search-option="word"]', label: true, shows: (root) => root.querySelector('input[data-search-option="word"]')?.checked === true },
  { name: "paragraph tools", target: '.tools-toggle[aria-controls="tools-p5"]', shows: (root) => root.querySelector('.tools-toggle[aria-controls="tools-p5"]')?.getAttribute("aria-expanded") === "true" },
  { name: "selection", select: "#p9", shows: (root) => Boolean(root.querySelector('[role="toolbar"][aria-label="Highlight the selection"]')) },
];

// A phone; controls that a phone keeps in the closed drawer are touched on a wide screen instead
// (with the same CPU and network), rather than measured as the drawer's first touch.
const PHONE = { width: 412, height: 823 };
const WIDE = { width: 1366, height: 900 };

/** A fresh context and page at `viewport`, with `profile`'s CPU and network throttling. */
export async function throttledPage(browser, profile, viewport = PHONE) {
  const context = await browser.newContext({ viewport, hasTouch: false, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  if (profile.network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", profile.network);
  }
  return { context, page };
}

/** One fresh load, idle, one first touch of `control` and a second one; both timed. */
async function touchOnce(browser, url, host, control, profile, viewport = PHONE) {
  const { context, page } = await throttledPage(browser, profile, viewport);
  await page.addInitScript(() => {
    window.__inputs = [];
    window.__releases = [];
    for (const kind of ["pointerdown", "keydown"]) addEventListener(kind, (e) => window.__inputs.push(e.timeStamp), true);
    addEventListener("pointerup", (e) => window.__releases.push(e.timeStamp), true);
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__events.push([e.name, Math.round(e.duration)]);
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  const ready = host ? `${host} >> [data-reader][data-ready]` : "[data-reader][data-ready]";
  await page.locator(ready).first().waitFor({ state: "attached", timeout: 120_000 });
  await page.waitForTimeout(IDLE_MS);
  const root = host ? page.locator(host).first() : page;
  // Starts watching for the effect before the touch: each frame checks it.
  const watch = () => page.evaluate(({ host, shows }) => {
    const root = host ? document.querySelector(host).shadowRoot : document;
    const check = new Function("root", `return (${shows})(root)`);
    window.__shown = new Promise((resolve) => {
      const frame = () => (check(root) ? resolve(performance.now()) : requestAnimationFrame(frame));
      requestAnimationFrame(frame);
    });
  }, { host, shows: control.shows.toString() });
  const touch = async () => {
    if (control.select) {
      // Scrolled to by script (not a touch) until it stays put (paragraphs above it that skip
      // layout until near the screen take their real height as it arrives, moving it), then
      // selected with the mouse, as a reader selects what has stopped moving.
      await root.locator(control.select).evaluate(async (p) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        let last = null;
        for (let i = 0; i < 10; i++) {
          p.scrollIntoView({ block: "center", behavior: "instant" });
          await frame();
          const top = Math.round(p.getBoundingClientRect().top);
          if (top === last) break;
          last = top;
        }
      });
      const box = await root.locator(control.select).locator(".sentence").first().boundingBox();
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + Math.min(box.width - 4, 160), box.y + box.height / 2, { steps: 4 });
      await page.mouse.up();
    } else if (control.label) {
      await root.locator(`label:has(${control.target})`).first().click();
    } else {
      await root.locator(control.target).first().click();
    }
  };
  const timed = async () => {
    await page.evaluate(() => { window.__inputs = []; window.__releases = []; });
    await watch();
    await touch();
    return page.evaluate(async (fromRelease) => {
      const shown = await Promise.race([window.__shown, new Promise((r) => setTimeout(() => r(NaN), 20_000))]);
      return Math.round(shown - (fromRelease ? window.__releases.at(-1) : window.__inputs[0]));
    }, Boolean(control.select));
  };
  const target = control.select ? root.locator(control.select) : root.locator(control.open ?? control.target).first();
  // Visible, or becoming so (the full reader may be redrawing it at this moment).
  if (!(await target.waitFor({ state: "visible", timeout: 2000 }).then(() => true, () => false))) {
    await context.close();
    return viewport === PHONE ? { ...(await touchOnce(browser, url, host, control, profile, WIDE)), wide: true } : { first: NaN, later: NaN };
  }
  if (control.open) {
    await target.click();
    await root.locator(control.target).first().waitFor({ state: "visible", timeout: 20_000 });
    await page.waitForTimeout(300);
  }
  const first = await timed();
  if (Number.isNaN(first) && process.env.BENCH_DEBUG) {
    // What the reader was doing when the effect never came.
    console.error(control.name, await page.evaluate((host) => {
      const root = host ? document.querySelector(host).shadowRoot : document;
      const selection = (root.getSelection ? root.getSelection() : getSelection())?.toString() ?? "";
      return { selection, lite: Boolean(root.querySelector("[data-lite]")), busy: root.querySelector("[data-reader]")?.getAttribute("aria-busy"), ready: Boolean(root.querySelector("[data-reader][data-ready]")), pressed: Boolean(root.querySelector("[data-pressed]")) };
    }, host));
  }
  // Undo (the same control again), then a later touch: its Event Timing.
  await page.evaluate(() => { window.__events = []; });
  await (control.select ? page.mouse.click(2, 2) : touch());
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__events = []; });
  await touch();
  await page.waitForTimeout(500);
  const later = await page.evaluate(() => Math.max(0, ...window.__events.map(([, d]) => d)));
  await context.close();
  return { first, later };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Per control, over `loads` fresh loads: the median first touch and the worst later interaction. */
export async function measureFirstTouches(browser, origin, { path = "/index.html", host = null, profile = "slow", loads = 3, log = () => {} } = {}) {
  const rows = [];
  // BENCH_CONTROLS=theme,selection measures only those.
  const only = process.env.BENCH_CONTROLS?.split(",");
  for (const control of CONTROLS.filter((c) => !only || only.includes(c.name))) {
    const firsts = [];
    const laters = [];
    let wide = false;
    for (let i = 0; i < loads; i++) {
      const touched = await touchOnce(browser, origin + path, host, control, PROFILES[profile]);
      firsts.push(touched.first);
      laters.push(touched.later);
      wide ||= Boolean(touched.wide);
    }
    const name = wide ? `${control.name} (wide screen: in a phone's drawer)` : control.name;
    log(`${profile} ${host ?? "page"} ${name}: first ${firsts.join(", ")} ms; later interactions ${laters.join(", ")} ms`);
    rows.push({ control: name, first: median(firsts), later: Math.max(...laters) });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site = "dist", loads = "3", profile = "slow", path = "/index.html", host = null] = process.argv.slice(2);
  const port = 4195;
  const server = spawn("node", ["tests/e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const rows = await measureFirstTouches(browser, `http://127.0.0.1:${port}`, { path, host, profile, loads: Number(loads), log: console.log });
    console.table(rows);
  } finally {
    await browser.close();
    server.kill();
  }
}
