import { test, expect, openReader, axeViolations } from "./fixtures";

/**
 * Text flows like text: everything inside a paragraph (sentences, terms, entity mentions,
 * stance verbs, matches, the reader's highlights) is an inline box that wraps like the words
 * around it, so no line of a paragraph starts with punctuation that belongs to the line before.
 */
async function flowProblems(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const range = document.createRange();
    for (const p of document.querySelectorAll("p[data-paragraph]:not([hidden])")) {
      for (const el of p.querySelectorAll("*")) {
        const display = getComputedStyle(el).display;
        if (display !== "inline") out.push(`${p.id}: <${el.tagName.toLowerCase()} class="${el.getAttribute("class")}"> is ${display}`);
      }
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let lineTop = Number.NEGATIVE_INFINITY;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i])) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (rect.top > lineTop + rect.height / 2) {
            if (lineTop !== Number.NEGATIVE_INFINITY && /[.,;:!?)\]’”%]/.test(text[i])) {
              out.push(`${p.id}: a line starts with “${text[i]}” after “${text.slice(Math.max(0, i - 24), i)}”`);
            }
            lineTop = rect.top;
          }
        }
      }
    }
    return out;
  });
}

for (const width of [320, 390, 768, 1024, 1366, 1920]) {
  test(`text flows like text at ${width} px, with every kind of mark in it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // A search, a stance (its verbs) and names coloured: every layer of marks is in the text.
    await openReader(page, "/?q=security+support&mode=highlight&stance=commitment");
    await page.locator("[data-names-switch]").evaluate((b) => (b as HTMLElement).click());
    await expect(page.locator("[data-reader][data-names]")).toHaveCount(1);
    await expect(page.locator("p[data-paragraph] .term").first()).toBeAttached();
    await expect(page.locator("p[data-paragraph] mark[data-hit]").first()).toBeAttached();
    expect(await flowProblems(page)).toEqual([]);
  });
}

test("a term is reached by keyboard, announced as a button, and toggled by Enter", async ({ page }) => {
  await openReader(page);
  const term = page.locator('#p7 .term[data-term="blue-line"]');
  await expect(term).toHaveAttribute("role", "button");
  await term.focus();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("line of withdrawal between Lebanon and Israel");
  await page.keyboard.press("Enter");
  await expect(tip).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test.describe("forced colours", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("lenses, matches, highlights, chips and focus stay distinct, and axe is clean", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await openReader(page, "/?theme=china&q=taiwan&mode=highlight");
    const colour = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);
    // Emphasised and dimmed sentences differ.
    expect(await colour("#p9 .sentence.on-theme")).not.toBe(await colour("#p9 .sentence.off-theme"));
    // The current match is outlined; a pressed chip is not drawn like the others.
    await expect(page.locator("mark.hit.current")).not.toHaveCSS("outline-style", "none");
    const chip = (id: string) =>
      page.locator(`[data-theme-link="${id}"]`).evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await chip("china")).not.toBe(await chip("iran"));
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/forced-colours.png" });
  });
});

for (const [width, height] of [[390, 844], [320, 640]]) {
  test(`phones first: at ${width}×${height} the title and the first paragraph are on the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openReader(page);
    await expect(page.locator("#statement-title")).toBeInViewport();
    // The whole first line of paragraph 1 is above the fold.
    const firstLineBottom = await page.locator("#p1").evaluate((p) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 0);
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const text = walker.nextNode()!;
      range.setStart(text, 0);
      range.setEnd(text, 1);
      return range.getBoundingClientRect().bottom;
    });
    expect(firstLineBottom).toBeLessThan(height);
    // The options wait in the drawer, one tap away.
    await expect(page.getByRole("checkbox", { name: "Match case" })).toBeHidden();
    await page.locator(".drawer-toggle").click();
    await expect(page.getByRole("checkbox", { name: "Match case" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
  });
}
