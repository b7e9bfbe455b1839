import { readFileSync } from "node:fs";
import { test, expect, openReader, saveData, widgetsReady, axeViolations, PARAGRAPHS, ATTRIBUTION, type Page } from "./fixtures";

// Statements as they are published (issue #22): saved web pages, PDFs and pasted text, by file,
// drop, paste or `?src=`; a failed open keeps what was shown. The fixtures are in
// tests/fixtures/formats (its README says what each one holds).
const FORMATS = "tests/fixtures/formats";
const TITLE = "UK-US Strategic Dialogue 2024: joint statement";
const US: Record<string, string> = {
  recognised: "recognized", emphasised: "emphasized", defence: "defense", programme: "program", organised: "organized",
  mobilise: "mobilize", destabilising: "destabilizing", Recognising: "Recognizing", revolutionising: "revolutionizing",
};
const usSpelling = (text: string) => text.replace(new RegExp(`\\b(${Object.keys(US).join("|")})\\b`, "g"), (w) => US[w]);

const shown = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => p.textContent));

/** Opens a fixture with the file picker (as a user picks a file). */
async function pick(page: Page, name: string) {
  await page.locator("input[type=file][data-open-statement]").setInputFiles(`${FORMATS}/${name}`);
}

/** Drops bytes on the reader as a file. */
async function drop(page: Page, name: string, type: string, bytes: number[]) {
  await page.evaluate(
    ({ name, type, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const reader = document.querySelector("[data-reader]")!;
      reader.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      reader.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, type, bytes },
  );
}

const fixtureBytes = (name: string) => [...readFileSync(`${FORMATS}/${name}`)];

/** Every request the page makes for something a saved page asked for (its scripts, images,
 * styles, fonts: named `__fixture-…` in the fixtures), and whether any of its scripts ran. */
function watchThePagesOwnResources(page: Page) {
  const asked: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("__fixture-") || r.url().includes("_files/") || !r.url().startsWith("http://127.0.0.1")) asked.push(r.url());
  });
  return {
    asked,
    ran: () => page.evaluate(() => (window as unknown as { __pagePwned?: boolean }).__pagePwned === true),
  };
}

test.use({ viewport: { width: 1366, height: 900 } });

