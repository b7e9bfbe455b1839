import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shelfExport, STATEMENTS } from "../../bench/shelf.mjs";
import { test, expect, openReader, axeViolations, type Page } from "./fixtures";

// The shelf (issue #23): every statement the page opens is kept on this device; the shelf lists
// them in date order, searches across them as the reader searches one, and shows how a phrase
// moves from statement to statement. The five statements are tests/fixtures/shelf (its README).
const YEARS = ["2021", "2022", "2023", "2024", "2025"];

/** How many statements this profile's shelf holds (read straight from IndexedDB). */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open("statement-reader-shelf");
        open.onupgradeneeded = () => open.result.createObjectStore("statements");
        open.onsuccess = () => {
          const count = open.result.transaction("statements").objectStore("statements").count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

/** Opens each fixture in the reader (as `?src=` would), so each goes on the shelf. */
async function fillShelf(page: Page) {
  for (const [i, year] of YEARS.entries()) {
    await openReader(page, `/?src=/__test__/shelf/g7-${year}.json`);
    await expect(page.locator("[data-document-source]")).toContainText(`g7-${year}.json`);
    // Kept before the next page is opened (the write is the reader's, after the statement shows).
    await expect.poll(() => stored(page)).toBe(i + 1);
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

  test("a theme across the shelf: its sentences in each statement, as the reader tags them, and its trend", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page);
    await page.locator("[data-shelf-lens]").selectOption("theme:ukraine-europe");
    const results = page.locator("[data-shelf-result]");
    await expect(results).toHaveCount(6);
    // The address keeps the lens (with the search): a reload or a link shows the same.
    await expect(page).toHaveURL(/\?shelf&theme=ukraine-europe$/);
    await page.locator("[data-shelf] input[type=search]").fill("Taiwan");
    await expect(page).toHaveURL(/\?shelf&q=Taiwan&theme=ukraine-europe$/);
    await page.locator("[data-shelf] input[type=search]").fill("");
    await page.reload();
    await expect(page.locator("[data-shelf][data-ready]")).toHaveCount(1);
    await expect(page.locator("[data-shelf-lens]")).toHaveValue("theme:ukraine-europe");
    await expect(results).toHaveCount(6);
    const counts = await results.evaluateAll((els) => els.map((e) => Number(e.querySelector("[data-shelf-count]")!.textContent)));
    const trend = await page.locator("[data-shelf-trend] tbody [data-trend-count]").evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
    expect(trend).toEqual(counts);
    // The 2022 statement, in the reader: the same sentences carry the theme.
    await results.nth(1).locator(".kwic-line").first().click();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(page.locator("#statement-title")).toHaveText("G7 Foreign Ministers’ Statement");
    expect(page.url()).toMatch(/\?theme=ukraine-europe#p\d+$/);
    await expect(page.locator("[data-theme-link=ukraine-europe]")).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("[data-sentence][data-themes~=ukraine-europe]")).toHaveCount(counts[1]);
  });

  test("any two from the shelf are compared in one step: the newer shown, compared with the older", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page);
    await expect(page.locator("[data-shelf-compare]")).toBeDisabled();
    await page.locator("[data-shelf-item]", { hasText: "2023" }).locator("[data-shelf-select]").check();
    await page.locator("[data-shelf-item]", { hasText: "2022" }).locator("[data-shelf-select]").check();
    await page.locator("[data-shelf-compare]").click();
    await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1, { timeout: 20_000 });
    await expect(page.locator("#statement-title")).toHaveText("G7 Foreign Ministers’ Communiqué");
    // 2023 against 2022: something was added, something removed.
    const counts = await page.locator("[data-change-count]").evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute("data-change-count"), Number(e.textContent)])),
    );
    expect(counts.added).toBeGreaterThan(0);
    expect(counts.removed).toBeGreaterThan(0);
    // The statement compared with is named in the address (`?compare=shelf:ID`): a reload keeps
    // the comparison, and the link works in another tab of this device.
    expect(page.url()).toMatch(/\?compare=shelf:s[0-9a-f]+$/);
    const link = page.url();
    await page.reload();
    await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1, { timeout: 20_000 });
    await expect(page.locator("#statement-title")).toHaveText("G7 Foreign Ministers’ Communiqué");
    // The reader's own address sync (300 ms after ready) keeps the readable form, not shelf%3A….
    await page.waitForTimeout(800);
    expect(page.url()).toBe(link);
    const other = await page.context().newPage();
    await other.goto(link);
    // A new tab shows the built-in statement, compared with the shelf's 2022 statement.
    await expect(other.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1, { timeout: 20_000 });
    await expect(other.locator(".compare-source")).toContainText("G7 Foreign Ministers’ Statement");
    // A shelf statement this device does not have is said, and the shown one stays.
    await other.goto("/?compare=shelf:s0123456789abcdef");
    await expect(other.getByRole("alert")).toContainText("is not on this device's shelf");
    await expect(other.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(other.locator("[data-reader][data-compare]")).toHaveCount(0);
  });

  test("a browser without IndexedDB (as some private windows): said once, statements still read, the shelf searches the built-in one", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { configurable: true, value: undefined }));
    await openReader(page, "/?src=/__test__/shelf/g7-2021.json");
    await expect(page.locator("[data-document-source]")).toContainText("g7-2021.json");
    await expect(page.locator("[data-not-kept]")).toContainText("Not kept on your shelf. This browser keeps no shelf here");
    await openShelf(page);
    await expect(page.getByRole("alert")).toHaveCount(1);
    await expect(page.getByRole("alert")).toContainText("This browser keeps no shelf here");
    await expect(page.locator("[data-shelf-item]")).toHaveCount(1);
    await page.locator("[data-shelf] input[type=search]").fill("Iran");
    await expect(page.locator("[data-shelf-result] [data-shelf-count]")).toHaveText(/^[1-9]\d*$/);
  });

  test("storage full: said in the reader and on the shelf; what the shelf held is kept and still searched", async ({ page }) => {
    await fillShelf(page);
    // From now on, every write is refused as a full device refuses it.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await openReader(page, "/?src=/__test__/plain.txt");
    await expect(page.locator("[data-not-kept]")).toContainText("This device's storage for the shelf is full");
    await openShelf(page);
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    await page.locator("[data-shelf] input[type=search]").fill("Taiwan");
    await expect(page.locator("[data-shelf-result]")).toHaveCount(5);
    // An import is refused with the same sentence, and nothing is overwritten.
    await page.locator("[data-shelf-import]").setInputFiles({ name: "shelf.json", mimeType: "application/json", buffer: Buffer.from(shelfExport()) });
    await expect(page.getByRole("alert")).toContainText("This device's storage for the shelf is full");
    await page.reload();
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    // The five kept before are there, untouched (the built-in one, never written here, is shown anyway).
    expect(await stored(page)).toBe(5);
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

  test("export the shelf, then import it into a fresh profile: every statement and its highlights, no duplicates", async ({ page, browser }) => {
    await fillShelf(page);
    // A highlight on one statement, made with its paragraph's tools.
    await openReader(page, "/?src=/__test__/shelf/g7-2022.json");
    await page.getByRole("button", { name: "Cite or highlight paragraph 2" }).click();
    await page.locator("#tools-p2").getByRole("button", { name: "Highlight in pink" }).click();
    await expect(page.locator("mark.hl")).not.toHaveCount(0);
    await openShelf(page);
    const download = page.waitForEvent("download");
    await page.locator("[data-shelf-export]").click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file!, "utf8"));
    expect(exported.format).toBe("statement-reader-shelf");
    expect(exported.statements).toHaveLength(6);
    const withHighlights = exported.statements.filter((s: { highlights: { highlights: unknown[] } }) => s.highlights.highlights.length > 0);
    expect(withHighlights.map((s: { origin: string }) => s.origin)).toEqual([expect.stringContaining("g7-2022.json")]);
    // A fresh profile: only the built-in statement, then the import.
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const other = await fresh.newPage();
    await openShelf(other);
    await expect(other.locator("[data-shelf-item]")).toHaveCount(1);
    await other.locator("[data-shelf-import]").setInputFiles(file!);
    await expect(other.locator(".shelf-said")).toHaveText("Imported 5 statements.");
    await expect(other.locator("[data-shelf-item]")).toHaveCount(6);
    expect(await itemDates(other)).toEqual(await itemDates(page));
    // Again: nothing added.
    await other.locator("[data-shelf-import]").setInputFiles(file!);
    await expect(other.locator(".shelf-said")).toHaveText("Imported 0 statements (all were on the shelf already).");
    await expect(other.locator("[data-shelf-item]")).toHaveCount(6);
    // The highlight came with its statement.
    await other.locator("[data-shelf-item]", { hasText: "2022" }).locator(".shelf-title").click();
    await expect(other.locator("[data-document-source]")).toContainText("your shelf");
    await expect(other.locator("mark.hl")).not.toHaveCount(0);
    await fresh.close();
  });

  test("a corrupted record is said and kept; the rest of the shelf works", async ({ page }) => {
    await fillShelf(page);
    await openShelf(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("statement-reader-shelf");
          open.onsuccess = () => {
            const tx = open.result.transaction("statements", "readwrite");
            tx.objectStore("statements").put('{"schema":1,"statement":', "sbroken");
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.locator("[data-shelf][data-ready]")).toHaveCount(1);
    await expect(page.getByRole("alert")).toContainText("(sbroken) could not be read");
    await expect(page.locator("[data-shelf-item]")).toHaveCount(6);
    await page.locator("[data-shelf] input[type=search]").fill("Taiwan");
    await expect(page.locator("[data-shelf-result]")).toHaveCount(5);
    // Still there, untouched.
    const kept = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open("statement-reader-shelf");
          open.onsuccess = () => {
            const get = open.result.transaction("statements").objectStore("statements").get("sbroken");
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(kept).toBe('{"schema":1,"statement":');
  });

  test("two tabs see each other's changes", async ({ page, context }) => {
    await openShelf(page);
    await expect(page.locator("[data-shelf-item]")).toHaveCount(1);
    const other = await context.newPage();
    await openReader(other, "/?src=/__test__/shelf/g7-2021.json");
    await expect(other.locator("[data-document-source]")).toContainText("g7-2021.json");
    await expect(page.locator("[data-shelf-item]")).toHaveCount(2);
    // And back: removed in the shelf's tab, gone in another shelf tab too.
    const third = await context.newPage();
    await openShelf(third);
    await expect(third.locator("[data-shelf-item]")).toHaveCount(2);
    await page.locator("[data-shelf-item]", { hasText: "2021" }).locator("[data-shelf-remove]").click();
    await expect(third.locator("[data-shelf-item]")).toHaveCount(1);
  });

  test("a statement's title and date are edited; one without a date asks for one", async ({ page }) => {
    await openReader(page);
    await page.locator("input[data-open-statement]").setInputFiles({ name: "undated.txt", mimeType: "text/plain", buffer: Buffer.from("A statement with no date.") });
    await expect(page.locator("[data-document-source]")).toContainText("undated.txt");
    await expect.poll(() => stored(page)).toBe(1);
    await openShelf(page);
    const item = page.locator("[data-shelf-item]", { hasText: "undated" });
    await expect(item.locator("[data-shelf-edit]")).toHaveText("Add a date");
    await item.locator("[data-shelf-edit]").click();
    await item.locator("input[type=text]").fill("A dated statement");
    await item.locator("[data-shelf-date]").fill("2020-01-31");
    await item.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("[data-shelf-item]").first()).toContainText("A dated statement");
    await expect(page.locator("[data-shelf-item]").first().locator("time")).toHaveAttribute("datetime", "2020-01-31");
    await page.reload();
    await expect(page.locator("[data-shelf-item]").first()).toContainText("31 January 2020");
  });

  test("50 statements survive a reload and a browser restart, nothing lost", async ({ playwright, baseURL }, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), "shelf-profile-"));
    const launch = () =>
      playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL, viewport: { width: 1366, height: 900 } });
    try {
      let context = await launch();
      let page = context.pages()[0] ?? (await context.newPage());
      await openShelf(page);
      await page.locator("[data-shelf-import]").setInputFiles({ name: "shelf.json", mimeType: "application/json", buffer: Buffer.from(shelfExport()) });
      await expect(page.locator(".shelf-said")).toHaveText(`Imported ${STATEMENTS} statements.`, { timeout: 30_000 });
      await expect(page.locator("[data-shelf-item]")).toHaveCount(STATEMENTS + 1);
      const before = await page.locator("[data-shelf-item]").evaluateAll((els) => els.map((e) => e.textContent));
      await page.reload();
      await expect(page.locator("[data-shelf-item]")).toHaveCount(STATEMENTS + 1);
      await context.close();
      // The browser again, on the same profile.
      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await openShelf(page);
      await expect(page.locator("[data-shelf-item]")).toHaveCount(STATEMENTS + 1);
      expect(await page.locator("[data-shelf-item]").evaluateAll((els) => els.map((e) => e.textContent))).toEqual(before);
      await page.locator("[data-shelf] input[type=search]").fill("Blinken");
      await expect(page.locator(".shelf-count")).toHaveText(new RegExp(`matches in ${STATEMENTS + 1} statements\\.$`));
      // The first statements' results come with the keystroke, the rest once typing pauses: all of them.
      await expect(page.locator("[data-shelf-result]")).toHaveCount(STATEMENTS + 1);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
