import { test, expect, openReader, saveData, widgetsReady, axeViolations, type Page } from "./fixtures";

// Opening a statement from this device (issue #14, first part): a file picker and dropping a
// file on the reader; read in the browser, nothing uploaded; the same errors as `?src=`.
const shown = (page: Page, within = "") =>
  page.locator(`${within} p[data-paragraph]:not([hidden])`).evaluateAll((ps) => ps.map((p) => p.textContent));

test.use({ viewport: { width: 1366, height: 900 } });

test.describe("opening a statement from this device", () => {
  test("the file picker opens a statement; one click goes back to the built-in one", async ({ page }) => {
    // A file is set straight into the input (no click to open a picker): under Save-Data the
    // input stays the prerendered one until the lite module hands the chosen file over.
    await saveData(page);
    await openReader(page);
    const picker = page.locator("input[type=file][data-open-statement]");
    await expect(picker).toHaveCount(1);
    await expect(page.getByLabel("Open a statement…")).toHaveCount(1);
    await picker.setInputFiles("tests/e2e/pages/plain.txt");
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect.poll(() => shown(page)).toHaveLength(2);
    await expect(page.locator("[data-document-source]")).toContainText("Showing your file plain.txt");
    await expect(page.locator("#statement-title")).toHaveText("plain");
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("[data-builtin-statement]").click();
    await expect.poll(async () => (await shown(page)).length).toBe(14);
    await expect(page.locator("[data-document-source]")).toHaveCount(0);
  });

  test("dropping a file on the reader opens it", async ({ page }) => {
    await openReader(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(["A first dropped paragraph.\nA second one, dropped too."], "dropped.txt", { type: "text/plain" }));
      const reader = document.querySelector("[data-reader]")!;
      reader.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      reader.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => shown(page)).toEqual(["A first dropped paragraph.", "A second one, dropped too."]);
    await expect(page.locator("[data-document-source]")).toContainText("dropped.txt");
    // It searches like any statement.
    await page.locator("input[type=search]").fill("dropped");
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 2");
  });

  test("a file that is not a statement gets the same alert as ?src=, and the statement stays", async ({ page }) => {
    // A file is set straight into the input (no click to open a picker): under Save-Data the
    // input stays the prerendered one until the lite module hands the chosen file over.
    await saveData(page);
    await openReader(page);
    await page.locator("input[data-open-statement]").setInputFiles("tests/e2e/pages/binary.png");
    await expect(page.getByRole("alert")).toContainText("could not be loaded");
    await expect.poll(async () => (await shown(page)).length).toBe(14);
    await page.locator("input[data-open-statement]").setInputFiles("tests/e2e/pages/truncated.json");
    await expect(page.getByRole("alert")).toContainText(/line \d+/);
  });

  test("a widget opens files only where its host allows it", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    await expect(page.locator("#one input[data-open-statement]")).toHaveCount(0);
    await page.locator("#one").evaluate((e) => e.setAttribute("allow-open", ""));
    await expect(page.locator("#one input[data-open-statement]")).toHaveCount(1);
    await page.locator("#one input[data-open-statement]").setInputFiles("tests/e2e/pages/plain.txt");
    await expect.poll(async () => (await shown(page, "#one")).length).toBe(2);
    await expect.poll(async () => (await shown(page, "#two")).length).toBe(1);
    expect(page.url()).toMatch(/\/__test__\/two\.html$/);
  });
});
