import { test, expect, openReader, axeViolations, PARAGRAPHS, normalise, type Page } from "./fixtures";
import { readFileSync } from "node:fs";

test.use({ viewport: { width: 1366, height: 900 } });

/** Selects `text` inside paragraph `n` (across any marks) and releases the mouse there. */
async function select(page: Page, n: number, text: string) {
  await page.evaluate(([n, text]) => {
    const p = document.querySelector(`#p${n}`)!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes: [Node, number][] = [];
    let full = "";
    while (walker.nextNode()) {
      nodes.push([walker.currentNode, full.length]);
      full += walker.currentNode.textContent;
    }
    const start = full.indexOf(text as string);
    if (start < 0) throw new Error(`not in paragraph: ${text}`);
    const at = (pos: number): [Node, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= pos) return [nodes[i][0], pos - nodes[i][1]];
      throw new Error("no node");
    };
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + (text as string).length));
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    p.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, [n, text] as const);
}

const marks = (page: Page) => page.locator("mark.hl").evaluateAll((ms) => {
  const byId = new Map<string, string>();
  for (const m of ms) byId.set(m.getAttribute("data-highlight")!, (byId.get(m.getAttribute("data-highlight")!) ?? "") + m.textContent);
  return [...byId.values()];
});
const notes = (page: Page) => page.locator(".notes-panel");

