// Keystroke-to-laid-out latency: types a fixed query set, one character at a time, into the
// reader and into the mark.js baseline, in the same run, and prints medians, p95s and the ratio.
// Usage (via `cargo xtask bench`): node bench/search-latency.mjs SITE_DIR
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";

const [site = "target/bench-site"] = process.argv.slice(2);
const PORT = 4198;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 12);
/** Pages are measured in alternating blocks, so drift in machine load hits both alike. */
const BLOCKS = 4;
const QUERIES = [
  "Iran", "ukraine's", "iran russia", '"law of the sea"', "pacific", "united kingdom",
  "security", "zzzz", "climate finance", "Secretary Blinken",
];

/** Runs inside the page: types every query, timing each keystroke until layout is done. */
async function typeAll({ queries, rounds }) {
  const input = document.querySelector("input[type=search]");
  const hop = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
  const samples = [];
  const check = [];
  for (let round = 0; round <= rounds; round++) {
    for (const query of queries) {
      input.value = "";
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      await hop();
      for (const ch of query) {
        const t0 = performance.now();
        input.value += ch;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, data: ch, inputType: "insertText" }));
        await hop(); // the framework's scheduled render runs before the next macrotask
        void document.body.offsetHeight; // force style and layout
        const t1 = performance.now();
        if (round > 0) samples.push(t1 - t0); // round 0 warms up
      }
      if (round === 1) check.push([query, document.querySelector("[data-hit-count]").textContent, document.querySelectorAll("mark").length]);
    }
  }
  return { samples, check };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const server = spawn("node", ["tests/e2e/server.mjs", site, String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const PAGES = [
  ["statement-reader", "/index.html", "[data-reader][data-ready]"],
  ["mark.js baseline", "/baseline/index.html", "input[type=search]"],
];
const samples = Object.fromEntries(PAGES.map(([name]) => [name, []]));
const results = {};
try {
  const pages = [];
  for (const [name, path, ready] of PAGES) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForSelector(ready);
    pages.push([name, page]);
  }
  for (let block = 0; block < BLOCKS; block++) {
    for (const [name, page] of pages) {
      await page.bringToFront();
      const run = await page.evaluate(typeAll, { queries: QUERIES, rounds: Math.max(1, Math.round(ROUNDS / BLOCKS)) });
      // Both pages must really have searched: the same queries find matches in both.
      for (const [query, count, marks] of run.check) {
        if (query !== "zzzz" && marks === 0) throw new Error(`${name}: no marks for ${query} (count ${count})`);
      }
      samples[name].push(...run.samples);
    }
  }
  for (const [name] of PAGES) results[name] = stats(samples[name]);
} finally {
  await browser.close();
  server.kill();
}

const ours = results["statement-reader"];
const base = results["mark.js baseline"];
const fmt = (x) => x.toFixed(2).padStart(8);
const lines = [
  `Keystroke-to-laid-out latency, ${QUERIES.length} queries × ${ROUNDS} rounds in ${BLOCKS} alternating blocks, headless Chromium, 1366×900 (ms)`,
  "",
  "| page | keystrokes | median | p95 | mean |",
  "|---|---:|---:|---:|---:|",
  ...Object.entries(results).map(([name, r]) => `| ${name} | ${r.n} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.mean)} |`),
  "",
  `ratio (statement-reader / baseline): median ${(ours.median / base.median).toFixed(2)}, p95 ${(ours.p95 / base.p95).toFixed(2)} (target: median ≤ 0.50)`,
];
console.log(lines.join("\n"));
writeFileSync(`${site}/search-latency.md`, lines.join("\n") + "\n");
