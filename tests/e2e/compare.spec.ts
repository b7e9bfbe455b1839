import { readFileSync } from "node:fs";
import { test, expect, openReader, saveData, axeViolations, type Page } from "./fixtures";

// Comparing two statements (issue #14): the fixture `tests/fixtures/compare/us-edited.txt` is
// the built-in statement with listed edits (see its README): a sentence added (end of ¶3), one
// removed (from ¶5), one reworded (¶10), one moved (¶11 → ¶12), US spellings throughout.
const FIXTURE = "/__test__/compare/us-edited.txt";
const editedParagraphs = readFileSync("tests/fixtures/compare/us-edited.txt", "utf8").trim().split("\n");

const counts = (page: Page) =>
  page.locator("[data-change-count]").evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute("data-change-count"), Number(e.textContent)])),
  );
const shownNumbers = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));
/** Each paragraph's text without the comparison's `<del>` elements. */
const textsWithoutDeletions = (page: Page) =>
  page.locator("p[data-paragraph]").evaluateAll((ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("del").forEach((d) => d.remove());
      return copy.textContent;
    }),
  );

test.use({ viewport: { width: 1366, height: 900 } });

/** Drops the edited fixture on the reader (as a user drops a file), then compares it with the
 * built-in statement. */
async function compareFixtureWithBuiltin(page: Page) {
  await openReader(page);
  const text = readFileSync("tests/fixtures/compare/us-edited.txt", "utf8");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "us-edited.txt", { type: "text/plain" }));
    const reader = document.querySelector("[data-reader]")!;
    reader.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    reader.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(page.locator("[data-document-source]")).toContainText("us-edited.txt");
  await page.locator("[data-compare-builtin]").click();
  await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1);
}

