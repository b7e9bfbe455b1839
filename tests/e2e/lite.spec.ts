import { test, expect, type Page } from "@playwright/test";
import { normalise, PARAGRAPHS } from "./fixtures";

// The lite first module (crates/lite) on the page `cargo xtask dist` builds, and on its
// prerendered widget: what it reads from the prerendered reader (its search box, count, steps,
// paragraphs, index, options) is the built markup, not a copy. The full reader's files never
// arrive here (their requests are held), so the lite module serves every keystroke.

/** Holds the full reader's files: the lite module keeps the page (and nothing says it failed). */
async function liteOnly(page: Page) {
  await page.route(/\/(statement-reader|compare)-[0-9a-f]+(_bg\.wasm|\.js)$/, () => {});
}

/** The words of a query in a paragraph, as the search counts them: each at a word start. */
function occurrences(text: string, word: string) {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}`, "giu"))].length;
}

test.describe("the lite module on the built page", () => {
  test("searches in place, wraps, says when nothing matches, and a cleared search leaves the page as prerendered", async ({ page }) => {
    await liteOnly(page);
    await page.goto("/index.html");
    await expect(page.locator("#reader-root[data-lite] [data-reader][data-ready]")).toHaveCount(1);
    // The reader as prerendered (a deep copy, compared node by node later).
    await page.evaluate(() => { (window as any).__prerendered = document.querySelector("[data-reader]")!.cloneNode(true); });

    const box = page.getByRole("searchbox");
    await box.fill("iran");
    const expected = PARAGRAPHS.map((p) => occurrences(p, "iran"));
    const total = expected.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(1);
    await expect(page.locator("[data-hit-count]")).toHaveText(`1 of ${total}`);
    await expect(page.locator("mark[data-hit]")).toHaveCount(total);
    // Each paragraph with no match is hidden, with its wrapper and its row in the index.
    const shown = await page.locator("p[data-paragraph]").evaluateAll((ps) =>
      ps.map((p) => [!p.hidden && !(p.parentElement as HTMLElement).hidden, p.querySelectorAll("mark[data-hit]").length]),
    );
    expect(shown).toEqual(expected.map((n) => [n > 0, n]));
    await expect(page.locator(".paragraph-index li.filtered-out")).toHaveCount(expected.filter((n) => n === 0).length);
    await expect(page.locator("mark.current")).toHaveCount(1);

    // Shift+Enter from the first match wraps to the last, and says so.
    await box.press("Shift+Enter");
    await expect(page.locator("[data-hit-count]")).toHaveText(`${total} of ${total}`);
    await expect(page.locator(".search-notice")).toHaveText("Reached the start; continued from the last match.");

    await box.fill("zzzz");
    await expect(page.locator("[data-hit-count]")).toHaveText("0 matches");
    await expect(page.locator("#statement .no-results")).toContainText("No paragraph matches “zzzz”.");

    // Cleared by the message's own button.
    await page.locator("#statement .no-results").getByRole("button", { name: "Clear the search" }).click();
    await expect(box).toHaveValue("");
    await expect(page.locator("mark[data-hit]")).toHaveCount(0);
    await box.blur();
    const asPrerendered = await page.evaluate(() => {
      const now = document.querySelector("[data-reader]")!;
      const before = (window as any).__prerendered as Element;
      // Node for node (attributes in any order; the box's typed value is a property, not markup).
      return now.isEqualNode(before) || now.outerHTML === before.outerHTML ? "same" : now.outerHTML;
    });
    expect(asPrerendered).toBe("same");
  });

  test("a search option ticked counts again, and the address follows", async ({ page }) => {
    await liteOnly(page);
    await page.goto("/index.html?q=Iran");
    await expect(page.locator("#reader-root[data-lite] [data-reader][data-ready]")).toHaveCount(1);
    const total = PARAGRAPHS.reduce((n, p) => n + occurrences(p, "iran"), 0);
    await expect(page.locator("[data-hit-count]")).toHaveText(`1 of ${total}`);
    await page.locator("label:has(input[data-search-option='case'])").click();
    const exact = PARAGRAPHS.reduce((n, p) => n + [...p.matchAll(/(?<![\p{L}\p{N}])Iran/gu)].length, 0);
    await expect(page.locator("[data-hit-count]")).toHaveText(`1 of ${exact}`);
    await expect.poll(() => new URL(page.url()).searchParams.get("case")).toBe("1");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Iran");
  });

  test("hands its search over in one typed answer and leaves the page as the full reader will draw it", async ({ page }) => {
    await liteOnly(page);
    await page.goto("/index.html");
    await expect(page.locator("#reader-root[data-lite] [data-reader][data-ready]")).toHaveCount(1);
    const box = page.getByRole("searchbox");
    await box.fill("iran");
    await box.press("Shift+Enter");
    await expect(page.locator(".search-notice")).toHaveCount(1);
    const marks = await page.locator("mark[data-hit]").count();
    // The full reader's question, as `statement_dom::handover::ask` puts it.
    const answer = await page.evaluate(() => {
      const detail: Record<string, unknown> = {};
      document.getElementById("reader-root")!.dispatchEvent(new CustomEvent("statement-reader:hand-over", { detail }));
      return detail;
    });
    expect(answer).toEqual({ query: "iran", current: marks - 1, matchCase: false, wholeWord: false, highlightOnly: false });
    // A notice the full reader would not draw is gone; the marks, filter and count stay.
    await expect(page.locator(".search-notice")).toHaveCount(0);
    await expect(page.locator("mark[data-hit]")).toHaveCount(marks);
    await expect(page.locator("[data-hit-count]")).toHaveText(`${marks} of ${marks}`);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0);
  });

  test("marks the index row of a #pN link and presses the scheme chosen", async ({ page }) => {
    await liteOnly(page);
    await page.goto("/index.html#p3");
    await expect(page.locator("#reader-root[data-lite] [data-reader][data-ready]")).toHaveCount(1);
    await expect(page.locator(".paragraph-index [aria-current=location]")).toHaveCount(1);
    await expect(page.locator(".paragraph-index [aria-current=location]")).toHaveAttribute("href", "#p3");
    await page.locator("button[data-scheme=dark]").click();
    await expect(page.locator("button[data-scheme=dark]")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-color-scheme", "dark");
  });

  test("serves a prerendered widget inside its shadow root", async ({ page }) => {
    await liteOnly(page);
    await page.goto("/embed-prerendered.html");
    const widget = page.locator("statement-reader").first();
    await expect(widget.locator(".frame[data-lite] [data-reader][data-ready]")).toHaveCount(1);
    await widget.getByRole("searchbox").fill("ukraine");
    const expected = PARAGRAPHS.map((p) => occurrences(p, "ukraine"));
    const total = expected.reduce((a, b) => a + b, 0);
    await expect(widget.locator("[data-hit-count]")).toHaveText(`1 of ${total}`);
    await expect(widget.locator("mark[data-hit]")).toHaveCount(total);
    // The host page's address is the host's own.
    expect(new URL(page.url()).search).toBe("");
    expect(normalise(await widget.locator("mark.current").first().innerText()).toLowerCase()).toBe("ukraine");
  });
});
