import { test, expect, openReader, widgetsReady, PARAGRAPHS, type Page } from "./fixtures";
import { readFileSync } from "node:fs";

const shown = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));
const hostile = JSON.parse(readFileSync("tests/e2e/pages/hostile.json", "utf8"));
/** Nothing the hostile inputs try to run has run. */
const pwned = (page: Page) => page.evaluate(() => (window as any).__pwned ?? null);

test.describe("hostile documents render as text", () => {
  test("on the page (?src=)", async ({ page }) => {
    await openReader(page, "/?src=/__test__/hostile.json");
    await expect(page.locator("p[data-paragraph]")).toHaveCount(4);
    await expect(page.locator("#statement-title")).toHaveText(hostile.title);
    // Every paragraph is its source string, character for character (bidi controls, zero-width
    // joiners, combining marks and flags included).
    const texts = await page.locator("p[data-paragraph]").allTextContents();
    expect(texts).toEqual(hostile.paragraphs);
    await expect(page.locator("[data-reader] img, [data-reader] script:not([src]), [data-reader] b")).toHaveCount(0);
    // No javascript: link anywhere; the source and licence show as text.
    await expect.poll(() => page.locator("a[href^='javascript' i]").count()).toBe(0);
    await expect(page.locator("[data-attribution]")).toHaveText(hostile.licence.attribution);
    await expect(page.locator(".source-line")).toHaveText(`Source: ${hostile.source}`);
    expect(await pwned(page)).toBeNull();
    // Search, themes and entities still work on it.
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("ministers");
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 1");
    expect(await pwned(page)).toBeNull();
  });

  test("in a widget (src attribute)", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    await page.locator("#one").evaluate((e) => e.setAttribute("src", "/__test__/hostile.json"));
    await expect(page.locator("#one p[data-paragraph]")).toHaveCount(4);
    await expect.poll(() => page.locator("#one p[data-paragraph]").allTextContents()).toEqual(hostile.paragraphs);
    await expect(page.locator("#one #statement-title")).toHaveText(hostile.title);
    expect(await pwned(page)).toBeNull();
  });

  test("hostile queries are literal text", async ({ page }) => {
    await openReader(page, "/?q=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E");
    await expect(page.locator(".no-results")).toContainText("<img src=x onerror=window.__pwned=1>");
    const box = page.getByRole("searchbox", { name: "Search the statement" });
    for (const q of ["<script>window.__pwned=2</script>", "\"><svg onload=window.__pwned=3>", "\u202Eiran", "ira\u200Bn", "(", "[", "\\", "*", "$&", "🇬🇧"]) {
      await box.fill(q);
      await expect(page.locator("[data-hit-count]")).toHaveText(/\d+ (matches|of \d+)|^$/);
    }
    expect(await pwned(page)).toBeNull();
  });
});

test.describe("bad input leaves a working reader with a clear message", () => {
  // The browser logs the failed fetch itself; that is the point of these tests.
  test.use({ allowedConsoleErrors: /Failed to load resource|status of 404/ });

  const cases: [string, RegExp][] = [
    ["/__test__/missing.json", /404 Not Found/],
    ["/__test__/truncated.json", /JSON does not parse: .* \(line 3, column \d+\)/],
    ["/__test__/binary.png", /not text/],
    ["/__test__/bad-utf8.txt", /not UTF-8 text: line 2/],
    ["/__test__/empty.txt", /no paragraphs/],
    ["javascript:alert(1)", /Only http and https addresses/],
    ["http://[bad", /not a valid address/],
  ];
  for (const [src, message] of cases) {
    test(`?src=${src}`, async ({ page }) => {
      await openReader(page, `/?src=${encodeURIComponent(src)}`);
      const alert = page.locator("[data-reader] [role=alert]");
      await expect(alert).toContainText("could not be loaded");
      await expect(alert).toContainText(message);
      // The built-in statement is still there, and searchable.
      await expect(page.locator("p[data-paragraph]")).toHaveCount(PARAGRAPHS.length);
      await page.getByRole("searchbox", { name: "Search the statement" }).fill("iran");
      await expect(page.locator("[data-hit-count]")).toHaveText("1 of 5");
    });
  }

  test("a widget with a missing src says so inside itself", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    await page.locator("#two").evaluate((e) => e.setAttribute("src", "/__test__/missing.txt"));
    await expect(page.locator("#two [role=alert]")).toContainText("404");
    await expect(page.locator("#one [role=alert]")).toHaveCount(0);
  });

  test("malformed parameters and a 100,000-character query", async ({ page }) => {
    await openReader(page, "/?theme=%&stance=<b>&entity=&case=maybe&mode=%00&src=#p%%");
    await expect.poll(() => shown(page)).toHaveLength(14);
    await openReader(page, "/?q=%E0%A4%A");
    await expect(page.locator("[data-hit-count]")).toHaveText("0 matches");
    await expect(page.locator(".no-results")).toBeVisible();
    // Servers refuse URLs much longer than this; the reader keeps the first 1,000 characters.
    await openReader(page, `/?q=${"b".repeat(5_000)}`);
    await expect(page.locator("[data-hit-count]")).toHaveText("0 matches");
    const huge = "a".repeat(100_000);
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("iran " + huge);
    await expect(page.locator(".search-notice")).toContainText("Only the first 1000 characters");
    await expect(page.locator("[data-hit-count]")).toHaveText("0 matches");
    // The address bar keeps a link of reasonable length.
    await expect.poll(() => new URL(page.url()).searchParams.get("q")?.length).toBe(1_000);
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("iran");
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 5");
  });

  test("a plain-text statement from ?src= gets themes, entities and search", async ({ page }) => {
    await openReader(page, "/?src=/__test__/plain.txt&q=nato");
    // The loaded statement replaces the built-in one, then applies the address's search.
    await expect(page.locator("#statement-title")).toHaveText("Untitled statement");
    await expect.poll(() => shown(page)).toEqual([2]);
    await expect(page.locator("#p2")).toHaveAttribute("data-themes", "ukraine-europe iran");
    await expect(page.locator('#p2 [data-entity="place"]')).toHaveText("Iran");
    await expect(page.locator("#statement-title")).toHaveText("Untitled statement");
    // The address keeps ?src= as the search changes.
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("iran");
    await expect(page).toHaveURL(/src=%2F__test__%2Fplain\.txt&q=iran|src=\/__test__\/plain\.txt&q=iran/);
  });
});

test.describe("strict Content-Security-Policy", () => {
  for (const path of ["/", "/embed.html", "/__test__/two.html", "/?q=iran&theme=iran"]) {
    test(`${path} runs with no violation`, async ({ page }) => {
      await page.addInitScript(() => {
        (window as any).__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const response = await page.goto(path);
      expect(response!.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
      if (path.includes("html") && !path.startsWith("/?")) await widgetsReady(page);
      else await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
      // Interact: tooltips are placed through the CSSOM, which the policy allows.
      await page.locator(".term >> visible=true").first().hover();
      expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
      // As served: no inline script, no style element or attribute.
      const html = await response!.text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|\sstyle=/);
    });
  }
});
