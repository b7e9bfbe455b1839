// Issue #23's figures: a shelf of 50 statements of the built-in's size (~0.5 MB in all), put on
// it by importing an exported shelf. Used by bench/run.mjs; also runs alone against a bench site:
// `node bench/shelf.mjs target/bench-site` (after `cargo xtask bench` has built it once).
//
// - Opening the shelf: its records read from IndexedDB, indexed and drawn (the view's own
//   `statement-reader:shelf-open` measure), median of 5 reloads.
// - A keystroke in the shelf's search box until the counts and the first screen of results are
//   in the DOM and laid out (the same method as the reader's typing rows), against a static page
//   of the same 50 texts running mark.js and a plain filter (`/baseline/50.html`), in the same run.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const STATEMENTS = 50;
const QUERIES = ["security", "ukraine", "indo-pacific", "iran russia"];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** An exported shelf of `count` statements: the built-in text, each with a word of its own (so
 *  each is a statement of its own) and its own date. */
export function shelfExport(count = STATEMENTS) {
  const lines = readFileSync(new URL("../content/uk-us-strategic-dialogue-2024.txt", import.meta.url), "utf8").trim().split("\n");
  const paragraphs = lines.slice(0, -1);
  const statements = Array.from({ length: count }, (_, i) => {
    const year = 1980 + i;
    return {
      id: "",
      added: "2026-12-06T00:00:00Z",
      origin: `bench-${i}`,
      statement: {
        title: `Strategic Dialogue ${year}: joint statement`,
        date: `10 September ${year}`,
        date_start: `${year}-09-10`,
        paragraphs: [`${paragraphs[0]} (${year})`, ...paragraphs.slice(1)],
      },
      highlights: null,
    };
  });
  return JSON.stringify({ format: "statement-reader-shelf", version: 1, statements });
}

/** Runs inside the page: types every query, timing each keystroke until the framework's
 *  render has run and layout is done. */
async function typeAll({ queries, rounds, box }) {
  const input = document.querySelector(box);
  const hop = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const samples = [];
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      input.value = "";
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      await hop();
      for (const ch of query) {
        const t0 = performance.now();
        input.value += ch;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, data: ch, inputType: "insertText" }));
        await hop();
        void document.body.offsetHeight;
        if (round > 0) samples.push(performance.now() - t0);
      }
    }
  }
  return samples;
}

export async function measureShelf(browser, origin, { rounds = 3, log = () => {} } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${origin}/?shelf`);
  await page.waitForSelector("[data-shelf][data-ready]");
  await page.locator("[data-shelf-import]").setInputFiles({ name: "shelf.json", mimeType: "application/json", buffer: Buffer.from(shelfExport()) });
  await page.waitForFunction((n) => document.querySelectorAll("[data-shelf-item]").length === n + 1, STATEMENTS, { timeout: 60_000 });
  const opens = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForSelector("[data-shelf][data-ready]");
    await page.waitForFunction(() => performance.getEntriesByName("statement-reader:shelf-open").length > 0);
    opens.push(await page.evaluate(() => performance.getEntriesByName("statement-reader:shelf-open")[0].duration));
    log(`shelf open ${i + 1}: ${opens.at(-1).toFixed(1)} ms`);
  }
  const items = await page.locator("[data-shelf-item]").count();
  const reader = [];
  const baseline = [];
  const other = await context.newPage();
  await other.goto(`${origin}/baseline/50.html`);
  await other.waitForSelector("input[type=search]");
  // Alternating blocks, so neither page has the machine to itself.
  for (let block = 0; block < 2; block++) {
    reader.push(...(await page.evaluate(typeAll, { queries: QUERIES, rounds, box: "[data-shelf] input[type=search]" })));
    baseline.push(...(await other.evaluate(typeAll, { queries: QUERIES, rounds, box: "input[type=search]" })));
  }
  await context.close();
  return {
    items,
    open: median(opens),
    keystroke: { reader: median(reader), baseline: median(baseline), readerP95: p95(reader), baselineP95: p95(baseline) },
  };
}

// Alone: `node bench/shelf.mjs SITE`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("@playwright/test");
  const { spawn } = await import("node:child_process");
  const site = process.argv[2] ?? "target/bench-site";
  const port = 4211;
  const server = spawn("node", ["tests/e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    console.log(JSON.stringify(await measureShelf(browser, `http://127.0.0.1:${port}`, { log: console.error }), null, 2));
  } finally {
    await browser.close();
    server.kill();
  }
}
