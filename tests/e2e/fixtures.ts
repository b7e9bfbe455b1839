import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";

/** The statement's source lines: 14 paragraphs, then the attribution line. */
const sourceLines = readFileSync("content/uk-us-strategic-dialogue-2024.txt", "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l.length > 0);
export const PARAGRAPHS = sourceLines.slice(0, -1);
export const ATTRIBUTION = sourceLines[sourceLines.length - 1];

export const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

/** Opens a page of the reader and waits until it is interactive (on a plain address, served by
 * the lite first module until the first touch). */
export async function openReader(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
}

/** Makes the page's reader ask to save data (`navigator.connection.saveData`, as a phone's
 * data saver does): the full reader then loads only at the first touch, not once the page is idle. */
export async function saveData(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "connection", { configurable: true, value: { saveData: true, effectiveType: "4g" } });
  });
}

/** Opens a page of the reader, touches it as a reader would (a key press) and waits until the
 * full reader has taken the page over: for what only the full reader draws (the map). */
export async function openFullReader(page: Page, path = "/") {
  await openReader(page, path);
  await page.keyboard.press("Shift");
  await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0);
  await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
}

/** axe-core with WCAG 2.2 A/AA, best practices and label-in-name; returns the violations, summarised. */
export async function axeViolations(page: Page) {
  // Check what users settle on: not colours mid-transition (a focused paragraph fading in) nor
  // positions mid-scroll (a smooth scroll to a deep link passing under the sticky bar).
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let still = 0;
    let last = window.scrollY;
    for (let i = 0; i < 120 && still < 5; i++) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  });
  // Paragraphs off screen skip rendering (`content-visibility: auto`) until scrolled near, so axe's
  // hit-testing (target sizes, contrast) would judge half-rendered boxes by where the page
  // happens to be scrolled: it checks them as a reader who scrolls there sees them.
  // (Through the CSSOM: the page's CSP refuses inline style sheets.)
  const renderAll = (on: boolean) =>
    page.evaluate((on) => {
      for (const p of document.querySelectorAll<HTMLElement>(".para")) {
        if (on) p.style.setProperty("content-visibility", "visible", "important");
        else p.style.removeProperty("content-visibility");
      }
    }, on);
  await renderAll(true);
  const results = await new AxeBuilder({ page })
    // Label in name (WCAG 2.5.3): axe ships the rule as experimental, so it is switched on by name.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"])
    .analyze();
  await renderAll(false);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

/**
 * Every test fails on a console error or an uncaught exception in the page: the reader must run
 * clean. A test that provokes an expected one (a 404 it asked for) lists it in
 * `allowedConsoleErrors`.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp | null }>({
  allowedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error" && !allowedConsoleErrors?.test(m.text())) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until every `<statement-reader>` on the page has a ready reader in its shadow root. */
export async function widgetsReady(page: Page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll("statement-reader")];
    return all.length > 0 && all.every((e) => e.shadowRoot?.querySelector("[data-reader][data-ready]"));
  });
}

export { expect };
