// A CPU profile of one start-up step under 4× CPU throttling, from its `performance.mark` to its
// measure (default `statement-reader:hydrate`; `WINDOW=statement-reader:analyse` for the other):
// the top functions by self and total time, and with `TREE=MS` the call tree above MS.
// Function names need a build that keeps them: run wasm-bindgen (the pinned one, under
// ~/.cache/statement-reader/tools) without wasm-opt on target/wasm32-unknown-unknown/release/
// statement-reader.wasm and put its glue and module in a copy of dist under the hashed names.
//   node bench/profile-start.mjs SITE_DIR
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const site = process.argv[2] ?? "dist";
const server = spawn("node", ["tests/e2e/server.mjs", site, "4193"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
const WINDOW = process.env.WINDOW ?? "statement-reader:hydrate";
await page.addInitScript((name) => {
  const mark = performance.mark.bind(performance), measure = performance.measure.bind(performance);
  performance.mark = (n, ...rest) => { if (n === `${name}:start`) console.profile("w"); return mark(n, ...rest); };
  performance.measure = (n, ...rest) => { const r = measure(n, ...rest); if (n === name) console.profileEnd("w"); return r; };
}, WINDOW);
let windowProfile = null;
cdp.on("Profiler.consoleProfileFinished", (e) => { windowProfile = e.profile; });
await page.goto("http://127.0.0.1:4193/index.html", { waitUntil: "load" });
await page.waitForSelector("[data-reader][data-ready]", { timeout: 60000 });
await page.waitForTimeout(1000);

const profile = windowProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), total = new Map();
const dts = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const dt = (dts[i + 1] ?? 0) / 1000;
  const n = byId.get(id);
  const name = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`;
  self.set(name, (self.get(name) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const c = byId.get(cur); const nm = `${c.callFrame.functionName || "(anon)"} ${c.callFrame.url.split("/").pop()}`;
    if (seen.has(nm)) continue; seen.add(nm);
    total.set(nm, (total.get(nm) ?? 0) + dt);
  }
});
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${t.toFixed(1).padStart(7)}  ${n.slice(0, 150)}`).join("\n");
console.log("SELF\n" + top(self, 30) + "\nTOTAL\n" + top(total, 45));
await browser.close(); server.kill();
// The top-down call tree (totals ≥ TREE ms).
if (process.env.TREE) {
  const tot = new Map();
  const walk = (id) => { const n = byId.get(id); let t = (n.hitCount ?? 0); for (const c of n.children ?? []) t += walk(c); tot.set(id, t); return t; };
  walk(profile.nodes[0].id);
  const perHit = profile.endTime - profile.startTime ? (profile.endTime - profile.startTime) / 1000 / profile.samples.length : 0;
  const show = (id, depth) => {
    const n = byId.get(id); const ms = tot.get(id) * perHit;
    if (ms < Number(process.env.TREE)) return;
    const name = (n.callFrame.functionName || "(anon)").replace(/::h[0-9a-f]{16}/g, "").replace(/statement_reader::ui::/g, "");
    console.log(`${" ".repeat(depth)}${ms.toFixed(1)} ${name.slice(0, 160)}`);
    for (const c of n.children ?? []) show(c, depth + 1);
  };
  show(profile.nodes[0].id, 0);
}
