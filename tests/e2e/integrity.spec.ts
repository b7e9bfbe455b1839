import { test, expect, widgetsReady, PARAGRAPHS, normalise, type Page } from "./fixtures";
import { readFileSync } from "node:fs";

// Pinned files: every file the page and the widget load is fetched with its integrity hash
// (dist/integrity.json). The test server's /__tamper__/KIND/ prefix serves the same bundle with
// one byte changed in every file of KIND: such a file is refused, the reader says why, the host
// hears `statement-reader:error`, and nothing else on the host page breaks.

// The browser reports each refused file on the console; these tests ask for exactly that.
test.use({ allowedConsoleErrors: /integrity|digest|Failed to load resource|could not start|was refused/i });

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: { name: string; detail: { message?: string } }[] }).heard);

async function hostStillWorks(page: Page) {
  await page.locator("#host-button").click();
  await page.locator("#host-button").click();
  await expect(page.locator("#host-count")).toHaveText("2");
}

test.describe("pinned files", () => {
  test("the manifest holds a sha384 hash of every file the loaders fetch", async ({ request }) => {
    const manifest = JSON.parse(readFileSync("dist/integrity.json", "utf8")) as Record<string, string>;
    const names = Object.keys(manifest);
    for (const kind of [/^lite-.*\.js$/, /^lite-.*_bg\.wasm$/, /^widget-lite-.*\.js$/, /^widget-lite-.*_bg\.wasm$/, /^statement-reader-.*_bg\.wasm$/, /^compare-.*_bg\.wasm$/, /^statement-reader-.*\.css$/, /^boot-.*\.js$/, /^statement-reader\.js$/]) {
      expect(names.some((n) => kind.test(n)), String(kind)).toBe(true);
    }
    for (const value of Object.values(manifest)) expect(value).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    // The widget's script carries the hashes of what it loads, the page its boot script's.
    const widget = await (await request.get("/statement-reader.js")).text();
    for (const [name, hash] of Object.entries(manifest)) {
      // The page's loader and its lite module (built without the widget's code) are the page's.
      if (name.startsWith("boot-") || name.startsWith("lite-") || name.startsWith("extract-") || name === "statement-reader.js") continue;
      expect(widget, name).toContain(hash);
    }
    // The extractors of web pages and PDFs are pinned by the glue that loads them: the full
    // reader's and the comparing build's (both pinned by the loaders).
    const extractors = names.filter((n) => n.startsWith("extract-"));
    expect(extractors).toHaveLength(3);
    for (const glue of names.filter((n) => /^(compare|statement-reader)-[0-9a-f]+\.js$/.test(n))) {
      const text = await (await request.get(`/${glue}`)).text();
      for (const name of extractors) expect(text, `${glue} pins ${name}`).toContain(manifest[name]);
    }
    // The page's boot script carries the hashes of the modules it loads.
    const boot = names.find((n) => n.startsWith("boot-"))!;
    const bootText = await (await request.get(`/${boot}`)).text();
    for (const name of names.filter((n) => !n.startsWith("widget-") && /_bg\.wasm$|^(lite|compare|statement-reader)-[0-9a-f]+\.js$/.test(n))) {
      expect(bootText, name).toContain(manifest[name]);
    }
    // The demo's copy box offers the script tag with its hash.
    expect(await (await request.get("/embed.js")).text()).toContain(manifest["statement-reader.js"]);
  });

  test("untouched, the pinned widget starts and nothing is reported", async ({ page }) => {
    await page.goto("/__test__/tamper-host.html");
    await widgetsReady(page);
    await expect(page.locator("#a [role=alert]")).toHaveCount(0);
    // Ready first, and no error (its `search` and `lens` follow once the view has settled).
    const names = (await heard(page)).map((e) => e.name);
    expect(names[0]).toBe("ready");
    expect(names).not.toContain("error");
  });

  for (const kind of ["wasm", "glue", "css"]) {
    test(`a widget whose ${kind} file was changed is refused, says why and tells its host`, async ({ page }) => {
      await page.goto(`/__tamper__/${kind}/__test__/tamper-host.html`);
      const alert = page.locator("#a [role=alert]");
      await expect(alert).toContainText("was refused: it does not match the integrity hash it was built with");
      await expect(alert).toContainText("The statement reader could not start");
      await expect.poll(async () => (await heard(page)).filter((e) => e.name === "error").length).toBe(1);
      const [error] = (await heard(page)).filter((e) => e.name === "error");
      expect(error.detail.message).toContain("was refused");
      // Nothing of the tampered reader ran: no reader in the element.
      await expect(page.locator("#a [data-reader]")).toHaveCount(0);
      await hostStillWorks(page);
    });
  }

  test("a prerendered widget whose lite module was changed keeps its text and says why", async ({ page }) => {
    await page.goto("/__tamper__/wasm/embed-prerendered.html");
    const alert = page.locator("statement-reader [role=alert]").first();
    await expect(alert).toContainText("was refused");
    const texts = await page.locator("statement-reader").first().locator("p[data-paragraph]").allTextContents();
    expect(texts.map(normalise)).toEqual(PARAGRAPHS.map(normalise));
  });

  test("the page whose lite module was changed keeps its text and says why", async ({ page }) => {
    await page.goto("/__tamper__/wasm/");
    const alert = page.locator("[data-reader] > [role=alert]");
    await expect(alert).toContainText("was refused: it does not match the integrity hash it was built with");
    await expect(alert).toContainText("The text is still here to read");
    const texts = await page.locator("p[data-paragraph]").allTextContents();
    expect(texts.map(normalise)).toEqual(PARAGRAPHS.map(normalise));
  });

  test("hashed files are cached for a year, entry points revalidated", async ({ request }) => {
    const manifest = JSON.parse(readFileSync("dist/integrity.json", "utf8")) as Record<string, string>;
    for (const name of Object.keys(manifest)) {
      const response = await request.get(`/${name}`);
      const expected = name === "statement-reader.js" ? "no-cache" : "public, max-age=31536000, immutable";
      expect(response.headers()["cache-control"], name).toBe(expected);
    }
    for (const entry of ["/", "/index.html", "/sw.js", "/embed.js", "/embed.html", "/integrity.json"]) {
      expect((await request.get(entry)).headers()["cache-control"], entry).toBe("no-cache");
    }
  });
});
