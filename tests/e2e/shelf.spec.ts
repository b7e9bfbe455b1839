import { test, expect, openReader, axeViolations, type Page } from "./fixtures";

// The shelf (issue #23): every statement the page opens is kept on this device; the shelf lists
// them in date order, searches across them as the reader searches one, and shows how a phrase
// moves from statement to statement. The five statements are tests/fixtures/shelf (its README).
const YEARS = ["2021", "2022", "2023", "2024", "2025"];

/** Opens each fixture in the reader (as `?src=` would), so each goes on the shelf. */
async function fillShelf(page: Page) {
  for (const year of YEARS) {
    await openReader(page, `/?src=/__test__/shelf/g7-${year}.json`);
    await expect(page.locator("[data-document-source]")).toContainText(`g7-${year}.json`);
  }
}

async function openShelf(page: Page, query = "") {
  await page.goto(query ? `/?shelf&q=${encodeURIComponent(query)}` : "/?shelf");
  await expect(page.locator("[data-shelf][data-ready]")).toHaveCount(1);
}

const itemTitles = (page: Page) =>
  page.locator("[data-shelf-item] .shelf-title").evaluateAll((els) => els.map((e) => e.textContent));
const itemDates = (page: Page) =>
  page.locator("[data-shelf-item] time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));

/** The reader's own count for `query` in the statement at `src` ("1 of N" → N). */
async function readerCount(page: Page, src: string, query: string) {
  await openReader(page, `/?src=${src}&q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-hit-count]")).toHaveText(/\d/);
  const text = (await page.locator("[data-hit-count]").textContent())!;
  return text.includes(" of ") ? Number(text.split(" of ")[1]) : 0;
}

test.use({ viewport: { width: 1366, height: 900 } });

test.describe("the shelf", () => {
  test("statements opened go on the shelf, in date order, with the built-in one, and stay after a reload", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page);
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    expect(await itemDates(page)).toEqual(["2021-05-05", "2022-05-14", "2023-04-18", "2024-04-19", "2024-09-10", "2025-03-14"]);
    expect((await itemTitles(page))[4]).toBe("UK–US Strategic Dialogue 2024: joint statement");
    await page.reload();
    await expect(page.locator("[data-shelf][data-ready]")).toHaveCount(1);
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    // Opening one the same way again makes no second copy.
    await openReader(page, "/?src=/__test__/shelf/g7-2023.json");
    await openShelf(page);
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a search across the shelf counts as the reader counts, statement by statement, and the address keeps it", async ({ page }) => {
    await fillShelf(page);
    const query = '"unwavering support"';
    await openShelf(page);
    await page.locator("[data-shelf] input[type=search]").fill(query);
    // 2021, 2022, 2023, and the built-in statement (September 2024) says it too.
    await expect(page.locator("[data-shelf-result]")).toHaveCount(4);
    expect(decodeURIComponent(page.url())).toMatch(/\?shelf&q="unwavering support"$/);
    const counts = await page.locator("[data-shelf-result]").evaluateAll((els) =>
      els.map((e) => [e.querySelector("h3")!.firstChild!.textContent, Number(e.querySelector("[data-shelf-count]")!.textContent)]),
    );
    expect(counts.map(([, n]) => n)).toEqual([1, 2, 1, 1]);
    // Each as the reader counts it in that statement.
    for (const [i, year] of ["2021", "2022", "2023"].entries()) {
      expect(await readerCount(page, `/__test__/shelf/g7-${year}.json`, query)).toBe(counts[i][1]);
    }
    await openReader(page, `/?q=${encodeURIComponent(query)}`);
    await expect(page.locator("[data-hit-count]")).toHaveText(`1 of ${counts[3][1]}`);
    // The trend: one row per statement in date order, figures equal to the results; the
    // phrase's first and last statement, and those that dropped it.
    await openShelf(page, query);
    const rows = await page.locator("[data-shelf-trend] tbody tr").evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelector("[data-trend-count]")!.textContent)),
    );
    expect(rows).toEqual([1, 2, 1, 0, 1, 0]);
    await expect(page.locator("[data-shelf-trend] svg rect")).toHaveCount(6);
    const span = page.locator(".trend-span");
    await expect(span).toContainText("first in G7 Foreign and Development Ministers’ Communiqué (2021-05-05)");
    await expect(span).toContainText("last in UK–US Strategic Dialogue 2024: joint statement (2024-09-10)");
    await expect(span).toContainText("Not in: G7 Foreign Ministers’ Statement (2024-04-19); G7 Foreign Ministers’ Joint Statement (2025-03-14).");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a line of the results opens its statement at that match, with the query applied", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page, "de-risking");
    await expect(page.locator("[data-shelf-result]")).toHaveCount(2);
    await page.locator("[data-shelf-result]").first().locator(".kwic-line").first().click();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(page.locator("[data-document-source]")).toContainText("your shelf");
    await expect(page.locator("#statement-title")).toHaveText("G7 Foreign Ministers’ Communiqué");
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 1");
    expect(page.url()).toMatch(/\?q=de-risking#p3$/);
  });

  test("a statement is removed with Undo; the built-in one always stays", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page);
    const item = page.locator("[data-shelf-item]").first();
    await expect(item).toContainText("2021");
    await item.locator("[data-shelf-remove]").click();
    await expect(page.locator("[data-shelf-item]")).toHaveCount(5);
    await page.locator("[data-shelf-undo]").click();
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    const builtin = page.locator("[data-shelf-item]", { hasText: "UK–US Strategic Dialogue" });
    await expect(builtin.locator("[data-shelf-remove]")).toHaveCount(0);
  });
});
