import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const server = spawn("node", ["tests/e2e/server.mjs", "target/bench-site", "4197"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const path of ["/index.html", "/baseline/index.html"]) {
  const p = await b.newPage({ viewport: { width: 1366, height: 900 } });
  await p.goto("http://127.0.0.1:4197" + path);
  await p.waitForTimeout(1000);
  const r = await p.evaluate(async () => {
    const input = document.querySelector("input[type=search]");
    const hop = () => new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = () => res(); c.port2.postMessage(null); });
    const per = {};
    for (let round = 0; round < 6; round++) for (const q of ["Iran", "ukraine's", "iran russia", '"law of the sea"', "pacific", "united kingdom", "security", "zzzz", "climate finance", "Secretary Blinken"]) {
      input.value = ""; input.dispatchEvent(new InputEvent("input", { bubbles: true })); await hop();
      let i = 0;
      for (const ch of q) { const t0 = performance.now(); input.value += ch; input.dispatchEvent(new InputEvent("input", { bubbles: true })); await hop(); void document.body.offsetHeight; const t = performance.now() - t0; if (round) { (per[q + "#" + i] ??= []).push(t); } i++; }
    }
    const out = {};
    for (const [k, v] of Object.entries(per)) { v.sort((a, b) => a - b); out[k] = v[Math.floor(v.length / 2)]; }
    return out;
  });
  console.log(path, Object.entries(r).map(([k, v]) => k + "=" + v.toFixed(1)).join(" "));
}
await b.close(); server.kill();
