import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const server = spawn("node", ["tests/e2e/server.mjs", "target/bench-site", "4197"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const path = process.argv[2] ?? "/index.html";
const p = await b.newPage({ viewport: { width: 1366, height: 900 } });
const cdp = await p.context().newCDPSession(p);
await p.goto("http://127.0.0.1:4197" + path);
await p.waitForTimeout(1000);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
await p.evaluate(async () => {
  const input = document.querySelector("input[type=search]");
  const hop = () => new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = () => res(); c.port2.postMessage(null); });
  for (let round = 0; round < 4; round++) for (const q of ["Iran", "ukraine's", "iran russia", "united kingdom", "security", "climate finance"]) {
    input.value = ""; input.dispatchEvent(new InputEvent("input", { bubbles: true })); await hop();
    for (const ch of q) { input.value += ch; input.dispatchEvent(new InputEvent("input", { bubbles: true })); await hop(); void document.body.offsetHeight; }
  }
});
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`; self.set(name, (self.get(name) ?? 0) + c); total += c; }
console.log("samples", total);
for (const [name, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(c).padStart(6), name.slice(0, 110));
await b.close(); server.kill();
