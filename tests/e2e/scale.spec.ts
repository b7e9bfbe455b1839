import { test, expect, openReader, type Page } from "./fixtures";

// A long document (the statement 100 times over, 1,400 paragraphs) marks matches only near the
// reader, so a keystroke redraws a screenful (issue #11). The contract still holds: every shown
// paragraph's matches are `mark[data-hit]` by the time it is on screen, and the count comes from
// the search, not from the marks.
const LONG = "/?src=/__test__/repeat/100.txt";

test.use({ viewport: { width: 1366, height: 900 } });
test.setTimeout(90_000);

/** Shown paragraphs on screen whose text holds `word` but that carry no mark (should be none). */
const unmarkedOnScreen = (page: Page, word: string) =>
  page.evaluate(async (word) => {
    // Two frames: what is measured is what was painted.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const bad: number[] = [];
    for (const p of document.querySelectorAll<HTMLElement>("p[data-paragraph]:not([hidden])")) {
      const box = p.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) continue;
      if (p.textContent!.toLowerCase().includes(word) && !p.querySelector("mark[data-hit]")) bad.push(Number(p.dataset.paragraph));
    }
    return bad;
  }, word);

async function scrollThrough(page: Page, word: string, steps: number) {
  for (let i = 0; i < steps; i++) {
    await page.evaluate(() => window.scrollBy(0, innerHeight * 0.7));
    expect(await unmarkedOnScreen(page, word), `after scroll step ${i + 1}`).toEqual([]);
  }
}

test.describe("a document of 1,400 paragraphs", () => {
  test.beforeEach(async ({ page }) => {
    await openReader(page, LONG);
    await expect(page.locator("p[data-paragraph]")).toHaveCount(1400);
  });

  test("every shown match on screen is marked while scrolling; far ones wait", async ({ page }) => {
    await page.locator("input[type=search]").fill("iran");
    await expect(page.locator("[data-hit-count]")).toHaveText(/^1 of \d+$/);
    const total = Number((await page.locator("[data-hit-count]").textContent())!.split(" of ")[1]);
    expect(total).toBeGreaterThan(400);
    // Far paragraphs carry no marks yet: the keystroke did not draw them.
    expect(await page.locator("mark[data-hit]").count()).toBeLessThan(total / 4);
    expect(await unmarkedOnScreen(page, "iran")).toEqual([]);
    await scrollThrough(page, "iran", 25);
    // A jump far away (the last match, by Shift+Enter's wrap) lands on marks.
    await page.locator("input[type=search]").press("Shift+Enter");
    await expect(page.locator("[data-hit-count]")).toHaveText(`${total} of ${total}`);
    await expect(page.locator(`mark[data-hit="${total - 1}"]`)).toBeInViewport();
    expect(await unmarkedOnScreen(page, "iran")).toEqual([]);
  });

  test("paragraphs a keystroke brings on screen are marked in that keystroke's task, before any frame", async ({ page }) => {
    const input = page.locator("input[type=search]");
    for (const [before, query] of [["", "iran"], ["iran", "iran r"], ["", "security"], ["security", "zzz"], ["zzz", "china"]]) {
      await input.fill(before);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const unmarked = await page.evaluate(async (query) => {
        const box = document.querySelector<HTMLInputElement>("input[type=search]")!;
        box.value = query;
        box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        for (let i = 0; i < 64; i++) await null; // the render runs in microtasks; no frame yet
        const words = query.split(" ");
        const bad: number[] = [];
        for (const p of document.querySelectorAll<HTMLElement>("p[data-paragraph]:not([hidden])")) {
          const rect = p.getBoundingClientRect();
          if (rect.bottom < 0 || rect.top > innerHeight) continue;
          const text = p.textContent!.toLowerCase();
          if (words.some((w) => text.includes(w)) && !p.querySelector("mark[data-hit]")) bad.push(Number(p.dataset.paragraph));
        }
        return bad;
      }, query);
      expect(unmarked, `typing “${query}” after “${before}”`).toEqual([]);
    }
  });

  test("in highlight-only mode too, and after the query changes", async ({ page }) => {
    await page.getByLabel("Highlight only").check();
    await page.locator("input[type=search]").fill("ukrain");
    await expect(page.locator("[data-hit-count]")).toHaveText(/^1 of \d+$/);
    await scrollThrough(page, "ukrain", 15);
    await page.locator("input[type=search]").fill("ukraine’s");
    await expect(page.locator("[data-hit-count]")).toHaveText(/^1 of \d+$/);
    expect(await unmarkedOnScreen(page, "ukraine’s")).toEqual([]);
    await scrollThrough(page, "ukraine’s", 10);
  });
});
