import { test, expect, openReader, PARAGRAPHS } from "./fixtures";

test.describe("offline", () => {
  test("a page visited once opens and works with no network", async ({ page, context }) => {
    await openReader(page, "/");
    // The service worker has installed (precached the bundle) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await openReader(page, "/?q=iran&theme=middle-east#p5");
    await expect(page.locator("p[data-paragraph]")).toHaveCount(PARAGRAPHS.length);
    await expect(page.locator("[data-hit-count]")).toHaveText(/of 4$/);
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("gaza");
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 3");
    await context.setOffline(false);
  });

  test("the cache is versioned by the bundle's hashed files", async ({ page }) => {
    const response = await page.request.get("/sw.js");
    const sw = await response.text();
    const version = sw.match(/const VERSION = "([0-9a-f]{12})"/)?.[1];
    expect(version).toBeTruthy();
    const wasm = sw.match(/"\.\/(statement-reader-[0-9a-f]+_bg\.wasm)"/)?.[1];
    expect(wasm).toBeTruthy();
    // Every precached file exists.
    const assets = JSON.parse(sw.match(/const ASSETS = (\[.*\]);/)![1]) as string[];
    for (const asset of assets) expect((await page.request.get(asset)).status(), asset).toBe(200);
    // Old caches are removed when a new version takes over.
    expect(sw).toContain('k.startsWith("statement-reader-") && k !== CACHE');
  });
});