test.describe("statements as they are published", () => {
  test("a saved gov.uk page: the statement verbatim, its headline, date, source and licence; none of the page's furniture, scripts or resources", async ({ page }) => {
    await saveData(page);
    await openReader(page);
    const resources = watchThePagesOwnResources(page);
    await pick(page, "govuk-joint-statement.html");
    await expect(page.locator("[data-document-source]")).toContainText("govuk-joint-statement.html", { timeout: 15_000 });
    await expect.poll(() => shown(page)).toEqual(PARAGRAPHS);
    await expect(page.locator("#statement-title")).toHaveText(TITLE);
    await expect(page.locator(".masthead time")).toHaveAttribute("datetime", "2024-09-11");
    await expect(page.locator(".masthead time")).toHaveText("11 September 2024");
    await expect(page.locator(".masthead a[rel=external]")).toHaveAttribute(
      "href",
      "https://www.gov.uk/government/news/uk-us-strategic-dialogue-2024-joint-statement",
    );
    await expect(page.locator(".masthead")).toContainText("GOV.UK");
    await expect(page.locator("[data-attribution]")).toContainText(ATTRIBUTION);
    const text = await page.locator("#statement").innerText();
    for (const furniture of ["Cookies on GOV.UK", "Share this page", "Is this page useful?", "Explore the topic", "Related content", "Press release", "Crown copyright", "Foreign Secretary David Lammy and Secretary of State Antony Blinken in London."]) {
      expect(text, furniture).not.toContain(furniture);
    }
    // Markup in the page stays text: the link and the emphasis are gone, the entities decoded.
    await expect(page.locator("#statement a[href*='david-lammy'], #statement strong")).toHaveCount(0);
    // It searches like any statement.
    await page.locator("input[type=search]").fill("Iran");
    await expect(page.locator("[data-hit-count]")).toHaveText(/of \d+/);
    expect(resources.asked).toEqual([]);
    expect(await resources.ran()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    // A reload shows it again (kept for this tab), without reading the page again (the search,
    // in the address by now, may filter it: every paragraph is counted).
    await page.reload();
    const all = () => page.locator("p[data-paragraph]").evaluateAll((ps) => ps.map((p) => p.textContent));
    await expect.poll(all, { timeout: 15_000 }).toEqual(PARAGRAPHS);
    await expect(page.locator("#statement-title")).toHaveText(TITLE);
  });

  test("the State Department's page by ?src=, compared with the gov.uk text with UK and US spellings as one: only the real difference", async ({ page }) => {
    const resources = watchThePagesOwnResources(page);
    await openReader(page, "/?src=/__test__/formats/state-gov-joint-statement.html");
    await expect(page.locator("[data-document-source]")).toContainText("state-gov-joint-statement.html", { timeout: 15_000 });
    const paragraphs = await shown(page);
    // Its own introduction, then the statement in US spelling ("Begin Text:" and "End Text." are the page's).
    expect(paragraphs.slice(1)).toEqual(PARAGRAPHS.map(usSpelling));
    expect(paragraphs[0]).toMatch(/^The text of the following statement was released/);
    await expect(page.locator("#statement-title")).toHaveText("Joint Statement on the U.S.-UK Strategic Dialogue");
    await expect(page.locator(".masthead")).toContainText("United States Department of State");
    await page.locator("[data-compare-builtin]").click();
    await expect(page.locator("[data-reader][data-ready][data-compare]")).toHaveCount(1);
    await page.locator("[data-compare-option=spelling]").check();
    const counts = () =>
      page.locator("[data-change-count]").evaluateAll((els) =>
        Object.fromEntries(els.map((e) => [e.getAttribute("data-change-count"), Number(e.textContent)])),
      );
    await expect.poll(counts).toEqual({ added: 1, removed: 0, reworded: 0, moved: 0 });
    expect(resources.asked).toEqual([]);
    expect(await resources.ran()).toBe(false);
  });

  test("a White House page, dropped: Readability finds the article without a site rule", async ({ page }) => {
    await openReader(page);
    await drop(page, "whitehouse-joint-statement.html", "text/html", fixtureBytes("whitehouse-joint-statement.html"));
    await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(PARAGRAPHS.slice(0, 4).map(usSpelling));
    await expect(page.locator("#statement-title")).toHaveText("Joint Statement on the U.S.-UK Strategic Dialogue");
    await expect(page.locator(".masthead time")).toHaveAttribute("datetime", "2024-09-11");
  });

  for (const article of ["nytimes-1", "bbc-1"]) {
    test(`a real saved news article (${article}, Readability's test corpus): its headline and paragraphs, not the site`, async ({ page }) => {
      const expected = JSON.parse(readFileSync(`${FORMATS}/news/${article}.expected-metadata.json`, "utf8"));
      const expectedHtml = readFileSync(`${FORMATS}/news/${article}.expected.html`, "utf8");
      await openReader(page);
      const resources = watchThePagesOwnResources(page);
      await drop(page, `${article}.html`, "text/html", fixtureBytes(`news/${article}.html`));
      await expect(page.locator("[data-document-source]")).toContainText(`${article}.html`, { timeout: 15_000 });
      const paragraphs = (await shown(page)).map((p) => p!.replace(/\s+/g, " ").trim());
      // Readability's own expected article: its paragraphs are ours, in order.
      const expectedParagraphs = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        return [...doc.querySelectorAll("p")].map((p) => p.textContent!.replace(/\s+/g, " ").trim()).filter((t) => t.length > 40);
      }, expectedHtml);
      expect(expectedParagraphs.length).toBeGreaterThan(5);
      let at = 0;
      for (const p of expectedParagraphs) {
        const found = paragraphs.indexOf(p, at);
        expect(found, p).toBeGreaterThanOrEqual(at);
        at = found + 1;
      }
      const title = (await page.locator("#statement-title").textContent())!;
      expect(expected.title.startsWith(title) || title.startsWith(expected.title)).toBe(true);
      expect(resources.asked).toEqual([]);
    });
  }

  test("a printed PDF: lines joined across line and page breaks, headers, footers and page numbers gone, the title from its heading", async ({ page }) => {
    await saveData(page);
    await openReader(page);
    await pick(page, "statement.pdf");
    await expect(page.locator("[data-document-source]")).toContainText("statement.pdf", { timeout: 15_000 });
    await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(PARAGRAPHS);
    await expect(page.locator("#statement-title")).toHaveText(TITLE);
    const text = await page.locator("#statement").innerText();
    expect(text).not.toContain("Page 1 of 3");
    expect(text).not.toContain("OFFICIAL");
    // "Indo-" + "Pacific" at a line's end: one word, its hyphen kept.
    expect(text).toContain("Indo-Pacific");
    await page.reload();
    await expect.poll(() => shown(page)).toEqual(PARAGRAPHS);
  });

  test("a scanned, an encrypted and a broken PDF each get an alert that says why, and what was shown stays", async ({ page }) => {
    await openReader(page);
    await drop(page, "plain.txt", "text/plain", [...Buffer.from("A paragraph of my own.\nAnother one.")]);
    await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(["A paragraph of my own.", "Another one."]);
    const cases: [string, RegExp][] = [
      ["scanned.pdf", /no text to read.*images/],
      ["encrypted.pdf", /password/],
      ["broken.pdf", /could not be read|no text to read/],
    ];
    for (const [name, why] of cases) {
      await drop(page, name, "application/pdf", fixtureBytes(name));
      await expect(page.getByRole("alert")).toContainText(why, { timeout: 15_000 });
      await expect(page.getByRole("alert")).toContainText("Still showing “plain”");
      expect(await shown(page)).toEqual(["A paragraph of my own.", "Another one."]);
      await expect(page.locator("[data-document-source]")).toContainText("plain.txt");
    }
  });

  test("nothing lost: a broken file dropped on a statement the reader opened keeps it (regression)", async ({ page }) => {
    await openReader(page);
    await drop(page, "mine.txt", "text/plain", [...Buffer.from("My statement.")]);
    await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(["My statement."]);
    await drop(page, "broken.json", "application/json", [...Buffer.from('{"paragraphs": [')]);
    await expect(page.getByRole("alert")).toContainText(/line \d+/);
    await expect(page.getByRole("alert")).toContainText("Still showing “mine”");
    expect(await shown(page)).toEqual(["My statement."]);
    // With nothing else shown, the built-in statement stays.
    await page.locator("[data-builtin-statement]").click();
    await drop(page, "broken.json", "application/json", [...Buffer.from("{")]);
    await expect(page.getByRole("alert")).toContainText("Showing the built-in statement");
    expect(await shown(page)).toEqual(PARAGRAPHS);
  });

  test("pasted: HTML copied from a page keeps its paragraphs and drops its styles; pasting outside a field does the same", async ({ page }) => {
    await openReader(page);
    const html = readFileSync(`${FORMATS}/pasted-from-govuk.html`, "utf8");
    await page.locator("[data-paste-statement]").click();
    const area = page.locator("[data-paste-area]");
    await expect(area).toBeFocused();
    await area.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "ignored when there is HTML");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(PARAGRAPHS.slice(0, 3));
    await expect(page.locator("#statement-title")).toHaveText(TITLE);
    await expect(page.locator("[data-document-source]")).toContainText("pasted");
    await expect(page.locator("#statement [style]")).toHaveCount(0);
    // Plain text pasted on the page (not in a field): a paragraph a line.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "First pasted line.\r\nSecond pasted line.");
      document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => shown(page)).toEqual(["First pasted line.", "Second pasted line."]);
    // A paste into the search box is a search, not a statement.
    await page.locator("input[type=search]").focus();
    await page.locator("input[type=search]").evaluate((el) => {
      const data = new DataTransfer();
      data.setData("text/plain", "Second");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await shown(page)).toEqual(["First pasted line.", "Second pasted line."]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a widget: its src takes a saved web page, and with allow-open it opens a PDF", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    const inWidget = (id: string) =>
      page.locator(`#${id} p[data-paragraph]:not([hidden])`).evaluateAll((ps) => ps.map((p) => p.textContent));
    await page.locator("#one").evaluate((e) => e.setAttribute("src", "/__test__/formats/govuk-joint-statement.html"));
    await expect.poll(() => inWidget("one"), { timeout: 15_000 }).toEqual(PARAGRAPHS);
    await expect(page.locator("#one #statement-title")).toHaveText(TITLE);
    await page.locator("#two").evaluate((e) => e.setAttribute("allow-open", ""));
    await page.locator("#two input[data-open-statement]").setInputFiles(`${FORMATS}/statement.pdf`);
    await expect(page.locator("#two [data-document-source]")).toContainText("statement.pdf", { timeout: 15_000 });
    // Its own theme (china) and search (taiwan) still apply to what it opened.
    await expect.poll(() => inWidget("two")).toEqual([PARAGRAPHS[8]]);
    expect(page.url()).toMatch(/\/__test__\/two\.html$/);
  });
});
