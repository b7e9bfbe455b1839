// Long tasks at start, under 4× CPU throttling (Chromium), with the reader's own performance
// measures (`statement-reader:analyse`, `:hydrate`, `:start`): what start-up costs on a
// phone-class CPU, up to 1 s after the full reader's take-over (or 1.5 s after ready on a page
// without one, the static baseline). `cargo xtask bench` uses `measureLongTasks`; alone:
//   node bench/longtasks.mjs SITE_DIR [LOADS] [PAGE]   (one line per load, then the medians;
//   PAGE defaults to /index.html — /embed-prerendered.html measures prerendered widgets)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

/** One load of `url` at a phone's size with the CPU 4× slower: its long tasks and measures. */
async function loadThrottled(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector(ready, { timeout: 60_000 });
  // A reader page: the full reader takes over once the page is idle (its start-up's last step is
  // the `statement-reader:start` measure), so the window holds the take-over every time.
  const tookOver = await page
    .waitForFunction(() => performance.getEntriesByName("statement-reader:start").length > 0, null, { timeout: 15_000 })
    .then(() => true, () => false);
  await page.waitForTimeout(tookOver ? 1000 : 1500); // tasks after it (the deferred turns have run by then)
  const load = await page.evaluate(() => ({
    long: window.__long,
    measures: Object.fromEntries(performance.getEntriesByType("measure").map((m) => [m.name.replace("statement-reader:", ""), Math.round(m.duration)])),
  }));
  await context.close();
  return load;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Over `loads` loads: the median longest task and the median blocking time (each long task's
 * time over 50 ms, summed over the load), with every load's tasks for the record. */
export async function measureLongTasks(browser, url, ready, loads = 5, log = () => {}) {
  const rows = [];
  for (let i = 0; i < loads; i++) {
    const row = await loadThrottled(browser, url, ready);
    log(JSON.stringify(row));
    rows.push(row);
  }
  return {
    longest: median(rows.map((r) => Math.max(0, ...r.long.map(([, d]) => d)))),
    blocking: median(rows.map((r) => r.long.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0))),
    rows,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [site = "dist", loads = "5", path = "/index.html"] = process.argv.slice(2);
  const port = 4194;
  const server = spawn("node", ["tests/e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const { longest, blocking } = await measureLongTasks(browser, `http://127.0.0.1:${port}${path}`, "[data-reader][data-ready]", Number(loads), console.log);
    console.log(`median longest task ${longest} ms; median blocking time (sum over 50 ms) ${blocking} ms`);
  } finally {
    await browser.close();
    server.kill();
  }
}