test.describe("comparing two statements", () => {
  test("a file dropped on the page, compared with the built-in statement: every listed edit classified", async ({ page }) => {
    await compareFixtureWithBuiltin(page);
    // The shown statement is still the file, verbatim once the deletions are set aside.
    await expect(page.locator("[data-document-source]")).toContainText("us-edited.txt");
    expect(await textsWithoutDeletions(page)).toEqual(editedParagraphs);
    // Without the spelling option, US spellings are rewordings too.
    const loose = await counts(page);
    expect(loose.reworded).toBeGreaterThan(1);
    await page.locator("[data-compare-option=spelling]").check();
    await expect.poll(() => counts(page)).toEqual({ added: 1, removed: 1, reworded: 1, moved: 1 });

    const added = page.locator("[data-sentence][data-change=added]");
    await expect(added).toHaveCount(1);
    await expect(added).toHaveText(/^They agreed to hold the next Strategic Dialogue in Washington in 2025\.\s*$/);
    await expect(added.locator("xpath=ancestor::p")).toHaveAttribute("data-paragraph", "3");

    const removed = page.locator("del[data-change=removed]");
    await expect(removed).toHaveCount(1);
    await expect(removed).toHaveText(/Secretary Blinken confirmed intelligence findings that Russia has received ballistic missiles from Iran\./);
    await expect(removed.locator("xpath=ancestor::p")).toHaveAttribute("data-paragraph", "4");

    const reworded = page.locator("[data-sentence][data-change=reworded]");
    await expect(reworded).toHaveCount(1);
    await expect(reworded.locator("ins")).toHaveText(["reviewed", "common", "across"]);
    await expect(reworded.locator("del")).toHaveText([/discussed/, /shared/, /in/]);

    const moved = page.locator("[data-sentence][data-change=moved]");
    await expect(moved).toHaveCount(1);
    await expect(moved).toContainText("reaffirmed a shared commitment to strengthening the resilience of democracies");
    await expect(page.locator("a.moved-from")).toHaveAttribute("href", "#p11");
    // Every other sentence is the same.
    const total = await page.locator("[data-sentence]").count();
    await expect(page.locator("[data-sentence][data-change=same]")).toHaveCount(total - 3);
    expect(await axeViolations(page)).toEqual([]);

    // A reload keeps the comparison (this tab remembers both files), and stopping ends it.
    await page.reload();
    await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1);
    await expect(page.locator("[data-document-source]")).toContainText("us-edited.txt");
    await page.locator("[data-stop-compare]").click();
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(0);
    await expect(page.locator("[data-sentence][data-change]")).toHaveCount(0);
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(0);
  });

  test("Compare with a file… compares the built-in statement with a file from this device", async ({ page }) => {
    // A file is set straight into the input (no click to open a picker): under Save-Data the
    // input stays the prerendered one until the lite module hands the chosen file over.
    await saveData(page);
    await openReader(page);
    await page.locator("input[type=file][data-compare-statement]").setInputFiles("tests/fixtures/compare/us-edited.txt");
    // The page loads again, now with the comparing build, and compares.
    await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1);
    await expect(page.locator("#compare-heading")).toContainText("us-edited");
    await expect(page.locator("[data-document-source]")).toHaveCount(0);
    await page.locator("[data-compare-option=spelling]").check();
    await expect.poll(() => counts(page)).toEqual({ added: 1, removed: 1, reworded: 1, moved: 1 });
  });

  test("?compare= compares the built-in statement with an address, and the URL keeps it", async ({ page }) => {
    await openReader(page, `/?compare=${encodeURIComponent(FIXTURE)}`);
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(1);
    await page.locator("[data-compare-option=spelling]").check();
    // Seen from the built-in statement, the fixture's additions are removals and the reverse.
    await expect.poll(() => counts(page)).toEqual({ added: 1, removed: 1, reworded: 1, moved: 1 });
    await expect(page.locator("[data-sentence][data-change=added]")).toContainText("Secretary Blinken confirmed intelligence findings");
    await expect(page.locator("del[data-change=removed]")).toContainText("They agreed to hold the next Strategic Dialogue");
    // The text of every paragraph is still the built-in statement's.
    const builtin = await page.locator("p[data-paragraph]").count();
    expect(builtin).toBe(14);
    await page.locator("input[type=search]").fill("Blinken");
    await expect.poll(() => new URL(page.url()).searchParams.get("compare")).toBe(FIXTURE);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("Blinken");
    // A deep link still arrives.
    await openReader(page, `/?compare=${encodeURIComponent(FIXTURE)}#p10`);
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(1);
    await expect(page.locator("#p10")).toBeInViewport();
  });

  test("only changes, the kind counts and the per-theme summary filter, AND with search and lenses", async ({ page }) => {
    await openReader(page, `/?compare=${encodeURIComponent(FIXTURE)}`);
    await page.locator("[data-compare-option=spelling]").check();
    await expect.poll(() => counts(page)).toEqual({ added: 1, removed: 1, reworded: 1, moved: 1 });
    const onlyChanges = page.locator("[data-compare-option=only-changes]");
    await onlyChanges.check();
    // Seen from the built-in statement: ¶3 holds the fixture's added sentence as removed, ¶5 the
    // sentence the fixture removed as added, ¶10 the rewording, ¶11 the moved sentence.
    await expect.poll(() => shownNumbers(page)).toEqual([3, 5, 10, 11]);
    await page.locator("[data-change-filter=added]").click();
    await expect.poll(() => shownNumbers(page)).toEqual([5]);
    await expect(page.locator("[data-change-filter=added]")).toHaveAttribute("aria-pressed", "true");
    await page.locator("[data-change-filter=added]").click();
    await expect.poll(() => shownNumbers(page)).toEqual([3, 5, 10, 11]);
    // AND with search: matches count only in changed paragraphs.
    await page.locator("input[type=search]").fill("Africa");
    await expect.poll(() => shownNumbers(page)).toEqual([10]);
    await page.locator("input[type=search]").fill("");
    // A theme in the summary: that lens, changed paragraphs only.
    const africa = page.locator("[data-compare-theme=africa] button");
    await expect(africa).toContainText("Africa");
    await expect(africa).toContainText("1 reworded");
    await onlyChanges.uncheck();
    await expect.poll(async () => (await shownNumbers(page)).length).toBe(14);
    await africa.click();
    await expect.poll(() => shownNumbers(page)).toEqual([10]);
    await expect(onlyChanges).toBeChecked();
    await expect(page.locator(`[data-theme-link="africa"]`)).toHaveAttribute("aria-pressed", "true");
    // Nothing left: the same "nothing matches" message names the filter.
    await page.locator("input[type=search]").fill("Taiwan");
    await expect(page.locator(".no-results")).toContainText("changed");
  });

  test("changes are spoken and stay distinct without colour (forced colours)", async ({ page }) => {
    await openReader(page, `/?compare=${encodeURIComponent(FIXTURE)}`);
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(1);
    const spoken = (selector: string, pseudo = "::before") =>
      page.locator(selector).first().evaluate((e, p) => getComputedStyle(e, p).content, pseudo);
    expect(await spoken(".para ins")).toContain("inserted");
    expect(await spoken(".para del:not([data-change])")).toContain("deleted");
    expect(await spoken("del[data-change=removed]")).toContain("removed sentence");
    expect(await spoken("[data-sentence][data-change=added]")).toContain("added sentence");
    await page.emulateMedia({ forcedColors: "active" });
    const decoration = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).textDecorationLine);
    await expect.poll(() => decoration(".para ins")).toContain("underline");
    expect(await decoration(".para del")).toContain("line-through");
    expect(await decoration("[data-sentence][data-change=added]")).toContain("underline");
    expect(await page.locator("[data-sentence][data-change=moved]").evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("dashed");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the redline exports as Markdown and as a standalone HTML page", async ({ page }) => {
    await openReader(page, `/?compare=${encodeURIComponent(FIXTURE)}`);
    await page.locator("[data-compare-option=spelling]").check();
    await expect.poll(() => counts(page)).toEqual({ added: 1, removed: 1, reworded: 1, moved: 1 });
    const save = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-export-redline=${format}]`).click()]);
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, "utf8") };
    };
    const md = await save("markdown");
    expect(md.name).toMatch(/redline\.md$/);
    expect(md.text).toContain("1 added, 1 removed, 1 reworded, 1 moved");
    expect(md.text).toContain("~~reviewed~~ **discussed**");
    expect(md.text).toContain("*(moved from ¶12)*");
    const html = await save("html");
    expect(html.name).toMatch(/redline\.html$/);
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    expect(html.text).toContain("<del>reviewed </del><ins>discussed</ins>");
    expect(html.text).not.toContain("<script");
  });

  test("a statement to compare with that cannot be loaded: an alert, and the reader stays", async ({ page }) => {
    // The file below is set straight into the input: see "Compare with a file…".
    await saveData(page);
    await openReader(page, "/?compare=/__test__/truncated.json");
    await expect(page.getByRole("alert")).toContainText("could not be loaded");
    await expect(page.locator("[data-reader][data-compare]")).toHaveCount(0);
    await expect(page.locator("p[data-paragraph]")).toHaveCount(14);
    // A file that is not a statement is refused before anything reloads.
    await openReader(page);
    await page.locator("input[data-compare-statement]").first().setInputFiles("tests/e2e/pages/binary.png");
    await expect(page.getByRole("alert")).toContainText("could not be loaded");
  });

  test("a widget compares when its host says so, and only that widget", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await page.evaluate((fixture) => {
      document.querySelector("main")!.insertAdjacentHTML("beforeend", `<statement-reader id="three" compare="${fixture}"></statement-reader>`);
    }, FIXTURE);
    const three = page.locator("#three");
    await expect(three.locator("[data-reader][data-compare]")).toHaveCount(1);
    await expect(three.locator("[data-change-count=moved]")).toHaveText(/\d+/);
    await expect(three.locator("[data-sentence][data-change=added]")).toHaveCount(1);
    await expect(page.locator("#one [data-reader][data-compare]")).toHaveCount(0);
    // The host's page keeps its address: a widget never writes ?compare=.
    expect(new URL(page.url()).search).toBe("");
    // A statement to compare with that cannot be loaded: the widget says so, and tells its host.
    const heard = page.evaluate(
      () => new Promise<string>((resolve) => document.addEventListener("statement-reader:error", (e) => resolve((e as CustomEvent).detail.message))),
    );
    await page.evaluate(() => {
      document.querySelector("main")!.insertAdjacentHTML("beforeend", `<statement-reader id="four" compare="/__test__/truncated.json"></statement-reader>`);
    });
    expect(await heard).toMatch(/line \d+/);
    await expect(page.locator("#four").getByRole("alert")).toContainText("could not be loaded");
  });
});
