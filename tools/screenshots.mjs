// Screenshots of the built bundle for people to look at: desktop and phone, light and dark.
// Usage (via `cargo xtask screenshots`): node tools/screenshots.mjs DIST OUT [PATH…]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const [dist = "dist", out = "screenshots", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/"];
const PORT = 4199;
mkdirSync(out, { recursive: true });
const server = spawn("node", ["tests/e2e/server.mjs", dist, String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const path of pages) {
    const devices = [
      ["desktop", { width: 1366, height: 900 }],
      ["tablet-768", { width: 768, height: 1024 }],
      ["phone", { width: 390, height: 844 }],
      ["phone-320", { width: 320, height: 640 }],
    ];
    for (const [device, viewport] of devices) {
      for (const scheme of ["light", "dark"]) {
        const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: "reduce", deviceScaleFactor: 1 });
        await page.goto(`http://127.0.0.1:${PORT}${path}`);
        await page.waitForSelector("[data-reader][data-ready]");
        const slug = path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
        const file = `${out}/${slug}-${device}-${scheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
  // The widget before its Wasm (JavaScript off: what a host page shows at once), a lens in forced
  // colours (Windows High Contrast), and a comparison (the edited fixture against the built-in
  // statement, UK/US spellings as one, only changes), for people to look at.
  const comparing = async (page) => {
    await page.waitForSelector("[data-reader][data-compare]");
    await page.locator("[data-compare-option=spelling]").check();
    await page.locator("[data-compare-option=only-changes]").check();
    await page.locator(".compare-panel").evaluate((e) => e.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(200);
  };
  const compare = "/?compare=/__test__/compare/us-edited.txt";
  const extras = [
    ["compare-desktop-light", compare, { viewport: { width: 1366, height: 1100 } }, {}, comparing],
    ["compare-desktop-dark", compare, { colorScheme: "dark", viewport: { width: 1366, height: 1100 } }, {}, comparing],
    ["compare-phone-light", compare, { viewport: { width: 390, height: 844 } }, {}, comparing],
    ["compare-forced-colours", compare, {}, { forcedColors: "active" }, comparing],
    ["widget-before-wasm-desktop-light", "/embed-prerendered.html", { javaScriptEnabled: false }, {}],
    ["widget-before-wasm-phone-dark", "/embed-prerendered.html", { javaScriptEnabled: false, colorScheme: "dark", viewport: { width: 390, height: 844 } }, {}],
    ["forced-colours-desktop", "/?theme=china&q=taiwan&mode=highlight#p9", {}, { forcedColors: "active" }],
  ];
  for (const [name, path, options, media, act] of extras) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: "reduce", deviceScaleFactor: 1, ...options });
    const page = await context.newPage();
    await page.emulateMedia(media);
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    if (options.javaScriptEnabled !== false) await page.waitForSelector("[data-reader][data-ready]");
    else await page.waitForSelector("statement-reader #statement-title");
    await act?.(page);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