test.describe("highlights and notes", () => {
  test("select → highlight → it stays after a reload, and the text is unchanged", async ({ page }) => {
    await openReader(page);
    await select(page, 4, "Ukraine’s irreversible path to NATO membership");
    const toolbar = page.getByRole("toolbar", { name: "Highlight the selection" });
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole("button", { name: "Highlight in green" }).click();
    await expect(toolbar).toBeHidden();
    await expect.poll(() => marks(page)).toEqual(["Ukraine’s irreversible path to NATO membership"]);
    await expect(page.locator("mark.hl").first()).toHaveClass(/hl-green/);
    await expect(notes(page).getByRole("heading")).toHaveText("My notes (1)");
    await expect(page.locator("[role=status]").first()).toContainText("Highlighted");
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect.poll(() => marks(page)).toEqual(["Ukraine’s irreversible path to NATO membership"]);
    const texts = await page.locator("p[data-paragraph]").allTextContents();
    expect(texts.map(normalise)).toEqual(PARAGRAPHS.map(normalise));
    // It coexists with search hits and entity marks.
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("nato");
    await expect(page.locator("mark.hl mark.hit, mark.hit")).not.toHaveCount(0);
    await expect.poll(() => marks(page)).toEqual(["Ukraine’s irreversible path to NATO membership"]);
  });

  test("a real double-click selection works too", async ({ page }) => {
    await openReader(page);
    await page.locator("#p10").getByText("Somalia", { exact: false }).first().dblclick();
    await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in blue" }).click();
    expect((await marks(page))[0]).toMatch(/Somalia/);
  });

  test("notes: add, edit, delete and undo", async ({ page }) => {
    await openReader(page);
    await select(page, 7, "the Blue Line");
    await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Add note" }).click();
    const box = notes(page).getByRole("textbox", { name: "Note" });
    await expect(box).toBeFocused();
    await box.fill("UNIFIL patrols it. <b>not markup</b>");
    await notes(page).getByRole("button", { name: "Save note" }).click();
    await expect(notes(page).locator(".note-text")).toHaveText("UNIFIL patrols it. <b>not markup</b>");
    await page.reload();
    await expect(notes(page).locator(".note-text")).toHaveText("UNIFIL patrols it. <b>not markup</b>");
    await notes(page).getByRole("button", { name: "Edit note" }).click();
    await notes(page).getByRole("textbox", { name: "Note" }).fill("Edited.");
    await notes(page).getByRole("button", { name: "Save note" }).click();
    await expect(notes(page).locator(".note-text")).toHaveText("Edited.");
    await notes(page).locator("[data-delete-highlight]").click();
    await expect.poll(() => marks(page)).toEqual([]);
    await notes(page).getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => marks(page)).toEqual(["the Blue Line"]);
    await expect(notes(page).locator(".note-text")).toHaveText("Edited.");
    // Jump from the list to the paragraph.
    await notes(page).locator(".note-quote").click();
    await expect(page.locator("#p7")).toBeFocused();
  });

  test("by keyboard: a paragraph's tools highlight one sentence", async ({ page }) => {
    await openReader(page, "/#p5");
    await page.keyboard.press("Shift+Tab");
    const toggle = page.getByRole("button", { name: "Cite or highlight paragraph 5" });
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("combobox", { name: "What to highlight" }).selectOption("3");
    await page.locator("#tools-p5").getByRole("button", { name: "Highlight in pink" }).press("Enter");
    await expect.poll(() => marks(page)).toEqual(["They condemned the transfer and made clear that, alongside international partners, they would take coordinated action to respond with new and significant measures for Iran and Russia."]);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
  });

  test("export Markdown and JSON, and import JSON (merged, no duplicates)", async ({ page, browser }) => {
    await openReader(page);
    await select(page, 9, "Taiwan Strait");
    await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in yellow" }).click();
    const [md] = await Promise.all([page.waitForEvent("download"), notes(page).getByRole("button", { name: "Export Markdown" }).click()]);
    const markdown = readFileSync((await md.path())!, "utf8");
    expect(markdown).toContain("> Taiwan Strait");
    expect(markdown).toMatch(/\[paragraph 9\]\(http:\/\/127\.0\.0\.1:\d+\/#p9\)/);
    expect(markdown).toContain("Open Government Licence v3.0");
    const [json] = await Promise.all([page.waitForEvent("download"), notes(page).getByRole("button", { name: "Export JSON" }).click()]);
    const file = (await json.path())!;
    const collection = JSON.parse(readFileSync(file, "utf8"));
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.items[0].target.selector[0]).toMatchObject({ type: "TextQuoteSelector", exact: "Taiwan Strait" });

    // Another reader (fresh storage) imports it; importing twice adds nothing.
    const other = await (await browser.newContext()).newPage();
    await openReader(other);
    await select(other, 1, "London");
    await other.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in blue" }).click();
    for (let i = 0; i < 2; i++) await other.locator(".notes-panel input[type=file]").setInputFiles(file);
    await expect(other.locator(".notes-status")).toContainText("Imported 1 highlight");
    expect((await marks(other)).sort()).toEqual(["London", "Taiwan Strait"]);
    await other.context().close();
  });

  test("cite a paragraph in each format, with a confirmation", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openReader(page);
    await page.getByRole("button", { name: "Cite or highlight paragraph 6" }).click();
    await page.locator("#tools-p6 [data-cite=markdown]").click();
    await expect(page.locator(".search-notice")).toHaveText("Copied paragraph 6 with a Markdown citation.");
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^> Both agreed that Iran’s nuclear programme/);
    expect(markdown).toMatch(/\[paragraph 6\]\(http:\/\/127\.0\.0\.1:\d+\/#p6\)/);
    expect(markdown).toContain("Contains public sector information licensed under the Open Government Licence v3.0.");
    await page.locator("#tools-p6 [data-cite=bibtex]").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{/);
    await page.locator("#tools-p6 [data-cite=plain]").click();
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain("Government of the United Kingdom and Government of the United States");
    expect(plain).toContain("10–11 September 2024");
    await page.keyboard.press("Escape");
    await expect(page.locator("#tools-p6")).toHaveCount(0);
  });

  test("two tabs at once lose nothing", async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openReader(a);
    await openReader(b);
    await select(a, 2, "special relationship");
    await a.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in green" }).click();
    // B hears about it without reloading.
    await expect.poll(() => marks(b)).toEqual(["special relationship"]);
    await select(b, 13, "COP29");
    await b.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in purple" }).click();
    await expect.poll(() => marks(a)).toEqual(["special relationship", "COP29"]);
    await a.reload();
    await b.reload();
    for (const page of [a, b]) await expect.poll(() => marks(page)).toEqual(["special relationship", "COP29"]);
  });

  test("unreadable saved data is kept, reported and downloadable, never overwritten", async ({ page }) => {
    await openReader(page);
    await select(page, 3, "Euro-Atlantic");
    await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in yellow" }).click();
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith("statement-reader:highlights:"))!);
    const garbage = '{"schema": 1, "highlights": [{"id": 7, "oops": tru';
    await page.evaluate(([key, garbage]) => localStorage.setItem(key, garbage), [key, garbage]);
    await page.reload();
    const alert = notes(page).getByRole("alert");
    await expect(alert).toContainText("could not be read");
    // Highlighting now saves nothing over it.
    await select(page, 1, "London");
    await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in blue" }).click();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), key)).toBe(garbage);
    const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download them" }).click()]);
    expect(readFileSync((await download.path())!, "utf8")).toBe(garbage);
    await alert.getByRole("button", { name: "Keep them aside and start afresh" }).click();
    await expect(notes(page).getByRole("alert")).toHaveCount(0);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":unreadable:")).map((k) => localStorage.getItem(k)));
    expect(kept).toEqual([garbage]);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test("a paragraph's tools are fully usable (not clipped by the next paragraph)", async ({ page }) => {
      await openReader(page);
      await page.getByRole("button", { name: "Cite or highlight paragraph 6" }).click();
      await page.locator("#tools-p6").getByRole("button", { name: "Highlight in yellow" }).click({ timeout: 5_000 });
      await expect.poll(() => marks(page)).toEqual([PARAGRAPHS[5]]);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    });
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe reports no violations with notes, a note being written and a paragraph's tools open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openReader(page);
      await select(page, 8, "AUKUS Nations Open General Licence");
      await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Highlight in purple" }).click();
      await select(page, 11, "kleptocracy");
      await page.getByRole("toolbar", { name: "Highlight the selection" }).getByRole("button", { name: "Add note" }).click();
      await page.getByRole("button", { name: "Cite or highlight paragraph 2" }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
